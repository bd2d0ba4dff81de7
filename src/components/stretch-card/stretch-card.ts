import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseIdList, parseInteger, warnAttribute } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/stretch-card.js';
import { CountdownController, secondsShown } from '../../core/countdown.js';
import { formatPlural, formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { endsExercise, firstHold, planRoutine, type Segment } from '../../core/routine.js';
import { renderSourceList } from '../../core/sources.js';
import { baseStyles } from '../../core/tokens.js';
import type { Range, Stretch, StretchId } from '../../data/types.js';
import { illustration } from './illustrations.js';
import { styles } from './stretch-card.styles.js';

/** Detail of `backcare-stretch-complete`. */
export interface StretchCompleteDetail {
  exercise: StretchId;
  /** Repetitions done (on each side, for a stretch done on both sides). */
  reps: number;
}

interface Item {
  stretch: Stretch;
  hold: number;
  reps: number;
  perSide: boolean;
}

/**
 * @tagname backcare-stretch-card
 *
 * A stretch with a picture, its starting position and steps, the hold time
 * and repetitions, cautions and sources, and a guided timer that runs the set
 * (hold, short rest, next repetition; for two-sided stretches all reps on one
 * side, then the other). With `exercises`, one card holds a routine of
 * several stretches, with Previous/Next, and the timer runs through them all.
 *
 * The timer keeps wall-clock time (a phone that slept catches up on waking),
 * and a polite status region announces each change of step, never each second.
 *
 * @fires {CustomEvent<StretchCompleteDetail>} backcare-stretch-complete - When the guided set of a stretch is finished. In a routine it
 *   fires once for each stretch, as that stretch finishes. `detail: { exercise, reps }`.
 *
 * @csspart base - The card's content.
 * @csspart heading - The stretch's name (the widget's heading).
 * @csspart nav - The Previous/Next row of a routine.
 * @csspart notice - "Start only once the worst pain has eased."
 * @csspart illustration - The drawing (an inline SVG).
 * @csspart timer - The guided-mode panel: step, seconds left, controls.
 * @csspart button - Every button.
 * @csspart sources - The list of sources.
 *
 * @cssproperty --backcare-accent - Colour of the figures, the buttons and the frame around a hold.
 * @cssproperty --backcare-surface-alt - Background of the notice and the timer panel.
 * @cssproperty --backcare-border - Colour of the floor in the drawings.
 */
export class BackcareStretchCard extends BackcareElement<'stretch-card'> {
  protected readonly widget = 'stretch-card';

  static override styles = [baseStyles, styles];

  static override properties = {
    exercise: {},
    exercises: {},
    hold: {},
    reps: {},
    sound: { type: Boolean },
    index: { attribute: false },
    step: { attribute: false },
    note: { attribute: false },
  };

  /**
   * One stretch by id.
   * @type {'knee-to-chest' | 'knee-rolls' | 'pelvic-tilt' | 'bottom-to-heels' | 'cat-stretch' | 'bridge' | 'back-extension'}
   */
  declare exercise?: string;

  /** Comma-separated stretch ids: a routine on one card. Takes precedence over `exercise`. */
  declare exercises?: string;

  /**
   * Seconds to hold each repetition, within each stretch's sourced range (clamped outside it).
   * @type {number}
   */
  declare hold?: string;

  /**
   * Repetitions (on each side where that applies), within each stretch's sourced range (clamped outside it).
   * @type {number}
   */
  declare reps?: string;

  /** Plays a short tone at each change of step in guided mode. */
  sound = false;

  /** The stretch shown, in the routine. */
  private index = 0;

  /** Position in `plan` of the guided run: -1 before it starts, `plan.length` when it is done. */
  private step = -1;

  /** What the status region says outside a run: the stretch moved to in a routine. */
  private note = '';

  #items: Item[] = [];
  #plan: Segment[] = [];
  #chosen?: string;
  #settings?: string;
  /** Wall-clock end of the current segment, so a run that slept skips what it missed. */
  #due = 0;
  #audio?: AudioContext;
  readonly #countdown = new CountdownController(this, { onComplete: () => this.#advance() });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    try {
      void this.#audio?.close();
    } catch {
      // Nothing to release.
    }
    this.#audio = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const all = this.words.stretches;
    const ids = all.map((stretch) => stretch.id);
    let chosen = parseIdList(this, 'exercises', this.exercises, ids);
    if (!chosen) {
      const one = this.exercise?.trim() as StretchId;
      if (ids.includes(one)) chosen = [one];
      else warnAttribute(this, 'exercise', this.exercise ?? '', `valid ids are ${ids.join(', ')}`, 'Showing the list of stretches');
    }
    this.#items = (chosen ?? []).map((id) => {
      const stretch = all.find((candidate) => candidate.id === id)!;
      return {
        stretch,
        perSide: stretch.perSide,
        hold: this.#within('hold', this.hold, stretch.holdSeconds),
        reps: this.#within('reps', this.reps, stretch.reps),
      };
    });
    // Other stretches start the routine from the top; other stretches or timings end a run.
    if (String(chosen) !== this.#chosen) {
      this.#chosen = String(chosen);
      this.index = 0;
    }
    const settings = String(this.#items.map(({ stretch, hold, reps }) => [stretch.id, hold, reps]));
    if (settings !== this.#settings) {
      this.#settings = settings;
      this.#stop();
    }
  }

  #within(attribute: string, value: string | undefined, range: Range): number {
    return parseInteger(this, attribute, value, { ...range, fallback: range.default, outOfRange: 'clamp' });
  }

  override render(): TemplateResult {
    const ui = this.words;
    const item = this.#items[this.index];
    if (!item) {
      return html`<div part="base">
        ${this.heading(ui.heading)}
        <p>${ui.unknownExercise}</p>
        <ul>
          ${this.words.stretches.map((stretch) => html`<li>${stretch.name}</li>`)}
        </ul>
      </div>`;
    }
    const { stretch } = item;
    const count = this.#items.length;
    const subheading = (text: string) => renderHeading(subLevel(this.headingLevel), text);
    const rules = this.words.rules.filter((rule) => rule.text === ui.beforeYouStart || rule.text === ui.stopIf);
    return html`<div part="base">
      ${this.heading(stretch.name)}
      ${count > 1
        ? html`<div class="nav" part="nav">
            <p>${this.#nth(this.index)}</p>
            ${[-1, 1].map(
              (delta) =>
                html`<button class="secondary" part="button" ?disabled=${!this.#items[this.index + delta]} @click=${() => this.#go(delta)}>
                  ${delta < 0 ? ui.previous : ui.next}
                </button>`,
            )}
          </div>`
        : nothing}
      <p class="notice" part="notice">${ui.beforeYouStart}</p>
      ${illustration(stretch.id, stretch.illustrationAlt)}
      ${subheading(ui.startPositionHeading)}
      <p>${stretch.startPosition}</p>
      ${subheading(ui.stepsHeading)}
      <ol>
        ${stretch.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${subheading(ui.cautionsHeading)}
      <ul>
        ${stretch.cautions.map((caution) => html`<li>${caution}</li>`)}
        <li><strong>${ui.stopIf}</strong></li>
      </ul>
      ${this.#renderTimer(item)}
      ${subheading(this.common.sourcesHeading)}
      ${renderSourceList([...stretch.sources, ...rules.flatMap((rule) => rule.sources)])}
    </div>`;
  }

  /** The hold time and repetitions, and the guided run of them. */
  #renderTimer({ stretch, hold, reps }: Item): TemplateResult {
    const ui = this.words;
    const { state, remainingMs } = this.#countdown;
    const segment = this.#plan[this.step];
    const [label, ...detail] = this.#describe();
    return html`<section class="timer ${segment?.kind ?? ''}" part="timer">
      <p class="dose">
        ${formatText(ui.holdFor, { seconds: hold })}${stretch.holdNote ? ` (${stretch.holdNote})` : ''}<br />
        ${formatPlural(this.locale, stretch.perSide ? ui.repetitionsEachSide : ui.repetitions, reps, { reps })}
      </p>
      <p class="visually-hidden" role="status">${this.step < 0 ? this.note : [label, ...detail].join('. ')}</p>
      ${this.step < 0
        ? nothing
        : html`<p class="phase">${label}</p>
            ${segment
              ? html`<p class="clock" role="timer">${secondsShown(remainingMs)}<small> ${ui.secondsShort}</small></p>`
              : nothing}
            <p>${detail.join(' · ')}</p>`}
      <div class="controls">
        <button class="go" part="button" @click=${this.#toggle}>
          ${state === 'running' ? ui.pause : state === 'paused' ? ui.resume : ui.start}
        </button>
        ${this.step < 0
          ? nothing
          : html`<button class="secondary" part="button" @click=${this.#reset}>${ui.reset}</button>`}
      </div>
    </section>`;
  }

  /** The current step in words: what to do, then which rep, side or stretch. */
  #describe(): string[] {
    const ui = this.words;
    const segment = this.#plan[this.step];
    if (!segment) return [ui.done];
    const { stretch, reps, perSide } = this.#items[segment.exercise]!;
    const repOf = formatText(ui.repOf, { rep: segment.rep, reps });
    const side = perSide ? [formatText(ui.sideOf, { side: segment.side })] : [];
    switch (segment.kind) {
      case 'hold':
      case 'rest':
        return [ui[segment.kind], repOf, ...side];
      case 'switch-side':
        return [ui.otherSide, ...side];
      case 'next':
        return [formatText(ui.nextUp, { name: stretch.name }), this.#nth(segment.exercise)];
    }
  }

  #toggle(): void {
    const countdown = this.#countdown;
    if (countdown.state === 'running') return countdown.pause();
    if (countdown.state === 'paused') {
      countdown.resume();
      this.#due = Date.now() + countdown.remainingMs;
      return;
    }
    // Browsers allow sound only after a user gesture: this click.
    if (this.sound && !this.#audio) {
      try {
        this.#audio = new AudioContext();
      } catch {
        // No Web Audio here: the run goes on silently.
      }
    }
    this.#plan = planRoutine(this.#items);
    this.#due = Date.now();
    this.#enter(firstHold(this.#plan, this.index));
  }

  #enter(step: number): void {
    this.step = step;
    this.#beep();
    const segment = this.#plan[step];
    if (!segment) return;
    this.index = segment.exercise;
    this.#due += segment.seconds * 1000;
    this.#countdown.start(this.#due - Date.now());
  }

  #advance(): void {
    if (endsExercise(this.#plan, this.step)) {
      const { stretch, reps } = this.#items[this.#plan[this.step]!.exercise]!;
      this.emit<StretchCompleteDetail>('backcare-stretch-complete', { exercise: stretch.id, reps });
    }
    this.#enter(this.step + 1);
  }

  #stop(): void {
    this.#countdown.reset();
    this.step = -1;
    this.note = '';
  }

  #reset(): void {
    this.#stop();
    void this.focusAfterUpdate('.go');
  }

  #go(delta: number): void {
    this.#stop();
    this.index += delta;
    this.note = `${this.#nth(this.index)}: ${this.#items[this.index]!.stretch.name}`;
    // The button pressed is disabled at either end of the routine: keep focus in the row.
    if (!this.#items[this.index + delta]) void this.focusAfterUpdate('.nav button:enabled');
  }

  /** "Stretch 2 of 3" for the stretch at `index` in the routine. */
  #nth(index: number): string {
    return formatText(this.words.stretchOf, { n: index + 1, total: this.#items.length });
  }

  #beep(): void {
    if (!this.sound || !this.#audio) return;
    try {
      const tone = this.#audio.createOscillator();
      const gain = this.#audio.createGain();
      tone.frequency.value = 660;
      gain.gain.value = 0.1;
      tone.connect(gain).connect(this.#audio.destination);
      tone.start();
      tone.stop(this.#audio.currentTime + 0.15);
    } catch {
      // A tone is a nicety; a blocked audio device must not stop the run.
    }
  }
}
