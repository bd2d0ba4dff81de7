import { expect } from '@open-wc/testing';
import {
  countsAsYes,
  isAnswerKnown,
  isMoreUrgent,
  nextQuestion,
  questions,
  steps,
  tiers,
  triage,
  unanswered,
  type Answer,
  type Answers,
} from '../../src/core/triage.js';
import { combinations, signs, type Tier } from '../../src/data/signs.js';

/**
 * The signs and tiers of the clinical reference (section 1, third edition),
 * written out here on purpose rather than read from the data, so that moving
 * a sign to a less urgent tier, or dropping one, fails these tests.
 */
const table = {
  emergency: [
    'saddle-numbness',
    'bladder-bowel',
    'both-legs',
    'sexual-function',
    'worsening-weakness',
    'serious-accident',
    'chest-pain',
    'sudden-tummy-pain',
    'collapse',
    'pulsing-belly',
  ],
  urgent: [
    'fever',
    'weight-loss',
    'cancer-history',
    'night-pain',
    'lump-or-shape',
    'cough-sneeze-toilet',
    'upper-back',
    'weak-bones',
    'weak-immunity',
    'recent-procedure-or-infection',
    'one-leg-weakness',
    'fall-when-older',
    'pregnancy-waves',
  ],
  soon: ['not-easing', 'pain-below-knee', 'leg-numbness', 'getting-worse', 'stops-activities', 'not-coping', 'age-first-episode'],
  /** Nerve signs asked only in a combination's follow-up; alone they raise nothing. */
  none: ['trouble-walking', 'band-pain'],
} as const;

/** Cancer at any time and a new nerve sign, pain shooting down a leg included: emergency (possible spinal cord compression). */
const cancer = 'cancer-history';
const nerveSigns = ['pain-below-knee', 'leg-numbness', 'one-leg-weakness', 'trouble-walking', 'band-pain', 'both-legs', 'worsening-weakness'];
/** A fever, weak immunity or injecting drugs, or a recent spinal procedure, with a new nerve sign: emergency (possible spinal infection). */
const infectionRisks = ['fever', 'weak-immunity', 'recent-procedure-or-infection'];
const infectionNerveSigns = ['leg-numbness', 'one-leg-weakness', 'trouble-walking', 'both-legs', 'worsening-weakness'];

const stepTiers = ['emergency', 'urgent', 'soon'] as const;
const ids = signs.map((sign) => sign.id as string);
const tierOf = new Map<string, Tier>(ids.map((id) => [id, stepTiers.find((tier) => (table[tier] as readonly string[]).includes(id)) ?? 'self-care']));
const tableTier = (id: string): Tier => tierOf.get(id) ?? 'self-care';
const count = (value: number) => value.toLocaleString('en-US');

/** The reference's rules for a set of signs the patient has: the tier, and the signs that raised it. */
function expected(has: ReadonlySet<string>): { tier: Tier; raisedBy: string[] } {
  const present = (list: readonly string[]) => list.filter((id) => has.has(id));
  const own = (tier: Tier) => ids.filter((id) => has.has(id) && tableTier(id) === tier);
  const withCancer = has.has(cancer) && present(nerveSigns).length ? [cancer, ...present(nerveSigns)] : [];
  const withInfection =
    present(infectionRisks).length && present(infectionNerveSigns).length ? [...present(infectionRisks), ...present(infectionNerveSigns)] : [];
  if (own('emergency').length || withCancer.length || withInfection.length) {
    const raised = new Set([...own('emergency'), ...withCancer, ...withInfection]);
    return { tier: 'emergency', raisedBy: ids.filter((id) => raised.has(id)) };
  }
  for (const tier of ['urgent', 'soon'] as const) if (own(tier).length) return { tier, raisedBy: own(tier) };
  return { tier: 'self-care', raisedBy: [] };
}

/** A small seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const allNo = (): Record<string, Answer> => Object.fromEntries(ids.map((id) => [id, 'no']));

describe('triage (basic rules)', () => {
  it('gives self-care when nothing is answered, and when every answer is "no"', () => {
    expect(triage({})).to.deep.equal({ tier: 'self-care', raisedBy: [] });
    expect(triage(allNo())).to.deep.equal({ tier: 'self-care', raisedBy: [] });
  });

  it('counts "not sure" and any unexpected answer as yes, and a missing one as unanswered', () => {
    expect(countsAsYes('not-sure')).to.equal(true);
    expect(countsAsYes('yes')).to.equal(true);
    expect(countsAsYes('no')).to.equal(false);
    expect(countsAsYes(undefined)).to.equal(false);
    expect(countsAsYes('maybe' as never)).to.equal(true);
    expect(triage({ fever: 'maybe' as never }).tier).to.equal('urgent');
    expect(unanswered({ fever: 'no' })).to.have.length(ids.length - 1);
    expect(unanswered({ fever: 'no' })).to.not.include('fever');
  });

  it('orders tiers from most to least urgent', () => {
    expect(tiers).to.deep.equal(['emergency', 'urgent', 'soon', 'self-care']);
    expect(isMoreUrgent('emergency', 'urgent')).to.equal(true);
    expect(isMoreUrgent('soon', 'urgent')).to.equal(false);
  });

  it('has the signs and tiers of the clinical reference, asked emergency first, in three steps', () => {
    expect(signs.map((sign) => `${sign.id}:${sign.tier ?? 'none'}`)).to.deep.equal(
      [...table.emergency, ...table.urgent, ...table.soon, ...table.none].map((id) => `${id}:${tableTier(id) === 'self-care' ? 'none' : tableTier(id)}`),
    );
    expect(steps.map((step) => [step.tier, step.signs.map((sign) => sign.id)])).to.deep.equal(stepTiers.map((tier) => [tier, table[tier]]));
    for (const sign of signs) expect(sign.sources.length, sign.id).to.be.greaterThan(0);
  });

  it('has the combination rules of the reference as data: cancer, or a risk of infection, with a new nerve sign is an emergency', () => {
    expect(combinations.map((rule) => ({ id: rule.id, tier: rule.tier, risks: rule.risks, any: rule.any }))).to.deep.equal([
      { id: 'cancer-nerve-signs', tier: 'emergency', risks: [cancer], any: nerveSigns },
      { id: 'infection-nerve-signs', tier: 'emergency', risks: infectionRisks, any: infectionNerveSigns },
    ]);
    expect(combinations[0].sources).to.include('S-NG234');
    expect(combinations[1].sources).to.have.members(['S-CKS', 'S-AAFP']);
    // Both follow-ups come right after step 2, which holds their risks.
    expect(questions.map((question) => `${question.step}:${question.id}`)).to.deep.equal([
      '1:emergency',
      '2:urgent',
      '2:cancer-nerve-signs',
      '2:infection-nerve-signs',
      '3:soon',
    ]);
  });
});

describe('triage (each sign, and the combination)', () => {
  it('gives emergency for each emergency sign alone, yes or not sure, and each sign alone its own tier', () => {
    for (const id of ids) {
      for (const answer of ['yes', 'not-sure'] as const) {
        const alone = triage({ ...allNo(), [id]: answer });
        expect(alone.tier, `${id} ${answer}`).to.equal(tableTier(id));
        expect(alone.raisedBy.map((sign) => sign.id), `${id} ${answer}`).to.deep.equal(tableTier(id) === 'self-care' ? [] : [id]);
      }
      // Unanswered others count as no.
      expect(triage({ [id]: 'yes' }).tier, id).to.equal(tableTier(id));
    }
    expect(table.emergency.map((id) => triage({ [id]: 'not-sure' }).tier)).to.deep.equal(table.emergency.map(() => 'emergency'));
  });

  it('gives emergency for cancer with each nerve sign, and names both; cancer alone is urgent', () => {
    expect(triage({ [cancer]: 'yes' }).tier).to.equal('urgent');
    for (const nerve of nerveSigns) {
      for (const answer of ['yes', 'not-sure'] as const) {
        const result = triage({ [cancer]: answer, [nerve]: answer });
        expect(result.tier, nerve).to.equal('emergency');
        expect(result.raisedBy.map((sign) => sign.id), nerve).to.deep.equal(ids.filter((id) => id === cancer || id === nerve));
      }
      expect(triage({ [cancer]: 'no', [nerve]: 'yes' }).tier, nerve).to.equal(tableTier(nerve));
    }
    // The nerve signs asked only in a follow-up raise nothing alone.
    expect(triage({ 'trouble-walking': 'yes', 'band-pain': 'yes' }).tier).to.equal('self-care');
  });

  it('gives emergency for each risk of infection with each of its nerve signs, and names both; each alone keeps its own tier', () => {
    for (const risk of infectionRisks) {
      expect(triage({ [risk]: 'yes' }).tier, risk).to.equal('urgent');
      for (const nerve of infectionNerveSigns) {
        for (const answer of ['yes', 'not-sure'] as const) {
          const result = triage({ [risk]: answer, [nerve]: answer });
          expect(result.tier, `${risk} ${nerve}`).to.equal('emergency');
          expect(result.raisedBy.map((sign) => sign.id), `${risk} ${nerve}`).to.deep.equal(ids.filter((id) => id === risk || id === nerve));
        }
        expect(triage({ [risk]: 'no', [nerve]: 'yes' }).tier, nerve).to.equal(tableTier(nerve));
      }
    }
    // Pain shooting down a leg counts with cancer only (NG234), and the band of pain too.
    expect(triage({ fever: 'yes', 'pain-below-knee': 'yes' }).tier).to.equal('urgent');
    expect(triage({ 'weak-immunity': 'yes', 'band-pain': 'yes' }).tier).to.equal('urgent');
    // Both at once: every sign of both combinations is named.
    const both = triage({ [cancer]: 'yes', fever: 'yes', 'pain-below-knee': 'yes', 'trouble-walking': 'yes' });
    expect(both.tier).to.equal('emergency');
    expect(both.raisedBy.map((sign) => sign.id)).to.deep.equal(['fever', cancer, 'pain-below-knee', 'trouble-walking']);
  });
});

describe('triage (exhaustive)', function () {
  // About 8.4 million calls: seconds on an idle machine, more under coverage or load.
  this.timeout(120_000);

  // Every subset of the signs below emergency (steps 2 and 3 and the follow-up): 2^22.
  const lower = signs.filter((sign) => sign.tier !== 'emergency').map((sign) => sign.id as string);
  const n = lower.length;
  const combinationsCount = 2 ** n;
  const bit = (id: string) => 1 << lower.indexOf(id);
  const maskOf = (list: readonly string[]) => list.reduce((mask, id) => mask | bit(id), 0);
  const urgentMask = maskOf(table.urgent);
  const soonMask = maskOf(table.soon);
  const nerveMask = maskOf(nerveSigns.filter((id) => lower.includes(id)));
  const cancerBit = bit(cancer);
  const riskMask = maskOf(infectionRisks);
  const infectionNerveMask = maskOf(infectionNerveSigns.filter((id) => lower.includes(id)));
  const tierIndex = new Map(tiers.map((tier, index) => [tier, index]));

  /** The expected tier's index and raisedBy mask for a set of "yes" signs given as a bit mask (the same rules as `expected`). */
  function expectedOf(mask: number): [number, number] {
    const withCancer = mask & cancerBit && mask & nerveMask ? cancerBit | (mask & nerveMask) : 0;
    const withInfection = mask & riskMask && mask & infectionNerveMask ? mask & (riskMask | infectionNerveMask) : 0;
    if (withCancer || withInfection) return [0, withCancer | withInfection];
    if (mask & urgentMask) return [1, mask & urgentMask];
    if (mask & soonMask) return [2, mask & soonMask];
    return [3, 0];
  }

  /**
   * Runs `triage` on every subset, in Gray-code order so one answer changes
   * per step. Returns the mismatches (capped) and fills `found` with the tier
   * index of each mask.
   */
  async function sweep(positive: Answer, found: Uint8Array): Promise<string[]> {
    const bitOf = new Map(lower.map((id, index) => [id, index]));
    const answers = allNo();
    const mismatches: string[] = [];
    for (let i = 0; i < combinationsCount; i++) {
      // Yield now and then: test pages can share a renderer, and a long loop would freeze the others' timers.
      if ((i & 0xffff) === 0xffff) await new Promise((resolve) => setTimeout(resolve));
      const mask = i ^ (i >>> 1);
      if (i > 0) {
        const changed = 31 - Math.clz32(mask ^ ((i - 1) ^ ((i - 1) >>> 1)));
        answers[lower[changed]!] = mask & (1 << changed) ? positive : 'no';
      }
      const result = triage(answers);
      const [tier, raised] = expectedOf(mask);
      let got = 0;
      let last = -1;
      let ordered = true;
      for (const sign of result.raisedBy) {
        const index = bitOf.get(sign.id)!;
        got |= 1 << index;
        ordered &&= index > last;
        last = index;
      }
      found[mask] = tierIndex.get(result.tier)!;
      if ((found[mask] !== tier || got !== raised || !ordered) && mismatches.push(mask.toString(2)) > 20) break;
    }
    return mismatches;
  }

  const withYes = new Uint8Array(combinationsCount);
  let yesMismatches: string[] = [];
  // One sweep with "yes" feeds both the table test and the monotonicity test.
  before(async () => {
    yesMismatches = await sweep('yes', withYes);
  });

  it(`gives the reference's tier for all ${count(combinationsCount)} subsets of the ${n} signs below emergency, with the signs that raised it`, () => {
    expect(n).to.equal(22);
    expect(yesMismatches, 'masks with a wrong tier or raisedBy (bit i = sign i of the list answered yes)').to.deep.equal([]);
  });

  it(`gives the same for all ${count(combinationsCount)} subsets with "not sure" in place of each "yes"`, async () => {
    const withNotSure = new Uint8Array(combinationsCount);
    expect(await sweep('not-sure', withNotSure)).to.deep.equal([]);
    let differ = 0;
    for (let mask = 0; mask < combinationsCount; mask++) if (withNotSure[mask] !== withYes[mask]) differ++;
    expect(differ).to.equal(0);
  });

  it(`never lowers the tier when a sign is added (${count((combinationsCount * n) / 2)} pairs of subsets)`, () => {
    let lowered = 0;
    let pairs = 0;
    for (let mask = 0; mask < combinationsCount; mask++) {
      for (let index = 0; index < n; index++) {
        const more = mask | (1 << index);
        if (more === mask) continue;
        pairs++;
        // A lower index is more urgent: adding a sign may only keep or lower the index.
        if (withYes[more]! > withYes[mask]!) lowered++;
      }
    }
    expect(pairs).to.equal((combinationsCount * n) / 2);
    expect(lowered).to.equal(0);
  });

  it('gives emergency for all 1,023 non-empty subsets of the emergency signs, each with 16 seeded mixes of the others', () => {
    const random = seeded(20261130);
    let wrong = 0;
    for (let mask = 1; mask < 2 ** table.emergency.length; mask++) {
      for (let mix = 0; mix < 16; mix++) {
        const answers = allNo();
        const has = new Set<string>();
        table.emergency.forEach((id, index) => mask & (1 << index) && has.add(id));
        for (const id of lower) if (random() < 0.3) has.add(id);
        for (const id of has) answers[id] = random() < 0.5 ? 'yes' : 'not-sure';
        const want = expected(has);
        const got = triage(answers);
        if (got.tier !== 'emergency' || got.raisedBy.map((sign) => sign.id).join() !== want.raisedBy.join()) wrong++;
      }
    }
    expect(wrong).to.equal(0);
  });

  it('agrees with the reference on 100,000 seeded mixes of yes, no, not sure and unanswered over all signs, and adding a sign never lowers the tier', () => {
    const random = seeded(20261121);
    const choices = ['yes', 'no', 'not-sure', undefined] as const;
    let wrong = 0;
    let lowered = 0;
    for (let run = 0; run < 100_000; run++) {
      const answers: Record<string, Answer> = {};
      const has = new Set<string>();
      // Fewer positives than negatives, so every tier turns up often.
      for (const id of ids) {
        const answer = random() < 0.85 ? choices[1 + 2 * Math.floor(random() * 2)] : choices[2 * Math.floor(random() * 2)];
        if (answer) answers[id] = answer;
        if (answer === 'yes' || answer === 'not-sure') has.add(id);
      }
      const got = triage(answers);
      const want = expected(has);
      if (got.tier !== want.tier || got.raisedBy.map((sign) => sign.id).join() !== want.raisedBy.join()) wrong++;
      const added = ids[Math.floor(random() * ids.length)]!;
      if (isMoreUrgent(got.tier, triage({ ...answers, [added]: 'yes' }).tier)) lowered++;
    }
    expect(wrong).to.equal(0);
    expect(lowered).to.equal(0);
  });
});

/** Every way to finish `answers` (all unanswered signs yes or no): for monotone rules, these two bound every other. */
const extremes = (answers: Answers): [Tier, Tier] => {
  const rest = unanswered(answers);
  return [
    triage({ ...answers, ...Object.fromEntries(rest.map((id) => [id, 'no'])) }).tier,
    triage({ ...answers, ...Object.fromEntries(rest.map((id) => [id, 'yes'])) }).tier,
  ];
};

/** Whether some answers to the other unanswered signs make `id`'s answer change the tier, by trying them all. */
function canChangeByBruteForce(id: string, answers: Answers): boolean {
  const rest = unanswered(answers).filter((other) => other !== id);
  for (let mask = 0; mask < 2 ** rest.length; mask++) {
    const filled: Answers = { ...answers, ...Object.fromEntries(rest.map((other, index) => [other, mask & (1 << index) ? 'yes' : 'no'])) };
    if (triage({ ...filled, [id]: 'yes' }).tier !== triage({ ...filled, [id]: 'no' }).tier) return true;
  }
  return false;
}

describe('what to ask next, and whether the answer is known', function () {
  this.timeout(120_000);

  it('asks the emergency signs first, all of them', () => {
    const first = nextQuestion({})!;
    expect(first.question.id).to.equal('emergency');
    expect(first.question.step).to.equal(1);
    expect(first.signs.map((sign) => sign.id)).to.deep.equal(table.emergency);
    expect(isAnswerKnown({})).to.equal(false);
  });

  it('is known at once after any emergency sign, and asks nothing more', () => {
    for (const id of table.emergency) {
      expect(isAnswerKnown({ [id]: 'yes' }), id).to.equal(true);
      expect(nextQuestion({ [id]: 'not-sure' }), id).to.equal(undefined);
    }
  });

  it('after a sign in step 2 stops without step 3, unless it is cancer or a risk of infection: then it asks the nerve signs not yet answered, as one short list', () => {
    const step1None = Object.fromEntries(table.emergency.map((id) => [id, 'no' as const]));
    const step2None = Object.fromEntries(table.urgent.map((id) => [id, 'no' as const]));
    expect(nextQuestion({ ...step1None, ...step2None, 'weight-loss': 'yes' })).to.equal(undefined);
    const followUp = nextQuestion({ ...step1None, ...step2None, [cancer]: 'yes' })!;
    expect(followUp.question.id).to.equal('cancer-nerve-signs');
    expect(followUp.question.step).to.equal(2);
    expect(followUp.signs.map((sign) => sign.id)).to.deep.equal(['pain-below-knee', 'leg-numbness', 'trouble-walking', 'band-pain']);
    const cancerNone = { 'pain-below-knee': 'no', 'leg-numbness': 'no', 'trouble-walking': 'no', 'band-pain': 'no' } as const;
    expect(nextQuestion({ ...step1None, ...step2None, [cancer]: 'yes', ...cancerNone })).to.equal(undefined);
    for (const risk of infectionRisks) {
      const infection = nextQuestion({ ...step1None, ...step2None, [risk]: 'yes' })!;
      expect(infection.question.id, risk).to.equal('infection-nerve-signs');
      expect(infection.question.step).to.equal(2);
      expect(infection.signs.map((sign) => sign.id)).to.deep.equal(['leg-numbness', 'trouble-walking']);
      expect(nextQuestion({ ...step1None, ...step2None, [risk]: 'yes', 'leg-numbness': 'no', 'trouble-walking': 'no' })).to.equal(undefined);
    }
    // Cancer and a fever: one follow-up, the cancer one, holds every nerve sign of both.
    const both = nextQuestion({ ...step1None, ...step2None, [cancer]: 'yes', fever: 'yes' })!;
    expect(both.question.id).to.equal('cancer-nerve-signs');
    expect(nextQuestion({ ...step1None, ...step2None, [cancer]: 'yes', fever: 'yes', ...cancerNone })).to.equal(undefined);
    expect(nextQuestion({ ...step1None, ...step2None })!.question.id).to.equal('soon');
  });

  it('walks every path a patient can take, ticking every possible set on each list: asks only what can change the answer, and stops once it is known', async () => {
    let paths = 0;
    let tooLong = 0;
    let wrong: string[] = [];
    const outcomes = new Map<Tier, number>();
    /** Answers list after list, as the widget does: ticked signs yes, the rest of the list no. */
    async function walk(answers: Answers, lists: number): Promise<void> {
      const next = nextQuestion(answers);
      const [low, high] = extremes(answers);
      if (!next) {
        paths++;
        outcomes.set(low, (outcomes.get(low) ?? 0) + 1);
        if (low !== high || !isAnswerKnown(answers)) wrong.push(`stopped too early: ${JSON.stringify(answers)}`);
        if (paths % 2000 === 0) await new Promise((resolve) => setTimeout(resolve));
        return;
      }
      if (low === high || isAnswerKnown(answers)) wrong.push(`asked after the answer was known: ${next.question.id}`);
      if (lists >= 4) tooLong++;
      const shown = next.signs.map((sign) => sign.id);
      // Each sign asked can change the answer (checked by brute force where the unanswered rest is small).
      if (unanswered(answers).length <= 12) {
        for (const id of shown) if (!canChangeByBruteForce(id, answers)) wrong.push(`asked ${id}, which cannot change the answer`);
      }
      for (let mask = 0; mask < 2 ** shown.length; mask++) {
        const more: Answers = { ...answers, ...Object.fromEntries(shown.map((id, index) => [id, mask & (1 << index) ? 'yes' : 'no'])) };
        await walk(more, lists + 1);
      }
      wrong = wrong.slice(0, 20);
    }
    await walk({}, 0);
    expect(wrong).to.deep.equal([]);
    expect(tooLong, 'paths asking more than 4 lists').to.equal(0);
    // Step 1: 1,023 sets with an emergency sign end there. Step 2's 8,192 sets (cancer, leg weakness, the 3 risks of
    // infection and 8 others): 15 × 256 with leg weakness and cancer or a risk end (emergency); 8 × 256 with cancer
    // and no leg weakness go on to the cancer follow-up's 16 sets; 7 × 256 with a risk and neither go on to the
    // infection follow-up's 4 sets; 511 others end (urgent); and "none" goes on to step 3's 128 sets.
    expect(paths).to.equal(1023 + 15 * 256 + 8 * 256 * 16 + 7 * 256 * 4 + 511 + 128);
    expect([...outcomes.keys()].sort()).to.deep.equal(['emergency', 'self-care', 'soon', 'urgent']);
  });

  it('agrees with brute force on 1,000 seeded partial answers: known exactly when every completion gives one tier, and asks only signs that can change it', async () => {
    const random = seeded(7);
    let wrong = 0;
    for (let run = 0; run < 1000; run++) {
      if (run % 100 === 0) await new Promise((resolve) => setTimeout(resolve));
      // Leave 1 to 8 signs unanswered; answer the rest, mostly no.
      const open = new Set([...ids].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 8)));
      const answers: Record<string, Answer> = {};
      for (const id of ids) if (!open.has(id)) answers[id] = random() < 0.9 ? 'no' : random() < 0.5 ? 'yes' : 'not-sure';
      const tiersSeen = new Set<Tier>();
      const rest = [...open];
      for (let mask = 0; mask < 2 ** rest.length; mask++) {
        const filled = { ...answers };
        rest.forEach((id, index) => (filled[id] = mask & (1 << index) ? 'yes' : 'no'));
        tiersSeen.add(triage(filled).tier);
      }
      const known = tiersSeen.size === 1;
      const next = nextQuestion(answers);
      if (isAnswerKnown(answers) !== known || (next === undefined) !== known) wrong++;
      if (next && next.signs.some((sign) => answers[sign.id] !== undefined || !canChangeByBruteForce(sign.id, answers))) wrong++;
      // Nothing relevant is left out of a step that is asked: every unanswered sign of the list that can change the answer is on it.
      if (next && !combinations.some((combination) => combination.id === next.question.id)) {
        for (const sign of next?.question.signs ?? []) {
          if (answers[sign.id] === undefined && canChangeByBruteForce(sign.id, answers) && !next!.signs.includes(sign)) wrong++;
        }
      }
    }
    expect(wrong).to.equal(0);
  });

  it('reaches self-care in 3 lists when every answer is "None of these"', () => {
    let answers: Answers = {};
    let lists = 0;
    for (let next = nextQuestion(answers); next; next = nextQuestion(answers)) {
      lists++;
      answers = { ...answers, ...Object.fromEntries(next.signs.map((sign) => [sign.id, 'no'])) };
    }
    expect(lists).to.equal(3);
    expect(triage(answers).tier).to.equal('self-care');
  });
});
