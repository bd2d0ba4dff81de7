/**
 * The stretch card's printed handout: the stretch, or every stretch of the
 * routine, with its drawings, starting position, steps, hold and repetitions
 * and cautions, and the general rules, on one page, black on white, nothing
 * smaller than 12 pt. Its sources are on the card, as the checklist's are. Printed through `HandoutPrinter` (src/core/print.ts), so
 * nothing else of the host page is printed.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/** One stretch on the handout, already in the patient's language. */
export interface HandoutStretch {
  name: string;
  /** The key poses, drawn. */
  poses: readonly TemplateResult[];
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
  /** The general rules: when to start (a routine names its stretches for later), slowly, build up. */
  rules: readonly string[];
  stopIf: string;
  stretches: readonly HandoutStretch[];
}

export function renderHandout(h: Handout): TemplateResult {
  return html`<article lang=${h.lang}>
    <ul class="rules">
      ${h.rules.map((rule) => html`<li>${rule}</li>`)}
      <li><strong>${h.stopIf}</strong></li>
    </ul>
    ${h.stretches.map(
      (stretch) => html`<section>
        <h1>${stretch.name}</h1>
        <div class="poses" role="img" aria-label=${stretch.alt}>${stretch.poses}</div>
        <div class="text">
          <p class="dose">${stretch.dose.join(' · ')}</p>
          <p>${stretch.startPosition}</p>
          <ol>
            ${stretch.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
          ${stretch.cautions.length ? html`<ul>${stretch.cautions.map((caution) => html`<li>${caution}</li>`)}</ul>` : nothing}
        </div>
      </section>`,
    )}
  </article>`;
}

/**
 * One page (three stretches fit on Letter and A4 in English and Spanish): a
 * stretch to a row, its drawings beside its words, the rules in two columns.
 * Figures in black outline on white, as they are in forced colours.
 */
export const handoutStyles = css`
  @page {
    margin: 1cm;
  }

  article {
    font: 12pt/1.2 system-ui, sans-serif;
    color: #000;
  }

  h1 {
    font-size: 15pt;
    margin: 0 0 0.3em;
  }

  p,
  ul,
  ol {
    margin: 0 0 0.25em;
  }

  ul,
  ol {
    padding-inline-start: 1.3em;
  }

  .rules {
    columns: 2;
    column-gap: 2em;
    border: 1.5pt solid #000;
    padding: 0.4em 0.6em 0.4em 1.8em;
  }

  section {
    display: grid;
    grid-template-columns: 26% 1fr;
    grid-template-areas: 'poses name' 'poses text';
    grid-template-rows: auto 1fr;
    gap: 0 1em;
    padding-block: 0.3em;
    border-bottom: 0.75pt solid #000;
    break-inside: avoid;
  }

  section h1 {
    grid-area: name;
  }

  .poses {
    grid-area: poses;
    display: flex;
    flex-wrap: wrap;
    align-content: start;
    gap: 0.3em 0.5em;
  }

  .text {
    grid-area: text;
  }

  .dose {
    font-weight: 700;
  }

  .figure {
    width: auto;
    max-width: 100%;
    height: 4.5em;
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
`;
