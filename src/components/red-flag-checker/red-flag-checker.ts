import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseDigits, parseHttpUrl, parsePhone, parseText, telHref } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/red-flag-checker.js';
import { formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { citation } from '../../core/sources.js';
import { baseStyles } from '../../core/tokens.js';
import { tiers, triage, unanswered, type Answer } from '../../core/triage.js';
import type { RedFlagQuestion, Tier } from '../../data/types.js';
import { styles } from './red-flag-checker.styles.js';

/** Detail of `backcare-triage-result`: the tier only, never the answers. */
export interface TriageResultDetail {
  tier: Tier;
}

const choices: readonly Answer[] = ['yes', 'no', 'not-sure'];

/** Decorative shapes, so the tier never rests on colour alone. */
const icons: Record<Tier, string> = { emergency: '!', urgent: '!', soon: 'i', 'self-care': '✓' };

/**
 * @tagname backcare-red-flag-checker
 *
 * Asks a patient with back pain a few plain questions about red-flag signs and
 * says, without delay or doubt, whether to get help now, today, soon, or look
 * after the back at home. A "yes" or "not sure" to any emergency question shows
 * the emergency advice at once. Answers stay in memory only: nothing is stored,
 * sent or logged.
 *
 * @attr heading
 * @attr clinic-name
 * @attr clinic-phone
 * @attr clinic-url
 * @attr emergency-number
 *
 * @fires {CustomEvent<TriageResultDetail>} backcare-triage-result - An outcome is shown (including the immediate emergency advice). `detail: { tier }`, never the answers.
 *
 * @csspart base - The wrapper of everything inside the card.
 * @csspart heading - The widget's heading.
 * @csspart question - Each question's fieldset.
 * @csspart error-summary - The list of unanswered questions shown after "See my result".
 * @csspart outcome - Every outcome card.
 * @csspart outcome-emergency - The emergency outcome card.
 * @csspart outcome-urgent - The "get advice today" outcome card.
 * @csspart outcome-soon - The "book an appointment" outcome card.
 * @csspart outcome-self-care - The "look after your back at home" outcome card.
 * @csspart button - The "See my result" and "Start again" buttons and the call links styled as buttons.
 *
 * @cssproperty --backcare-tier-emergency - Colour of the emergency card (default NHS red #d5281b, with a black body).
 * @cssproperty --backcare-tier-urgent - Colour of the urgent card (default #d5281b).
 * @cssproperty --backcare-tier-soon - Colour of the "book an appointment" card (default NHS blue #005eb8).
 * @cssproperty --backcare-tier-self-care - Colour of the self-care card (default grey #4c6272).
 */
export class BackcareRedFlagChecker extends BackcareElement<'red-flag-checker'> {
  protected readonly widget = 'red-flag-checker';

  static override styles = [baseStyles, styles];

  static override properties = {
    headingText: { attribute: 'heading' },
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    clinicUrl: { attribute: 'clinic-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    answers: { attribute: false },
    view: { attribute: false },
  };

  /** Replaces the widget's heading text. */
  declare headingText?: string;

  /** The clinic's name, used in the labels of its phone and website links. */
  declare clinicName?: string;

  /** The clinic's phone number (digits, spaces and `+ - ( ) .`), shown as a `tel:` link. */
  declare clinicPhone?: string;

  /** The clinic's website, `http://` or `https://` only. */
  declare clinicUrl?: string;

  /** The emergency number, digits only (default for the language: 911). */
  declare emergencyNumber?: string;

  private answers: Record<string, Answer> = {};
  /** What "See my result" asked for: nothing yet, the missing answers, or the outcome. */
  private view: 'form' | 'errors' | 'result' = 'form';

  #number = '911';
  #headline?: string;
  #name?: string;
  #phone?: string;
  #url?: string;
  #shown?: Tier;
  #pending?: Tier;
  #status = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#number = parseDigits(this, 'emergency-number', this.emergencyNumber, this.common.emergencyNumber);
    this.#headline = parseText(this, 'heading', this.headingText);
    this.#name = parseText(this, 'clinic-name', this.clinicName, 80);
    this.#phone = parsePhone(this, 'clinic-phone', this.clinicPhone);
    this.#url = parseHttpUrl(this, 'clinic-url', this.clinicUrl);
    const { tier } = this.#result();
    if (this.view === 'errors' && !this.#missing().length) this.view = 'form';
    const shown = tier === 'emergency' || this.view === 'result' ? tier : undefined;
    if (shown !== this.#shown) {
      // A result already on screen that changes with an answer is announced; the emergency card is an alert itself.
      this.#status = this.#shown && shown && shown !== 'emergency' ? this.#headingOf(shown) : '';
      this.#pending = shown;
      this.#shown = shown;
    }
  }

  protected override updated(): void {
    if (this.#pending) this.emit<TriageResultDetail>('backcare-triage-result', { tier: this.#pending });
    this.#pending = undefined;
  }

  #result() {
    return triage(this.answers, this.words.questions);
  }

  /** Unanswered questions, only while the error summary is asked for and no emergency sign is given. */
  #missing(): string[] {
    return this.view === 'errors' && this.#result().tier !== 'emergency'
      ? unanswered(this.answers, this.words.questions)
      : [];
  }

  #headingOf(tier: Tier): string {
    const { prefix, heading } = this.words.outcomes[tier];
    return `${prefix} ${this.#fill(heading)}`.trim();
  }

  /** A content string with the emergency number filled in. */
  #fill(template: string): string {
    return formatText(template, { number: this.#number });
  }

  #answer(id: string, value: Answer): void {
    this.answers = { ...this.answers, [id]: value };
  }

  #showResult(): void {
    const missing = unanswered(this.answers, this.words.questions);
    const emergency = this.#result().tier === 'emergency';
    this.view = missing.length && !emergency ? 'errors' : 'result';
    void this.focusAfterUpdate(this.view === 'errors' ? '.error-summary' : '.card-heading');
  }

  #startAgain(): void {
    this.answers = {};
    this.view = 'form';
    this.#status = '';
    void this.focusAfterUpdate('input');
  }

  #focusQuestion(event: Event, id: string): void {
    event.preventDefault();
    const fieldset = this.shadowRoot?.getElementById(`q-${id}`);
    fieldset?.scrollIntoView?.({ block: 'start' });
    fieldset?.querySelector('input')?.focus({ preventScroll: true });
  }

  override render(): TemplateResult {
    const text = this.words;
    const sub = subLevel(this.headingLevel);
    const { tier, raisedBy } = this.#result();
    const missing = this.#missing();
    const questions = this.words.questions;
    // The immediate emergency card goes right after the first emergency question answered yes or not sure.
    const trigger = tier === 'emergency' ? raisedBy[0]?.id : undefined;
    return html`<div part="base" class="base">
      ${this.heading(this.#headline ?? text.heading)}
      <p>${text.intro}</p>
      <p class="note">${this.common.notDiagnosis}</p>
      <p class="note">${text.privacy}</p>
      ${missing.length
        ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
            ${renderHeading(sub, text.errorSummaryTitle)}
            <ul>
              ${missing.map((id) => {
                const question = questions.find((q) => q.id === id)!;
                return html`<li>
                  <a href="#q-${id}" @click=${(event: Event) => this.#focusQuestion(event, id)}
                    >${formatText(text.errorSummaryItem, { question: question.text })}</a
                  >
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${tiers.slice(0, 3).map(
        (group) => html`<div class="group">
          ${renderHeading(sub, text.groups[group as Exclude<Tier, 'self-care'>], { className: `group-heading ${group}` })}
          ${questions
            .filter((q) => q.tier === group)
            .map(
              (q) => html`${this.#renderQuestion(q, missing.includes(q.id))}
              ${q.id === trigger
                ? html`<div role="alert" class="immediate">${this.#renderOutcome('emergency', raisedBy)}</div>`
                : nothing}`,
            )}
        </div>`,
      )}
      <div class="buttons">
        <button type="button" part="button" @click=${this.#showResult}>${text.seeResult}</button>
        ${Object.keys(this.answers).length
          ? html`<button type="button" part="button" class="secondary" @click=${this.#startAgain}>
              ${text.startAgain}
            </button>`
          : nothing}
      </div>
      ${this.view === 'result' && tier !== 'emergency' ? this.#renderOutcome(tier, raisedBy) : nothing}
      <p role="status" class="visually-hidden">${this.#status}</p>
    </div>`;
  }

  #renderQuestion(q: RedFlagQuestion, error: boolean): TemplateResult {
    const text = this.words;
    const describedBy = [q.hint ? `h-${q.id}` : '', error ? `e-${q.id}` : ''].join(' ').trim();
    return html`<fieldset
      id="q-${q.id}"
      part="question"
      class=${error ? 'question error' : 'question'}
      aria-describedby=${describedBy || nothing}
    >
      <legend>${q.text}</legend>
      ${q.hint ? html`<p class="hint" id="h-${q.id}">${q.hint}</p>` : nothing}
      ${error ? html`<p class="error-message" id="e-${q.id}">${text.unanswered}</p>` : nothing}
      <div class="options">
        ${choices.map(
          (value) => html`<label class=${this.answers[q.id] === value ? 'option checked' : 'option'}>
            <input
              type="radio"
              name=${q.id}
              value=${value}
              .checked=${this.answers[q.id] === value}
              @change=${() => this.#answer(q.id, value)}
            />
            <span>${text.answers[value === 'not-sure' ? 'notSure' : value]}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderOutcome(tier: Tier, raisedBy: readonly RedFlagQuestion[]): TemplateResult {
    const text = this.words;
    const outcome = text.outcomes[tier];
    const clinic = this.#name ?? text.yourClinic;
    const reasons = tier === 'self-care' ? [] : raisedBy;
    return html`<div class="card ${tier}" part="outcome outcome-${tier}">
      <div class="card-head">
        <span class="icon" aria-hidden="true">${icons[tier]}</span>
        ${renderHeading(
          subLevel(this.headingLevel),
          html`<span role="text"
            >${outcome.prefix ? html`<span class="visually-hidden">${outcome.prefix} </span>` : nothing}${this.#fill(outcome.heading)}</span
          >`,
          { className: 'card-heading', tabindex: -1 },
        )}
      </div>
      <div class="card-body">
        <p>${outcome.body}</p>
        <ul class="actions">
          ${outcome.actions.map((action) => html`<li>${this.#fill(action)}</li>`)}
        </ul>
        ${tier === 'emergency'
          ? html`${this.#link(`tel:${this.#number}`, this.#fill(text.callEmergency))}
            ${unanswered(this.answers, this.words.questions).length ? html`<p><strong>${text.continueBelow}</strong></p>` : nothing}`
          : html`${this.#phone ? this.#link(telHref(this.#phone), this.#phoneLabel(clinic, this.#phone)) : nothing}
            ${this.#url ? html`<p><a href=${this.#url}>${formatText(text.visitClinic, { clinic })}</a></p>` : nothing}`}
        ${reasons.length
          ? html`<div class="reasons">
              <p>${text.becauseYouSaid}</p>
              <ul>
                ${reasons.map((q) => html`<li>${q.reason}</li>`)}
              </ul>
            </div>`
          : nothing}
        <p class="note">${this.common.notDiagnosis}</p>
        <p class="note sources">
          ${formatText(this.common.sourcesLabel, { list: outcome.sources.map(citation).join('; ') })}
        </p>
      </div>
    </div>`;
  }

  /** "Call {clinic}: {phone}", with the number kept on one line. */
  #phoneLabel(clinic: string, phone: string): TemplateResult {
    const [before, after = ''] = formatText(this.words.callClinic, { clinic }).split('{phone}');
    return html`${before}<span class="nowrap">${phone}</span>${after}`;
  }

  #link(href: string, label: unknown): TemplateResult {
    return html`<p><a class="button call" part="button" href=${href}>${label}</a></p>`;
  }
}
