/**
 * The "Get help now" part every self-care widget carries (clinical reference,
 * section 1, "What every outcome says"): the emergency signs, with the number
 * to call, and "This is not a diagnosis". One source of safety words: the
 * checker, the handouts and every widget's safety net read the same summaries
 * (the words every widget shares, in every language, so a safety net never
 * waits for the checker's words), and can never disagree on when to call.
 */
import { css, html, type TemplateResult } from 'lit';
import { parseDigits, type AttributeValue } from './attributes.js';
import { emergencySignsIn } from '../data/signs.js';
import type { CommonWords } from '../data/types.js';
import { formatText } from './format.js';

export { emergencySignsIn };

/**
 * The number a widget's safety net calls: its `emergency-number` attribute (digits only),
 * else the number of its language (911; en-GB 999), after one warning for a bad value.
 */
export function parseEmergencyNumber(host: Element, value: AttributeValue, common: CommonWords): string {
  return parseDigits(host, 'emergency-number', value, common.emergencyNumber);
}

export interface SafetyNetOptions {
  /** The widget's words shared by all widgets, in its language. */
  common: CommonWords;
  /** The emergency number in use (the locale's, or the clinic's `emergency-number`). */
  number: string;
  /** Shown open; closed, it still shows its heading, which names the number. */
  open?: boolean;
}

/**
 * A `<details>` whose summary says "Get help now: call 911" so that, even
 * closed, the number is in view; open, it lists the signs. Part `safety-net`.
 */
export function renderSafetyNet({ common, number, open = false }: SafetyNetOptions): TemplateResult {
  return html`<details class="safety-net" part="safety-net" ?open=${open}>
    <summary>${formatText(common.getHelpNow, { number })}</summary>
    <p>${formatText(common.emergencySigns, { number })}</p>
    <ul>
      ${emergencySignsIn(common).map((sign) => html`<li>${sign}</li>`)}
    </ul>
    <p><a class="call" href=${`tel:${number}`}>${formatText(common.callNumber, { number })}</a></p>
    <p class="note">${common.notDiagnosis}</p>
  </details>`;
}

export const safetyNetStyles = css`
  .safety-net {
    margin-block: 1em 0;
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: min(0.75em, 12px);
  }

  .safety-net summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    font-weight: 700;
  }

  .safety-net ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: min(1.25em, 20px);
  }

  .safety-net p {
    margin: 0.5em 0;
  }

  .safety-net .call {
    display: inline-block;
    padding-block: 0.5em;
    font-weight: 700;
    white-space: nowrap;
  }
`;
