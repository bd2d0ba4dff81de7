/**
 * The red-flag triage rules (clinical reference, section 1), as one pure
 * function with no DOM, usable in Node through `backcare-widgets/triage`.
 *
 * 1. The tier is the most urgent tier among the questions answered "yes".
 * 2. "Not sure" counts as "yes". So does any answer other than "no": when in
 *    doubt, the cautious reading wins.
 * 3. Adding a "yes" can never lower the tier.
 */

import en from '../data/en/red-flag-checker.js';
import type { RedFlagQuestion, Tier } from '../data/types.js';

export type Answer = 'yes' | 'no' | 'not-sure';

/** Answers by question id; a missing id is unanswered. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

/** Most urgent first. */
export const tiers: readonly Tier[] = ['emergency', 'urgent', 'soon', 'self-care'];

export interface TriageResult {
  tier: Tier;
  /** The questions answered "yes" or "not sure" at that tier, in question order. */
  raisedBy: readonly RedFlagQuestion[];
}

export function countsAsYes(answer: Answer | undefined): boolean {
  return answer !== undefined && answer !== 'no';
}

/** Whether `a` is more urgent than `b`. */
export function isMoreUrgent(a: Tier, b: Tier): boolean {
  return tiers.indexOf(a) < tiers.indexOf(b);
}

export function triage(answers: Answers, questions: readonly RedFlagQuestion[] = en.questions): TriageResult {
  const positive = questions.filter((question) => countsAsYes(answers[question.id]));
  const tier = positive.reduce<Tier>(
    (worst, question) => (isMoreUrgent(question.tier, worst) ? question.tier : worst),
    'self-care',
  );
  return { tier, raisedBy: positive.filter((question) => question.tier === tier) };
}

/** Ids of the questions not answered yet, in question order. */
export function unanswered(answers: Answers, questions: readonly RedFlagQuestion[] = en.questions): string[] {
  return questions.filter((question) => answers[question.id] === undefined).map((question) => question.id);
}
