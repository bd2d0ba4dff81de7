/**
 * The treatment checklist's rules as plain functions (no DOM): which items
 * show, in which sections, how their sources are numbered, and how ticks are
 * saved and read back.
 */

import { sectionOf, type ChecklistItemFacts, type ChecklistSection } from '../../data/checklist.js';
import type { PhaseId, SourceId } from '../../data/types.js';

export type ChecklistPhase = PhaseId | 'all';

export const checklistPhases: readonly ChecklistPhase[] = ['all', 'acute', 'subacute', 'recovery'];

/**
 * The items to show. `ids` (from `items`), when given, chooses the items and
 * their order; `phase` then keeps only the items for that phase, so one list
 * of items can be reused on pages for different phases. May be empty.
 */
export function selectItems<Item extends ChecklistItemFacts>(
  all: readonly Item[],
  phase: ChecklistPhase,
  ids?: readonly string[],
): Item[] {
  const chosen = ids ? ids.flatMap((id) => all.filter((item) => item.id === id)) : [...all];
  return phase === 'all' ? chosen : chosen.filter((item) => item.phases.includes(phase));
}

export interface ItemSection<Item extends ChecklistItemFacts> {
  section: ChecklistSection;
  items: Item[];
}

/**
 * Items by section (things to do; medicines and care to ask about), sections
 * in order of their first item: things to do first by default.
 */
export function sectionItems<Item extends ChecklistItemFacts>(items: readonly Item[]): ItemSection<Item>[] {
  const sections: ItemSection<Item>[] = [];
  for (const item of items) {
    const section = sectionOf(item.kind);
    const found = sections.find((entry) => entry.section === section);
    if (found) found.items.push(item);
    else sections.push({ section, items: [item] });
  }
  return sections;
}

/** The items a patient ticks, and the progress counts. */
export const isToDo = (item: ChecklistItemFacts): boolean => item.kind === 'to-do';

/** Each distinct source once, in order of first use; its footnote number is its index + 1. */
export function sourceOrder(items: readonly ChecklistItemFacts[]): SourceId[] {
  return [...new Set(items.flatMap((item) => item.sources))];
}

/**
 * Saved ticks, under `backcare:<storage-key>:v1` in local storage, look like
 * `{"v":1,"checked":["stay-active","cold-pack"]}`: the format version and the
 * ids of the ticked items (all ticked items, also those a checklist with the
 * same key shows and this one does not). A change of format gets a new
 * version, in the value and in the key.
 */
export const savedVersion = 1;

export function storageKeyFor(name: string): string {
  return `backcare:${name}:v${savedVersion}`;
}

/** Where the patient's own choice to keep the ticks (without `persist`) is remembered: beside the ticks' key. */
export function keepChoiceKeyFor(ticksKey: string): string {
  return `${ticksKey}:keep`;
}

export function serializeTicks(checked: Iterable<string>): string {
  return JSON.stringify({ v: savedVersion, checked: [...checked] });
}

export interface SavedTicks {
  /** The known ids that were ticked. */
  checked: string[];
  /** Why some or all of the saved value was ignored, for a warning. */
  problem?: string;
}

/**
 * Reads a saved value; never throws. Anything unexpected is ignored, unknown
 * ids are dropped with a warning, `retiredIds` (items removed or no longer
 * ticked) silently.
 */
export function parseTicks(text: string | null, knownIds: readonly string[], retiredIds: readonly string[] = []): SavedTicks {
  if (text === null) return { checked: [] };
  const ignored = (why: string): SavedTicks => ({ checked: [], problem: `${why}; they are ignored` });
  let saved: { v?: unknown; checked?: unknown } | null;
  try {
    saved = JSON.parse(text) as typeof saved;
  } catch {
    return ignored('are not valid JSON');
  }
  const shape = `are not in the format {"v":${savedVersion},"checked":[...]}`;
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved) || !('v' in saved)) return ignored(shape);
  if (saved.v !== savedVersion) return ignored(`are from another version (v=${JSON.stringify(saved.v)})`);
  const ids = saved.checked;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return ignored(shape);
  const checked = [...new Set(ids.filter((id) => knownIds.includes(id)))];
  const unknown = ids.filter((id) => !knownIds.includes(id) && !retiredIds.includes(id));
  if (unknown.length === 0) return { checked };
  return { checked, problem: `name items that do not exist (${unknown.join(', ')}); those are dropped` };
}
