// The floor of the benchmark: the same English content the four widgets show on the
// bench page, as one static, styled HTML page with no script at all. It is generated
// from the content module (`backcare-widgets/content`, i.e. dist/esm after a build), so
// it follows the content as it changes.
//
// What it mirrors, element by element (the bench page's attributes in brackets):
//   <backcare-red-flag-checker>                 step 1: the emergency signs as checkboxes with hints, "None of these", "Continue"
//   <backcare-phase-guide day="0">              "Day 0", the three phases, the current one expanded
//                                                (facts, caution, do / avoid, sources, the timer's choices, start
//                                                button and sound), the others in <details>
//   <backcare-treatment-checklist>              every item with its checkbox, caution, "More about this",
//                                                progress, Print / Clear all, numbered sources
//   <backcare-stretch-card exercise="knee-to-chest">  start position, steps, hold, reps, cautions, sources, Start
// Not mirrored: the stretch illustration (an inline SVG in the component, not in the
// content module); a plain placeholder box with its alt text stands in for it.
//
//   node bench/floor.mjs            writes bench/floor.html and prints its size
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text) => String(text).replace(/[&<>"']/g, (c) => escapes[c]);
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => esc(values[key] ?? `{${key}}`));

/** Styles in the spirit of the widgets' own (cards, fieldsets, large targets), inline in <head>. */
export const floorCss = `
.bc { box-sizing: border-box; max-width: 40em; margin: 1.5em 0; padding: 1.25em; border: 1px solid #d8dde0;
  border-radius: 0.5em; background: #fff; color: inherit; font: inherit; line-height: 1.5; }
.bc *, .bc *::before, .bc *::after { box-sizing: inherit; }
.bc h2, .bc h3, .bc h4 { margin: 0 0 0.5em; line-height: 1.25; }
.bc p { margin: 0 0 0.75em; }
.bc .note, .bc .muted { color: #4c6272; font-size: 0.9em; }
.bc fieldset { margin: 0 0 1em; padding: 0.75em 1em; border: 1px solid #d8dde0; border-radius: 0.4em; }
.bc legend { font-weight: 600; padding: 0 0.25em; }
.bc .hint { color: #4c6272; font-size: 0.9em; margin: 0.25em 0 0.5em; }
.bc .options { display: flex; flex-wrap: wrap; gap: 0.5em 1.25em; }
.bc label.option, .bc label.choice { display: flex; align-items: center; gap: 0.5em; min-height: 2.75em; cursor: pointer; }
.bc input[type='radio'], .bc input[type='checkbox'] { flex: none; width: 1.4em; height: 1.4em; margin: 0; accent-color: #005eb8; }
.bc button { min-height: 2.75em; padding: 0.5em 1.25em; border: 2px solid #005eb8; border-radius: 0.4em;
  background: #005eb8; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
.bc button.secondary { background: transparent; color: #005eb8; }
.bc .buttons, .bc .actions { display: flex; flex-wrap: wrap; gap: 0.75em; margin: 1em 0; }
.bc .group-heading { margin-top: 1em; }
.bc .group-heading.emergency { color: #d5281b; }
.bc ol.phases { list-style: none; margin: 0; padding: 0; }
.bc ol.phases > li { margin: 0 0 0.75em; padding: 0.75em 1em; border-left: 0.4em solid #d8dde0; background: #f0f4f5; }
.bc ol.phases > li.current { border-left-color: #005eb8; background: #fff; }
.bc .marker { display: inline-block; padding: 0 0.5em; border-radius: 1em; background: #005eb8; color: #fff; font-size: 0.85em; }
.bc dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin: 0 0 0.75em; }
.bc dt { font-weight: 600; }
.bc dd { margin: 0; }
.bc summary { cursor: pointer; min-height: 2em; }
.bc ul.items { list-style: none; margin: 0 0 1em; padding: 0; }
.bc ul.items > li { padding: 0.5em 0; border-bottom: 1px solid #d8dde0; }
.bc ul.items label { display: flex; align-items: flex-start; gap: 0.75em; font-weight: 600; cursor: pointer; }
.bc .caution { margin: 0.5em 0 0 2.15em; padding: 0.5em 0.75em; border-left: 0.3em solid #005eb8; background: #f0f4f5; font-size: 0.9em; }
.bc details { margin: 0.25em 0 0 2.15em; }
.bc .print { display: none; }
.bc .progress { display: flex; align-items: center; gap: 1em; margin: 0 0 1em; }
.bc progress { flex: 1; height: 0.75em; accent-color: #005eb8; }
.bc .sources { font-size: 0.85em; color: #4c6272; }
.bc sup.refs { font-size: 0.75em; }
.bc .figure { display: flex; align-items: center; justify-content: center; aspect-ratio: 2 / 1; max-width: 24em;
  margin: 0 0 1em; border-radius: 0.5em; background: #f0f4f5; color: #4c6272; font-size: 0.85em; padding: 1em; text-align: center; }
.bc .facts { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; font-weight: 600; }
.bc .stop { padding: 0.5em 0.75em; border-left: 0.3em solid #d5281b; background: #fdf2f1; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

function citationOf(sources, id) {
  const source = sources[id];
  if (!source) return id;
  return source.publisher ? `${source.publisher}: ${source.title}` : source.title;
}

function sourceList(sources, ids) {
  return `<ul class="sources">${[...new Set(ids)]
    .map((id) => {
      const url = sources[id]?.url;
      const text = esc(citationOf(sources, id));
      return `<li>${url ? `<a href="${esc(url)}">${text}</a>` : text}</li>`;
    })
    .join('')}</ul>`;
}

function redFlag(c, signs) {
  const t = c['red-flag-checker'];
  // Step 1 as the widget first shows it: the emergency signs to tick, with their hints, and "None of these".
  const choice = (id, label, hint) =>
    `<label class="choice"><input type="checkbox" id="rf-${esc(id)}" value="${esc(id)}"${
      hint ? ` aria-describedby="rf-${esc(id)}-hint"` : ''
    }><span>${esc(label)}</span></label>${hint ? `<p class="hint" id="rf-${esc(id)}-hint">${esc(hint)}</p>` : ''}`;
  const items = signs
    .filter((sign) => sign.tier === 'emergency')
    .map((sign) => choice(sign.id, t.signs[sign.id].label, t.signs[sign.id].hint))
    .join('\n');
  return `<section class="bc" aria-labelledby="rf-h"><h2 id="rf-h">${esc(t.heading)}</h2>
<p class="note">${esc(t.privacy)}</p>
<fieldset aria-describedby="rf-not-sure"><legend><span class="muted">${fill(t.stepOf, { step: 1, steps: 3 })}</span>
<h3>${esc(t.question)}</h3></legend><p class="hint" id="rf-not-sure">${esc(t.notSure)}</p>
${items}
<p>${esc(t.or)}</p>${choice('none', t.none)}</fieldset>
<div class="buttons"><button type="button">${esc(t.continue)}</button></div></section>`;
}

function phaseGuide(c, sources, { phases, sessionMinutes, heatAndColdCaution, usualCourse }) {
  const t = c['phase-guide'];
  const day = 0;
  const current = phases.find((p) => p.fromDay <= day && (p.toDay === null || day <= p.toDay)) ?? phases[0];
  const words = (p) => t.phases[p.id];
  const dayLabel = (p) => (p.toDay === null ? fill(t.dayFrom, { from: p.fromDay }) : fill(t.dayRange, { from: p.fromDay, to: p.toDay }));
  const minutes = sessionMinutes.default;
  const facts = (p) => `<p>${esc(words(p).summary)}</p><dl><dt>${esc(t.therapyLabel)}</dt><dd>${esc(t.therapies[p.therapy])}</dd>${
    p.sessions.length ? `<dt>${esc(t.sessionLabel)}</dt><dd>${fill(t.minutes, { minutes })}</dd>` : ''
  }${words(p).frequency ? `<dt>${esc(t.frequencyLabel)}</dt><dd>${esc(words(p).frequency)}</dd>` : ''}</dl>`;
  const timer = (p) =>
    p.sessions.length
      ? `<fieldset class="timer"><legend>${esc(t.timer.sessionQuestion)}</legend>${p.sessions
          .map((kind, i) => `<label class="option"><input type="radio" name="pg-session"${i ? '' : ' checked'}> ${esc(t.timer.sessions[kind].label)}</label>`)
          .join('')}<p class="stop">${esc(t.timer.sessions[p.sessions[0]].safety)}</p>
<button type="button">${fill(t.timer.start, { minutes })}</button>
<label class="choice"><input type="checkbox" checked> ${esc(t.timer.sound)}</label></fieldset>`
      : `<p class="timer">${esc(t.timer.noTimerInRecovery)}</p>`;
  const phaseSources = (p) => [
    ...[...p.do, ...p.avoid].flatMap((item) => item.sources),
    ...(p.sessions.length ? heatAndColdCaution.sources : []),
    ...usualCourse.sources,
  ];
  const items = phases
    .map((p) =>
      p === current
        ? `<li class="current" aria-current="step"><p class="marker">${esc(t.currentPhase)}</p><h3>${esc(words(p).name)}</h3>
<p class="muted">${esc(dayLabel(p))} ${esc(words(p).note)}</p>${facts(p)}
${p.sessions.length ? `<p class="stop">${esc(t.heatAndColdCaution)}</p>` : ''}
<h4>${esc(t.doHeading)}</h4><ul>${p.do.map((item) => `<li>${esc(words(p).do[item.id])}</li>`).join('')}</ul>
<h4>${esc(t.avoidHeading)}</h4><ul>${p.avoid.map((item) => `<li>${esc(words(p).avoid[item.id])}</li>`).join('')}</ul>
<details><summary>${esc(c.common.sourcesHeading)}</summary>${sourceList(sources, phaseSources(p))}</details>${timer(p)}</li>`
        : `<li><details><summary><span class="name">${esc(words(p).name)}</span> <span class="muted">${esc(dayLabel(p))}</span></summary>${facts(p)}</details></li>`,
    )
    .join('\n');
  return `<section class="bc" aria-labelledby="pg-h"><h2 id="pg-h">${esc(t.heading)}</h2><p>${esc(t.intro)}</p>
<p class="day"><strong>${esc(t.dayZero)}</strong> <button type="button" class="secondary">${esc(t.changeDay)}</button></p>
<ol class="phases">${items}</ol>
<p class="muted">${esc(t.usualCourse)}</p></section>`;
}

function checklist(c, sources, items) {
  const t = c['treatment-checklist'];
  const order = [...new Set(items.flatMap((item) => item.sources))];
  const refs = (item) =>
    `<sup class="refs"><span class="visually-hidden">${esc(c.common.sourcesHeading)}: </span>${item.sources
      .map((id, index) => `${index ? ', ' : ''}<a href="#src-${order.indexOf(id) + 1}">${order.indexOf(id) + 1}</a>`)
      .join('')}</sup>`;
  const words = (item) => t.items[item.id];
  // Things to do: ticked and counted; medicines and care to ask about: information, with the medicines' one caution.
  const toDos = items.filter((item) => item.kind === 'to-do');
  const toDo = (item) => `<li><label><input type="checkbox"${item.caution ? ` aria-describedby="caution-${esc(item.id)}"` : ''}><span>${esc(words(item).title)}</span></label>
${item.caution ? `<p class="caution" id="caution-${esc(item.id)}">${esc(t.cautions[item.caution])}</p>` : ''}
<details><summary>${esc(t.moreAbout)}<span class="visually-hidden">: ${esc(words(item).title)}</span></summary><p>${esc(words(item).detail)} ${refs(item)}</p></details></li>`;
  const info = (kind) =>
    `<ul class="items">${items
      .filter((item) => item.kind === kind)
      .map((item) => `<li><p><strong>${esc(words(item).title)}</strong></p><p>${esc(words(item).detail)} ${refs(item)}</p></li>`)
      .join('\n')}</ul>`;
  const total = toDos.length;
  return `<section class="bc" aria-labelledby="cl-h"><h2 id="cl-h">${esc(t.heading)}</h2><p>${esc(t.intro)}</p>
<div class="progress"><span id="progress">${fill(t.progress, { done: 0, total })}</span><progress value="0" max="${total}" aria-labelledby="progress"></progress></div>
<div><h3>${esc(t.sections['to-do'])}</h3><ul class="items">${toDos.map(toDo).join('\n')}</ul></div>
<div><h3>${esc(t.sections['ask-about'])}</h3>${info('medicine')}<p class="caution">${esc(t.cautions.medicines)}</p>${info('care')}</div>
<div class="actions"><button type="button">${esc(t.print)}</button><button type="button" class="secondary">${esc(t.clearAll)}</button></div>
<div><h3>${esc(c.common.sourcesHeading)}</h3><ol class="sources">${order
    .map((id, index) => {
      const url = sources[id]?.url;
      const text = esc(citationOf(sources, id));
      return `<li id="src-${index + 1}" tabindex="-1">${url ? `<a href="${esc(url)}">${text}</a>` : text}</li>`;
    })
    .join('')}</ol></div></section>`;
}

function stretch(c, sources, stretches, id = 'knee-to-chest') {
  const t = c['stretch-card'];
  // Facts (doses, sources) from the content module's stretches, words keyed by the same id.
  const f = stretches.find((x) => x.id === id) ?? stretches[0];
  const s = { ...t.stretches[f.id], ...f };
  const plural = (forms, n) => fill(forms[new Intl.PluralRules('en').select(n)] ?? forms.other, { reps: n });
  return `<section class="bc" aria-labelledby="st-h"><h2 id="st-h">${esc(s.name)}</h2>
<p class="note">${esc(t.rules.eased)}</p>
<div class="figure" role="img" aria-label="${esc(s.illustrationAlt)}">${esc(s.illustrationAlt)}</div>
<h3>${esc(t.startPositionHeading)}</h3><p>${esc(s.startPosition)}</p>
<h3>${esc(t.stepsHeading)}</h3><ol>${s.steps.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>
<p class="facts"><span>${fill(t.holdFor, { seconds: s.holdSeconds.default })}</span><span>${plural(
    s.sides ? t.repetitionsEachSide : t.repetitions,
    s.reps.default,
  )}</span></p>
<h3>${esc(t.cautionsHeading)}</h3><ul>${[...s.cautions, ...(s.bendsSpineForward ? [t.rules.osteoporosis] : []), t.rules.slowly]
    .map((x) => `<li>${esc(x)}</li>`)
    .join('')}</ul>
<p class="stop">${esc(t.rules.stopIf)}</p>
<div class="buttons"><button type="button">${esc(t.start)}</button></div>
${sourceList(sources, s.sources)}</section>`;
}

let built;

/**
 * The four widgets' English content as static HTML, as one fragment per widget
 * (keyed by the tag it stands in for) plus the stylesheet. Built once.
 */
export function floorParts() {
  built ??= buildParts();
  return built;
}

async function buildParts() {
  const content = await import('backcare-widgets/content');
  const { contentFor, sources, stretches, signs, checklistItems } = content;
  const c = contentFor('en');
  // A widget whose content changed shape breaks only its own part, loudly: its floor figures are then n/a.
  const part = (tag, build) => {
    try {
      return build();
    } catch (error) {
      console.warn(`bench/floor.mjs: no floor for <${tag}> (${error.message}): update its part to the content's new shape.`);
      return undefined;
    }
  };
  return {
    css: floorCss,
    parts: {
      'backcare-red-flag-checker': part('backcare-red-flag-checker', () => redFlag(c, signs)),
      'backcare-phase-guide': part('backcare-phase-guide', () => phaseGuide(c, sources, content)),
      'backcare-treatment-checklist': part('backcare-treatment-checklist', () => checklist(c, sources, checklistItems)),
      'backcare-stretch-card': part('backcare-stretch-card', () => stretch(c, sources, stretches)),
    },
  };
}

/**
 * A whole static page; `head` and `body` wrap it the same way the widget page is wrapped.
 * `only`: the tag of the one widget whose content the page holds (default: all four).
 */
export async function floorHtml({ headExtra = '', bodyEnd = '', only } = {}) {
  const { css, parts } = await floorParts();
  const main = (only ? [parts[only]] : Object.values(parts)).filter((part) => part !== undefined);
  return page({ headExtra: `<style>${css}</style>${headExtra}`, main, bodyEnd });
}

/** The shell shared by the floor and the widget pages: a heading, an intro, the widgets, a footer. */
export function page({ headExtra = '', main, bodyEnd = '' }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back pain: what to do</title>
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;line-height:1.5;color:#212b32;background:#f0f4f5}main{max-width:44em;margin:0 auto}</style>
${headExtra}</head>
<body><main><h1>Back spasms and strained back muscles</h1>
<p>Most back spasms get better with self-care. These tools help you check for warning signs, know when to use ice or heat, follow your plan and do your stretches.</p>
${main.join('\n')}
</main><footer><p>Example clinic page for the benchmark.</p></footer>
${bodyEnd}</body></html>`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const html = await floorHtml();
  const out = fileURLToPath(new URL('./floor.html', import.meta.url));
  writeFileSync(out, html);
  console.log(`bench/floor.html: ${Buffer.byteLength(html)} bytes, ${gzipSync(html, { level: 9 }).length} bytes gzip`);
}
