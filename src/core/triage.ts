/**
 * The red-flag triage rules (clinical reference, section 1) as pure functions
 * with no DOM, usable in Node through `backcare-widgets/triage`. They apply
 * whatever `data/signs.ts` says: the signs, their tiers and order, and the
 * combination rules.
 *
 * 1. The tier is the most urgent one raised by the signs the patient has,
 *    including combinations; adding a sign never lowers it.
 * 2. "Not sure" counts as "yes", and so does any answer other than "no": when
 *    in doubt, the cautious reading wins. A missing answer is unanswered.
 * 3. Emergency signs are asked first, and the checker stops as soon as no
 *    unanswered sign can change the tier.
 */

import { combinations, signs, type Combination, type Sign, type SignId, type StepTier, type Tier } from '../data/signs.js';

export type Answer = 'yes' | 'no' | 'not-sure';

/** Answers by sign id; a missing id is unanswered. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

/** Most urgent first. */
export const tiers: readonly Tier[] = ['emergency', 'urgent', 'soon', 'self-care'];

export interface TriageResult {
  tier: Tier;
  /** The signs that raised that tier (for a combination, all of its signs the patient has), in the order asked. */
  raisedBy: readonly Sign[];
}

/** One way to raise a tier: a sign alone, or one of a combination's `risks` with one of its `any` signs. */
export interface Rule {
  tier: StepTier;
  signs: readonly Sign[];
}

/** One "Do you have any of these?" list: a step, or a combination's follow-up within a step. */
export interface Question {
  /** The step's tier, or the combination's id for a follow-up. */
  id: StepTier | Combination['id'];
  /** 1, 2 or 3, as the patient is told ("Step 2 of 3"). */
  step: number;
  signs: readonly Sign[];
  /** The rules its signs are asked for: every rule for a step, the combination's own for a follow-up. */
  rules: readonly Rule[];
}

const signById = new Map<string, Sign>(signs.map((sign) => [sign.id, sign]));
const sign = (id: SignId): Sign => signById.get(id)!;

const rulesOf = (combination: Combination): Rule[] =>
  combination.risks.flatMap((risk) => combination.any.map((id) => ({ tier: combination.tier, signs: [sign(risk), sign(id)] })));

/** Every rule the tier comes from. */
export const rules: readonly Rule[] = [
  ...signs.flatMap((one) => (one.tier ? [{ tier: one.tier, signs: [one] }] : [])),
  ...combinations.flatMap(rulesOf),
];

/** The three steps, most urgent first, each with its signs in the order asked. */
export const steps: readonly { tier: StepTier; signs: readonly Sign[] }[] = (['emergency', 'urgent', 'soon'] as const).map(
  (tier) => ({ tier, signs: signs.filter((one) => one.tier === tier) }),
);

/** Every list the checker may ask, in order: each step, and a combination's follow-up right after the step that holds its `risks`. */
export const questions: readonly Question[] = steps.flatMap((step, index): Question[] => [
  { id: step.tier, step: index + 1, signs: step.signs, rules },
  ...combinations
    .filter((combination) => stepOf(combination.risks) === index)
    .map((combination) => ({ id: combination.id, step: index + 1, signs: combination.any.map(sign), rules: rulesOf(combination) })),
]);

function stepOf(ids: readonly SignId[]): number {
  return Math.max(...ids.map((id) => steps.findIndex((step) => step.signs.includes(sign(id)))));
}

export function countsAsYes(answer: Answer | undefined): boolean {
  return answer !== undefined && answer !== 'no';
}

/** Whether `a` is more urgent than `b`. */
export function isMoreUrgent(a: Tier, b: Tier): boolean {
  return tiers.indexOf(a) < tiers.indexOf(b);
}

const rank = (tier: Tier): number => tiers.indexOf(tier);
const indexOf = new Map<Sign, number>(signs.map((one, index) => [one, index]));
/** The rules as `triage` reads them, most urgent first: it runs millions of times in the exhaustive tests. */
const ranked = rules
  .map((rule) => ({ rank: rank(rule.tier), ids: rule.signs.map((one) => one.id), indexes: rule.signs.map((one) => indexOf.get(one)!) }))
  .sort((a, b) => a.rank - b.rank);

export function triage(answers: Answers): TriageResult {
  let best = rank('self-care');
  let raised: boolean[] | undefined;
  for (const rule of ranked) {
    if (rule.rank > best || !allYes(answers, rule.ids)) continue;
    best = rule.rank;
    raised ??= [];
    for (const index of rule.indexes) raised[index] = true;
  }
  return { tier: tiers[best]!, raisedBy: raised ? signs.filter((_, index) => raised[index]) : [] };
}

function allYes(answers: Answers, ids: readonly string[]): boolean {
  for (const id of ids) if (!countsAsYes(answers[id])) return false;
  return true;
}

/** Ids of the signs not answered yet, in the order asked. */
export function unanswered(answers: Answers): SignId[] {
  return signs.filter((one) => answers[one.id] === undefined).map((one) => one.id);
}

/** Whether every unanswered sign, whatever its answer, leaves the tier as it is now. */
export function isAnswerKnown(answers: Answers): boolean {
  const allYes: Answers = { ...answers, ...Object.fromEntries(unanswered(answers).map((id) => [id, 'yes'])) };
  return triage(answers).tier === triage(allYes).tier;
}

/**
 * Whether some answer to `one` (unanswered) could change the tier through one
 * of `among`: a rule holding it, none of whose other signs is "no", that
 * raises a tier more urgent than its other signs would without it. (Rules are
 * "all of these signs", so this is exact.)
 */
function canChange(one: Sign, answers: Answers, among: readonly Rule[]): boolean {
  return among.some((rule) => {
    if (!rule.signs.includes(one)) return false;
    const others = rule.signs.filter((other) => other !== one);
    if (others.some((other) => answers[other.id] === 'no')) return false;
    const assumed: Answers = { ...answers, ...Object.fromEntries(others.map((other) => [other.id, answers[other.id] ?? 'yes'])) };
    return isMoreUrgent(rule.tier, triage(assumed).tier);
  });
}

/**
 * What to ask next: the first list in `questions` with an unanswered sign that
 * could still change the tier through that list's rules (so a follow-up comes
 * only when its combination can still apply), and those signs of it;
 * `undefined` once the answer is known.
 */
export function nextQuestion(answers: Answers): { question: Question; signs: readonly Sign[] } | undefined {
  for (const question of questions) {
    const ask = question.signs.filter((one) => answers[one.id] === undefined && canChange(one, answers, question.rules));
    if (ask.length) return { question, signs: ask };
  }
  return undefined;
}
