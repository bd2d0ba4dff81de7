// The clinic's configurator: pick a widget, set its attributes, see it live, copy the snippet.
// The form is generated from custom-elements.json (the same manifest the README's tables are
// checked against), so a new attribute appears here without editing this file.
// Everything is built with DOM methods and textContent: no markup from strings.

const SCRIPT_TAG = '<script src="https://YOUR-CDN/backcare-widgets.js" defer></script>';

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
      summary: (declaration.description ?? '').split('\n')[0],
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

/** The snippet a clinic pastes: the script tag, a style block when the theme changed, the element. */
export function snippetFor(tag, attributes, theme) {
  const lines = [SCRIPT_TAG, ''];
  const properties = [];
  if (theme.accent !== themeDefaults.accent) properties.push(`--backcare-accent: ${theme.accent};`);
  if (theme.font !== themeDefaults.font) properties.push(`--backcare-font-family: ${theme.font};`);
  if (theme.radius !== themeDefaults.radius) properties.push(`--backcare-radius: ${theme.radius}em;`);
  if (properties.length > 0) {
    lines.push('<style>', `  ${tag} {`, ...properties.map((line) => `    ${line}`), '  }', '</style>', '');
  }
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const oneLine = `<${tag}${parts.map((part) => ` ${part}`).join('')}></${tag}>`;
  lines.push(oneLine.length <= 80 ? oneLine : `<${tag}\n${parts.map((part) => `  ${part}`).join('\n')}\n></${tag}>`);
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
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  const elements = elementsFrom(await response.json());
  const state = { tag: elements[0]?.tag, values: {}, lang: 'en', theme: { ...themeDefaults } };

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

  function renderPreview() {
    const widget = document.createElement(state.tag);
    for (const [name, value] of setAttributes()) widget.setAttribute(name, value === true ? '' : value);
    if (state.lang !== 'en') widget.setAttribute('lang', state.lang);
    widget.style.setProperty('--backcare-accent', state.theme.accent);
    widget.style.setProperty('--backcare-font-family', state.theme.font);
    widget.style.setProperty('--backcare-radius', `${state.theme.radius}em`);
    previewFrame.dataset.background = state.theme.background;
    preview.replaceChildren(widget);
    const attributes = setAttributes();
    if (state.lang !== 'en') attributes.unshift(['lang', state.lang]);
    snippet.textContent = snippetFor(state.tag, attributes, state.theme);
    copyStatus.textContent = '';
  }

  function renderForm() {
    const { attributes, summary: text } = current();
    summary.textContent = text;
    attributesFieldset.replaceChildren(element('legend', { textContent: 'Attributes' }));
    for (const attribute of attributes) {
      const id = `attr-${attribute.name}`;
      const control = controlElement(attribute, id);
      const update = () => {
        state.values[attribute.name] = attribute.kind === 'checkbox' ? control.checked : control.value.trim();
        renderPreview();
      };
      control.addEventListener(attribute.kind === 'text' ? 'input' : 'change', update);
      if (attribute.kind === 'number') control.addEventListener('input', update);
      attributesFieldset.append(field(id, attribute.name, control, attribute.description));
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

const root = document.querySelector('#configurator');
if (root) startConfigurator(root);
