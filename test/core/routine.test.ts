import { expect } from '@open-wc/testing';
import { stretches } from '../../src/data/index.js';
import {
  CHANGE_SECONDS,
  READY_SECONDS,
  firstReadySeconds,
  REST_SECONDS,
  endsExercise,
  planRoutine,
  planSet,
  startsNextExercise,
  totalSeconds,
  type Segment,
  type SetOptions,
} from '../../src/core/routine.js';

/** The three kinds of set the stretches have: one position; two positions (cat); two sides that alternate. */
const shapes = [
  { positions: 1, sides: false },
  { positions: 2, sides: false },
  { positions: 2, sides: true },
] as const;

/** Every hold and reps the content allows (over all seven stretches' ranges), in every shape. */
function* combinations(): Generator<SetOptions> {
  const holds = new Set<number>();
  const reps = new Set<number>();
  for (const stretch of stretches) {
    for (let h = stretch.holdSeconds.min; h <= stretch.holdSeconds.max; h += 1) holds.add(h);
    for (let r = stretch.reps.min; r <= stretch.reps.max; r += 1) reps.add(r);
  }
  for (const hold of holds) for (const rep of reps) for (const shape of shapes) yield { hold, reps: rep, ...shape };
}

const holdsOf = (plan: readonly Segment[]) => plan.filter((s) => s.kind === 'hold');

describe('routine plan', () => {
  it('has the right segments for every hold, reps, positions and sides setting', () => {
    let checked = 0;
    for (const set of combinations()) {
      const plan = planSet(set, 4);
      const holds = holdsOf(plan);
      const pauses = plan.filter((s) => s.kind !== 'hold');
      // Each rule as a list of what breaks it (empty when kept), compared once per setting to keep 1,000+ settings fast.
      const broken = {
        // "Get ready" first, before the first hold; the set ends on a hold.
        start: plan[0]!.kind !== 'ready' || plan[0]!.seconds !== READY_SECONDS || plan[1]?.kind !== 'hold' || plan.at(-1)!.kind !== 'hold',
        // One hold per position per rep, in order (rep by rep, each position in turn), each as long as asked.
        holds: holds.some((s, i) => s.rep !== Math.floor(i / set.positions) + 1 || s.position !== i % set.positions || s.seconds !== set.hold),
        count: holds.length !== set.reps * set.positions,
        exercise: plan.some((s) => s.exercise !== 4),
        // Never two pauses in a row; a pause announces the hold that follows it.
        announces: plan.some((s, i) => s.kind !== 'hold' && (plan[i + 1]?.kind !== 'hold' || plan[i + 1]!.rep !== s.rep || plan[i + 1]!.position !== s.position)),
        // Two sides: a "Get ready" before every hold, the side changing each time (left, right, left...).
        // The cat: back up, then straight into back down, a rest between repetitions only.
        // One position: hold, rest, hold...
        pauses: set.sides
          ? pauses.length !== holds.length || pauses.some((s) => s.kind !== 'ready' || s.seconds !== READY_SECONDS)
          : pauses.length !== set.reps || pauses.slice(1).some((s) => s.kind !== 'rest' || s.seconds !== REST_SECONDS || s.position !== 0),
        time:
          totalSeconds(plan) !== holds.length * set.hold + (set.sides ? holds.length * READY_SECONDS : READY_SECONDS + (set.reps - 1) * REST_SECONDS),
      };
      expect(broken, JSON.stringify(set)).to.deep.equal({ start: false, holds: false, count: false, exercise: false, announces: false, pauses: false, time: false });
      checked += 1;
    }
    expect(checked).to.be.greaterThan(1000);
  });

  it('plans the seven stretches with their own shapes: cat holds two positions, the two-sided stretches alternate', () => {
    const shapeOf = (id: string) => {
      const stretch = stretches.find((s) => s.id === id)!;
      return { positions: stretch.held.length, sides: !!stretch.sides };
    };
    expect(shapeOf('cat-stretch')).to.deep.equal({ positions: 2, sides: false });
    expect(shapeOf('knee-rolls')).to.deep.equal({ positions: 2, sides: true });
    expect(shapeOf('knee-to-chest')).to.deep.equal({ positions: 2, sides: true });
    for (const id of ['pelvic-tilt', 'bottom-to-heels', 'bridge', 'back-extension']) expect(shapeOf(id), id).to.deep.equal({ positions: 1, sides: false });
    // Knee rolls at 5 s, 3 reps: ready, L, ready, R, ready, L, ready, R, ready, L, ready, R.
    const plan = planSet({ hold: 5, reps: 3, ...shapeOf('knee-rolls') });
    expect(plan.map((s) => `${s.kind[0]}${s.position}`).join(' ')).to.equal('r0 h0 r1 h1 r0 h0 r1 h1 r0 h0 r1 h1');
    // The cat at 4 s, 2 reps: ready, up, down, rest, up, down.
    const cat = planSet({ hold: 4, reps: 2, ...shapeOf('cat-stretch') });
    expect(cat.map((s) => `${s.kind}:${s.position}:${s.seconds}`)).to.deep.equal([
      `ready:0:${READY_SECONDS}`,
      'hold:0:4',
      'hold:1:4',
      `rest:0:${REST_SECONDS}`,
      'hold:0:4',
      'hold:1:4',
    ]);
  });

  it('joins a routine with a longer "Get ready" before each stretch after the first, from any stretch', () => {
    const sets: SetOptions[] = [
      { hold: 10, reps: 3, positions: 2, sides: true },
      { hold: 5, reps: 1, positions: 1, sides: false },
      { hold: 7, reps: 2, positions: 2, sides: false },
    ];
    for (const from of [0, 1, 2]) {
      const plan = planRoutine(sets, from);
      const alone = sets.map((set, i) => planSet(set, i)).slice(from);
      const label = `from ${from}`;
      expect(plan.length, label).to.equal(alone.flat().length);
      const extra = (alone.length - 1) * (CHANGE_SECONDS - READY_SECONDS) + (firstReadySeconds.default - READY_SECONDS);
      expect(totalSeconds(plan), label).to.equal(alone.map(totalSeconds).reduce((a, b) => a + b) + extra);
      // The session's first "Get ready" is the longer one, to get down onto the floor; later ones stay short.
      expect(plan[0], label).to.deep.include({ kind: 'ready', seconds: firstReadySeconds.default, exercise: from });
      expect(planRoutine(sets, from, 25)[0], label).to.deep.include({ kind: 'ready', seconds: 25, exercise: from });
      expect(plan.slice(1).filter((s) => s.kind === 'ready' && s.exercise === from && s.seconds !== READY_SECONDS), label).to.deep.equal([]);
      // Each later stretch starts with a "Get ready" to change position, which is where "Next: ..." is said.
      const starts = plan.map((_, i) => i).filter((i) => startsNextExercise(plan, i));
      expect(starts.map((i) => plan[i]!.exercise), label).to.deep.equal([0, 1, 2].slice(from + 1));
      expect(starts.every((i) => plan[i]!.kind === 'ready' && plan[i]!.seconds === CHANGE_SECONDS), label).to.equal(true);
      // Each stretch ends exactly once, on its last hold.
      const ends = plan.map((_, i) => i).filter((i) => endsExercise(plan, i));
      expect(ends.map((i) => plan[i]!.exercise), label).to.deep.equal([0, 1, 2].slice(from));
      expect(ends.every((i) => plan[i]!.kind === 'hold'), label).to.equal(true);
      expect(endsExercise(plan, plan.length), label).to.equal(false);
      expect(startsNextExercise(plan, 0) || startsNextExercise(plan, plan.length), label).to.equal(false);
    }
  });

  it('keeps a single stretch and a routine of one identical (the first "Get ready" the longer one), and an empty routine empty', () => {
    for (const set of [
      { hold: 5, reps: 3, positions: 2, sides: true },
      { hold: 30, reps: 10, positions: 1, sides: false },
    ]) {
      expect(planRoutine([set])).to.deep.equal(planSet(set, 0, firstReadySeconds.default));
    }
    expect(planRoutine([])).to.deep.equal([] as Segment[]);
    expect(planRoutine([{ hold: 5, reps: 5, positions: 1, sides: false }], 1)).to.deep.equal([] as Segment[]);
    expect(totalSeconds([])).to.equal(0);
  });
});
