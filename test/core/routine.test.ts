import { expect } from '@open-wc/testing';
import { locales } from '../../src/data/index.js';
import {
  CHANGE_SECONDS,
  REST_SECONDS,
  endsExercise,
  firstHold,
  planRoutine,
  planSet,
  totalSeconds,
  type Segment,
} from '../../src/core/routine.js';

/** Every hold/reps/side combination the content allows, over all seven stretches' ranges. */
function* combinations() {
  const holds = new Set<number>();
  const reps = new Set<number>();
  for (const stretch of locales.en['stretch-card'].stretches) {
    for (let h = stretch.holdSeconds.min; h <= stretch.holdSeconds.max; h += 1) holds.add(h);
    for (let r = stretch.reps.min; r <= stretch.reps.max; r += 1) reps.add(r);
  }
  for (const hold of holds) for (const rep of reps) for (const perSide of [false, true]) yield { hold, reps: rep, perSide };
}

describe('routine plan', () => {
  it('has the right segments for every hold, reps and side setting', () => {
    let checked = 0;
    for (const set of combinations()) {
      const plan = planSet(set, 4);
      const sides = set.perSide ? 2 : 1;
      const holds = plan.filter((s) => s.kind === 'hold');
      const label = JSON.stringify(set);
      // One hold per rep per side, a pause between consecutive holds and nothing else.
      expect(plan.length, label).to.equal(2 * sides * set.reps - 1);
      expect(holds.length, label).to.equal(sides * set.reps);
      expect(totalSeconds(plan), label).to.equal(sides * set.reps * set.hold + (sides * set.reps - 1) * REST_SECONDS);
      // Starts and ends with a hold; holds and pauses alternate, so no rest after the last hold.
      plan.forEach((s, i) => expect(s.kind === 'hold', `${label} #${i}`).to.equal(i % 2 === 0));
      expect(plan.at(-1)!.kind).to.equal('hold');
      // All reps on side 1, then all on side 2, in order, each hold as long as asked.
      for (let side = 1; side <= sides; side += 1) {
        expect(holds.filter((s) => s.side === side).map((s) => s.rep), label).to.deep.equal(
          Array.from({ length: set.reps }, (_, i) => i + 1),
        );
      }
      expect(holds.every((s) => s.seconds === set.hold && s.exercise === 4)).to.equal(true);
      const sideChanges = plan.filter((s) => s.kind === 'switch-side');
      expect(sideChanges.length, label).to.equal(sides - 1);
      if (set.perSide) {
        const at = plan.indexOf(sideChanges[0]!);
        expect(plan[at - 1]).to.include({ side: 1, rep: set.reps });
        expect(plan[at + 1]).to.include({ kind: 'hold', side: 2, rep: 1 });
        expect(sideChanges[0]).to.include({ side: 2, rep: 1 });
      } else {
        expect(plan.every((s) => s.side === 1)).to.equal(true);
      }
      // A pause announces the rep that follows it.
      plan.forEach((s, i) => s.kind !== 'hold' && expect(plan[i + 1]).to.include({ rep: s.rep, side: s.side }));
      checked += 1;
    }
    expect(checked).to.be.greaterThan(500);
  });

  it('joins a routine with a pause to change position between stretches', () => {
    const sets = [
      { hold: 10, reps: 3, perSide: true },
      { hold: 5, reps: 1, perSide: false },
      { hold: 7, reps: 2, perSide: false },
    ];
    const plan = planRoutine(sets);
    const alone = sets.map((set, i) => planSet(set, i));
    expect(plan.length).to.equal(alone.flat().length + 2);
    expect(totalSeconds(plan)).to.equal(alone.map(totalSeconds).reduce((a, b) => a + b) + 2 * CHANGE_SECONDS);
    expect(plan.filter((s) => s.kind === 'next').map((s) => s.exercise)).to.deep.equal([1, 2]);
    expect(plan.filter((s) => s.kind === 'next').every((s) => s.seconds === CHANGE_SECONDS)).to.equal(true);
    // Each stretch ends exactly once, on its last hold.
    const ends = plan.map((_, i) => i).filter((i) => endsExercise(plan, i));
    expect(ends.map((i) => plan[i]!.exercise)).to.deep.equal([0, 1, 2]);
    expect(ends.every((i) => plan[i]!.kind === 'hold')).to.equal(true);
    expect(endsExercise(plan, plan.length)).to.equal(false);
    // A run can start at any stretch's first hold.
    expect([0, 1, 2].map((e) => firstHold(plan, e))).to.deep.equal([0, 12, 14]);
    expect(firstHold(plan, 3)).to.equal(-1);
  });

  it('keeps a single stretch and a routine of one identical, and an empty routine empty', () => {
    for (const set of [{ hold: 5, reps: 2, perSide: true }, { hold: 30, reps: 10, perSide: false }]) {
      expect(planRoutine([set])).to.deep.equal(planSet(set));
    }
    expect(planRoutine([])).to.deep.equal([] as Segment[]);
    expect(totalSeconds([])).to.equal(0);
  });

  it('uses the rest length it is given', () => {
    const plan = planRoutine([{ hold: 5, reps: 2, perSide: true }, { hold: 5, reps: 1, perSide: false }], 3, 8);
    expect(plan.filter((s) => s.kind === 'rest' || s.kind === 'switch-side').every((s) => s.seconds === 3)).to.equal(true);
    expect(plan.find((s) => s.kind === 'next')!.seconds).to.equal(8);
  });
});
