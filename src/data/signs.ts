/**
 * The red-flag checker's schema: the signs it asks about and the words it
 * uses, keyed by sign id.
 */

import type { Sourced } from './types.js';

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

export interface RedFlagCheckerWords extends RedFlagText {
  questions: readonly RedFlagQuestion[];
}
