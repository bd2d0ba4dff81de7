/**
 * The red-flag checker's clinical facts, language-neutral (clinical reference,
 * section 1): every sign with its tier and sources, in the order the checker
 * asks them; the combination rules; the sources of each outcome. Then the
 * schema of the words each language gives them, keyed by the same ids.
 *
 * A clinician changes a tier, the order, or a combination here, in one place;
 * `core/triage.ts` applies whatever this file says.
 */

import type { CommonWords, SourceId, Sourced } from './types.js';

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
  // Not on the NHS.UK list; emergency by the cautious rule (BASS standards, NHS trusts' cauda equina leaflets).
  { id: 'sexual-function', tier: 'emergency', sources: ['S-BASS', 'S-RF-CES'] },
  { id: 'worsening-weakness', tier: 'emergency', sources: ['S-CKS', 'S-AAFP', 'S-MAYO-WHEN'] },
  { id: 'serious-accident', tier: 'emergency', sources: ['S-NHS', 'S-MAYO-WHEN'] },
  { id: 'chest-pain', tier: 'emergency', sources: ['S-NHS'] },
  // The aortic signs, one list item each. Back pain alone, however sudden or severe, is not one of
  // them: a patient cannot tell a spasm from an aneurysm by the pain, but can tell pain in the tummy,
  // a collapse or a new pulsing.
  { id: 'sudden-tummy-pain', tier: 'emergency', sources: ['S-NHS-AAA', 'S-NG156', 'S-RACGP-AAA'] },
  // The signs of a burst aneurysm (S-NHS-AAA); BMJ Best Practice: suspect rupture with new pain and collapse.
  { id: 'collapse', tier: 'emergency', sources: ['S-NHS-AAA', 'S-NG156', 'S-RACGP-AAA', 'S-BMJ-AAA'] },
  // With back pain, a symptomatic aneurysm: "symptomatic and ruptured aneurysms require emergency assessment" (S-RACGP-AAA).
  { id: 'pulsing-belly', tier: 'emergency', sources: ['S-NHS-AAA', 'S-NG156', 'S-RACGP-AAA'] },

  // ---- step 2: get advice today (any one of these, and none from step 1)
  // S-MAYO-WHEN: fever for more than 48 hours means go now. Urgent is the floor.
  { id: 'fever', tier: 'urgent', sources: ['S-NHS', 'S-MAYO-WHEN'] },
  { id: 'weight-loss', tier: 'urgent', sources: ['S-NHS', 'S-CKS', 'S-MAYO-WHEN'] },
  { id: 'cancer-history', tier: 'urgent', sources: ['S-CKS', 'S-MAYO-WHEN', 'S-NG234'] },
  { id: 'night-pain', tier: 'urgent', sources: ['S-NHS', 'S-CKS'] },
  { id: 'lump-or-shape', tier: 'urgent', sources: ['S-NHS', 'S-CKS'] },
  // The "not" part (a jolt that soon passes) is the clinical review's: a plain spasm otherwise answers yes.
  { id: 'cough-sneeze-toilet', tier: 'urgent', sources: ['S-NHS'] },
  { id: 'upper-back', tier: 'urgent', sources: ['S-NHS'] },
  // S-MAYO-WHEN does not mention osteoporosis or steroids.
  { id: 'weak-bones', tier: 'urgent', sources: ['S-CKS'] },
  { id: 'weak-immunity', tier: 'urgent', sources: ['S-CKS', 'S-AAFP'] },
  // S-AAFP: a recent spinal procedure as an infection risk; S-CKS: a recent bacterial infection.
  { id: 'recent-procedure-or-infection', tier: 'urgent', sources: ['S-AAFP', 'S-CKS'] },
  // S-MAYO-WHEN says go now; S-CKS keeps immediate referral for severe or progressive
  // weakness, which step 1 asks. Urgent here.
  { id: 'one-leg-weakness', tier: 'urgent', sources: ['S-MAYO-WHEN', 'S-CKS'] },
  // S-CKS: minor trauma in older people is a fracture sign; S-MAYO-WHEN says any fall or blow. Over 50,
  // CKS's age flag, is the cautious age; younger, a slip you got up from is a strain. A serious
  // accident at any age is step 1.
  { id: 'fall-when-older', tier: 'urgent', sources: ['S-CKS', 'S-MAYO-WHEN'] },
  { id: 'pregnancy-waves', tier: 'urgent', sources: ['S-NHS-LABOUR', 'S-ACOG-LABOR'] },

  // ---- step 3: book an appointment
  // seed:000 "more than a few days to a week", S-CC 4–7 days. S-NHS says "a few weeks",
  // S-NHSINF 2 weeks and S-MAYO-WHEN 4 weeks: the cautious 7 days, citing the first two only.
  { id: 'not-easing', tier: 'soon', sources: ['seed:000', 'S-CC'] },
  { id: 'pain-below-knee', tier: 'soon', sources: ['S-NHS-SCI', 'seed:001'] },
  { id: 'leg-numbness', tier: 'soon', sources: ['S-NHS-SCI', 'seed:001'] },
  // Getting worse or not coping (S-NHS). Being worried is not asked: almost everyone is, and
  // every outcome answers it instead.
  { id: 'getting-worse', tier: 'soon', sources: ['S-NHS'] },
  { id: 'stops-activities', tier: 'soon', sources: ['S-NHS'] },
  { id: 'not-coping', tier: 'soon', sources: ['S-NHS'] },
  // S-CKS uses 50; some guidelines use 55. The lower age is the cautious reading.
  { id: 'age-first-episode', tier: 'soon', sources: ['S-CKS'] },

  // ---- asked only in a combination's follow-up: nerve signs that count in the combinations below
  { id: 'trouble-walking', tier: null, sources: ['S-NG234', 'S-CKS'] },
  { id: 'band-pain', tier: null, sources: ['S-NG234'] },
] as const satisfies readonly SignFacts[];

export type Sign = (typeof signs)[number];
export type SignId = Sign['id'];

export interface CombinationFacts extends Sourced {
  id: string;
  tier: StepTier;
  /** Any one of these signs (a risk) ... */
  risks: readonly SignId[];
  /** ... together with any one of these raises `tier`. */
  any: readonly SignId[];
}

/**
 * Signs that raise a tier only together. A combination's `any` signs that no
 * step has asked yet are asked as one short follow-up list right after the
 * step that holds its `risks`.
 */
export const combinations = [
  {
    // Cancer at any time and a new nerve sign: possible spinal cord compression. NG234 names pain
    // shooting down a leg (radicular pain) among them. The leg signs of step 1 count too, so that
    // the emergency advice names the cancer team's line.
    id: 'cancer-nerve-signs',
    tier: 'emergency',
    risks: ['cancer-history'],
    any: ['pain-below-knee', 'leg-numbness', 'one-leg-weakness', 'trouble-walking', 'band-pain', 'both-legs', 'worsening-weakness'],
    sources: ['S-NG234', 'S-CKS'],
  },
  {
    // A fever, a weakened immune system or injecting drugs, or a recent spinal procedure, with a
    // new nerve sign: possible spinal infection (epidural abscess). The procedure sign also asks a
    // recent infection (CKS: a recent bacterial infection is an infection red flag): counted too,
    // the cautious reading.
    id: 'infection-nerve-signs',
    tier: 'emergency',
    risks: ['fever', 'weak-immunity', 'recent-procedure-or-infection'],
    any: ['leg-numbness', 'one-leg-weakness', 'trouble-walking', 'both-legs', 'worsening-weakness'],
    sources: ['S-CKS', 'S-AAFP'],
  },
] as const satisfies readonly CombinationFacts[];

export type Combination = (typeof combinations)[number];
export type CombinationId = Combination['id'];

export type EmergencySignId = Extract<Sign, { tier: 'emergency' }>['id'];
/** What a list of the emergency signs names: each emergency sign, then each combination (all are emergencies). */
export type EmergencySummaryId = EmergencySignId | Extract<Combination, { tier: 'emergency' }>['id'];

/**
 * The order of every list of the emergency signs: the red-flag checker's outcomes, every widget's
 * safety net, the handouts and the CDN loader's fallback message. Their words are shared by all
 * widgets (`CommonWords.emergencySummaries`), so that each can show them without the checker's.
 */
export const emergencySummaryIds: readonly EmergencySummaryId[] = [
  ...signs.filter((sign): sign is Extract<Sign, { tier: 'emergency' }> => sign.tier === 'emergency').map((sign) => sign.id),
  ...combinations.filter((rule): rule is Extract<Combination, { tier: 'emergency' }> => rule.tier === 'emergency').map((rule) => rule.id),
];

/** The emergency signs and combinations in short, in the language of `common`, in their order. */
export function emergencySignsIn(common: Pick<CommonWords, 'emergencySummaries'>): string[] {
  return emergencySummaryIds.map((id) => common.emergencySummaries[id]);
}

/** What each outcome rests on (clinical reference, section 1, "What every outcome says"); the signs add their own. */
export const outcomeSources = {
  emergency: ['S-NHS', 'S-NHS-CARE'],
  urgent: ['S-NHS', 'S-CKS', 'S-NHS-CARE'],
  // Book in the next week or so, and look after the back meanwhile.
  soon: ['S-NHS', 'S-NICE', 'S-NHS-CARE'],
  // What to do now (sections 2 and 3: moving, cold or heat, pain relief, stretches),
  // the usual course (S-NHS-EX), when to book (seed:000, S-CC), and worry (S-NHS).
  'self-care': ['S-NHS', 'S-NICE', 'S-HW', 'S-ACP', 'seed:001', 'S-NHS-EX', 'seed:000', 'S-CC'],
} as const satisfies Record<Tier, readonly SourceId[]>;

/**
 * Emergency signs whose outcome says to call for an ambulance, not "or go to
 * the emergency room": chest pain, and the aortic signs, whose patient may
 * collapse on the way.
 */
export const ambulanceSigns = ['chest-pain', 'sudden-tummy-pain', 'collapse', 'pulsing-belly'] as const satisfies readonly SignId[];

/**
 * Signs whose outcome first says something of its own. Pregnancy: call the
 * maternity service now (under a heading of its own, "Call now"). Cancer
 * history: call the cancer team today (NG234: contact within 24 hours).
 */
export const firstActions = {
  'cancer-history': { sources: ['S-NG234'] },
  'pregnancy-waves': { sources: ['S-NHS-LABOUR', 'S-ACOG-LABOR'] },
} as const satisfies Partial<Record<SignId, Sourced>>;

export type FirstActionSignId = keyof typeof firstActions;

/**
 * What the self-care and "book" outcomes ask the patient to watch for, by the
 * tier each would raise: signs that can newly appear, never one a patient
 * cannot newly get (cancer history, weak bones, pregnancy). The emergency
 * signs are listed whole.
 */
export const watchFor = {
  soon: ['not-easing', 'getting-worse', 'stops-activities', 'not-coping'],
  urgent: ['fever', 'weight-loss', 'night-pain', 'lump-or-shape', 'one-leg-weakness', 'upper-back'],
} as const satisfies Record<Exclude<StepTier, 'emergency'>, readonly SignId[]>;

// ---------------------------------------------------------------- words

/** One sign in one language. */
export interface SignWords {
  /** The checkbox label: the sign in plain words, "yes" when it is there. */
  label: string;
  /** Under the label: what the sign is not, or an example. */
  hint?: string;
  /**
   * Short form for the "because you said" list and the outcomes' lists of signs; an emergency
   * sign's is in the words every widget shares (`CommonWords.emergencySummaries`).
   */
  summary: string;
}

/** One combination in one language. */
export interface CombinationWords {
  /** The follow-up's question: "You said you have had cancer. Do you have any of these?". */
  question: string;
  /** Added to the outcome it raises (the cancer team's 24-hour line), where it needs more. */
  advice?: string;
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
  /** On step 1 only, above the list. */
  privacy: string;
  /** "Step {step} of {steps}". */
  stepOf: string;
  /** Above a combination's follow-up, within its step: "Step {step} of {steps}: one more question". */
  followUpOf: string;
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
  signs: { [Id in SignId]: Id extends EmergencySignId ? Omit<SignWords, 'summary'> : SignWords };
  combinations: Record<CombinationId, CombinationWords>;
  /**
   * First on an outcome raised by one of these signs ("Call your maternity unit or midwife now."),
   * with, where it has one, a heading of its own in place of the tier's ("Call now").
   */
  firstActions: Record<FirstActionSignId, { heading?: string; text: string }>;
  becauseYouSaid: string;
  /** "Call {number}". */
  callEmergency: string;
  /** The emergency heading when a sign in `ambulanceSigns` raised it: "Call {number} for an ambulance now". */
  callAmbulance: string;
  /** "Call {clinic}: {phone}"; {clinic} falls back to `yourClinic`. */
  callClinic: string;
  /** "Visit {clinic}'s website". */
  visitClinic: string;
  yourClinic: string;
  /** Before the list of get-advice-today signs to watch for: "Get medical advice today if you get any of these:". */
  urgentSigns: string;
  /** Before the list of signs to book for, on the self-care outcome: "Book an appointment with {professional} if you have any of these:". */
  bookSigns: string;
  /** Who to book with, for `{professional}` in the outcomes: "a doctor or physical therapist". */
  professional: string;
  outcomes: Record<Tier, OutcomeWords>;
}
