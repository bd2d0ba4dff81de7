import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseDigits, parseHttpUrl, parsePhone, parseText, telHref } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/red-flag-checker.js';
import { choiceStyles } from '../../core/choice.styles.js';
import { formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { renderSourceList } from '../../core/sources.js';
import { baseStyles } from '../../core/tokens.js';
import { countsAsYes, nextQuestion, steps, triage, type Answer, type Answers } from '../../core/triage.js';
import {
  ambulanceSigns,
  combinations,
  emergencySignsIn,
  firstActions,
  outcomeSources,
  watchFor,
  type EmergencySignId,
  type FirstActionSignId,
  type Sign,
  type SignId,
  type Tier,
} from '../../data/signs.js';
import { styles } from './red-flag-checker.styles.js';

/** Detail of `backcare-triage-result`: the tier only, never the answers. */
export interface TriageResultDetail {
  tier: Tier;
}

/** One "Do you have any of these?" list as shown: its signs are fixed when it opens, so a tick never hides another. */
type Page = NonNullable<ReturnType<typeof nextQuestion>>;

/** Decorative shapes, so the tier never rests on colour alone. */
const icons: Record<Tier, string> = { emergency: '!', urgent: '!', soon: 'i', 'self-care': '✓' };

const emergencyCombinations = combinations.filter((combination) => combination.tier === 'emergency');

const isFirstAction = (id: string): id is FirstActionSignId => Object.prototype.hasOwnProperty.call(firstActions, id);
const callsForAmbulance = (sign: Sign): boolean => (ambulanceSigns as readonly SignId[]).includes(sign.id);

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * @tagname backcare-red-flag-checker
 *
 * @summary Asks a patient with back pain about warning signs in up to three
 * short lists, "Do you have any of these?" (emergency signs, then signs to get
 * advice about today, then signs to book an appointment for), and stops as soon
 * as the answer is known: call the emergency number now, get medical advice
 * today, book an appointment, or look after the back at home.
 *
 * Ticking an emergency sign shows the emergency advice at once; "cancer", or
 * a sign of infection risk, asks the nerve signs not yet asked as one short
 * follow-up. "None of these" on every list gives self-care in 6 taps. Answers stay in memory only:
 * nothing is stored, sent or logged.
 *
 * @attr heading
 * @attr clinic-name
 * @attr clinic-phone
 * @attr clinic-url
 * @attr emergency-number
 *
 * @fires {CustomEvent<TriageResultDetail>} backcare-triage-result - An outcome is shown (including the emergency advice shown at once). `detail: { tier }`, never the answers.
 *
 * @csspart base - The wrapper of everything inside the card.
 * @csspart heading - The widget's heading.
 * @csspart question - The fieldset of the list on screen ("Do you have any of these?").
 * @csspart back - The "Back" control above steps 2 and 3 and the outcome.
 * @csspart error-summary - The error shown when "Continue" is pressed with nothing ticked.
 * @csspart outcome - Every outcome card.
 * @csspart outcome-emergency - The emergency outcome card.
 * @csspart outcome-urgent - The "get advice today" outcome card.
 * @csspart outcome-soon - The "book an appointment" outcome card.
 * @csspart outcome-self-care - The "look after your back at home" outcome card.
 * @csspart button - The "Continue" and "Start again" buttons and the call links styled as buttons.
 * @csspart sources - The list of an outcome's sources, inside a collapsed "Sources" part below the advice.
 *
 * @cssproperty --backcare-tier-emergency - Colour of the emergency card (default NHS red #d5281b, with a black body).
 * @cssproperty --backcare-tier-urgent - Colour of the urgent card (default #d5281b).
 * @cssproperty --backcare-tier-soon - Colour of the "book an appointment" card (default NHS blue #005eb8).
 * @cssproperty --backcare-tier-self-care - Colour of the self-care card (default grey #4c6272).
 */
export class BackcareRedFlagChecker extends BackcareElement<'red-flag-checker'> {
  protected readonly widget = 'red-flag-checker';

  static override styles = [baseStyles, choiceStyles, styles];

  static override properties = {
    headingText: { attribute: 'heading' },
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    clinicUrl: { attribute: 'clinic-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    answers: { attribute: false },
    pages: { attribute: false },
    none: { attribute: false },
    showOutcome: { attribute: false },
    error: { attribute: false },
  };

  /** Replaces the widget's heading text. */
  declare headingText?: string;

  /** The clinic's name, used in the labels of its phone and website links. */
  declare clinicName?: string;

  /** The clinic's phone number (digits, spaces and `+ - ( ) .`), shown as a `tel:` link. */
  declare clinicPhone?: string;

  /** The clinic's website, `http://` or `https://` only. */
  declare clinicUrl?: string;

  /** The emergency number, digits only (default for the language: 911; en-GB 999). */
  declare emergencyNumber?: string;

  /** Every answer given, kept when the patient goes back; only the lists in `pages` count. */
  private answers: Answers = {};
  /** The lists asked so far, in order; the last is on screen unless the outcome is. */
  private pages: readonly Page[] = [];
  /** Lists whose "None of these" is ticked, by question id. */
  private none: ReadonlySet<string> = new Set();
  private showOutcome = false;
  /** "Continue" was pressed on the list on screen with nothing ticked. */
  private error = false;

  private number = '911';
  private headline?: string;
  private name?: string;
  private phone?: string;
  private url?: string;
  /** An outcome to announce with `backcare-triage-result` once rendered. */
  private pending?: Tier;
  /** What to reveal once rendered: a focus target and the box to scroll into view. */
  private reveal?: { focus: string; into: string };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.number = parseDigits(this, 'emergency-number', this.emergencyNumber, this.common.emergencyNumber);
    this.headline = parseText(this, 'heading', this.headingText);
    this.name = parseText(this, 'clinic-name', this.clinicName, 80);
    this.phone = parsePhone(this, 'clinic-phone', this.clinicPhone);
    this.url = parseHttpUrl(this, 'clinic-url', this.clinicUrl);
    if (this.pages.length === 0) this.pages = [nextQuestion({})!];
  }

  protected override updated(): void {
    if (this.pending) this.emit<TriageResultDetail>('backcare-triage-result', { tier: this.pending });
    this.pending = undefined;
    if (this.reveal) this.scrollAndFocus(this.reveal);
    this.reveal = undefined;
  }

  /** Focuses without a jump, then brings the box into view: smoothly unless the patient asked for less motion. */
  private scrollAndFocus({ focus, into }: { focus: string; into: string }): void {
    const target = this.renderRoot.querySelector<HTMLElement>(focus);
    const box = this.renderRoot.querySelector<HTMLElement>(into);
    target?.focus({ preventScroll: true });
    const top = box?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > innerHeight / 2) {
      box?.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
    }
  }

  private get page(): Page {
    return this.pages[this.pages.length - 1]!;
  }

  /** The answers to the lists asked so far: what the outcome and the next list rest on. */
  private counted(): Answers {
    const ids = new Set<string>(this.pages.flatMap((page) => page.signs.map((sign) => sign.id)));
    return Object.fromEntries(Object.entries(this.answers).filter(([id]) => ids.has(id)));
  }

  private ticked(sign: Sign): boolean {
    return countsAsYes(this.answers[sign.id]) && this.page.signs.includes(sign);
  }

  private tick(sign: Sign, checked: boolean): void {
    const answers: Record<string, Answer | undefined> = { ...this.answers, [sign.id]: 'yes' };
    if (!checked) delete answers[sign.id];
    this.answers = answers;
    this.setNone(false);
    this.error = false;
    // An emergency sign is answer enough: its advice is shown at once.
    if (checked && triage(this.counted()).tier === 'emergency') this.finish();
  }

  private tickNone(checked: boolean): void {
    if (checked) {
      const shown = new Set<string>(this.page.signs.map((sign) => sign.id));
      this.answers = Object.fromEntries(Object.entries(this.answers).filter(([id]) => !shown.has(id)));
      this.error = false;
    }
    this.setNone(checked);
  }

  private setNone(checked: boolean): void {
    const none = new Set(this.none);
    if (checked) none.add(this.page.question.id);
    else none.delete(this.page.question.id);
    this.none = none;
  }

  private continue(): void {
    const page = this.page;
    if (!this.none.has(page.question.id) && !page.signs.some((sign) => this.ticked(sign))) {
      this.error = true;
      this.reveal = { focus: '.error-summary', into: '.error-summary' };
      return;
    }
    this.answers = {
      ...this.answers,
      ...Object.fromEntries(page.signs.map((sign) => [sign.id, this.ticked(sign) ? 'yes' : 'no'])),
    };
    const next = nextQuestion(this.counted());
    if (!next) return this.finish();
    this.pages = [...this.pages, next];
    this.reveal = { focus: '.question', into: '.page' };
  }

  private finish(): void {
    this.showOutcome = true;
    this.error = false;
    this.pending = triage(this.counted()).tier;
    this.reveal = { focus: '.card-heading', into: '.card' };
  }

  private back(): void {
    if (this.showOutcome) this.showOutcome = false;
    else this.pages = this.pages.slice(0, -1);
    this.error = false;
    this.reveal = { focus: '.question', into: '.page' };
  }

  private startAgain(): void {
    this.answers = {};
    this.none = new Set();
    this.pages = [nextQuestion({})!];
    this.showOutcome = false;
    this.error = false;
    this.reveal = { focus: '.question', into: '.page' };
  }

  private focusFirstChoice(event: Event): void {
    event.preventDefault();
    const first = this.renderRoot.querySelector<HTMLInputElement>('.choice__input');
    first?.scrollIntoView?.({ block: 'center' });
    first?.focus({ preventScroll: true });
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base">
      ${this.heading(this.headline ?? this.words.heading)}
      ${this.showOutcome ? this.renderOutcome() : this.renderPage()}
    </div>`;
  }

  private renderBack(): TemplateResult {
    return html`<button type="button" class="back" part="back" @click=${this.back}>${this.words.back}</button>`;
  }

  private renderPage(): TemplateResult {
    const text = this.words;
    const page = this.page;
    const first = this.pages.length === 1;
    const none = this.none.has(page.question.id);
    const followUp = combinations.find((combination) => combination.id === page.question.id);
    const question = followUp ? text.combinations[followUp.id].question : text.question;
    const step = formatText(followUp ? text.followUpOf : text.stepOf, { step: page.question.step, steps: steps.length });
    return html`<div class="page">
      ${first
        ? html`<p class="note">${text.privacy}</p>`
        : this.renderBack()}
      ${this.error
        ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
            ${renderHeading(subLevel(this.headingLevel), text.errorSummaryTitle)}
            <ul>
              <li><a href="#sign-${page.signs[0]!.id}" @click=${this.focusFirstChoice}>${text.nothingTicked}</a></li>
            </ul>
          </div>`
        : nothing}
      <fieldset part="question" class=${this.error ? 'error' : nothing} aria-describedby=${this.error ? 'not-sure nothing-ticked' : 'not-sure'}>
        <legend>
          <span class="step">${step}</span>
          ${renderHeading(subLevel(this.headingLevel), question, { className: 'question', tabindex: -1 })}
        </legend>
        <p class="hint" id="not-sure">${text.notSure}</p>
        ${this.error
          ? html`<p class="error-message" id="nothing-ticked">
              <span class="visually-hidden">${text.errorPrefix}</span> ${text.nothingTicked}
            </p>`
          : nothing}
        ${page.signs.map((sign) => {
          const { label, hint } = text.signs[sign.id];
          return html`<div class="choice">
            <input
              class="choice__input"
              type="checkbox"
              id="sign-${sign.id}"
              value=${sign.id}
              .checked=${this.ticked(sign)}
              aria-describedby=${hint ? `hint-${sign.id}` : nothing}
              @change=${(event: Event) => this.tick(sign, (event.target as HTMLInputElement).checked)}
            />
            <label class="choice__label" for="sign-${sign.id}">${label}</label>
            ${hint ? html`<div class="choice__hint" id="hint-${sign.id}">${hint}</div>` : nothing}
          </div>`;
        })}
        <div class="choice__divider">${text.or}</div>
        <div class="choice">
          <input
            class="choice__input"
            type="checkbox"
            id="none"
            value="none"
            .checked=${none}
            @change=${(event: Event) => this.tickNone((event.target as HTMLInputElement).checked)}
          />
          <label class="choice__label" for="none">${text.none}</label>
        </div>
      </fieldset>
      <div class="buttons">
        <button type="button" part="button" @click=${this.continue}>${text.continue}</button>
      </div>
    </div>`;
  }

  private renderOutcome(): TemplateResult {
    const text = this.words;
    const { tier, raisedBy } = triage(this.counted());
    const outcome = text.outcomes[tier];
    const clinic = this.name ?? text.yourClinic;
    const has = (ids: readonly SignId[]) => raisedBy.some((sign) => ids.includes(sign.id));
    const applied = emergencyCombinations.filter((rule) => tier === rule.tier && has(rule.risks) && has(rule.any));
    // A sign's own first action belongs to its own tier: raised to an emergency by a combination, the number comes first.
    const first = raisedBy.flatMap((sign) => (isFirstAction(sign.id) && sign.tier === tier ? [text.firstActions[sign.id]] : []));
    const heading =
      tier === 'emergency' && raisedBy.some(callsForAmbulance)
        ? text.callAmbulance
        : (first.find((action) => action.heading)?.heading ?? outcome.heading);
    const sources = [
      ...outcomeSources[tier],
      ...applied.flatMap((rule) => rule.sources),
      ...raisedBy.flatMap((sign) => [...sign.sources, ...(isFirstAction(sign.id) && sign.tier === tier ? firstActions[sign.id].sources : [])]),
    ];
    return html`${this.renderBack()}
      <div class="card ${tier}" part="outcome outcome-${tier}">
        <div class="card-head">
          <span class="icon" aria-hidden="true">${icons[tier]}</span>
          ${renderHeading(
            subLevel(this.headingLevel),
            html`<span role="text"
              >${outcome.prefix ? html`<span class="visually-hidden">${outcome.prefix} </span>` : nothing}${this.fill(heading)}</span
            >`,
            { className: 'card-heading', tabindex: -1 },
          )}
        </div>
        <div class="card-body">
          ${first.map((action) => html`<p><strong>${action.text}</strong></p>`)}
          ${outcome.actions.map((action) => html`<p>${this.fill(action)}</p>`)}
          ${tier === 'emergency'
            ? this.link(`tel:${this.number}`, this.fill(text.callEmergency))
            : html`${this.phone ? this.link(telHref(this.phone), this.phoneLabel(clinic, this.phone)) : nothing}
              ${this.url ? html`<p><a href=${this.url}>${formatText(text.visitClinic, { clinic })}</a></p>` : nothing}`}
          ${outcome.more.map((action) => html`<p>${this.fill(action)}</p>`)}
          ${applied.map((rule) => {
            const advice = text.combinations[rule.id].advice;
            return advice ? html`<p><strong>${advice}</strong></p>` : nothing;
          })}
          ${raisedBy.length
            ? html`<div class="reasons">
                <p>${text.becauseYouSaid}</p>
                <ul>
                  ${raisedBy.map((sign) => html`<li>${this.summary(sign.id)}</li>`)}
                </ul>
              </div>`
            : nothing}
          ${tier === 'emergency' ? nothing : this.renderSafetyNet(tier)}
          <details class="sources-part">
            <summary>${this.common.sourcesHeading}</summary>
            ${renderSourceList(sources, this.common)}
          </details>
          <p class="note">${this.common.notDiagnosis}</p>
        </div>
      </div>
      <div class="buttons">
        <button type="button" part="button" class="secondary" @click=${this.startAgain}>${text.startAgain}</button>
      </div>`;
  }

  /**
   * What to watch for, as lists, most urgent last so the number to call ends
   * the card's advice: on self-care, when to book; below the urgent tier, the
   * get-advice-today signs that can newly appear; always, the emergency signs
   * with "call {number}".
   */
  private renderSafetyNet(tier: Tier): TemplateResult {
    const text = this.words;
    const list = (intro: string, items: readonly string[]) =>
      html`<p><strong>${this.fill(intro)}</strong></p>
        <ul>
          ${items.map((item) => html`<li>${item}</li>`)}
        </ul>`;
    const summaries = (ids: readonly SignId[]) => ids.map((id) => this.summary(id));
    return html`<div class="safety-net">
      ${tier === 'self-care' ? list(text.bookSigns, summaries(watchFor.soon)) : nothing}
      ${tier === 'self-care' || tier === 'soon' ? list(text.urgentSigns, summaries(watchFor.urgent)) : nothing}
      ${list(this.common.emergencySigns, emergencySignsIn(this.common))}
    </div>`;
  }

  /** A sign in short; an emergency sign's is in the words every widget shares, for their safety nets. */
  private summary(id: SignId): string {
    const words = this.words.signs[id];
    return 'summary' in words ? words.summary : this.common.emergencySummaries[id as EmergencySignId];
  }

  /** A content string with the emergency number and who to book with filled in. */
  private fill(template: string): string {
    return formatText(template, { number: this.number, professional: this.words.professional });
  }

  /** "Call {clinic}: {phone}", with the number kept on one line. */
  private phoneLabel(clinic: string, phone: string): TemplateResult {
    const [before, after = ''] = formatText(this.words.callClinic, { clinic }).split('{phone}');
    return html`${before}<span class="nowrap">${phone}</span>${after}`;
  }

  private link(href: string, label: unknown): TemplateResult {
    return html`<p><a class="button call" part="button" href=${href}>${label}</a></p>`;
  }
}
