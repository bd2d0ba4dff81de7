/**
 * The phase guide's clinical facts, language-neutral (clinical reference,
 * section 2): the phases by day since onset, what each advises by item id, the
 * cold and heat sessions the timer offers and their length, the "when did it
 * start" choices; then the schema of the words each language gives them.
 */

import type { Sourced } from './types.js';

/** A piece of advice: its words are keyed by `id` in each language. */
export interface AdviceFacts extends Sourced {
  id: string;
}

export type Therapy = 'cold' | 'heat' | 'exercise';

/** What the patient uses for a timed session; the timer's safety line and end message fit it. */
export type SessionKind = 'cold-pack' | 'heat-pack' | 'warm-bath';

export const sessionKinds = {
  'cold-pack': { therapy: 'cold', sources: ['seed:001', 'seed:002', 'S-HW'] },
  'heat-pack': { therapy: 'heat', sources: ['seed:001', 'seed:002', 'S-CC', 'S-HW'] },
  // The bath's safety line (warm, not hot; take care getting in and out) is the reference's own
  // caution (section 2) for a patient stiff with pain: no cited page words it.
  'warm-bath': { therapy: 'heat', sources: ['seed:001', 'seed:002', 'S-CC'] },
} as const satisfies Record<SessionKind, Sourced & { therapy: Therapy }>;

/** Minutes of one cold or heat session: never more than 20, so the timer refuses longer. */
export const sessionMinutes = { default: 15, min: 5, max: 20 } as const;

/** A phase rests on the sources of its advice. */
export interface PhaseFacts {
  id: string;
  /** First day of the phase, counted from onset (day 0 = the day it started). */
  fromDay: number;
  /** Last day of the phase, inclusive; `null` means open-ended. */
  toDay: number | null;
  therapy: Therapy;
  /** The sessions the timer offers, the advised one first: heat is fine in every phase, so never none. */
  sessions: readonly [SessionKind, ...SessionKind[]];
  do: readonly AdviceFacts[];
  avoid: readonly AdviceFacts[];
}

export const phases = [
  {
    id: 'acute',
    fromDay: 0,
    toDay: 2,
    therapy: 'cold',
    // Cold first is the seed pages' and S-HW's common practice; heat has the better evidence
    // (S-COCH, S-ACP) and the NHS advises it for spasm, so heat instead is offered from day 0.
    sessions: ['cold-pack', 'heat-pack', 'warm-bath'],
    do: [
      { id: 'cold-pack', sources: ['seed:001', 'seed:002', 'S-HW', 'S-NHS'] },
      { id: 'heat-instead', sources: ['S-NHS', 'S-COCH', 'S-ACP'] },
      { id: 'keep-moving', sources: ['S-NHS', 'S-NICE', 'seed:003'] },
      { id: 'gentle-movement', sources: ['S-NHS-EX'] },
    ],
    avoid: [
      { id: 'bed-rest', sources: ['S-NHS', 'S-AAFP', 'S-CC'] },
      { id: 'ice-on-skin', sources: ['S-HW'] },
      { id: 'sleeping-with-pack', sources: ['S-HW'] },
    ],
  },
  {
    id: 'subacute',
    fromDay: 3,
    toDay: 14,
    therapy: 'heat',
    sessions: ['heat-pack', 'warm-bath', 'cold-pack'],
    do: [
      { id: 'heat', sources: ['seed:001', 'seed:002', 'S-CC', 'S-ACP', 'S-COCH'] },
      // seed:003: "experiment with both methods to determine which brings you the most relief".
      { id: 'cold-if-better', sources: ['seed:003'] },
      // Gentle movement such as knee rolls is fine from the first day (acute); other stretches wait for this.
      { id: 'stretches', sources: ['seed:001'] },
      { id: 'normal-activity', sources: ['S-NICE'] },
    ],
    avoid: [
      { id: 'asleep-on-heat', sources: ['S-HW'] },
      { id: 'sharp-pain', sources: ['S-NHSINF'] },
    ],
  },
  {
    id: 'recovery',
    fromDay: 15,
    toDay: null,
    therapy: 'exercise',
    // Heat is still fine if it helps, so the timer stays.
    sessions: ['heat-pack', 'warm-bath'],
    do: [
      { id: 'strengthen', sources: ['seed:000', 'seed:002', 'seed:004', 'S-NICE'] },
      { id: 'physical-therapy', sources: ['seed:000', 'seed:002', 'seed:004', 'S-NICE'] },
      { id: 'heat-if-helps', sources: ['S-COCH', 'S-ACP'] },
    ],
    avoid: [{ id: 'stopping-early', sources: ['S-CSP'] }],
  },
] as const satisfies readonly PhaseFacts[];

export type Phase = (typeof phases)[number];
export type PhaseId = Phase['id'];

/**
 * Never put heat or cold on numb skin; with diabetes or poor circulation ask first: wherever heat or
 * cold is advised. S-NHS-SCI says not to use heat on numb skin; cold is added as the more cautious
 * reading, and the diabetes line is the reference's own caution (section 2), which no cited page
 * words (S-HW, cited here before, says neither: it stays only on what it says, no ice on bare skin
 * and no sleeping on a pad).
 */
export const heatAndColdCaution = { sources: ['S-NHS-SCI'] } as const satisfies Sourced;

/**
 * A low-level heat wrap, the kind the Cochrane evidence is about, is worn for hours as its packet
 * says: the timer is for packs and baths.
 */
export const heatWrap = { sources: ['S-COCH'] } as const satisfies Sourced;

/** Pain usually starts easing within 2 weeks and is usually gone within 4–6 weeks. */
export const usualCourse = { sources: ['S-NHS-EX'] } as const satisfies Sourced;

/**
 * The end-of-phase lines, by day: see a doctor if it has not started to ease after a week
 * (seed:000 and S-CC; section 6: not S-NHSINF or S-MAYO-WHEN, which say 2 and 4 weeks), shown
 * from day 7 to day 14; past that, "after a week" is no news, so: book if it is not getting
 * better (S-NHS: not improving after a few weeks of self-care; S-NHSINF: 2 weeks).
 */
export const notEasing = { fromDay: 7, toDay: 14, sources: ['seed:000', 'S-CC'] } as const satisfies Sourced & DaySpanFacts;
export const notGettingBetter = { fromDay: 15, toDay: null, sources: ['S-NHS', 'S-NHSINF'] } as const satisfies Sourced &
  DaySpanFacts;

interface DaySpanFacts {
  fromDay: number;
  toDay: number | null;
}

/**
 * The answers to "When did the pain start?", each a span of days that lies
 * within one phase (none straddles day 2/3 or day 14/15) and, together, every
 * day from 0 on. A span's first day is the one used.
 */
export const onsetChoices = [
  { id: 'today', fromDay: 0, toDay: 0 },
  { id: 'yesterday', fromDay: 1, toDay: 1 },
  { id: 'two-days', fromDay: 2, toDay: 2 },
  { id: 'three-to-six-days', fromDay: 3, toDay: 6 },
  { id: 'one-to-two-weeks', fromDay: 7, toDay: 14 },
  { id: 'over-two-weeks', fromDay: 15, toDay: null },
] as const satisfies readonly { id: string; fromDay: number; toDay: number | null }[];

export type OnsetChoiceId = (typeof onsetChoices)[number]['id'];

// ---------------------------------------------------------------- words

type WordsById<T extends readonly { id: string }[]> = Record<T[number]['id'], string>;

/** One phase in one language. */
export interface PhaseWords<P extends Phase = Phase> {
  name: string;
  /** Plain words after the day range, such as "(the first 48 to 72 hours)"; may be empty. */
  note: string;
  /** "Every 2 to 3 hours"; empty where the reference gives no frequency. */
  frequency: string;
  summary: string;
  do: WordsById<P['do']>;
  avoid: WordsById<P['avoid']>;
}

/** A timed session in one language. */
export interface SessionWords {
  /** The choice's label: "Cold pack". */
  label: string;
  /** Shown beside the clock before and during the session; may be empty. */
  safety: string;
  /** Announced and shown when the time is up: what to do now ("Get out of the bath now."). */
  done: string;
}

export interface PhaseGuideWords {
  heading: string;
  intro: string;
  phases: { [P in Phase as P['id']]: PhaseWords<P> };
  /** "Day {day}". */
  dayN: string;
  /** Day 0 in plain words: "Day 0 (the day it started)". */
  dayZero: string;
  /** "Days {from} to {to}". */
  dayRange: string;
  /** "Day {from} onwards". */
  dayFrom: string;
  /** "You are in this phase" marker. */
  currentPhase: string;
  whenStartedQuestion: string;
  whenStartedOptions: Record<OnsetChoiceId, string>;
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
  /** Never on numb skin; with diabetes or poor circulation ask first. */
  heatAndColdCaution: string;
  /** Shown from day 7 to 14: see a doctor if it has not started to ease after a week. */
  notEasing: string;
  /** Shown from day 15: book an appointment if it is not getting better. */
  notGettingBetter: string;
  /** Pain usually eases within 2 weeks and goes within 4 to 6 weeks. */
  usualCourse: string;
  timer: {
    /** Legend of the session choice: "What are you using?". */
    sessionQuestion: string;
    sessions: Record<SessionKind, SessionWords>;
    /** "Start the {minutes}-minute timer". */
    start: string;
    pause: string;
    resume: string;
    stop: string;
    /** "{minutes}-minute timer started." */
    startedAnnouncement: string;
    /** "{minutes} minutes left." */
    minutesLeft: string;
    /** "Time left" label of the clock. */
    timeLeft: string;
    paused: string;
    /** Shown while the timer runs. */
    keepOpen: string;
    /** Label of the patient's sound toggle. */
    sound: string;
    /** Beside the heat sessions: a heat wrap is worn for hours as its packet says; the timer is for packs and baths. */
    heatWrap: string;
    /** Near the top of the guide, the button that takes the patient to the timer: "Start a timer". */
    jump: string;
    /** The timer's name, said when the patient is taken to it: "Timer". */
    label: string;
  };
}
