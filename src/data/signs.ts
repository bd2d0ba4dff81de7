/**
 * The red-flag checker's clinical facts, language-neutral (clinical reference,
 * section 1): every sign with its tier and sources, in the order the checker
 * asks them; the combination rules; the sources of each outcome. Then the
 * schema of the words each language gives them, keyed by the same ids.
 *
 * A clinician changes a tier, the order, or a combination here, in one place;
 * `core/triage.ts` applies whatever this file says.
 */

import type { SourceId, Sourced } from './types.js';

export type Tier = 'emergency' | 'urgent' | 'soon' | 'self-care';

/** The tiers a sign can raise on its own, one step of the checker each, most urgent first. */
export type StepTier = Exclude<Tier, 'self-care'>;

export interface SignFacts extends Sourced {
  /** Stable id, the same in every language and in `triage()`'s answers. */
  id: string;
  /** The tier this sign raises on its own; `null` for a sign that counts only in a combination. */
  tier: StepTier | null;
}

/**
 * Every sign, in the order it is asked: step 1 (emergency), step 2 (get
 * advice today), step 3 (book an appointment), then the signs asked only as a
 * combination's follow-up.
 */
export const signs = [
  // ---- step 1: emergency (any one of these)
  { id: 'saddle-numbness', tier: 'emergency', sources: ['S-NHS', 'S-NHS-CES', 'S-CKS', 'S-AAFP'] },
  { id: 'bladder-bowel', tier: 'emergency', sources: ['S-NHS', 'S-NHS-CES', 'S-CKS', 'S-AAFP', 'S-MAYO-WHEN'] },
  { id: 'both-legs', tier: 'emergency', sources: ['S-NHS'] },
  // Not on the NHS.UK list; emergency by the cautious rule.
  { id: 'sexual-function', tier: 'emergency', sources: ['S-BASS'] },
  { id: 'worsening-weakness', tier: 'emergency', sources: ['S-CKS', 'S-AAFP', 'S-MAYO-WHEN'] },
  { id: 'serious-accident', tier: 'emergency', sources: ['S-NHS', 'S-MAYO-WHEN'] },
  { id: 'chest-pain', tier: 'emergency', sources: ['S-NHS'] },
  // The aortic signs, one list item each: a patient has one or the other.
  { id: 'sudden-severe-pain', tier: 'emergency', sources: ['S-NHS-AAA', 'S-MAYO-WHEN'] },
  { id: 'pulsing-belly', tier: 'emergency', sources: ['S-NHS-AAA', 'S-MAYO-WHEN'] },

  // ---- step 2: get advice today (any one of these, and none from step 1)
  // S-MAYO-WHEN: fever for more than 48 hours means go now. Urgent is the floor.
  { id: 'fever', tier: 'urgent', sources: ['S-NHS', 'S-MAYO-WHEN'] },
  { id: 'weight-loss', tier: 'urgent', sources: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN'] },
  { id: 'cancer-history', tier: 'urgent', sources: ['S-CKS', 'S-MAYO-WHEN', 'S-NG234'] },
  { id: 'night-pain', tier: 'urgent', sources: ['S-NHS', 'S-CKS'] },
  { id: 'lump-or-shape', tier: 'urgent', sources: ['S-NHS', 'S-CKS'] },
  { id: 'cough-sneeze-toilet', tier: 'urgent', sources: ['S-NHS'] },
  { id: 'upper-back', tier: 'urgent', sources: ['S-NHS'] },
  { id: 'weak-bones', tier: 'urgent', sources: ['S-CKS', 'S-MAYO-WHEN'] },
  { id: 'weak-immunity', tier: 'urgent', sources: ['S-CKS', 'S-AAFP'] },
  // S-CKS: a recent bacterial infection; S-MAYO-WHEN: a recent urinary tract infection.
  { id: 'recent-procedure-or-infection', tier: 'urgent', sources: ['S-CKS', 'S-MAYO-WHEN'] },
  // S-MAYO-WHEN says go now; S-CKS keeps immediate referral for severe or progressive
  // weakness, which step 1 asks. Urgent here.
  { id: 'one-leg-weakness', tier: 'urgent', sources: ['S-MAYO-WHEN', 'S-CKS'] },
  // S-MAYO-WHEN says go now; S-NHS keeps the emergency number for serious accidents (step 1). Urgent here.
  { id: 'fall-or-blow', tier: 'urgent', sources: ['S-MAYO-WHEN', 'S-NHS'] },
  { id: 'pregnancy-waves', tier: 'urgent', sources: ['S-NHS-LABOUR'] },

  // ---- step 3: book an appointment
  // seed:000 "more than a few days to a week", S-CC 4–7 days. S-NHS says "a few weeks",
  // S-NHSINF 2 weeks and S-MAYO-WHEN 4 weeks: the cautious 7 days, citing the first two only.
  { id: 'not-easing', tier: 'soon', sources: ['seed:000', 'S-CC'] },
  { id: 'pain-below-knee', tier: 'soon', sources: ['S-NHS-SCI', 'seed:001'] },
  { id: 'leg-numbness', tier: 'soon', sources: ['S-NHS-SCI', 'seed:001'] },
  { id: 'getting-worse', tier: 'soon', sources: ['S-NHS'] },
  { id: 'stops-activities', tier: 'soon', sources: ['S-NHS'] },
  { id: 'not-coping', tier: 'soon', sources: ['S-NHS'] },
  // S-CKS uses 50; some guidelines use 55. The lower age is the cautious reading.
  { id: 'age-first-episode', tier: 'soon', sources: ['S-CKS'] },

  // ---- asked only after "cancer": nerve signs that count in the combination below
  { id: 'trouble-walking', tier: null, sources: ['S-NG234', 'S-CKS'] },
  { id: 'band-pain', tier: null, sources: ['S-NG234'] },
] as const satisfies readonly SignFacts[];

export type Sign = (typeof signs)[number];
export type SignId = Sign['id'];

export interface CombinationFacts extends Sourced {
  id: string;
  tier: StepTier;
  /** Every one of these signs ... */
  all: readonly SignId[];
  /** ... together with any one of these raises `tier`. */
  any: readonly SignId[];
}

/**
 * Signs that raise a tier only together. A combination's `any` signs that no
 * step has asked yet are asked as one short follow-up list right after the
 * step that holds its `all` signs.
 */
export const combinations = [
  {
    // Cancer at any time and a new nerve sign: possible spinal cord compression. The leg
    // signs of step 1 count too, so that the emergency advice names the cancer team's line.
    id: 'cancer-nerve-signs',
    tier: 'emergency',
    all: ['cancer-history'],
    any: ['leg-numbness', 'one-leg-weakness', 'trouble-walking', 'band-pain', 'both-legs', 'worsening-weakness'],
    sources: ['S-NG234', 'S-CKS'],
  },
] as const satisfies readonly CombinationFacts[];

export type Combination = (typeof combinations)[number];
export type CombinationId = Combination['id'];

/** What each outcome rests on (clinical reference, section 1, "What every outcome says"). */
export const outcomeSources = {
  emergency: ['S-NHS', 'S-NHS-CES', 'S-NHS-AAA', 'S-CKS', 'S-NHS-CARE'],
  urgent: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN', 'S-NHS-CARE'],
  // Book in the next week or so, and look after the back meanwhile.
  soon: ['S-NHS', 'S-NICE', 'S-NHS-CARE'],
  // What to do now (sections 2 and 3: moving, cold or heat, pain relief, stretches),
  // the usual course, and when to book.
  'self-care': ['S-NHS', 'S-NICE', 'S-HW', 'S-ACP', 'seed:001', 'S-NHS-EX', 'seed:000', 'S-CC'],
} as const satisfies Record<Tier, readonly SourceId[]>;

/** Signs whose outcome first says something of its own: pregnancy, call the maternity unit or midwife now. */
export const firstActions = {
  'pregnancy-waves': { sources: ['S-NHS-LABOUR'] },
} as const satisfies Partial<Record<SignId, Sourced>>;

export type FirstActionSignId = keyof typeof firstActions;

// ---------------------------------------------------------------- words

/** One sign in one language. */
export interface SignWords {
  /** The checkbox label: the sign in plain words, "yes" when it is there. */
  label: string;
  /** Under the label: what the sign is not, or an example. */
  hint?: string;
  /** Short form for the "because you said" list and the outcomes' lists of signs. */
  summary: string;
}

/** One combination in one language. */
export interface CombinationWords {
  /** The follow-up's question: "You said you have had cancer. Do you have any of these?". */
  question: string;
  /** In the outcomes' lists of emergency signs. */
  summary: string;
  /** Added to the outcome it raises (the cancer team's 24-hour line). */
  advice: string;
}

/** One outcome card. */
export interface OutcomeWords {
  /** Visually hidden prefix of the heading, e.g. "Immediate action required:". Empty for self-care. */
  prefix: string;
  heading: string;
  /**
   * What to do first, before the call links (the emergency number, or the clinic's phone and website);
   * `{number}` is the emergency number and `{professional}` who to book with.
   */
  actions: readonly string[];
  /** What else to do, after the call links. */
  more: readonly string[];
}

export interface RedFlagCheckerWords {
  heading: string;
  /** On step 1 only. */
  intro: string;
  privacy: string;
  /** "Step {step} of {steps}". */
  stepOf: string;
  /** The question of every step: "Do you have any of these?". */
  question: string;
  /** "If you are not sure, tick it." */
  notSure: string;
  /** The word between the signs and the exclusive "None of these". */
  or: string;
  none: string;
  continue: string;
  back: string;
  startAgain: string;
  errorSummaryTitle: string;
  /** The one error of a step with nothing ticked. */
  nothingTicked: string;
  /** Visually hidden before the error message ("Error:"). */
  errorPrefix: string;
  signs: Record<SignId, SignWords>;
  combinations: Record<CombinationId, CombinationWords>;
  /** First on an outcome raised by one of these signs ("Call your maternity unit or midwife now."). */
  firstActions: Record<FirstActionSignId, string>;
  becauseYouSaid: string;
  /** "Call {number}". */
  callEmergency: string;
  /** "Call {clinic}: {phone}"; {clinic} falls back to `yourClinic`. */
  callClinic: string;
  /** "Visit {clinic}'s website". */
  visitClinic: string;
  yourClinic: string;
  /** Before the list of emergency signs on the other outcomes: "Call {number} if you get any of these:". */
  emergencySigns: string;
  /** The "book an appointment" outcome's line of get-advice-today signs: "Get medical advice today if you get {list}." */
  urgentSigns: string;
  /** Who to book with, for `{professional}` in the outcomes: "a doctor or physical therapist". */
  professional: string;
  outcomes: Record<Tier, OutcomeWords>;
}
