/**
 * The schema of the content module: everything the widgets say, in one typed
 * shape per language, made of one part per widget (each declared beside that
 * widget's facts) and the words they share. Components never hard-code
 * clinical text.
 *
 * Text with `{name}` placeholders is filled in by `formatText()` in `src/core/`.
 * Ids are stable across languages: tests check every locale has the same ids.
 */

import type { ChecklistWords } from './checklist.js';
import type { PhaseGuideWords } from './phases.js';
import type { EmergencySummaryId, RedFlagCheckerWords } from './signs.js';
import type { DescribedSourceId, SourceId } from './sources.js';
import type { StretchCardWords } from './stretches.js';

export type { SourceId };

/** A piece of guidance and the sources it rests on. */
export interface Sourced {
  sources: readonly SourceId[];
}

/** Forms of a counted phrase by `Intl.PluralRules` category; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface CommonWords {
  /** Default emergency number for this language or region (clinical reference, section 1). */
  emergencyNumber: string;
  /** Before a list of the emergency signs: "Call {number} if you get any of these:". */
  emergencySigns: string;
  /** The emergency signs in short, for every list of them (their order: `emergencySummaryIds`). */
  emergencySummaries: Record<EmergencySummaryId, string>;
  /** "This is not a diagnosis. If you are worried, contact a health professional." */
  notDiagnosis: string;
  /** Heading of every widget's safety net, with `{number}`: "Get help now: call {number}". */
  getHelpNow: string;
  /** The safety net's call link, with `{number}`. */
  callNumber: string;
  /** Above a list of sources: says, where the widget's language is not English, that they are in English. */
  sourcesHeading: string;
  /** "Sources: {list}" for one item. */
  sourcesLabel: string;
  /** What kind of source each described source is ("clinic patient page"), in this language. */
  sourceDescriptions: Record<DescribedSourceId, string>;
  // When the device will not do what a widget asked of it: the patient is told, in words.
  /** The checklist's ticks could not be saved (storage full or blocked); they stay while the page is open. */
  couldNotSave: string;
  /** Beside a running timer whose chime cannot play (audio blocked, suspended or missing). */
  soundUnavailable: string;
  /** Beside a running timer when the screen may sleep (the wake lock refused or missing). */
  screenMaySleep: string;
  /** After Print, when the browser does not print (a sandboxed frame). */
  printBlocked: string;
  /** "From {clinic}" on screen and on a printed handout. */
  preparedBy: string;
  /** "Phone: {phone}" beside the clinic's name. */
  clinicPhone: string;
  /** A printed handout's own words (the checklist's and the stretch card's). */
  handout: {
    /** "Printed on {date}". */
    printedOn: string;
    /** Heading of the box of emergency signs (the red-flag checker's words for them). */
    getHelpNow: string;
    /** "Call {number} now ...", under the signs. */
    callNow: string;
  };
}

// ---------------------------------------------------------------- the whole


export type * from './signs.js';
export type * from './phases.js';
export type * from './checklist.js';
export type * from './stretches.js';

/** Everything said in one language, by widget (the element's tag without `backcare-`). */
export interface Words {
  common: CommonWords;
  'red-flag-checker': RedFlagCheckerWords;
  'phase-guide': PhaseGuideWords;
  'treatment-checklist': ChecklistWords;
  'stretch-card': StretchCardWords;
}

export type WidgetName = Exclude<keyof Words, 'common'>;

/** All of one language's content. */
export interface Content extends Words {
  /** BCP 47 language tag of this content. */
  locale: string;
}

/** What a regional variant (such as `en-GB`) changes in its base language: any subset of the keys. */
export type PartialWords<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: PartialWords<T[K]> } : T;
