/**
 * DOM-free entry `backcare-widgets/triage`: the red-flag rules and the
 * questions they apply to, for use in Node or a clinic's own tests.
 */
export { triage, unanswered, countsAsYes, isMoreUrgent, tiers } from './core/triage.js';
export type { Answer, Answers, TriageResult } from './core/triage.js';
export type { RedFlagQuestion, Tier, TriageOutcome } from './data/types.js';
export { locales, supportedLocales, type Locale } from './data/index.js';
