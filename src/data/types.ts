/**
 * The schema of the content module: everything the widgets say, in one typed
 * shape per language. Components never hard-code clinical text; they read it
 * from a `Content` object.
 *
 * Text with `{name}` placeholders is filled in by `formatText()` in `src/core/`.
 * Ids are stable across languages: tests check every locale has the same ids.
 */

import type { SourceId } from './sources.js';

export type { SourceId };

/** A piece of guidance and the sources it rests on. */
export interface Sourced {
  sources: readonly SourceId[];
}

// ---------------------------------------------------------------- triage

export type Tier = 'emergency' | 'urgent' | 'soon' | 'self-care';

export interface RedFlagQuestion extends Sourced {
  /** Stable id, the same in every language. */
  id: string;
  /** The question, phrased so that "yes" means the sign is present. */
  text: string;
  /** A plain-words explanation shown under the question. */
  hint?: string;
  /** The tier a "yes" (or "not sure") raises. */
  tier: Exclude<Tier, 'self-care'>;
  /** Short form for "because you said: ..." lists. */
  reason: string;
}

/** The advice for one tier (the key it is stored under in `outcomes`). */
export interface TriageOutcome extends Sourced {
  /** Visually hidden prefix of the heading, e.g. "Immediate action required:". Empty for self-care. */
  prefix: string;
  heading: string;
  body: string;
  /** What to do, in order. */
  actions: readonly string[];
}

// ---------------------------------------------------------------- phases

export type PhaseId = 'acute' | 'subacute' | 'recovery';
export type Therapy = 'cold' | 'heat' | 'exercise';

export interface Phase extends Sourced {
  id: PhaseId;
  name: string;
  /** First day of the phase, counted from onset (day 0 = the day it started). */
  fromDay: number;
  /** Last day of the phase, inclusive; `null` means open-ended. */
  toDay: number | null;
  /** "Days 0–2 (the first 48–72 hours)". */
  dayLabel: string;
  therapy: Therapy;
  /** Default minutes per cold or heat session; absent for exercise. */
  sessionMinutes?: number;
  /** "Every 2–3 hours". */
  frequency: string;
  /** One-line summary of the phase. */
  summary: string;
  do: readonly GuidanceItem[];
  avoid: readonly GuidanceItem[];
}

export interface GuidanceItem extends Sourced {
  text: string;
}

// ---------------------------------------------------------------- checklist

export type ChecklistGroup = 'self-care' | 'medicines' | 'professional';

export interface ChecklistItem extends Sourced {
  id: string;
  group: ChecklistGroup;
  title: string;
  detail: string;
  /** Shown on every medicine item. */
  caution?: string;
  /** The phases in which this item applies. */
  phases: readonly PhaseId[];
}

// ---------------------------------------------------------------- stretches

export type StretchId =
  | 'knee-to-chest'
  | 'knee-rolls'
  | 'pelvic-tilt'
  | 'bottom-to-heels'
  | 'cat-stretch'
  | 'bridge'
  | 'back-extension';

export interface Range {
  default: number;
  min: number;
  max: number;
}

export interface Stretch extends Sourced {
  id: StretchId;
  name: string;
  startPosition: string;
  steps: readonly string[];
  holdSeconds: Range;
  /** How the hold is described where it is not plain seconds, e.g. "one deep breath". */
  holdNote?: string;
  reps: Range;
  /** Reps are done on each side in turn. */
  perSide: boolean;
  cautions: readonly string[];
  /** Alternative text of the illustration. */
  illustrationAlt: string;
}

// ---------------------------------------------------------------- UI strings

/** Forms of a counted phrase by `Intl.PluralRules` category; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface CommonText {
  /** "This is not a diagnosis. If you are worried, contact a health professional." */
  notDiagnosis: string;
  sourcesHeading: string;
  /** "Sources: {list}" for one item. */
  sourcesLabel: string;
}

export interface RedFlagText {
  heading: string;
  intro: string;
  privacy: string;
  /** Group legends, in the order emergency, urgent, soon. */
  groups: Record<Exclude<Tier, 'self-care'>, string>;
  answers: { yes: string; no: string; notSure: string };
  seeResult: string;
  startAgain: string;
  errorSummaryTitle: string;
  /** "Answer: {question}". */
  errorSummaryItem: string;
  /** Field error above an unanswered question. */
  unanswered: string;
  becauseYouSaid: string;
  /** "Call {number}". */
  callEmergency: string;
  /** "Call {clinic}: {phone}"; {clinic} falls back to `yourClinic`. */
  callClinic: string;
  /** "Visit {clinic}'s website". */
  visitClinic: string;
  yourClinic: string;
  /** Shown with the immediate emergency outcome: do not wait to finish the questions. */
  continueBelow: string;
  outcomes: Record<Tier, TriageOutcome>;
}

export interface PhaseGuideText {
  heading: string;
  intro: string;
  /** "Day {day}". */
  dayN: string;
  /** "You are in this phase" marker. */
  currentPhase: string;
  whenStartedQuestion: string;
  whenStartedOptions: readonly { label: string; day: number }[];
  /** Label for the optional date input. */
  orPickDate: string;
  /** Submit button of the "when did it start" question. */
  showPhase: string;
  /** Shown when the question is submitted with no answer. */
  whenStartedError: string;
  changeDay: string;
  therapyLabel: string;
  sessionLabel: string;
  /** "{minutes} minutes". */
  minutes: string;
  frequencyLabel: string;
  doHeading: string;
  avoidHeading: string;
  therapies: Record<Therapy, string>;
  /** "If it is not getting better, book an appointment..." shown from day 7. */
  bookIfNotBetter: string;
  /** Pain usually eases within 2 weeks and goes within 4–6 weeks. */
  usualCourse: string;
  timer: {
    /** "Start a {minutes}-minute {therapy} session". */
    start: string;
    pause: string;
    resume: string;
    stop: string;
    safety: string;
    /** "{therapy} session started: {minutes} minutes." */
    startedAnnouncement: string;
    /** "{minutes} minutes left." */
    minutesLeft: string;
    /** "Time left" label of the clock. */
    timeLeft: string;
    paused: string;
    complete: string;
    /** Used for the session-less recovery phase. */
    noTimerInRecovery: string;
  };
}

export interface ChecklistText {
  heading: string;
  intro: string;
  groups: Record<ChecklistGroup, string>;
  /** "{done} of {total} done". */
  progress: string;
  clearAll: string;
  print: string;
  moreAbout: string;
  /** "Prepared for you by {clinic}" on the handout. */
  preparedBy: string;
  /** Visible only when the clinic asked for ticks to be saved and they could be. */
  savedOnDevice: string;
  /** Shown when phase/items leave nothing to show. */
  empty: string;
}

export interface StretchText {
  heading: string;
  beforeYouStart: string;
  stopIf: string;
  startPositionHeading: string;
  stepsHeading: string;
  cautionsHeading: string;
  /** "Hold for {seconds} seconds". */
  holdFor: string;
  /** "{reps} repetitions" / "{reps} repetitions on each side", by plural category. */
  repetitions: Plural;
  repetitionsEachSide: Plural;
  start: string;
  pause: string;
  resume: string;
  reset: string;
  hold: string;
  rest: string;
  otherSide: string;
  done: string;
  /** "Rep {rep} of {reps}". */
  repOf: string;
  /** "Side {side} of 2". */
  sideOf: string;
  /** "Stretch {n} of {total}". */
  stretchOf: string;
  previous: string;
  next: string;
  /** Visible when `exercise` is missing or unknown: "Choose one of these stretches:". */
  unknownExercise: string;
  secondsShort: string;
  /** "Next: {name}", while getting into position for the next stretch of a routine. */
  nextUp: string;
}

export interface UiText {
  common: CommonText;
  redFlag: RedFlagText;
  phaseGuide: PhaseGuideText;
  checklist: ChecklistText;
  stretch: StretchText;
}

// ---------------------------------------------------------------- the whole

export interface Content {
  /** BCP 47 language tag of this content. */
  locale: string;
  /** Default emergency number for this locale (see clinical reference, section 1). */
  emergencyNumber: string;
  redFlags: readonly RedFlagQuestion[];
  phases: readonly Phase[];
  checklist: readonly ChecklistItem[];
  stretches: readonly Stretch[];
  /** General rules shown with every stretch. */
  stretchRules: readonly GuidanceItem[];
  /** Cautions that every medicine item carries. */
  medicineCaution: string;
  ui: UiText;
}
