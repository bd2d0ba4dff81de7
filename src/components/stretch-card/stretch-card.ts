import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { attributeText, numberConverter, parseIdList, parseInteger, parsePhone, parseText, warnAttribute } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/stretch-card.js';
import { choiceStyles } from '../../core/choice.styles.js';
import { CountdownController, SessionClock, secondsShown, spokenDuration } from '../../core/countdown.js';
import { formatPlural, formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { clinicLineStyles, handoutFrame, renderClinicLine } from '../../core/handout.js';
import { HandoutPrinter } from '../../core/print.js';
import { bringIntoView, reserve, reserveStyles } from '../../core/running-panel.js';
import { endsExercise, firstReadySeconds, planRoutine, startsNextExercise, type Segment } from '../../core/routine.js';
import { parseEmergencyNumber, renderSafetyNet, safetyNetStyles } from '../../core/safety-net.js';
import { renderSourceList } from '../../core/sources.js';
import { parseSound, TimerAlertsController, timerAlertStyles } from '../../core/timer-alerts.js';
import { baseStyles } from '../../core/tokens.js';
import { stretches, stretchRules, type StretchRuleId } from '../../data/stretches.js';
import type { Pose, Range, SourceId, StretchFacts, StretchId, StretchWords } from '../../data/types.js';
import { drawFigure, stage, type Stage } from './figure.js';
import { handoutStyles, renderHandout } from './handout.js';
import { MOVE_MS, PoseMotion } from './pose-motion.js';
import { runStyles, styles } from './stretch-card.styles.js';

/** Detail of `backcare-stretch-complete`. */
export interface StretchCompleteDetail {
  exercise: StretchId;
  /** Repetitions done (on each side, for a stretch done on both sides). */
  reps: number;
}

/** A stretch as the card shows it: its facts, its words, and the dose in use. */
interface Item {
  facts: StretchFacts;
  words: StretchWords;
  hold: number;
  reps: number;
  /** Every pose of the stretch: 0 the start, then the held positions. */
  poses: readonly Pose[];
  /** Worked out when first drawn: a routine's other stretches cost nothing until shown. */
  readonly stage: Stage;
}

/** Every phase, cue and "where" line a run will show, so its panel keeps the room for the largest of each. */
interface RunSizes {
  plan: readonly Segment[];
  words: unknown;
  phases: string[];
  cues: string[];
  wheres: { where: string[]; next?: boolean }[];
}

/** The texts of a line other than the one shown: they only keep the room. */
const others = (texts: readonly string[], shown: string | undefined) => texts.filter((text) => text !== shown);

const ids = stretches.map((stretch) => stretch.id);

/**
 * Whether the card's drawings are mirrored: `.figure:dir(rtl)` in the styles, so the same test.
 * A browser without `:dir()` mirrors nothing, and says so here by throwing.
 */
function mirrored(host: Element): boolean {
  try {
    return host.matches(':dir(rtl)');
  } catch {
    return false;
  }
}

/** One stage per stretch, worked out once: the box and mat that fit all its poses. */
const stages = new Map<StretchId, Stage>();
function stageOf(facts: StretchFacts): Stage {
  let found = stages.get(facts.id);
  if (!found) stages.set(facts.id, (found = stage([facts.start, ...facts.held], facts.anchor ?? 'hips', facts.view ?? [12])));
  return found;
}

/**
 * @tagname backcare-stretch-card
 *
 * A stretch with drawings of its key poses, its starting position and steps,
 * the hold time and repetitions, cautions and sources, and a guided timer
 * that runs the set: "Get ready", then each hold with its cue (the cat
 * stretch's two positions each announced, two-sided stretches alternating
 * left and right on every repetition), rests between, a chime at each change,
 * and the figure moving into each pose as it is held. With `exercises`, one
 * card holds a routine of several stretches, with Previous/Next, and the timer
 * runs through them all. The card prints its stretch or routine as a
 * one-page handout.
 *
 * The timer keeps true time (a phone that slept catches up on waking; setting its clock back changes nothing),
 * keeps the screen on while it runs, and a polite status region announces
 * each change of step, never each second.
 *
 * @attr emergency-number
 * @attr get-ready
 * @attr clinic-name
 * @attr clinic-phone
 *
 * @fires {CustomEvent<StretchCompleteDetail>} backcare-stretch-complete - When the guided set of a stretch is finished. In a routine it
 *   fires once for each stretch, as that stretch finishes. `detail: { exercise, reps }`.
 *
 * @csspart base - The card's content.
 * @csspart heading - The stretch's name (the widget's heading).
 * @csspart clinic - "From {clinic}" and the phone, when `clinic-name` or `clinic-phone` is set.
 * @csspart nav - The Previous/Next row of a routine.
 * @csspart notice - When to start: "Start this stretch only once the worst pain has eased.", or "fine from the first day";
 *   in a routine with stretches for later, also the line that names them.
 * @csspart routine - In a routine with stretches for later, the line that names them (also part `notice`).
 * @csspart safety-net - "Get help now: call 911": the emergency signs, the number and "This is not a diagnosis".
 * @csspart illustration - The drawings of the key poses (inline SVG).
 * @csspart figure - The moving figure of a guided set (inline SVG).
 * @csspart timer - The guided-mode panel: step, seconds left, controls.
 * @csspart button - Every button.
 * @csspart sound - The patient's sound toggle.
 * @csspart keep-open - "Keep this page open", while a guided set runs.
 * @csspart print-blocked - "Printing does not work here...", after a Print the browser ignored (a sandboxed frame).
 * @csspart timer-notice - While a guided set runs, what the device will not do: "Sound is off on this device", "The screen may turn off".
 * @csspart sources - The list of sources.
 *
 * @cssproperty --backcare-accent - Colour of the figures, the buttons and the frame around a hold.
 * @cssproperty --backcare-surface-alt - Background of the notice, the timer panel and the mat.
 * @cssproperty --backcare-border - Colour of the mat's edge in the drawings.
 */
export class BackcareStretchCard extends BackcareElement<'stretch-card'> {
  protected readonly widget = 'stretch-card';

  static override styles = [baseStyles, choiceStyles, timerAlertStyles, safetyNetStyles, clinicLineStyles, reserveStyles, styles, runStyles];

  static override properties = {
    exercise: {},
    exercises: {},
    hold: { converter: numberConverter },
    reps: { converter: numberConverter },
    getReady: { attribute: 'get-ready', converter: numberConverter },
    sound: {},
    emergencyNumber: { attribute: 'emergency-number' },
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    index: { attribute: false },
    step: { attribute: false },
    note: { attribute: false },
  };

  /** One stretch by id. */
  declare exercise?: StretchId;

  /** Comma-separated stretch ids (or an array of them): a routine on one card. Takes precedence over `exercise`. */
  declare exercises?: string | readonly string[];

  /**
   * Seconds to hold each repetition, within each stretch's sourced range (clamped outside it).
   */
  declare hold?: number;

  /**
   * Repetitions (on each side where that applies), within each stretch's sourced range (clamped outside it).
   */
  declare reps?: number;

  /**
   * Seconds of the first "Get ready" of a guided set, from 5 to 30 (default 10): time to get down onto the
   * floor after tapping Start. Those between sides and between stretches stay as they are.
   */
  declare getReady?: number;

  /**
   * The chime at each change of a guided set, on by default: `sound="off"` makes it off until the patient turns it on.
   */
  declare sound?: 'on' | 'off';

  /** The number to call in an emergency, digits only (default for the language: 911; en-GB 999). */
  declare emergencyNumber?: string;

  /** The clinic's name, shown as "From {clinic}" on screen and on the printed handout. */
  declare clinicName?: string;

  /** The clinic's phone (digits, spaces and + - ( ) .), on screen as a link and on the printed handout. */
  declare clinicPhone?: string;

  /** The stretch shown, in the routine. */
  private index = 0;

  /** Position in `plan` of the guided run: -1 before it starts, `plan.length` when it is done. */
  private step = -1;

  /** What the status region says outside a run: the stretch moved to in a routine. */
  private note = '';

  private items: Item[] = [];
  private number = '911';
  private firstReady: number = firstReadySeconds.default;
  /** Every phase, cue and "where" line the run in progress will show, so its panel keeps the room for the largest. */
  private sizes?: RunSizes;
  private phone?: string;
  private clinic?: string;
  private plan: Segment[] = [];
  private chosen?: string;
  private settings?: string;
  /** End of the current segment on `#clock`, so a run that slept skips what it missed. */
  private due = 0;
  private readonly clock = new SessionClock();
  private readonly countdown = new CountdownController(this, { onComplete: () => this.advance() });
  private readonly alerts = new TimerAlertsController(this);
  private readonly motion = new PoseMotion(this);
  private readonly printer = new HandoutPrinter(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.alerts.soundDefault = parseSound(this, this.sound);
    this.number = parseEmergencyNumber(this, this.emergencyNumber, this.common);
    this.firstReady = parseInteger(this, 'get-ready', this.getReady, { ...firstReadySeconds, fallback: firstReadySeconds.default, outOfRange: 'fallback' });
    this.phone = parsePhone(this, 'clinic-phone', this.clinicPhone);
    this.clinic = parseText(this, 'clinic-name', this.clinicName);
    let chosen = parseIdList(this, 'exercises', this.exercises, ids);
    // Set from script, `exercise` may be an array of ids: a routine, as `exercises` is.
    if (!chosen && Array.isArray(this.exercise)) chosen = parseIdList(this, 'exercise', this.exercise, ids);
    else if (!chosen) {
      const one = attributeText(this.exercise) as StretchId;
      if (ids.includes(one)) chosen = [one];
      else warnAttribute(this, 'exercise', this.exercise ?? '', `valid ids are ${ids.join(', ')}`, 'Showing the list of stretches');
    }
    this.items = (chosen ?? []).map((id) => {
      const facts: StretchFacts = stretches.find((candidate) => candidate.id === id)!;
      return {
        facts,
        words: this.words.stretches[id],
        hold: this.within('hold', this.hold, facts.holdSeconds),
        reps: this.within('reps', this.reps, facts.reps),
        poses: [facts.start, ...facts.held],
        get stage() {
          return stageOf(facts);
        },
      };
    });
    // Other stretches start the routine from the top; other stretches or timings end a run.
    if (String(chosen) !== this.chosen) {
      this.chosen = String(chosen);
      this.index = 0;
    }
    const settings = String(this.items.map(({ facts, hold, reps }) => [facts.id, hold, reps]));
    if (settings !== this.settings) {
      this.settings = settings;
      this.stop();
    }
  }

  private within(attribute: string, value: unknown, range: Range): number {
    return parseInteger(this, attribute, value, { ...range, fallback: range.default, outOfRange: 'clamp' });
  }

  override render(): TemplateResult {
    const ui = this.words;
    const item = this.items[this.index];
    if (!item) {
      return html`<div part="base">
        ${this.heading(ui.heading)}
        <p>${ui.unknownExercise}</p>
        <ul>
          ${ids.map((id) => html`<li>${ui.stretches[id].name}</li>`)}
        </ul>
        ${this.safetyNet()}
      </div>`;
    }
    const { words } = item;
    const count = this.items.length;
    const subheading = (text: string) => renderHeading(subLevel(this.headingLevel), text);
    const later = this.onceEasedNotice();
    return html`<div part="base">
      ${this.heading(words.name)}
      ${renderClinicLine(this.common, this.clinic, this.phone)}
      ${later ? html`<p class="notice" part="notice routine">${later}</p>` : nothing}
      ${count > 1
        ? html`<div class="nav" part="nav">
            <p>${this.nth(this.index)}</p>
            ${[-1, 1].map(
              (delta) =>
                html`<button class="secondary" part="button" ?disabled=${!this.items[this.index + delta]} @click=${() => this.go(delta)}>
                  ${delta < 0 ? ui.previous : ui.next}
                </button>`,
            )}
          </div>`
        : nothing}
      <p class="notice" part="notice">${this.stageRule(item)}</p>
      <div class="poses" part="illustration" role="img" aria-label=${words.illustrationAlt}>
        ${this.keyPoses(item)}
      </div>
      ${subheading(ui.startPositionHeading)}
      <p>${words.startPosition}</p>
      ${subheading(ui.stepsHeading)}
      <ol>
        ${words.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${subheading(ui.cautionsHeading)}
      <ul>
        ${[...this.cautions(item), ui.rules.slowly].map((caution) => html`<li>${caution}</li>`)}
        <li><strong>${ui.rules.stopIf}</strong></li>
      </ul>
      ${this.renderTimer(item)}
      <button class="secondary print" part="button" @click=${this.print}>
        ${formatPlural(this.locale, ui.print, count, { count })}
      </button>
      ${this.printer.renderBlocked(this.common.printBlocked)}
      ${this.safetyNet()}
      ${this.later(() => html`${subheading(this.common.sourcesHeading)} ${renderSourceList(this.sources(item), this.common)}`)}
    </div>`;
  }

  private safetyNet(): TemplateResult {
    return renderSafetyNet({ common: this.common, number: this.number });
  }

  /** When this stretch may start: from the first day, or once the worst pain has eased. */
  private stageRule({ facts }: Item): string {
    return facts.stage === 'first-days' ? this.words.rules.firstDays : this.words.rules.eased;
  }

  /** In a routine holding stretches for later, the line that names them, said at its start; else empty. */
  private onceEasedNotice(): string {
    if (this.items.length < 2) return '';
    const later = this.items.filter(({ facts }) => facts.stage === 'once-eased').map(({ words }) => words.name);
    if (!later.length) return '';
    const names = new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(later);
    return formatText(this.words.routineOnceEased, { names });
  }

  /** The stretch's sources and those of the general rules shown with it. */
  private sources({ facts }: Item): SourceId[] {
    const rules: StretchRuleId[] = [facts.stage === 'first-days' ? 'firstDays' : 'eased', 'slowly', 'stopIf', 'buildUp'];
    if (facts.bendsOrTwistsSpine) rules.push('osteoporosis');
    return [...facts.sources, ...rules.flatMap((rule) => stretchRules[rule])];
  }

  /**
   * The stretch's key poses, each drawn still with its movement arrow: side by side, or one above
   * the other on a phone. The box is sized at once; the figures may follow in the next turn.
   */
  private keyPoses(item: Item): TemplateResult[] {
    return (item.facts.keyPoses ?? item.poses.map((_, i) => i)).map(
      (i) =>
        html`<svg class="figure" viewBox=${item.stage.box.join(' ')} aria-hidden="true">
          ${this.later(() => drawFigure(item.poses[i]!, item.stage))}
        </svg>`,
    );
  }

  /** On paper, one large drawing: the first held position among the key poses (the start is in words). */
  private heldPose(item: Item): TemplateResult {
    const pose = (item.facts.keyPoses ?? item.poses.map((_, i) => i)).find((i) => i > 0) ?? 0;
    return html`<svg class="figure" viewBox=${item.stage.box.join(' ')} aria-hidden="true">${drawFigure(item.poses[pose]!, item.stage)}</svg>`;
  }

  /** "Hold for 10 seconds (about one deep breath)" and "5 repetitions on each side". */
  private dose({ hold, reps, facts, words }: Item): [string, string] {
    const ui = this.words;
    return [
      formatText(ui.holdFor, { seconds: hold }) + (words.holdNote ? ` (${words.holdNote})` : ''),
      formatPlural(this.locale, facts.sides ? ui.repetitionsEachSide : ui.repetitions, reps, { reps }),
    ];
  }

  /** The stretch's own cautions, and the osteoporosis caution where it bends the spine forward or twists it. */
  private cautions({ words, facts }: Item): string[] {
    return [...words.cautions, ...(facts.bendsOrTwistsSpine ? [this.words.rules.osteoporosis] : [])];
  }

  /**
   * The hold time and repetitions, and the guided run of them. While it runs, the panel keeps one
   * size (each changing line has the room of its largest, the figure one shape for the whole
   * routine) and puts what the patient needs from the floor first: the step, the seconds, the
   * repetition and Pause; then the figure and, in a routine, the current stretch's steps.
   */
  private renderTimer(item: Item): TemplateResult {
    const ui = this.words;
    const { state, remainingMs } = this.countdown;
    const segment = this.plan[this.step];
    const running = this.step >= 0;
    const { phase, cue, where, next } = this.describe();
    const [holdFor, repetitions] = this.dose(item);
    const pose = segment && this.motion.pose;
    const sizes = running ? this.runSizes() : undefined;
    return html`<section class="timer ${segment?.kind ?? ''} ${running ? 'running' : ''}" part="timer">
      ${running
        ? nothing
        : html`<p class="dose">
              ${holdFor}<br />
              ${repetitions}
            </p>
            <p class="muted">${ui.rules.buildUp}</p>`}
      <p class="visually-hidden" role="status">${running ? [phase, cue, ...where].filter(Boolean).join('. ') : this.note}</p>
      ${sizes
        ? html`${reserve(html`<p class="phase">${phase}</p>`, others(sizes.phases, phase).map((text) => html`<p class="phase ghost" aria-hidden="true">${text}</p>`))}
            ${sizes.cues.length
              ? reserve(html`<p class="cue">${cue ?? ''}</p>`, others(sizes.cues, cue).map((text) => html`<p class="cue ghost" aria-hidden="true">${text}</p>`))
              : nothing}
            ${segment
              ? html`<p class="clock" role="timer">
                  <span aria-hidden="true">${secondsShown(remainingMs)}<small> ${ui.secondsShort}</small></span>
                  <span class="visually-hidden">${spokenDuration(remainingMs, this.locale)}</span>
                </p>`
              : nothing}
            ${reserve(
              html`<p class="where ${next ? 'next' : ''}">${where.map((part) => html`<span>${part}</span>`)}</p>`,
              sizes.wheres
                .filter((line) => line.where.join() !== where.join() || !line.next !== !next)
                .map(
                  (line) =>
                    html`<p class="where ghost ${line.next ? 'next' : ''}" aria-hidden="true">
                      ${line.where.map((part) => html`<span>${part}</span>`)}
                    </p>`,
                ),
            )}`
        : nothing}
      <div class="controls">
        <button class="go" part="button" @click=${this.toggle}>
          ${state === 'running' ? ui.pause : state === 'paused' ? ui.resume : ui.start}
        </button>
        ${running ? html`<button class="secondary" part="button" @click=${this.reset}>${ui.reset}</button>` : nothing}
      </div>
      ${pose
        ? html`<svg class="figure guided" part="figure" viewBox=${this.runBox(item).join(' ')} aria-hidden="true">
            ${drawFigure(pose, item.stage, !this.motion.moving)}
          </svg>`
        : nothing}
      ${segment && this.items.length > 1 ? this.renderCurrentSteps(item) : nothing}
      ${this.alerts.renderKeepOpen(ui.keepOpen)} ${this.alerts.renderNotice(this.common)}
      ${this.alerts.renderSoundToggle(ui.sound)}
    </section>`;
  }

  /** In a running routine, the stretch being done: its name and steps, in the room of the longest. */
  private renderCurrentSteps(current: Item): TemplateResult {
    const steps = ({ words }: Item, ghost: boolean) =>
      html`<div class="now ${ghost ? 'ghost' : ''}" aria-hidden=${ghost ? 'true' : nothing}>
        <p class="now-name">${words.name}</p>
        <ol>
          ${words.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
      </div>`;
    return reserve(
      steps(current, false),
      this.items.filter((item) => item !== current).map((item) => steps(item, true)),
    );
  }

  /** The guided figure's box: the stretch's own, made as tall as the tallest of the routine's, the floor kept at the bottom. */
  private runBox({ stage: { box } }: Item): readonly number[] {
    const [left, top, width, height] = box;
    const ratio = Math.max(...this.items.map(({ stage }) => stage.box[3] / stage.box[2]));
    const tall = width * ratio;
    return [left, top - (tall - height), width, tall];
  }

  /** The lines of the run in progress, each kind once per text, worked out once per run and language. */
  private runSizes(): RunSizes {
    const plan = this.plan;
    if (this.sizes?.plan !== plan || this.sizes.words !== this.words) {
      const all = [...plan.keys(), plan.length].map((step) => this.describe(step));
      const distinct = (texts: string[]) => [...new Set(texts)];
      this.sizes = {
        plan,
        words: this.words,
        phases: distinct(all.map(({ phase }) => phase)),
        cues: distinct(all.flatMap(({ cue }) => (cue ? [cue] : []))),
        wheres: distinct(all.map(({ where, next }) => JSON.stringify({ where, next }))).map((json) => JSON.parse(json) as RunSizes['wheres'][number]),
      };
    }
    return this.sizes;
  }

  /** A step of the run in words: the phase ("Hold"), what to do in it (the cat stretch's positions), and where in the set it is. */
  private describe(step = this.step): { phase: string; cue?: string; where: string[]; next?: boolean } {
    const ui = this.words;
    const segment = this.plan[step];
    if (!segment) return { phase: ui.done, where: [] };
    const { words, reps, facts } = this.items[segment.exercise]!;
    const phase = { ready: ui.getReady, hold: ui.hold, rest: ui.rest }[segment.kind];
    if (startsNextExercise(this.plan, step)) {
      return { phase, where: [formatText(ui.nextUp, { name: words.name }), this.nth(segment.exercise)], next: true };
    }
    // A mirrored drawing (a right-to-left page) shows the other side: the words follow the drawing.
    const side = facts.sides ? [(segment.position === 0) !== mirrored(this) ? ui.sides.left : ui.sides.right] : [];
    return {
      phase,
      cue: segment.kind === 'hold' ? words.cues?.[segment.position] : undefined,
      where: [formatText(ui.repOf, { rep: segment.rep, reps }), ...side],
    };
  }

  /** Which pose the figure is in during the current segment: the held position during a hold, else the start. */
  private poseIndex(): number {
    const segment = this.plan[this.step];
    return segment?.kind === 'hold' ? segment.position + 1 : 0;
  }

  private toggle(): void {
    const countdown = this.countdown;
    // Browsers allow sound only after a tap: this one.
    if (countdown.state === 'running') {
      countdown.pause();
      this.alerts.stop();
      return;
    }
    this.alerts.start();
    if (countdown.state === 'paused') {
      countdown.resume();
      this.due = this.clock.now() + countdown.remainingMs;
      return;
    }
    this.plan = planRoutine(
      this.items.map(({ hold, reps, facts }) => ({ hold, reps, positions: facts.held.length, sides: !!facts.sides })),
      this.index,
      this.firstReady,
    );
    this.due = this.clock.now();
    this.motion.clear();
    this.enter(0);
    // Tapped while standing, watched from the floor: the panel, now at its running size, comes into view.
    void this.updateComplete.then(() => {
      const panel = this.renderRoot.querySelector('.timer');
      bringIntoView(panel, panel);
    });
  }

  private enter(step: number): void {
    this.step = step;
    const segment = this.plan[step];
    if (!segment) {
      this.alerts.end();
      return;
    }
    if (segment.exercise !== this.index) this.holdPanelStill();
    this.index = segment.exercise;
    this.due += segment.seconds * 1000;
    const missed = this.due <= this.clock.now();
    // A phone that slept through some steps catches up silently, and chimes for the step it wakes in.
    if (!missed) this.alerts.chime('change');
    const item = this.items[segment.exercise]!;
    if (startsNextExercise(this.plan, step)) this.motion.clear();
    this.motion.moveTo(item.poses[this.poseIndex()]!, missed ? 0 : Math.min(MOVE_MS, (segment.seconds * 1000) / 2));
    this.countdown.start(this.due - this.clock.now());
  }

  /**
   * The next stretch of a routine replaces the one above the panel, which may be taller or shorter:
   * the page scrolls by as much, so the panel the patient watches stays where it is.
   */
  private holdPanelStill(): void {
    const panel = this.renderRoot.querySelector('.timer');
    const before = panel?.getBoundingClientRect().top;
    void this.updateComplete.then(() => {
      const after = panel?.isConnected ? panel.getBoundingClientRect().top : before;
      if (before !== undefined && after !== undefined && Math.abs(after - before) >= 1) window.scrollBy({ top: after - before, behavior: 'instant' });
    });
  }

  private advance(): void {
    if (endsExercise(this.plan, this.step)) {
      const { facts, reps } = this.items[this.plan[this.step]!.exercise]!;
      this.emit<StretchCompleteDetail>('backcare-stretch-complete', { exercise: facts.id, reps });
    }
    this.enter(this.step + 1);
  }

  private stop(): void {
    this.countdown.reset();
    this.alerts.stop();
    this.motion.clear();
    this.step = -1;
    this.note = '';
  }

  private reset(): void {
    this.stop();
    void this.focusAfterUpdate('.go');
  }

  private go(delta: number): void {
    this.stop();
    this.index += delta;
    this.note = `${this.nth(this.index)}: ${this.items[this.index]!.words.name}`;
    // The button pressed is disabled at either end of the routine: keep focus in the row.
    if (!this.items[this.index + delta]) void this.focusAfterUpdate('.nav button:enabled');
  }

  /** "Stretch 2 of 3" for the stretch at `index` in the routine. */
  private nth(index: number): string {
    return formatText(this.words.stretchOf, { n: index + 1, total: this.items.length });
  }

  /** Prints the stretch, or the whole routine, as a one-page handout. */
  private print(): void {
    const ui = this.words;
    const count = this.items.length;
    // A routine says the osteoporosis caution once, with the rules, naming the stretches it is for.
    const bending = count > 1 ? this.items.filter(({ facts }) => facts.bendsOrTwistsSpine) : [];
    const names = new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(bending.map(({ words }) => words.name));
    this.printer.print(
      renderHandout({
        lang: this.locale,
        frame: handoutFrame({
          locale: this.locale,
          common: this.common,
          heading: formatPlural(this.locale, ui.handoutHeading, count, { count }),
          clinicName: this.clinic,
          clinicPhone: this.phone,
          number: this.number,
        }),
        rules: [
          count > 1 ? this.onceEasedNotice() : this.stageRule(this.items[0]!),
          ui.rules.slowly,
          ui.rules.buildUp,
          bending.length ? formatPlural(this.locale, ui.osteoporosisFor, bending.length, { names }) : '',
        ].filter(Boolean),
        stopIf: ui.rules.stopIf,
        stretches: this.items.map((item) => ({
          name: item.words.name,
          pose: this.heldPose(item),
          alt: item.words.illustrationAlt,
          startPosition: item.words.startPosition,
          steps: item.words.steps,
          dose: this.dose(item),
          cautions: count > 1 ? item.words.cautions : this.cautions(item),
        })),
      }),
      handoutStyles,
    );
  }
}
