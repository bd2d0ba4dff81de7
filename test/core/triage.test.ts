import { expect } from '@open-wc/testing';
import { countsAsYes, isMoreUrgent, tiers, triage, unanswered, type Answer } from '../../src/core/triage.js';
import { locales, supportedLocales, type RedFlagQuestion, type Tier } from '../../src/data/index.js';

const questions: readonly RedFlagQuestion[] = locales.en['red-flag-checker'].questions;

describe('triage (basic rules)', () => {
  it('gives self-care when nothing is answered yes', () => {
    expect(triage({}).tier).to.equal('self-care');
    expect(triage(Object.fromEntries(questions.map((q) => [q.id, 'no']))).tier).to.equal('self-care');
  });

  it('counts "not sure" and any unexpected answer as yes', () => {
    expect(countsAsYes('not-sure')).to.equal(true);
    expect(countsAsYes('yes')).to.equal(true);
    expect(countsAsYes('no')).to.equal(false);
    expect(countsAsYes(undefined)).to.equal(false);
    expect(countsAsYes('maybe' as never)).to.equal(true);
  });

  it('orders tiers from most to least urgent', () => {
    expect(tiers).to.deep.equal(['emergency', 'urgent', 'soon', 'self-care']);
    expect(isMoreUrgent('emergency', 'urgent')).to.equal(true);
    expect(isMoreUrgent('soon', 'urgent')).to.equal(false);
  });

  it('lists the questions that raised the tier, and the unanswered ones', () => {
    const [first, second] = questions.filter((q) => q.tier === 'urgent');
    const result = triage({ [first!.id]: 'yes', [second!.id]: 'not-sure' });
    expect(result.tier).to.equal('urgent');
    expect(result.raisedBy.map((q) => q.id)).to.deep.equal([first!.id, second!.id]);
    expect(unanswered({ [first!.id]: 'no' })).to.have.length(questions.length - 1);
  });
});

/**
 * The tier table of the clinical reference (section 1), written out here on
 * purpose rather than read from the content, so that moving a question to a
 * less urgent tier in the content fails this test.
 */
const tierTable: Record<Exclude<Tier, 'self-care'>, readonly string[]> = {
  emergency: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'sexual-function', 'worsening-weakness', 'serious-accident', 'chest-pain'],
  urgent: ['fever', 'weight-loss', 'cancer-history', 'night-pain', 'lump-or-shape', 'belly-or-cough', 'fragile-bones', 'weak-immunity', 'one-leg'],
  soon: ['lasting-week', 'shooting-leg', 'arm-leg-tingling', 'severe-or-coping', 'age-first-episode', 'possible-fracture'],
};
const tableTier = (id: string): Tier =>
  (Object.keys(tierTable) as Exclude<Tier, 'self-care'>[]).find((tier) => tierTable[tier].includes(id)) ?? 'self-care';

const n = questions.length;
const combinations = 2 ** n;
const count = (value: number) => value.toLocaleString('en-US');

/** Bit masks of the questions at each tier, from the table. */
const tierMasks = tiers.map((tier) => questions.reduce((mask, q, bit) => (tableTier(q.id) === tier ? mask | (1 << bit) : mask), 0));

/** The expected tier's index in `tiers` for a set of "yes" answers given as a bit mask. */
function expectedTierIndex(mask: number): number {
  for (let index = 0; index < 3; index++) if (mask & tierMasks[index]!) return index;
  return 3;
}

/**
 * Runs `triage` on every combination, visiting them in Gray-code order so one
 * answer changes per step. Returns the mismatches (capped) and fills `found`
 * with the tier index of each mask.
 */
async function sweep(positive: Answer, found: Uint8Array): Promise<string[]> {
  const bitOf = new Map(questions.map((q, bit) => [q, bit]));
  const answers: Record<string, Answer> = Object.fromEntries(questions.map((q) => [q.id, 'no']));
  const mismatches: string[] = [];
  for (let i = 0; i < combinations; i++) {
    // Yield now and then: test pages of one origin can share a renderer, and a long
    // synchronous loop would freeze the others' timers.
    if ((i & 0xffff) === 0xffff) await new Promise((resolve) => setTimeout(resolve));
    const mask = i ^ (i >>> 1);
    if (i > 0) {
      const bit = 31 - Math.clz32(mask ^ ((i - 1) ^ ((i - 1) >>> 1)));
      answers[questions[bit]!.id] = mask & (1 << bit) ? positive : 'no';
    }
    const result = triage(answers, questions);
    const index = tiers.indexOf(result.tier);
    const expected = expectedTierIndex(mask);
    let raised = 0;
    let last = -1;
    let ordered = true;
    for (const q of result.raisedBy) {
      const bit = bitOf.get(q)!;
      raised |= 1 << bit;
      ordered &&= bit > last;
      last = bit;
    }
    const expectedRaised = expected === 3 ? 0 : mask & tierMasks[expected]!;
    found[mask] = index;
    if ((index !== expected || raised !== expectedRaised || !ordered) && mismatches.push(mask.toString(2)) > 20) break;
  }
  return mismatches;
}

describe('triage (exhaustive)', function () {
  // About 8.4 million calls: a few seconds on an idle machine, more under coverage or load.
  this.timeout(60_000);
  const withYes = new Uint8Array(combinations);
  let yesMismatches: string[] = [];
  // One sweep with "yes" feeds both the tier-table test and the monotonicity test.
  before(async () => {
    yesMismatches = await sweep('yes', withYes);
  });

  it('has the questions and tiers of the clinical reference, emergency first, in every language', () => {
    for (const locale of supportedLocales) {
      const list = locales[locale]['red-flag-checker'].questions;
      expect(list.map((q) => `${q.id}:${q.tier}`), locale).to.deep.equal(list.map((q) => `${q.id}:${tableTier(q.id)}`));
      expect(list.map((q) => q.id).sort(), locale).to.deep.equal(Object.values(tierTable).flat().sort());
      const order = list.map((q) => tiers.indexOf(q.tier));
      expect(order, `${locale}: grouped from most to least urgent`).to.deep.equal([...order].sort());
    }
    expect(n).to.equal(22);
  });

  it(`gives the tier of the table for all ${count(combinations)} yes/no combinations of the ${n} questions, with the questions that raised it`, () => {
    expect(yesMismatches, 'masks with a wrong tier or raisedBy (bit i = question i answered yes)').to.deep.equal([]);
  });

  it(`gives the same for all ${count(combinations)} combinations with "not sure" in place of each "yes"`, async () => {
    const withNotSure = new Uint8Array(combinations);
    expect(await sweep('not-sure', withNotSure)).to.deep.equal([]);
    let differ = 0;
    for (let mask = 0; mask < combinations; mask++) if (withNotSure[mask] !== withYes[mask]) differ++;
    expect(differ).to.equal(0);
  });

  it(`never lowers the tier when a "yes" is added (${count(combinations * n / 2)} pairs of combinations)`, () => {
    let lowered = 0;
    let pairs = 0;
    for (let mask = 0; mask < combinations; mask++) {
      for (let bit = 0; bit < n; bit++) {
        const more = mask | (1 << bit);
        if (more === mask) continue;
        pairs++;
        // A lower index is more urgent: adding a yes may only keep or lower the index.
        if (withYes[more]! > withYes[mask]!) lowered++;
      }
    }
    expect(pairs).to.equal((combinations * n) / 2);
    expect(lowered).to.equal(0);
  });

  it('gives emergency for each emergency question alone, yes or not sure, and each question alone its own tier', () => {
    for (const q of questions) {
      const others = Object.fromEntries(questions.map((other) => [other.id, 'no' as Answer]));
      for (const answer of ['yes', 'not-sure'] as const) {
        const result = triage({ ...others, [q.id]: answer }, questions);
        expect(result.tier, `${q.id} ${answer}`).to.equal(tableTier(q.id));
        expect(result.raisedBy, `${q.id} ${answer}`).to.deep.equal([q]);
      }
      expect(triage({ [q.id]: 'yes' }, questions).tier).to.equal(tableTier(q.id));
    }
    expect(tierTable.emergency.map((id) => triage({ [id]: 'yes' }).tier)).to.deep.equal(tierTable.emergency.map(() => 'emergency'));
  });

  it('gives self-care when every answer is "no", in every language', () => {
    for (const locale of supportedLocales) {
      const list = locales[locale]['red-flag-checker'].questions;
      const result = triage(Object.fromEntries(list.map((q) => [q.id, 'no'])), list);
      expect(result.tier).to.equal('self-care');
      expect(result.raisedBy).to.deep.equal([]);
    }
  });

  it('agrees with the table on 100,000 random mixes of yes, no, not sure and unanswered', () => {
    let seed = 20261121;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const choices = ['yes', 'no', 'not-sure', undefined] as const;
    let wrong = 0;
    for (let run = 0; run < 100_000; run++) {
      const answers: Record<string, Answer> = {};
      let mask = 0;
      questions.forEach((q, bit) => {
        const answer = choices[Math.floor(random() * 4)];
        if (answer) answers[q.id] = answer;
        if (answer === 'yes' || answer === 'not-sure') mask |= 1 << bit;
      });
      if (tiers.indexOf(triage(answers, questions).tier) !== expectedTierIndex(mask)) wrong++;
    }
    expect(wrong).to.equal(0);
  });
});
