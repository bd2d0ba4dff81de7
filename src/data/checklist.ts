/**
 * The treatment checklist's facts, in no language (clinical reference,
 * section 3), and the schema of its words.
 *
 * Two kinds of item, shown apart: things to do, which the patient ticks and
 * the progress counts, and medicines and care to ask about, which are
 * information (no tick box, never counted as done). The things to do are in
 * the order of a plan: first days, then later.
 *
 * Left out, because NICE advises against them for low back pain or they do not
 * apply to a muscle strain: electrical stimulation (TENS, seed:004), back braces,
 * corsets and traction (seed:001), acupuncture (seed:003), spinal injections and
 * surgery (seed:000, seed:002, seed:003); and drinking water to prevent spasms
 * (seed:003), which nothing supports.
 */

import type { PhaseId } from './phases.js';
import type { Sourced } from './types.js';

/** `to-do` items are ticked and counted; `medicine` and `care` items are shown to ask about. */
export type ChecklistKind = 'to-do' | 'medicine' | 'care';

/** The two parts the checklist shows: things to do, and medicines and care to ask about. */
export type ChecklistSection = 'to-do' | 'ask-about';

export const sectionOf = (kind: ChecklistKind): ChecklistSection => (kind === 'to-do' ? 'to-do' : 'ask-about');

/**
 * A caution shown on the items it applies to (the medicines share one caution, shown once). The
 * items with the `skin` caution cite S-NHS-SCI for it (no heat on numb skin; see `heatAndColdCaution`
 * in phases.ts), and S-HW only for what it says (no ice on bare skin, no sleeping with a pack on).
 */
export type ChecklistCaution = 'skin';

export interface ChecklistItemFacts extends Sourced {
  id: string;
  kind: ChecklistKind;
  /** The phases in which this item applies. */
  phases: readonly PhaseId[];
  caution?: ChecklistCaution;
}

const all = ['acute', 'subacute', 'recovery'] as const;

export const checklistItems = [
  // ---- things to do, from the first day
  { id: 'stay-active', kind: 'to-do', phases: all, sources: ['S-NHS', 'S-NICE', 'S-AAFP', 'seed:003'] },
  // Stay at or go back to work, or the usual day, as soon as possible, with changes if needed; no need to be pain-free first.
  { id: 'work', kind: 'to-do', phases: all, sources: ['S-NHS', 'S-NICE'] },
  {
    // Cold first is the seed pages' common practice; heat instead is fine from the start if it eases the spasm more (NHS).
    id: 'cold-pack',
    kind: 'to-do',
    phases: ['acute'],
    caution: 'skin',
    sources: ['seed:001', 'seed:002', 'S-HW', 'S-NHS', 'S-NHS-SCI'],
  },
  // seed:001 and seed:003 blame "poor posture"; that causal claim is not supported, so: change position often.
  { id: 'posture', kind: 'to-do', phases: all, sources: ['seed:001', 'seed:003'] },
  // Medium-firm, not firm (seed:001): the trial (in long-standing back pain) found medium-firm better.
  // Nothing says to buy a new one, and the words say so.
  { id: 'mattress', kind: 'to-do', phases: all, sources: ['S-KOVACS'] },
  { id: 'stress', kind: 'to-do', phases: all, sources: ['seed:002', 'seed:003', 'S-NHS'] },
  {
    // As the phase guide and the stretch card say: gentle movement such as knee rolls from the first
    // day (S-NHS-EX), other stretches once the worst pain has eased (seed:001).
    id: 'gentle-stretches',
    kind: 'to-do',
    phases: all,
    sources: ['seed:001', 'S-NHSINF', 'S-NHS-EX'],
  },
  // ---- then later
  {
    // Heat is still fine after day 14 if it helps (S-COCH, S-ACP); a heat wrap is worn as its package says.
    id: 'heat',
    kind: 'to-do',
    phases: ['subacute', 'recovery'],
    caution: 'skin',
    sources: ['seed:001', 'seed:002', 'S-CC', 'S-HW', 'S-ACP', 'S-COCH', 'S-NHS-SCI'],
  },
  { id: 'strengthen', kind: 'to-do', phases: ['recovery'], sources: ['seed:000', 'seed:001', 'seed:004', 'S-NICE'] },

  // ---- medicines to ask about
  {
    // With food, and never two NSAIDs together: S-NHS-IBU.
    id: 'anti-inflammatory',
    kind: 'medicine',
    phases: ['acute', 'subacute'],
    sources: ['seed:001', 'seed:002', 'S-NICE', 'S-ACP', 'S-NHS-IBU'],
  },
  {
    // NICE: not on its own for low back pain; NHS: alongside another pain reliever. The seeds only show it is often used.
    // Never more than the packet's daily maximum, and cold and flu remedies often contain it: S-NHS-PARA.
    id: 'paracetamol',
    kind: 'medicine',
    phases: ['acute', 'subacute'],
    sources: ['S-NICE', 'S-NHS', 'seed:002', 'seed:003', 'S-NHS-PARA'],
  },
  {
    // Not S-NICE, whose recommendations do not cover them: S-NHS says a GP may prescribe them.
    id: 'muscle-relaxants',
    kind: 'medicine',
    phases: ['acute', 'subacute'],
    sources: ['seed:002', 'seed:003', 'S-ACP', 'S-NHS'],
  },
  {
    // Not routinely recommended: S-NICE. Drowsiness, constipation, addiction, and (UK) 3 days at most
    // when bought from a pharmacy: S-NHS-CODEINE.
    id: 'opioids',
    kind: 'medicine',
    phases: ['acute', 'subacute'],
    sources: ['S-NICE', 'S-NHS-CODEINE'],
  },

  // ---- care to ask about
  // A week is the cautious reading: S-NHS says a few weeks, S-NHSINF 2 weeks, S-MAYO-WHEN 4 weeks.
  { id: 'see-doctor', kind: 'care', phases: all, sources: ['seed:000', 'S-CC'] },
  { id: 'physical-therapy', kind: 'care', phases: ['subacute', 'recovery'], sources: ['seed:004', 'seed:002', 'S-NICE'] },
  { id: 'other-treatments', kind: 'care', phases: ['recovery'], sources: ['S-NICE', 'S-ACP'] },
] as const satisfies readonly ChecklistItemFacts[];

export type ChecklistItemId = (typeof checklistItems)[number]['id'];

/** Every item, with its id typed loosely enough to look up an id from an attribute. */
export const checklistItemList: readonly (ChecklistItemFacts & { id: ChecklistItemId })[] = checklistItems;

/**
 * Ids of earlier versions that are gone (`water`) or are no longer ticked
 * (the medicines and care): a saved tick on one is dropped without a warning,
 * since neither the clinic nor the patient did anything wrong.
 */
export const retiredTickIds: readonly string[] = [
  'water',
  ...checklistItemList.filter((item) => item.kind !== 'to-do').map((item) => item.id),
];

/** What one item says. */
export interface ChecklistItemWords {
  title: string;
  detail: string;
}

export interface ChecklistWords {
  heading: string;
  intro: string;
  sections: Record<ChecklistSection, string>;
  items: Record<ChecklistItemId, ChecklistItemWords>;
  /** The medicines' one caution, and the caution on heat and cold. */
  cautions: { medicines: string } & Record<ChecklistCaution, string>;
  /** "{done} of {total} done": things to do only. */
  progress: string;
  clearAll: string;
  print: string;
  moreAbout: string;
  /** Visible only when the clinic asked for ticks to be saved and they could be. */
  savedOnDevice: string;
  /** Without the clinic's `persist`: the patient's own choice to keep the ticks, off by default. */
  keepTicks: {
    /** "Keep my ticks on this device". */
    label: string;
    /** What that means, in one plain line: stored only in this browser, nothing sent. */
    hint: string;
  };
  /** Shown when phase/items leave nothing to show. */
  empty: string;
}
