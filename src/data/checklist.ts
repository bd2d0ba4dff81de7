/**
 * The treatment checklist's schema: its items and the words it uses.
 */

import type { PhaseId } from './phases.js';
import type { Sourced } from './types.js';

export type ChecklistGroup = 'self-care' | 'medicines' | 'professional';

export interface ChecklistItem extends Sourced {
  id: string;
  group: ChecklistGroup;
  title: string;
  detail: string;
  /** Shown on every medicine item. */
  caution?: string;
  /** The phases in which this item applies. */
  phases: readonly PhaseId[];
}

export interface ChecklistText {
  heading: string;
  intro: string;
  groups: Record<ChecklistGroup, string>;
  /** "{done} of {total} done". */
  progress: string;
  clearAll: string;
  print: string;
  moreAbout: string;
  /** "Prepared for you by {clinic}" on the handout. */
  preparedBy: string;
  /** Visible only when the clinic asked for ticks to be saved and they could be. */
  savedOnDevice: string;
  /** Shown when phase/items leave nothing to show. */
  empty: string;
}

export interface ChecklistWords extends ChecklistText {
  items: readonly ChecklistItem[];
  /** Cautions that every medicine item carries. */
  medicineCaution: string;
}
