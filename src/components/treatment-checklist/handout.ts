/**
 * The checklist's printed handout: one page on Letter and on A4, black on
 * white, nothing smaller than 12 pt. It carries what a patient needs on the
 * fridge door: who it is from and their phone, the date, the things to do
 * (titles, with the patient's own ticks), the medicines and care to ask about
 * with their caution, and a box of the emergency signs with the number to call.
 * Printed through `HandoutPrinter` (src/core/print.ts), so nothing else of the
 * host page is printed.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { handoutFrameStyles, renderHandoutHeader, renderHandoutHelp, type HandoutFrame } from '../../core/handout.js';

/** A thing to do: its title and the patient's tick. */
export interface HandoutToDo {
  title: string;
  checked: boolean;
}

/** A medicine or care to ask about. */
export interface HandoutInfo {
  title: string;
  detail: string;
}

/** Everything on the handout, already in the patient's language and filled in. */
export interface Handout {
  lang: string;
  /** The title, the clinic, the date and the box of emergency signs (src/core/handout.ts). */
  frame: HandoutFrame;
  sections: { toDo: string; askAbout: string };
  toDos: readonly HandoutToDo[];
  /** The caution on heat and cold, when an item with it is shown. */
  skinCaution?: string;
  medicines: readonly HandoutInfo[];
  /** The medicines' one caution, when a medicine is shown. */
  medicineCaution?: string;
  care: readonly HandoutInfo[];
}

const infoList = (entries: readonly HandoutInfo[]) =>
  entries.length
    ? html`<ul class="info">
        ${entries.map(({ title, detail }) => html`<li><strong>${title}.</strong> ${detail}</li>`)}
      </ul>`
    : nothing;

const caution = (text?: string) => (text ? html`<p class="caution">${text}</p>` : nothing);

export function renderHandout(h: Handout): TemplateResult {
  const askAbout = h.medicines.length + h.care.length > 0;
  return html`<article lang=${h.lang}>
    ${renderHandoutHeader(h.frame)}
    ${h.toDos.length
      ? html`<section>
          <h2>${h.sections.toDo}</h2>
          <ul class="todos">
            ${h.toDos.map(({ title, checked }) => html`<li class=${checked ? 'checked' : ''}>${title}</li>`)}
          </ul>
          ${caution(h.skinCaution)}
        </section>`
      : nothing}
    ${askAbout
      ? html`<section>
          <h2>${h.sections.askAbout}</h2>
          ${infoList(h.medicines)} ${caution(h.medicineCaution)} ${infoList(h.care)}
        </section>`
      : nothing}
    ${renderHandoutHelp(h.frame)}
  </article>`;
}

/** The checklist's own parts, over the frame's: the lists run in two columns to keep to one page. */
export const handoutStyles = [
  handoutFrameStyles,
  css`
  /* The things to do (titles only) and the medicines and care (with their cautions), in two columns. */
  .todos,
  .info {
    columns: 2;
    column-gap: 16pt;
  }

  /* The patient's ticks: a drawn box (borders print without background colours), ticked or not. */
  .todos li {
    position: relative;
    padding-inline-start: 18pt;
  }

  .todos li::before,
  .todos .checked::after {
    content: '';
    position: absolute;
  }

  .todos li::before {
    inset-block-start: 1pt;
    inset-inline-start: 0;
    width: 11pt;
    height: 11pt;
    border: 1.5pt solid #000;
  }

  .todos .checked::after {
    inset-block-start: 3pt;
    inset-inline-start: 4pt;
    width: 4pt;
    height: 7pt;
    border: solid #000;
    border-width: 0 2pt 2pt 0;
    transform: rotate(45deg);
  }

  .caution {
    padding-inline-start: 6pt;
    border-inline-start: 3pt solid #000;
    font-style: italic;
  }
`,
];
