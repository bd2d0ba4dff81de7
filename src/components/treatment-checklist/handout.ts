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
  heading: string;
  /** "From {clinic}", when the clinic set its name. */
  clinic?: string;
  /** "Phone: {phone}", when the clinic set its phone. */
  phone?: string;
  /** "Printed on {date}". */
  printed: string;
  sections: { toDo: string; askAbout: string };
  toDos: readonly HandoutToDo[];
  /** The caution on heat and cold, when an item with it is shown. */
  skinCaution?: string;
  medicines: readonly HandoutInfo[];
  /** The medicines' one caution, when a medicine is shown. */
  medicineCaution?: string;
  care: readonly HandoutInfo[];
  getHelpNow: string;
  signs: readonly string[];
  /** "Call 911 now ...". */
  callNow: string;
  notDiagnosis: string;
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
    <header>
      <h1>${h.heading}</h1>
      <p><strong>${[h.clinic, h.phone].filter(Boolean).join(' · ')}</strong>${h.clinic || h.phone ? ' · ' : ''}${h.printed}</p>
    </header>
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
    <section class="help">
      <h2>${h.getHelpNow}</h2>
      <ul>
        ${h.signs.map((sign) => html`<li>${sign}</li>`)}
      </ul>
      <p class="call">${h.callNow}</p>
    </section>
    <footer>${h.notDiagnosis}</footer>
  </article>`;
}

/**
 * Sizes in pt: this is only ever seen on paper. 12 pt is the smallest size
 * anywhere; the lists run in two columns to keep to one page.
 */
export const handoutStyles = css`
  article {
    color: #000;
    background: #fff;
    /* Arial's metrics (Liberation Sans and Nimbus Sans share them): the page fits the same everywhere. */
    font: 12pt/1.12 Arial, 'Liberation Sans', Helvetica, 'Nimbus Sans', sans-serif;
    overflow-wrap: anywhere;
  }

  h1 {
    margin: 0;
    font-size: 18pt;
    line-height: 1.2;
  }

  h2 {
    margin: 4pt 0 2pt;
    font-size: 14pt;
    line-height: 1.2;
  }

  p {
    margin: 0 0 4pt;
  }

  ul {
    margin: 0 0 4pt;
    padding: 0;
    list-style: none;
  }

  li {
    margin: 0 0 2pt;
    break-inside: avoid;
  }

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

  .help {
    margin-top: 4pt;
    padding: 0 8pt 2pt;
    border: 2pt solid #000;
    break-inside: avoid;
  }

  .help li::first-letter {
    text-transform: uppercase;
  }

  /* The bullets part the signs; with the third edition's twelve, the sheet keeps to one page. */
  .help li {
    margin-bottom: 0;
  }

  .help ul {
    columns: 2;
    column-gap: 16pt;
    list-style: disc;
    padding-inline-start: 14pt;
  }

  .call {
    font-weight: 700;
  }

  footer {
    margin-top: 6pt;
  }
`;
