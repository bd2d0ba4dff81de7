/**
 * A guided set of stretches as a plan: the list of timed segments the
 * stretch card runs one after another on the countdown controller. Pure
 * functions, no DOM, so every hold/reps/positions combination can be tested.
 *
 * One stretch: "Get ready" (time to put the phone down and get into the
 * starting position: longer at the start of a session, which may mean getting
 * down onto the floor with a bad back after tapping Start), then each repetition holds each of the stretch's
 * positions in turn:
 * - one position: hold, rest, hold, … (no rest after the last hold);
 * - two positions (the cat stretch: back up, then back down): one straight
 *   after the other, a rest between repetitions;
 * - two sides (left, then right): the sides alternate on every repetition,
 *   with a "Get ready" before each change of side.
 * A routine: the stretches in order, each after a longer "Get ready" to
 * change position.
 */

export type SegmentKind = 'ready' | 'hold' | 'rest';

export interface Segment {
  kind: SegmentKind;
  seconds: number;
  /** Index of the stretch in the routine. */
  exercise: number;
  /** The repetition held, or for a pause the one that comes next (1-based). */
  rep: number;
  /** The position held (for two sides: 0 left, 1 right), or for a pause the one that comes next. */
  position: number;
}

export interface SetOptions {
  hold: number;
  reps: number;
  /** How many positions each repetition holds: 1, or 2 (two sides, or the cat stretch's two). */
  positions: number;
  /** The positions are the two sides. */
  sides: boolean;
}

/**
 * Seconds of the first "Get ready" of a session: time to get down onto the floor after tapping Start.
 * A usability setting, not a clinical one (the reference gives no figure): the card's `get-ready`
 * attribute takes it within this range.
 */
export const firstReadySeconds = { default: 10, min: 5, max: 30 } as const;
/** Seconds to get ready before each change of side, and before the first hold when a set is planned alone. */
export const READY_SECONDS = 5;
/** Seconds of rest between repetitions. */
export const REST_SECONDS = 5;
/** Seconds to get into position for the next stretch of a routine. */
export const CHANGE_SECONDS = 10;

/** The segments of one stretch, after `ready` seconds to get ready. */
export function planSet({ hold, reps, positions, sides }: SetOptions, exercise = 0, ready = READY_SECONDS): Segment[] {
  const plan: Segment[] = [];
  for (let rep = 1; rep <= reps; rep += 1) {
    for (let position = 0; position < positions; position += 1) {
      const at = { exercise, rep, position };
      if (plan.length === 0) plan.push({ kind: 'ready', seconds: ready, ...at });
      else if (sides) plan.push({ kind: 'ready', seconds: READY_SECONDS, ...at });
      else if (position === 0) plan.push({ kind: 'rest', seconds: REST_SECONDS, ...at });
      plan.push({ kind: 'hold', seconds: hold, ...at });
    }
  }
  return plan;
}

/**
 * The segments of a session from stretch `from` to the end: each stretch's set, the session's first
 * "Get ready" `firstReady` seconds long, a longer one than between sides before each later stretch.
 */
export function planRoutine(sets: readonly SetOptions[], from = 0, firstReady: number = firstReadySeconds.default): Segment[] {
  return sets.flatMap((set, exercise) => (exercise < from ? [] : planSet(set, exercise, exercise === from ? firstReady : CHANGE_SECONDS)));
}

/** Length of a plan in seconds. */
export function totalSeconds(plan: readonly Segment[]): number {
  return plan.reduce((sum, segment) => sum + segment.seconds, 0);
}

/** Whether segment `index` is the last one of its stretch (the stretch is complete when it ends). */
export function endsExercise(plan: readonly Segment[], index: number): boolean {
  return plan[index] !== undefined && plan[index + 1]?.exercise !== plan[index]!.exercise;
}

/** Whether segment `index` starts a stretch that is not the first of the run: "Next: …". */
export function startsNextExercise(plan: readonly Segment[], index: number): boolean {
  return index > 0 && plan[index] !== undefined && plan[index - 1]!.exercise !== plan[index]!.exercise;
}
