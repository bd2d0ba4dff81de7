/**
 * The phase guide's schema: the phases by day since onset, and the words it uses.
 */

import type { Sourced } from './types.js';

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

export interface PhaseGuideWords extends PhaseGuideText {
  phases: readonly Phase[];
}
