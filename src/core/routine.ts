/**
 * A guided set of stretches as a plan: the list of timed segments the
 * stretch card runs one after another on the countdown controller. Pure
 * functions, no DOM, so every hold/reps/side combination can be tested.
 *
 * One stretch: hold, rest, hold, … (no rest after the last hold). Per side:
 * all reps on side 1, a "switch side" pause, then all reps on side 2.
 * A routine: the stretches in order, each after a pause to get into position.
 */

export type SegmentKind = 'hold' | 'rest' | 'switch-side' | 'next';

export interface Segment {
  kind: SegmentKind;
  seconds: number;
  /** The repetition held, or for a pause the one that comes next (1-based). */
  rep: number;
  /** The side held, or for a pause the one that comes next: 1 or 2 (always 1 when not per side). */
  side: 1 | 2;
  /** Index of the stretch in the routine. */
  exercise: number;
}

export interface SetOptions {
  hold: number;
  reps: number;
  perSide: boolean;
}

/** Seconds of rest between holds and before the other side. */
export const REST_SECONDS = 5;
/** Seconds to get into position for the next stretch of a routine. */
export const CHANGE_SECONDS = 10;

/** The segments of one stretch. */
export function planSet({ hold, reps, perSide }: SetOptions, exercise = 0, rest = REST_SECONDS): Segment[] {
  const plan: Segment[] = [];
  for (const side of perSide ? ([1, 2] as const) : ([1] as const)) {
    for (let rep = 1; rep <= reps; rep += 1) {
      const kind = rep > 1 ? 'rest' : side > 1 ? 'switch-side' : undefined;
      if (kind) plan.push({ kind, seconds: rest, rep, side, exercise });
      plan.push({ kind: 'hold', seconds: hold, rep, side, exercise });
    }
  }
  return plan;
}

/** The segments of a routine: each stretch's set, with a pause to change position between them. */
export function planRoutine(sets: readonly SetOptions[], rest = REST_SECONDS, change = CHANGE_SECONDS): Segment[] {
  return sets.flatMap((set, exercise) => [
    ...(exercise > 0 ? [{ kind: 'next', seconds: change, rep: 1, side: 1, exercise } as const] : []),
    ...planSet(set, exercise, rest),
  ]);
}

/** Length of a plan in seconds. */
export function totalSeconds(plan: readonly Segment[]): number {
  return plan.reduce((sum, segment) => sum + segment.seconds, 0);
}

/** Whether segment `index` is the last one of its stretch (the stretch is complete when it ends). */
export function endsExercise(plan: readonly Segment[], index: number): boolean {
  return plan[index] !== undefined && plan[index + 1]?.exercise !== plan[index]!.exercise;
}

/** Where a run of stretch `exercise` begins: its first hold. */
export function firstHold(plan: readonly Segment[], exercise: number): number {
  return plan.findIndex((segment) => segment.exercise === exercise && segment.kind === 'hold');
}
