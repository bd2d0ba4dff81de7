// The clinic's configurator: pick a widget, set its attributes, see it live, copy the snippet.
// The form is generated from custom-elements.json (the same manifest the README's tables are
// checked against), so a new attribute appears here without editing this file. Each field is
// checked as it is typed by the widgets' own attribute readers, from the built package.
// Everything is built with DOM methods and textContent: no markup from strings.
import { readDigits, readHttpUrl, readIdList, readInteger, readPhone, readText } from '../dist/esm/core/attributes.js';
import { checklistItems } from '../dist/esm/content.js';
import { formatText } from '../dist/esm/core/format.js';
import { roomBeforeRender } from '../dist/esm/core/room.js';
import fallbackWords from '../dist/esm/cdn/fallback-words.js';

const themeDefaults = { accent: '#0b5cad', font: 'inherit', radius: '0.5', background: 'light' };
const fonts = {
  inherit: 'Page font (inherit)',
  'system-ui, sans-serif': 'System sans-serif',
  'Georgia, serif': 'Georgia (serif)',
  'Verdana, sans-serif': 'Verdana',
};

/** Elements and their attributes, from the manifest. */
export function elementsFrom(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      name: declaration.name,
      // The first paragraph of the element's JSDoc summary (or description), on one line.
      summary: (declaration.summary || declaration.description || '').split('\n\n')[0].replace(/\s+/g, ' '),
      attributes: (declaration.attributes ?? []).filter((attribute) => attribute.name !== 'lang').map(controlFor),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Which form control suits an attribute, from its type and description. */
export function controlFor(attribute) {
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
  // Descriptions are written for the README (Markdown); the form shows them as plain text.
  const description = (attribute.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  const range = /from (\d+) to (\d+)/.exec(description);
  const base = { name: attribute.name, description, default: attribute.default?.replace(/^'|'$/g, '') };
  if (literals.length > 1) return { ...base, kind: 'select', options: literals };
  if (type === 'boolean') return { ...base, kind: 'checkbox' };
  if (/YYYY-MM-DD/.test(description)) return { ...base, kind: 'date' };
  if (range) return { ...base, kind: 'number', min: Number(range[1]), max: Number(range[2]) };
  if (type === 'number') return { ...base, kind: 'number', min: 0, max: 999 };
  return { ...base, kind: 'text' };
}

/** Attribute values for HTML source: quotes and ampersands escaped. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * How the widget reads a field, with the same reader it uses; `undefined` for controls that
 * offer only accepted values (selects, checkboxes, dates before today).
 */
export function readerFor(attribute, ids) {
  switch (attribute.name) {
    case 'clinic-phone':
      return readPhone;
    case 'clinic-url':
      return readHttpUrl;
    case 'emergency-number':
      return (value) => readDigits(value, '');
    case 'items':
      return (value) => readIdList(value, ids.items);
    case 'exercises':
      return (value) => readIdList(value, ids.stretches);
    case 'clinic-name':
      return (value) => readText(value, 80);
    case 'storage-key':
      return (value) => readText(value, 60);
  }
  if (attribute.kind === 'text') return (value) => readText(value);
  if (attribute.kind !== 'number') return undefined;
  const outOfRange = /nearest bound/.test(attribute.description) ? 'clamp' : 'fallback';
  const fallback = Number(/default (\d+)/.exec(attribute.description)?.[1] ?? attribute.min);
  return (value) => readInteger(value, { min: attribute.min, max: attribute.max, fallback, outOfRange });
}

/**
 * What the widget makes of a typed value: `ok`; `adjusted`, used in a form the widget reads
 * without a warning (the snippet carries that form); or `dropped`, when the widget would fall
 * back to its default as if the attribute were not there.
 */
export function check(read, value) {
  const reading = read(value);
  if (!reading.problem) return { status: 'ok', value };
  const used = Array.isArray(reading.value) ? reading.value.join(',') : reading.value;
  const unset = read(undefined).value;
  if (used === undefined || used === '' || JSON.stringify(reading.value) === JSON.stringify(unset) || read(String(used)).problem) {
    return { status: 'dropped', value, message: `Not accepted: ${reading.problem.accepted}. The widget would ignore it.` };
  }
  return { status: 'adjusted', value: String(used), message: `The widget reads this as ${String(used)} (${reading.problem.accepted}).` };
}

/** Text for HTML source: ampersands and angle brackets escaped. */
function escapeText(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What the tag holds for a browser that never runs the script (old, blocked by a policy, offline):
 * for the red-flag checker the emergency signs, the number and the clinic's phone; for the other
 * widgets one line with the signs and the number, and the clinic's phone. The widget hides it once
 * it has rendered. Plain English HTML, from the red-flag checker's own words.
 */
export function fallbackContent(tag, attributes) {
  const value = (name) => attributes.find(([candidate]) => candidate === name)?.[1];
  const number = value('emergency-number') || fallbackWords.emergencyNumber;
  const phone = value('clinic-phone');
  const clinic = phone ? [`<p>${escapeText(formatText(fallbackWords.callClinic, { clinic: fallbackWords.yourClinic, phone }))}</p>`] : [];
  const signsFor = formatText(fallbackWords.emergencySigns, { number });
  if (tag !== 'backcare-red-flag-checker') {
    return [`<p>${escapeText(`${signsFor} ${fallbackWords.summaries.join('; ')}.`)}</p>`, ...clinic];
  }
  return [
    `<p><strong>${escapeText(formatText(fallbackWords.getHelpNow, { number }))}</strong></p>`,
    `<p>${escapeText(signsFor)}</p>`,
    '<ul>',
    ...fallbackWords.summaries.map((summary) => `  <li>${escapeText(summary)}</li>`),
    '</ul>',
    ...clinic,
  ];
}

/**
 * The snippet a clinic pastes: the script tag; a style block that keeps the widget's room until
 * it has loaded (and sets the theme when it changed); the element, with its fallback content.
 */
export function snippetFor(scriptTag, tag, attributes, theme) {
  const lines = [scriptTag, '', '<style>', `  ${tag}:not(:defined) {`, '    display: block;', `    min-block-size: ${roomBeforeRender};`, '  }'];
  const properties = [];
  if (theme.accent !== themeDefaults.accent) properties.push(`--backcare-accent: ${theme.accent};`);
  if (theme.font !== themeDefaults.font) properties.push(`--backcare-font-family: ${theme.font};`);
  if (theme.radius !== themeDefaults.radius) properties.push(`--backcare-radius: ${theme.radius}em;`);
  if (properties.length > 0) lines.push(`  ${tag} {`, ...properties.map((line) => `    ${line}`), '  }');
  lines.push('</style>', '');
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const oneLine = `<${tag}${parts.map((part) => ` ${part}`).join('')}>`;
  lines.push(oneLine.length + tag.length + 3 <= 80 ? oneLine : `<${tag}\n${parts.map((part) => `  ${part}`).join('\n')}\n>`);
  lines.push(...fallbackContent(tag, attributes).map((line) => `  ${line}`), `</${tag}>`);
  return lines.join('\n');
}

function element(name, properties = {}, children = []) {
  const node = Object.assign(document.createElement(name), properties);
  node.append(...children);
  return node;
}

function field(id, labelText, control, hint) {
  const label = element('label', { htmlFor: id, textContent: labelText });
  const wrapper = element('div', { className: 'field' }, [label]);
  if (hint) {
    const hintNode = element('p', { className: 'hint', id: `${id}-hint`, textContent: hint });
    control.setAttribute('aria-describedby', hintNode.id);
    wrapper.append(hintNode);
  }
  wrapper.append(control);
  return wrapper;
}

function controlElement(attribute, id) {
  switch (attribute.kind) {
    case 'select': {
      const select = element('select', { id }, [element('option', { value: '', textContent: `(default${attribute.default ? `: ${attribute.default}` : ''})` })]);
      for (const option of attribute.options) select.append(element('option', { value: option, textContent: option }));
      return select;
    }
    case 'checkbox':
      return element('input', { id, type: 'checkbox' });
    case 'date':
      return element('input', { id, type: 'date' });
    case 'number':
      return element('input', { id, type: 'number', min: String(attribute.min), max: String(attribute.max), step: '1', inputMode: 'numeric' });
    default:
      return element('input', { id, type: 'text', autocomplete: 'off' });
  }
}

export async function startConfigurator(root) {
  const [manifest, sri] = await Promise.all(
    ['../custom-elements.json', '../dist/sri.json'].map((path) => fetch(new URL(path, import.meta.url)).then((response) => response.json())),
  );
  const elements = elementsFrom(manifest);
  const ids = {
    items: checklistItems.map((item) => item.id),
    stretches: elements.flatMap((entry) => entry.attributes).find((attribute) => attribute.name === 'exercise')?.options ?? [],
  };
  const state = { tag: elements[0]?.tag, values: {}, checks: {}, lang: 'en', theme: { ...themeDefaults } };

  const widgetSelect = root.querySelector('#widget');
  const attributesFieldset = root.querySelector('#attributes');
  const preview = root.querySelector('#preview');
  const previewFrame = root.querySelector('#preview-frame');
  const snippet = root.querySelector('#snippet');
  const copyButton = root.querySelector('#copy');
  const copyStatus = root.querySelector('#copy-status');
  const summary = root.querySelector('#widget-summary');

  for (const { tag } of elements) widgetSelect.append(element('option', { value: tag, textContent: `<${tag}>` }));

  const current = () => elements.find((candidate) => candidate.tag === state.tag);
  const setAttributes = () =>
    current()
      .attributes.map(({ name }) => [name, state.values[name]])
      .filter(([, value]) => value !== undefined && value !== '' && value !== false);

  // One preview element per widget, updated in place: a new element for every keystroke would
  // warn again about a value its predecessor already warned about.
  let widget;
  function renderPreview() {
    if (widget?.localName !== state.tag) {
      widget = document.createElement(state.tag);
      preview.replaceChildren(widget);
    }
    const attributes = setAttributes();
    for (const { name } of current().attributes) {
      const value = attributes.find(([candidate]) => candidate === name)?.[1];
      if (value === undefined) widget.removeAttribute(name);
      else if (widget.getAttribute(name) !== (value === true ? '' : value)) widget.setAttribute(name, value === true ? '' : value);
    }
    if (state.lang !== 'en') widget.setAttribute('lang', state.lang);
    else widget.removeAttribute('lang');
    widget.style.setProperty('--backcare-accent', state.theme.accent);
    widget.style.setProperty('--backcare-font-family', state.theme.font);
    widget.style.setProperty('--backcare-radius', `${state.theme.radius}em`);
    previewFrame.dataset.background = state.theme.background;
    const shown = attributes.map(([name, value]) => [name, state.checks[name]?.status === 'adjusted' ? state.checks[name].value : value]);
    if (state.lang !== 'en') shown.unshift(['lang', state.lang]);
    snippet.textContent = snippetFor(sri.scriptTag, state.tag, shown, state.theme);
    copyStatus.textContent = '';
  }

  function renderForm() {
    const { attributes, summary: text } = current();
    summary.textContent = text;
    state.checks = {};
    attributesFieldset.replaceChildren(element('legend', { textContent: 'Attributes' }));
    for (const attribute of attributes) {
      const id = `attr-${attribute.name}`;
      const control = controlElement(attribute, id);
      const read = readerFor(attribute, ids);
      const message = element('p', { id: `${id}-message`, className: 'field-message', hidden: true });
      const update = () => {
        const value = attribute.kind === 'checkbox' ? control.checked : control.value.trim();
        state.values[attribute.name] = value;
        const result =
          attribute.kind === 'date' && control.validity.rangeOverflow
            ? { status: 'dropped', message: 'Not accepted: use a date that is not in the future. The widget would ignore it.' }
            : read && value !== ''
              ? check(read, value)
              : { status: 'ok' };
        state.checks[attribute.name] = result;
        message.hidden = result.status === 'ok';
        message.textContent = result.message ?? '';
        message.classList.toggle('error', result.status === 'dropped');
        control.toggleAttribute('aria-invalid', result.status === 'dropped');
        renderPreview();
      };
      control.addEventListener(attribute.kind === 'text' ? 'input' : 'change', update);
      if (attribute.kind === 'number') control.addEventListener('input', update);
      if (attribute.kind === 'date') control.max = isoToday();
      const wrapper = field(id, attribute.name, control, attribute.description);
      control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${message.id}`.trim());
      wrapper.append(message);
      attributesFieldset.append(wrapper);
    }
  }

  widgetSelect.addEventListener('change', () => {
    state.tag = widgetSelect.value;
    state.values = {};
    renderForm();
    renderPreview();
  });
  for (const input of root.querySelectorAll('input[name="lang"]')) {
    input.addEventListener('change', () => {
      state.lang = input.value;
      renderPreview();
    });
  }
  const themeInputs = { accent: '#accent', font: '#font', radius: '#radius', background: '#background' };
  const fontSelect = root.querySelector('#font');
  for (const [value, label] of Object.entries(fonts)) fontSelect.append(element('option', { value, textContent: label }));
  for (const [key, selector] of Object.entries(themeInputs)) {
    const input = root.querySelector(selector);
    input.value = state.theme[key];
    input.addEventListener('input', () => {
      state.theme[key] = input.value;
      renderPreview();
    });
  }

  copyButton.addEventListener('click', async () => {
    // A snippet with a value the widget would ignore is not copied: the field says why.
    const refused = current().attributes.find(({ name }) => state.checks[name]?.status === 'dropped');
    copyStatus.classList.toggle('error', Boolean(refused));
    if (refused) {
      copyStatus.textContent = `Not copied: the widget would ignore ${refused.name}. Fix it first (see the message under it).`;
      root.querySelector(`#attr-${refused.name}`).focus();
      return;
    }
    const text = snippet.textContent;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard permission (or an old browser): select the text for Ctrl+C / long-press.
      const range = document.createRange();
      range.selectNodeContents(snippet);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      copied = document.execCommand?.('copy') ?? false;
    }
    copyStatus.textContent = copied ? 'Copied' : 'Selected: press Ctrl+C (or ⌘C) to copy';
  });

  renderForm();
  renderPreview();
}

/** Today in the visitor's calendar, `YYYY-MM-DD`. */
function isoToday() {
  const today = new Date();
  return [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

const root = globalThis.document?.querySelector('#configurator');
if (root) startConfigurator(root);
