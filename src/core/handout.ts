/**
 * What every printed handout carries, whichever widget prints it: a title,
 * who it is from and their phone, the date it was printed, and a box of the
 * emergency signs with the number to call (the safety net's own summaries).
 * The checklist's handout and the stretch card's are built from these parts,
 * so a patient's sheets look alike and can never disagree on when to call.
 * Also the on-screen "From {clinic} · Phone: {phone}" line of the widgets that
 * take `clinic-name` and `clinic-phone`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { telHref } from './attributes.js';
import { formatText } from './format.js';
import { emergencySignsIn } from '../data/signs.js';
import type { Locale } from '../data/locales.js';
import type { CommonWords } from '../data/types.js';

/** The top and the bottom of a handout, already in the patient's language and filled in. */
export interface HandoutFrame {
  heading: string;
  /** "From {clinic}", when the clinic set its name. */
  clinic?: string;
  /** "Phone: {phone}", when the clinic set its phone. */
  phone?: string;
  /** "Printed on {date}". */
  printed: string;
  getHelpNow: string;
  signs: readonly string[];
  /** "Call 911 now ...". */
  callNow: string;
  notDiagnosis: string;
}

export interface HandoutFrameOptions {
  locale: Locale;
  common: CommonWords;
  heading: string;
  /** The clinic's name and phone, as parsed from `clinic-name` and `clinic-phone`. */
  clinicName?: string;
  clinicPhone?: string;
  /** The emergency number in use. */
  number: string;
}

/** Fills in the frame's words: the clinic, its phone, today's date, the signs and the number. */
export function handoutFrame({ locale, common, heading, clinicName, clinicPhone, number }: HandoutFrameOptions): HandoutFrame {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date());
  return {
    heading,
    clinic: clinicName && formatText(common.preparedBy, { clinic: clinicName }),
    phone: clinicPhone && formatText(common.clinicPhone, { phone: clinicPhone }),
    printed: formatText(common.handout.printedOn, { date }),
    getHelpNow: common.handout.getHelpNow,
    signs: emergencySignsIn(common),
    callNow: formatText(common.handout.callNow, { number }),
    notDiagnosis: common.notDiagnosis,
  };
}

/** The title, then "From {clinic} · Phone: {phone} · Printed on {date}". */
export function renderHandoutHeader(frame: HandoutFrame): TemplateResult {
  const { clinic, phone, printed } = frame;
  return html`<header>
    <h1>${frame.heading}</h1>
    <p><strong>${[clinic, phone].filter(Boolean).join(' · ')}</strong>${clinic || phone ? ' · ' : ''}${printed}</p>
  </header>`;
}

/** The boxed emergency signs and the number to call, then "This is not a diagnosis". */
export function renderHandoutHelp(frame: HandoutFrame): TemplateResult {
  return html`<section class="help">
      <h2>${frame.getHelpNow}</h2>
      <ul>
        ${frame.signs.map((sign) => html`<li>${sign}</li>`)}
      </ul>
      <p class="call">${frame.callNow}</p>
    </section>
    <footer>${frame.notDiagnosis}</footer>`;
}

/** On screen, under a widget's heading: "From {clinic} · Phone: {phone}" (a link), when either is set. Part `clinic`. */
export function renderClinicLine(common: CommonWords, clinic?: string, phone?: string): TemplateResult | typeof nothing {
  if (!clinic && !phone) return nothing;
  return html`<p class="clinic" part="clinic">
    ${clinic ? formatText(common.preparedBy, { clinic }) : nothing}${clinic && phone ? ' · ' : nothing}${phone
      ? html`<a href=${telHref(phone)}>${formatText(common.clinicPhone, { phone })}</a>`
      : nothing}
  </p>`;
}

/** The on-screen clinic line's look (`renderClinicLine`). */
export const clinicLineStyles = css`
  .clinic {
    font-weight: 600;
  }
`;

/**
 * Sizes in pt: a handout is only ever seen on paper. 12 pt is the smallest
 * size anywhere; black on white, in Arial's metrics (Liberation Sans and Nimbus
 * Sans share them), so a page fits the same in every browser.
 */
export const handoutFrameStyles = css`
  article {
    color: #000;
    background: #fff;
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
