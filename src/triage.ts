/**
 * DOM-free entry `backcare-widgets/triage`: the red-flag rules, the signs
 * they apply to (ids, tiers, the order asked) and the combination rules, for
 * use in Node or a clinic's own tests.
 */
export {
  triage,
  nextQuestion,
  isAnswerKnown,
  unanswered,
  countsAsYes,
  isMoreUrgent,
  tiers,
  steps,
  questions,
  rules,
} from './core/triage.js';
export type { Answer, Answers, TriageResult, Question, Rule } from './core/triage.js';
export { signs, combinations, firstActions, outcomeSources } from './data/signs.js';
export type { Sign, SignId, SignFacts, Combination, CombinationId, CombinationFacts, StepTier, Tier } from './data/signs.js';
export { locales, supportedLocales, type Locale } from './data/index.js';
