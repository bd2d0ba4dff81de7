/**
 * The content module: every widget's words in every supported language, and
 * the sources they cite. DOM-free, so it can be imported in Node
 * (`backcare-widgets/content`).
 */

import { sources } from './sources.js';
import { supportedLocales, wordsFor, type Locale } from './locales.js';
import type { Content } from './types.js';
import './words/common.js';
import './words/red-flag-checker.js';
import './words/phase-guide.js';
import './words/treatment-checklist.js';
import './words/stretch-card.js';
import '../languages/es.js';

export * from './types.js';
export { sources };
export { sourceIds, isSourceId, type Source } from './sources.js';
export { supportedLocales, defaultLocale, isLocale, matchLocale, type Locale } from './locales.js';
export { stretches, stretchRules } from './stretches.js';
export { signs, combinations, firstActions, outcomeSources } from './signs.js';
export { checklistItems } from './checklist.js';
export { phases, onsetChoices, sessionKinds, sessionMinutes, heatAndColdCaution, notEasing, usualCourse } from './phases.js';

/** All of `locale`'s content, a regional variant's gaps filled from its base language. */
export function contentFor(locale: Locale): Content {
  return {
    locale,
    common: wordsFor('common', locale),
    'red-flag-checker': wordsFor('red-flag-checker', locale),
    'phase-guide': wordsFor('phase-guide', locale),
    'treatment-checklist': wordsFor('treatment-checklist', locale),
    'stretch-card': wordsFor('stretch-card', locale),
  };
}

export const locales = Object.fromEntries(supportedLocales.map((locale) => [locale, contentFor(locale)])) as Record<
  Locale,
  Content
>;
