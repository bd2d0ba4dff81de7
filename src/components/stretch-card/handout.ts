/**
 * The stretch card's printed handout: the title, who it is from and their
 * phone, the date; the stretch, or every stretch of the routine (up to three),
 * with its drawings at least 2.5 inches wide, starting position, steps, hold
 * and repetitions and cautions; the general rules; and the box of emergency
 * signs with the number to call. One page on Letter and A4 for any three
 * stretches in English and Spanish, black on white, nothing smaller than 12 pt. Its sources are on the card, as the checklist's
 * are. Printed through `HandoutPrinter` (src/core/print.ts), so nothing else
 * of the host page is printed; the title, clinic, date and emergency box are
 * the checklist handout's own (src/core/handout.ts).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { handoutFrameStyles, renderHandoutHeader, renderHandoutHelp, type HandoutFrame } from '../../core/handout.js';

/** One stretch on the handout, already in the patient's language. */
export interface HandoutStretch {
  name: string;
  /** The stretch's held position, drawn large (its start is in words). */
  pose: TemplateResult;
  /** The drawing in words. */
  alt: string;
  startPosition: string;
  steps: readonly string[];
  /** "Hold for 10 seconds", "5 repetitions on each side". */
  dose: readonly string[];
  cautions: readonly string[];
}

export interface Handout {
  lang: string;
  /** The title, the clinic, the date and the box of emergency signs. */
  frame: HandoutFrame;
  /** The general rules: when to start (a routine names its stretches for later), slowly, build up. */
  rules: readonly string[];
  stopIf: string;
  stretches: readonly HandoutStretch[];
}

export function renderHandout(h: Handout): TemplateResult {
  return html`<article lang=${h.lang}>
    ${renderHandoutHeader(h.frame)}
    <ul class="rules">
      ${h.rules.map((rule) => html`<li>${rule}</li>`)}
      <li><strong>${h.stopIf}</strong></li>
    </ul>
    ${h.stretches.map(
      (stretch) => html`<section class="stretch">
        <div class="pose" role="img" aria-label=${stretch.alt}>${stretch.pose}</div>
        <div class="name">
          <h2>${stretch.name}</h2>
          <p class="dose">${stretch.dose.join(' · ')}</p>
        </div>
        <div class="text">
          <p>${stretch.startPosition}</p>
          <ol class="steps">
            ${stretch.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
          ${stretch.cautions.length ? html`<ul class="cautions">${stretch.cautions.map((caution) => html`<li>${caution}</li>`)}</ul>` : nothing}
        </div>
      </section>`,
    )}
    ${renderHandoutHelp(h.frame)}
  </article>`;
}

/**
 * One page (any three stretches fit on Letter and A4 in English and Spanish):
 * a stretch to a row, its held position drawn 2.5 in wide at the start, and
 * beside it, then on under it, its name and dose, its starting position, its
 * steps and cautions run on; the title and the clinic line share a line where
 * they fit; the rules run on in their box, the emergency signs in three
 * columns. Figures in black outline on white, as they are in forced colours.
 */
export const handoutStyles = [
  handoutFrameStyles,
  css`
    /* The rules run on in their box, and the emergency signs take three columns, to keep three stretches to a page. */
    .rules {
      margin-top: 2pt;
      padding: 2pt 6pt 0;
      border: 1.5pt solid #000;
    }

    .rules li {
      display: inline;
      margin-inline-end: 6pt;
    }

    .rules li::before {
      content: '•\\a0';
    }

    .help ul {
      columns: 3;
      column-gap: 12pt;
    }

    /* The clinic and the date beside the title where they fit. */
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 10pt;
    }

    h1 {
      font-size: 16pt;
      line-height: 1.1;
    }

    header p {
      margin-bottom: 2pt;
    }

    /* A long sign may go on at the top of the next column: twelve signs, evenly in three columns, without a ragged line lost. */
    .help {
      margin-top: 2pt;
    }

    .help h2 {
      margin-top: 2pt;
    }

    .help li {
      break-inside: auto;
    }

    footer {
      margin-top: 3pt;
    }

    /* The drawing floats at the start of the row: the name, dose and words run beside it, then on under it. */
    section.stretch {
      display: flow-root;
      padding-block: 2pt 1pt;
      border-bottom: 0.75pt solid #000;
      break-inside: avoid;
    }

    /* The name, then the dose on the same line where it fits. */
    .name {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 10pt;
      margin-bottom: 2pt;
    }

    .name h2,
    .name p {
      margin: 0;
    }

    /* The starting position, the steps and the cautions run on as one paragraph, to keep three stretches to a page. */
    .text p,
    .steps,
    .cautions {
      display: inline;
    }

    .text p {
      margin-inline-end: 6pt;
    }

    .dose {
      font-weight: 700;
    }

    .pose {
      float: inline-start;
      margin-inline-end: 10pt;
    }

    /* The steps numbered, the cautions bulleted. */
    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: step;
    }

    .steps li,
    .cautions li {
      display: inline;
      margin-inline-end: 6pt;
    }

    .steps li {
      counter-increment: step;
    }

    .steps li::before {
      content: counter(step) '.\\a0';
      font-weight: 700;
    }

    .cautions li::before {
      content: '•\\a0';
    }

    /* 2.5 in wide: a drawing that reads at arm's length, on the fridge door. */
    .figure {
      display: block;
      width: 2.5in;
      height: auto;
    }

    .figure path {
      fill: #fff;
      stroke: #000;
      stroke-width: 1.4;
      stroke-linejoin: round;
    }

    .figure .far {
      fill: #ccc;
    }

    .figure .shadow {
      fill: #ddd;
      stroke: none;
    }

    .figure .eye {
      fill: #000;
      stroke: none;
    }

    .figure .mat {
      fill: #eee;
      stroke-width: 0.8;
    }

    .figure .mark {
      fill: none;
      stroke-width: 2.5;
      stroke-linecap: round;
    }
  `,
];
