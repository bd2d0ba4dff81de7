import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { attributeText, numberConverter, parseDate, parseInteger, parseText, toCalendarDate, warnAttribute } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/phase-guide.js';
import { choiceStyles } from '../../core/choice.styles.js';
import { CountdownController, formatClock, secondsShown, spokenDuration } from '../../core/countdown.js';
import { formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { bringIntoView, reserve, reserveStyles } from '../../core/running-panel.js';
import { calendarDateOf, daysSince, isoDate, minuteMarkReached, phaseForDay, type DaySpan } from '../../core/phase.js';
import { parseEmergencyNumber, renderSafetyNet, safetyNetStyles } from '../../core/safety-net.js';
import { renderSourceList } from '../../core/sources.js';
import { parseSound, TimerAlertsController, timerAlertStyles } from '../../core/timer-alerts.js';
import { baseStyles } from '../../core/tokens.js';
import {
  heatAndColdCaution,
  heatWrap,
  notEasing,
  notGettingBetter,
  onsetChoices,
  phases,
  sessionKinds,
  sessionMinutes,
  usualCourse,
  type Phase,
  type PhaseId,
  type SessionKind,
  type Therapy,
} from '../../data/phases.js';
import type { SourceId } from '../../data/types.js';
import { styles } from './phase-guide.styles.js';

/** Detail of `backcare-phase-change`. */
export interface PhaseChangeDetail {
  phase: PhaseId;
  /** Days since the pain started, 0 = the day it started. */
  day: number;
}

/** Detail of `backcare-timer-start` and `backcare-timer-complete`. */
export interface TimerDetail {
  therapy: Exclude<Therapy, 'exercise'>;
  /** What the patient chose to use. */
  session: SessionKind;
  minutes: number;
}

/**
 * @tagname backcare-phase-guide
 *
 * Shows a patient which phase of back-pain self-care they are in (cold first,
 * then heat, then strengthening), what to do and avoid in it, and times a cold
 * or heat session (a cold pack, a heat pack or a warm bath) with a chime, a
 * vibration and the screen kept on. The day comes from `onset` or `day`; when
 * neither gives a usable day, the guide asks when the pain started and keeps
 * the answer in memory only.
 *
 * @attr heading
 * @attr session-minutes
 * @attr emergency-number
 *
 * @fires {CustomEvent<PhaseChangeDetail>} backcare-phase-change - The day and phase became known or changed. `detail: { phase, day }`.
 * @fires {CustomEvent<TimerDetail>} backcare-timer-start - A cold or heat session started. `detail: { therapy, session, minutes }`.
 * @fires {CustomEvent<TimerDetail>} backcare-timer-complete - A session reached its end (also when it ended while the page was hidden). `detail: { therapy, session, minutes }`.
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
 * @csspart keep-open - "Keep this page open", shown while the timer runs.
 * @csspart timer-notice - While the timer runs, what the device will not do: "Sound is off on this device", "The screen may turn off".
 * @csspart sound - The patient's sound toggle.
 * @csspart status - The timer's announcements, including the completion message.
 * @csspart button - Every button.
 * @csspart sources - The list of sources of the current phase.
 * @csspart safety-net - "Get help now: call 911": the emergency signs, the number and "This is not a diagnosis".
 */
export class BackcarePhaseGuide extends BackcareElement<'phase-guide'> {
  protected readonly widget = 'phase-guide';

  static override styles = [baseStyles, choiceStyles, timerAlertStyles, safetyNetStyles, reserveStyles, styles];

  static override properties = {
    headingText: { attribute: 'heading' },
    onset: {},
    day: { converter: numberConverter },
    sessionMinutes: { attribute: 'session-minutes', converter: numberConverter },
    sound: {},
    emergencyNumber: { attribute: 'emergency-number' },
    answered: { attribute: false },
    asking: { attribute: false },
    error: { attribute: false },
    status: { attribute: false },
    session: { attribute: false },
  };

  /** Replaces the widget's heading text. */
  declare headingText?: string;

  /**
   * The day the pain started, `YYYY-MM-DD` in the visitor's calendar; wins over `day`. The property
   * also takes a `Date`.
   * @type {string}
   */
  declare onset?: string | Date;

  /** Days since the pain started, a whole number; 0 is the day it started. */
  declare day?: number;

  /**
   * Minutes per cold or heat session, from 5 to 20 (default 15); outside that range the nearest bound is used,
   * so a session is never longer than 20 minutes.
   */
  declare sessionMinutes?: number;

  /**
   * The chime at the end of a session, on by default: `sound="off"` makes it off until the patient turns it on.
   */
  declare sound?: 'on' | 'off';

  /** The number to call in an emergency, digits only (default for the language: 911; en-GB 999). */
  declare emergencyNumber?: string;

  /** The days the patient gave, in memory only. */
  private declare answered?: DaySpan;
  private asking = false;
  private error = false;
  private status = '';
  /** What the patient uses for the session; the phase's first choice until they pick. */
  private declare session?: SessionKind;

  /** The days since onset as known: one day, or the span of a "3 to 6 days ago" answer. */
  private span?: DaySpan;
  private phase?: Phase;
  private minutes: number = sessionMinutes.default;
  private number = '911';
  private headline?: string;
  private running?: TimerDetail;
  private lastSeconds = 0;
  private emitted = '';

  private readonly alerts = new TimerAlertsController(this);

  private readonly countdown = new CountdownController(this, {
    onTick: (ms) => {
      const seconds = secondsShown(ms);
      const mark = minuteMarkReached(this.lastSeconds, seconds, this.running?.minutes ?? 0);
      this.lastSeconds = seconds;
      if (mark) this.status = formatText(this.words.timer.minutesLeft, { minutes: mark });
    },
    onComplete: () => {
      const session = this.running!;
      this.status = this.words.timer.sessions[session.session].done;
      this.alerts.end();
      if (this.shadowRoot?.activeElement) void this.focusAfterUpdate('.actions button');
      this.emit<TimerDetail>('backcare-timer-complete', { ...session });
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.headline = parseText(this, 'heading', this.headingText);
    this.span = this.asking ? undefined : (this.answered ?? this.attributeSpan());
    this.phase = this.span && phaseForDay(this.span.fromDay, phases);
    this.minutes = parseInteger(this, 'session-minutes', this.sessionMinutes, {
      ...sessionMinutes,
      fallback: sessionMinutes.default,
      outOfRange: 'clamp',
    });
    this.alerts.soundDefault = parseSound(this, this.sound);
    this.number = parseEmergencyNumber(this, this.emergencyNumber, this.common);
    // A session belongs to the phase on screen; going back to the question stops it.
    if (this.countdown.state !== 'idle' && !this.phase) this.stopSession();
  }

  /** The day set by `onset` (which wins) or `day`, or undefined after a warning. */
  private attributeSpan(): DaySpan | undefined {
    let day: number | undefined;
    if (this.onset != null) {
      const onset = parseDate(this, 'onset', this.onset);
      const days = onset ? daysSince(onset, new Date()) : -1;
      if (onset && days < 0) {
        warnAttribute(this, 'onset', this.onset, 'use a date that is not in the future', 'It is ignored');
      }
      if (days >= 0) day = days;
    } else if (this.day != null) {
      const text = attributeText(this.day) ?? '';
      if (/^\+?\d{1,6}$/.test(text)) day = Number(text);
      else warnAttribute(this, 'day', this.day, 'use a whole number of days, 0 or more', 'It is ignored');
    }
    return day === undefined ? undefined : { fromDay: day, toDay: day };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const key = this.phase ? `${this.phase.id} ${this.span!.fromDay}` : this.emitted;
    if (key !== this.emitted) {
      this.emitted = key;
      this.emit<PhaseChangeDetail>('backcare-phase-change', { phase: this.phase!.id, day: this.span!.fromDay });
    }
  }

  override render(): TemplateResult {
    const t = this.words;
    return html`<div part="base">
      ${this.heading(this.headline ?? t.heading)}
      <p>${t.intro}</p>
      ${this.phase ? this.renderPhases(this.span!, this.phase) : this.renderQuestion()}
      <p class="muted">${t.usualCourse}</p>
      ${renderSafetyNet({ common: this.common, number: this.number })}
    </div>`;
  }

  /** "Day 0 (the day it started)", "Day 4", "Days 3 to 6", "Day 15 onwards". */
  private dayLabel({ fromDay, toDay }: DaySpan): string {
    const t = this.words;
    if (fromDay === toDay) return fromDay === 0 ? t.dayZero : formatText(t.dayN, { day: fromDay });
    return toDay === null ? formatText(t.dayFrom, { from: fromDay }) : formatText(t.dayRange, { from: fromDay, to: toDay });
  }

  private renderQuestion(): TemplateResult {
    const t = this.words;
    return html`<form part="form" @submit=${this.onAnswer}>
      <fieldset>
        <legend>${t.whenStartedQuestion}</legend>
        ${this.error ? html`<p class="error error-message" role="alert">${t.whenStartedError}</p>` : nothing}
        ${onsetChoices.map(
          ({ id }) =>
            html`<div class="choice">
              <input class="choice__input" type="radio" name="when" id="when-${id}" value=${id} />
              <label class="choice__label" for="when-${id}">${t.whenStartedOptions[id]}</label>
            </div>`,
        )}
      </fieldset>
      <label class="date"
        >${t.orPickDate}<input type="date" name="date" max=${isoDate(calendarDateOf(new Date()))}
      /></label>
      <button part="button">${t.showPhase}</button>
    </form>`;
  }

  private renderPhases(span: DaySpan, current: Phase): TemplateResult {
    const t = this.words;
    const level = subLevel(this.headingLevel);
    // The end-of-phase line that fits the day: none yet, "after a week", or "not getting better".
    const booking = phaseForDay(span.fromDay, [
      { ...notEasing, words: t.notEasing },
      { ...notGettingBetter, words: t.notGettingBetter },
    ]);
    return html`<p class="day" part="day" tabindex="-1">
        <strong>${this.dayLabel(span)}</strong>
        <button class="secondary" part="button" @click=${this.onChange}>${t.changeDay}</button>
      </p>
      ${booking ? html`<p class="book">${booking.words}</p>` : nothing}
      <p class="jump">
        <button class="secondary" part="button" @click=${this.toTimer}>${t.timer.jump}</button>
      </p>
      <ol class="phases" part="phases">
        ${phases.map((phase) => {
          const words = t.phases[phase.id];
          const days = `${this.dayLabel(phase)} ${words.note}`.trim();
          if (phase !== current) {
            return html`<li part="phase">
              <details>
                <summary><span class="name">${words.name}</span> <span class="muted">${days}</span></summary>
                ${this.later(() => this.renderFacts(phase, sessionMinutes.default))}
              </details>
            </li>`;
          }
          const sources: SourceId[] = [
            ...[...phase.do, ...phase.avoid].flatMap((item) => item.sources),
            ...heatAndColdCaution.sources,
            ...(this.offersHeat(phase) ? heatWrap.sources : []),
            ...(booking?.sources ?? []),
            ...usualCourse.sources,
          ];
          return html`<li class="current" part="phase current" aria-current="step">
            <div>
              <p class="marker">${t.currentPhase}</p>
              ${renderHeading(level, words.name)}
              <p class="muted">${days}</p>
              ${this.renderFacts(phase, this.minutes)}
              ${renderHeading(subLevel(level), t.doHeading)}
              <ul>
                ${phase.do.map(({ id }) => html`<li>${(words.do as Record<string, string>)[id]}</li>`)}
              </ul>
              ${renderHeading(subLevel(level), t.avoidHeading)}
              <ul>
                ${phase.avoid.map(({ id }) => html`<li>${(words.avoid as Record<string, string>)[id]}</li>`)}
              </ul>
              <details class="cite">
                <summary>${this.common.sourcesHeading}</summary>
                ${this.later(() => renderSourceList(sources, this.common))}
              </details>
            </div>
            ${this.renderTimer(phase)}
          </li>`;
        })}
      </ol>`;
  }

  private renderFacts(phase: Phase, minutes: number): TemplateResult {
    const t = this.words;
    const words = t.phases[phase.id];
    // An exercise phase offers heat if it helps, but its sessions are not what it is about.
    const timed = phase.therapy !== 'exercise';
    return html`<p>${words.summary}</p>
      <dl>
        <dt>${t.therapyLabel}</dt>
        <dd>${t.therapies[phase.therapy]}</dd>
        ${timed ? html`<dt>${t.sessionLabel}</dt><dd>${formatText(t.minutes, { minutes })}</dd>` : nothing}
        ${words.frequency ? html`<dt>${t.frequencyLabel}</dt><dd>${words.frequency}</dd>` : nothing}
      </dl>
      <p class="caution">${t.heatAndColdCaution}</p>`;
  }

  private offersHeat(phase: Phase): boolean {
    return phase.sessions.some((kind) => sessionKinds[kind].therapy === 'heat');
  }

  /** The session chosen, or the phase's advised one. */
  private sessionFor(phase: Phase): SessionKind {
    const timing = this.countdown.state === 'running' || this.countdown.state === 'paused';
    const chosen = timing ? this.running?.session : this.session;
    return chosen && (phase.sessions as readonly SessionKind[]).includes(chosen) ? chosen : phase.sessions[0];
  }

  private renderTimer(phase: Phase): TemplateResult {
    const t = this.words.timer;
    const { state } = this.countdown;
    const idle = state === 'idle' || state === 'done';
    const session = this.sessionFor(phase);
    const left = state === 'idle' ? this.minutes * 60_000 : this.countdown.remainingMs;
    // The clock in words: the browser's first unit names load their locale data (10 ms on a fast machine), so a later turn.
    const spoken = this.later(() => spokenDuration(left, this.locale));
    const label = state === 'running' ? t.pause : state === 'paused' ? t.resume : formatText(t.start, { minutes: this.minutes });
    const { safety } = t.sessions[session];
    // The clock, what it says and Pause together, so one screen shows them with text at 200 %; while it
    // runs, the status line has the room of the longest thing it will say, so Pause stays put.
    const says = idle ? [] : [formatText(t.startedAnnouncement, { minutes: this.minutes }), formatText(t.minutesLeft, { minutes: 10 }), t.paused];
    // One status element throughout, so what it says at Start is announced.
    const status = html`<p class="status ${state}" part="status" role="status">${this.status}</p>`;
    return html`<div class="timer ${idle ? '' : 'running'}" part="timer" role="group" aria-label=${t.label} tabindex="-1">
      <fieldset class="sessions" ?disabled=${!idle}>
        <legend>${t.sessionQuestion}</legend>
        ${phase.sessions.map(
          (kind) =>
            html`<div class="choice">
              <input
                class="choice__input"
                type="radio"
                name="session"
                id="session-${kind}"
                .checked=${kind === session}
                @change=${() => (this.session = kind)}
              />
              <label class="choice__label" for="session-${kind}">${t.sessions[kind].label}</label>
            </div>`,
        )}
      </fieldset>
      ${safety ? html`<p class="safety">${safety}</p>` : nothing}
      ${this.offersHeat(phase) ? html`<p class="muted">${t.heatWrap}</p>` : nothing}
      <p class="clock-row">
        <span>${t.timeLeft}</span>
        <span class="clock" part="clock" role="timer" aria-live="off" aria-label=${spoken}
          >${formatClock(left)}</span
        >
      </p>
      ${reserve(
        status,
        says.map((text) => html`<p class="status ghost" aria-hidden="true">${text}</p>`),
      )}
      <div class="actions">
        <button part="button" @click=${this.onPrimary}>${label}</button>
        ${idle ? nothing : html`<button class="secondary" part="button" @click=${this.onStop}>${t.stop}</button>`}
      </div>
      ${this.alerts.renderKeepOpen(t.keepOpen)} ${this.alerts.renderNotice(this.common)}
      ${this.alerts.renderSoundToggle(t.sound)}
    </div>`;
  }

  private onAnswer(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const onset = toCalendarDate(String(form.get('date') ?? ''));
    const days = onset ? daysSince(onset, new Date()) : -1;
    const choice = onsetChoices.find(({ id }) => id === form.get('when'));
    const span = days >= 0 ? { fromDay: days, toDay: days } : choice;
    this.error = !span;
    if (span) {
      this.answered = { fromDay: span.fromDay, toDay: span.toDay };
      this.asking = false;
    }
    void this.focusAfterUpdate(this.error ? 'input' : '.day');
  }

  private onChange(): void {
    this.asking = true;
    this.error = false;
    void this.focusAfterUpdate('input');
  }

  /** Start, pause or resume: the patient's tap, which also lets the chime play and keeps the screen on. */
  private onPrimary(): void {
    const countdown = this.countdown;
    const t = this.words.timer;
    if (countdown.state === 'running') {
      countdown.pause();
      this.alerts.stop();
      this.status = t.paused;
    } else if (countdown.state === 'paused') {
      this.status = '';
      this.alerts.start();
      countdown.resume();
    } else {
      const session = this.sessionFor(this.phase!);
      const minutes = this.minutes;
      this.running = { therapy: sessionKinds[session].therapy, session, minutes };
      this.lastSeconds = minutes * 60;
      this.status = formatText(t.startedAnnouncement, { minutes });
      this.alerts.start();
      countdown.start(minutes * 60_000);
      this.emit<TimerDetail>('backcare-timer-start', { ...this.running });
      // Started while standing, watched from the floor or the bath: the clock and Pause come into view.
      void this.updateComplete.then(() => bringIntoView(this.renderRoot.querySelector('.timer'), this.renderRoot.querySelector('.clock-row')));
    }
  }

  /** "Start a timer": the timer into view and focus on it (a link to #timer cannot reach into the shadow root). */
  private toTimer(): void {
    const timer = this.renderRoot.querySelector<HTMLElement>('.timer');
    bringIntoView(timer);
    timer?.focus({ preventScroll: true });
  }

  private onStop(): void {
    this.stopSession();
    void this.focusAfterUpdate('.actions button');
  }

  private stopSession(): void {
    this.countdown.reset();
    this.alerts.stop();
    this.running = undefined;
    this.status = '';
  }
}
