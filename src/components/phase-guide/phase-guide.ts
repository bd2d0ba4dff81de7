import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseDate, parseInteger, parseText, toCalendarDate, warnAttribute } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/phase-guide.js';
import { CountdownController, formatClock, secondsShown } from '../../core/countdown.js';
import { formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { calendarDateOf, daysSince, isoDate, minuteMarkReached, phaseForDay } from '../../core/phase.js';
import { citation, renderSourceList } from '../../core/sources.js';
import { baseStyles } from '../../core/tokens.js';
import type { Phase, PhaseId, Therapy } from '../../data/types.js';
import { styles } from './phase-guide.styles.js';

/** Detail of `backcare-phase-change`. */
export interface PhaseChangeDetail {
  phase: PhaseId;
  /** Days since the pain started, 0 = the day it started. */
  day: number;
}

/** Detail of `backcare-timer-start` and `backcare-timer-complete`. */
export interface TimerDetail {
  therapy: Therapy;
  minutes: number;
}

/**
 * @tagname backcare-phase-guide
 *
 * Shows a patient which phase of back-pain self-care they are in (cold first,
 * then heat, then strengthening), what to do and avoid in it, and times a cold
 * or heat session. The day comes from `onset` or `day`; when neither gives a
 * usable day, the guide asks when the pain started and keeps the answer in
 * memory only.
 *
 * @attr heading
 * @attr session-minutes
 *
 * @fires {CustomEvent<PhaseChangeDetail>} backcare-phase-change - The day and phase became known or changed. `detail: { phase, day }`.
 * @fires {CustomEvent<TimerDetail>} backcare-timer-start - A cold or heat session started. `detail: { therapy, minutes }`.
 * @fires {CustomEvent<TimerDetail>} backcare-timer-complete - A session reached its end (also when it ended while the page was hidden). `detail: { therapy, minutes }`.
 *
 * @csspart base - The wrapper of everything inside the card.
 * @csspart heading - The widget's heading.
 * @csspart form - The "When did the pain start?" question.
 * @csspart day - The "Day N" line with the button to change it.
 * @csspart phases - The ordered list of phases.
 * @csspart phase - Each phase (the current one also has `current`).
 * @csspart current - The current phase, marked "You are here".
 * @csspart timer - The session timer.
 * @csspart clock - The `mm:ss` time left.
 * @csspart status - The timer's announcements, including the completion message.
 * @csspart button - Every button.
 * @csspart sources - The list of sources of the current phase.
 */
export class BackcarePhaseGuide extends BackcareElement<'phase-guide'> {
  protected readonly widget = 'phase-guide';

  static override styles = [baseStyles, styles];

  static override properties = {
    headingText: { attribute: 'heading' },
    onset: {},
    day: {},
    sessionMinutes: { attribute: 'session-minutes' },
    answeredDay: { attribute: false },
    asking: { attribute: false },
    error: { attribute: false },
    status: { attribute: false },
  };

  /** Replaces the widget's heading text. */
  declare headingText?: string;

  /** The day the pain started, `YYYY-MM-DD` in the visitor's calendar; wins over `day`. */
  declare onset?: string;

  /**
   * Days since the pain started, a whole number; 0 is the day it started.
   * @type {number}
   */
  declare day?: string;

  /**
   * Minutes per cold or heat session, from 5 to 20 (default 15); outside that range the nearest bound is used.
   * @type {number}
   */
  declare sessionMinutes?: string;

  /** The day the patient gave, in memory only. */
  private declare answeredDay?: number;
  private asking = false;
  private error = false;
  private status = '';

  #knownDay?: number;
  #phase?: Phase;
  #minutes = 15;
  #headline?: string;
  #session?: TimerDetail;
  #lastSeconds = 0;
  #emitted = '';

  readonly #countdown = new CountdownController(this, {
    onTick: (ms) => {
      const seconds = secondsShown(ms);
      const mark = minuteMarkReached(this.#lastSeconds, seconds, this.#session?.minutes ?? 0);
      this.#lastSeconds = seconds;
      if (mark) this.status = formatText(this.words.timer.minutesLeft, { minutes: mark });
    },
    onComplete: () => {
      this.status = this.words.timer.complete;
      if (this.shadowRoot?.activeElement) void this.focusAfterUpdate('.actions button');
      try {
        navigator.vibrate?.([300, 150, 300]);
      } catch {
        // Not allowed here (no user activation, or a browser that refuses): the message is enough.
      }
      this.emit<TimerDetail>('backcare-timer-complete', { ...this.#session! });
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#headline = parseText(this, 'heading', this.headingText);
    this.#knownDay = this.asking ? undefined : (this.answeredDay ?? this.#attributeDay());
    this.#phase = this.#knownDay === undefined ? undefined : phaseForDay(this.#knownDay, this.words.phases);
    this.#minutes = parseInteger(this, 'session-minutes', this.sessionMinutes, {
      min: 5,
      max: 20,
      fallback: this.#phase?.sessionMinutes ?? 15,
      outOfRange: 'clamp',
    });
    // A session belongs to a cold or heat phase on screen; leaving it stops the session.
    if (this.#countdown.state !== 'idle' && !this.#phase?.sessionMinutes) {
      this.#countdown.reset();
      this.status = '';
    }
  }

  /** The day set by `onset` (which wins) or `day`, or undefined after a warning. */
  #attributeDay(): number | undefined {
    if (this.onset != null) {
      const onset = parseDate(this, 'onset', this.onset);
      const days = onset ? daysSince(onset, new Date()) : -1;
      if (onset && days < 0) {
        warnAttribute(this, 'onset', this.onset, 'use a date that is not in the future', 'It is ignored');
      }
      return days < 0 ? undefined : days;
    }
    if (this.day == null) return undefined;
    if (/^\s*\+?\d{1,6}\s*$/.test(String(this.day))) return Number(this.day);
    warnAttribute(this, 'day', this.day, 'use a whole number of days, 0 or more', 'It is ignored');
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const key = this.#phase ? `${this.#phase.id} ${this.#knownDay}` : this.#emitted;
    if (key !== this.#emitted) {
      this.#emitted = key;
      this.emit<PhaseChangeDetail>('backcare-phase-change', { phase: this.#phase!.id, day: this.#knownDay! });
    }
  }

  override render(): TemplateResult {
    const t = this.words;
    return html`<div part="base">
      ${this.heading(this.#headline ?? t.heading)}
      <p>${t.intro}</p>
      ${this.#phase ? this.#renderPhases(this.#knownDay!, this.#phase) : this.#renderQuestion()}
      <p class="muted">${t.usualCourse} <span class="cite">(${citation('S-NHS-EX')})</span></p>
    </div>`;
  }

  #renderQuestion(): TemplateResult {
    const t = this.words;
    return html`<form part="form" @submit=${this.#onAnswer}>
      <fieldset>
        <legend>${t.whenStartedQuestion}</legend>
        ${this.error ? html`<p class="error error-message" role="alert">${t.whenStartedError}</p>` : nothing}
        ${t.whenStartedOptions.map(
          (option) => html`<label class="choice"><input type="radio" name="day" value=${option.day} />${option.label}</label>`,
        )}
      </fieldset>
      <label class="date"
        >${t.orPickDate}<input type="date" name="date" max=${isoDate(calendarDateOf(new Date()))}
      /></label>
      <button part="button">${t.showPhase}</button>
    </form>`;
  }

  #renderPhases(day: number, current: Phase): TemplateResult {
    const t = this.words;
    const level = subLevel(this.headingLevel);
    return html`<p class="day" part="day" tabindex="-1">
        <strong>${formatText(t.dayN, { day })}</strong>
        <button class="secondary" part="button" @click=${this.#onChange}>${t.changeDay}</button>
      </p>
      ${day >= 7 ? html`<p class="book">${t.bookIfNotBetter}</p>` : nothing}
      <ol class="phases" part="phases">
        ${this.words.phases.map((phase) =>
          phase === current
            ? html`<li class="current" part="phase current" aria-current="step">
                <div>
                <p class="marker">${t.currentPhase}</p>
                ${renderHeading(level, phase.name)}
                <p class="muted">${phase.dayLabel}</p>
                ${this.#renderFacts(phase, phase.sessionMinutes && this.#minutes)}
                ${([
                  [t.doHeading, phase.do],
                  [t.avoidHeading, phase.avoid],
                ] as const).map(
                  ([heading, items]) =>
                    html`${renderHeading(subLevel(level), heading)}
                      <ul>
                        ${items.map((item) => html`<li>${item.text}</li>`)}
                      </ul>`,
                )}
                <details class="cite">
                  <summary>${this.common.sourcesHeading}</summary>
                  ${renderSourceList(phase.sources)}
                </details>
                </div>
                ${this.#renderTimer(phase)}
              </li>`
            : html`<li part="phase">
                <details>
                  <summary>
                    <span class="name">${phase.name}</span> <span class="muted">${phase.dayLabel}</span>
                  </summary>
                  ${this.#renderFacts(phase, phase.sessionMinutes)}
                </details>
              </li>`,
        )}
      </ol>`;
  }

  #renderFacts(phase: Phase, minutes: number | undefined): TemplateResult {
    const t = this.words;
    return html`<p>${phase.summary}</p>
      <dl>
        <dt>${t.therapyLabel}</dt>
        <dd>${t.therapies[phase.therapy]}</dd>
        ${minutes ? html`<dt>${t.sessionLabel}</dt><dd>${formatText(t.minutes, { minutes })}</dd>` : nothing}
        <dt>${t.frequencyLabel}</dt>
        <dd>${phase.frequency}</dd>
      </dl>`;
  }

  #renderTimer(phase: Phase): TemplateResult {
    const t = this.words.timer;
    if (!phase.sessionMinutes) return html`<p class="timer" part="timer">${t.noTimerInRecovery}</p>`;
    const { state } = this.#countdown;
    const ended = state === 'idle' || state === 'done';
    const label =
      state === 'running'
        ? t.pause
        : state === 'paused'
          ? t.resume
          : formatText(t.start, { minutes: this.#minutes, therapy: this.words.therapies[phase.therapy] });
    return html`<div class="timer" part="timer">
      <p class="safety">${t.safety}</p>
      <p class="clock-row">
        <span>${t.timeLeft}</span>
        <span class="clock" part="clock" role="timer" aria-live="off"
          >${formatClock(state === 'idle' ? this.#minutes * 60_000 : this.#countdown.remainingMs)}</span
        >
      </p>
      <p class="status ${state}" part="status" role="status">${this.status}</p>
      <div class="actions">
        <button part="button" @click=${this.#onPrimary}>${label}</button>
        ${ended ? nothing : html`<button class="secondary" part="button" @click=${this.#onStop}>${t.stop}</button>`}
      </div>
    </div>`;
  }

  #onAnswer(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const onset = toCalendarDate(String(form.get('date') ?? ''));
    const day = onset ? daysSince(onset, new Date()) : form.has('day') ? Number(form.get('day')) : -1;
    this.error = day < 0;
    if (!this.error) {
      this.answeredDay = day;
      this.asking = false;
    }
    void this.focusAfterUpdate(this.error ? 'input' : '.day');
  }

  #onChange(): void {
    this.asking = true;
    this.error = false;
    void this.focusAfterUpdate('input');
  }

  #onPrimary(): void {
    const countdown = this.#countdown;
    const t = this.words;
    if (countdown.state === 'running') {
      countdown.pause();
      this.status = t.timer.paused;
    } else if (countdown.state === 'paused') {
      this.status = '';
      countdown.resume();
    } else {
      const { therapy } = this.#phase!;
      const minutes = this.#minutes;
      this.#session = { therapy, minutes };
      this.#lastSeconds = minutes * 60;
      this.status = formatText(t.timer.startedAnnouncement, { minutes, therapy: t.therapies[therapy] });
      countdown.start(minutes * 60_000);
      this.emit<TimerDetail>('backcare-timer-start', { ...this.#session });
    }
  }

  #onStop(): void {
    this.#countdown.reset();
    this.status = '';
    void this.focusAfterUpdate('.actions button');
  }
}
