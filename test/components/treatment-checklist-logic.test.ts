import { expect } from '@open-wc/testing';
import {
  checklistPhases,
  groupItems,
  parseTicks,
  selectItems,
  serializeTicks,
  sourceOrder,
  storageKeyFor,
} from '../../src/components/treatment-checklist/checklist-logic.js';
import { locales } from '../../src/data/index.js';

const { en } = locales;
import type { ChecklistItem } from '../../src/data/types.js';

const all: readonly ChecklistItem[] = en['treatment-checklist'].items;
const ids = all.map((item) => item.id);

/** A small deterministic generator, so property-style checks are repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function sample(next: () => number, from: readonly string[]): string[] {
  return from.filter(() => next() < 0.5).sort(() => next() - 0.5);
}

describe('treatment checklist logic', () => {
  describe('selectItems', () => {
    it('shows every item in content order for phase all without items', () => {
      expect(selectItems(all, 'all').map((item) => item.id)).to.deep.equal(ids);
    });

    it('keeps exactly the items for a phase, in content order', () => {
      for (const phase of checklistPhases.filter((p) => p !== 'all')) {
        const shown = selectItems(all, phase);
        expect(shown.length, phase).to.be.greaterThan(0);
        expect(shown).to.deep.equal(all.filter((item) => (item.phases as readonly string[]).includes(phase)));
      }
    });

    it('takes the chosen ids in their order, then filters them by phase', () => {
      expect(selectItems(all, 'all', ['see-doctor', 'heat', 'stay-active']).map((item) => item.id)).to.deep.equal([
        'see-doctor',
        'heat',
        'stay-active',
      ]);
      expect(selectItems(all, 'acute', ['see-doctor', 'heat', 'stay-active']).map((item) => item.id)).to.deep.equal([
        'see-doctor',
        'stay-active',
      ]);
      expect(selectItems(all, 'recovery', ['cold-pack', 'anti-inflammatory'])).to.deep.equal([]);
    });

    it('is the chosen ids, in order, that apply to the phase, for any choice (property)', () => {
      const next = random(7);
      for (let run = 0; run < 200; run += 1) {
        const chosen = sample(next, ids);
        const phase = checklistPhases[Math.floor(next() * checklistPhases.length)]!;
        const expected = chosen.filter(
          (id) => phase === 'all' || (all.find((item) => item.id === id)!.phases as readonly string[]).includes(phase),
        );
        expect(selectItems(all, phase, chosen).map((item) => item.id)).to.deep.equal(expected);
      }
    });
  });

  describe('groupItems', () => {
    it('puts the default items in the groups self-care, medicines, professional', () => {
      const groups = groupItems(all);
      expect(groups.map((entry) => entry.group)).to.deep.equal(['self-care', 'medicines', 'professional']);
      expect(groups.flatMap((entry) => entry.items)).to.deep.equal([...all]);
    });

    it('orders groups by their first item and keeps the order inside each group', () => {
      const chosen = selectItems(all, 'all', ['see-doctor', 'heat', 'paracetamol', 'stay-active', 'physical-therapy']);
      const groups = groupItems(chosen);
      expect(groups.map((entry) => entry.group)).to.deep.equal(['professional', 'self-care', 'medicines']);
      expect(groups.map((entry) => entry.items.map((item) => item.id))).to.deep.equal([
        ['see-doctor', 'physical-therapy'],
        ['heat', 'stay-active'],
        ['paracetamol'],
      ]);
    });

    it('returns no groups for no items', () => {
      expect(groupItems([])).to.deep.equal([]);
    });
  });

  describe('sourceOrder', () => {
    it('lists each source once, in order of first use', () => {
      const order = sourceOrder(all);
      expect(new Set(order).size).to.equal(order.length);
      expect(order.slice(0, 5)).to.deep.equal(['S-NHS', 'S-NICE', 'S-AAFP', 'seed:003', 'seed:001']);
      const used = all.flatMap((item) => item.sources);
      expect([...order].sort()).to.deep.equal([...new Set(used)].sort());
      // First use: each source's first appearance comes before the next one's.
      const firsts = order.map((id) => used.indexOf(id));
      expect(firsts).to.deep.equal([...firsts].sort((a, b) => a - b));
    });
  });

  describe('saved ticks', () => {
    it('names the storage key with a namespace and the format version', () => {
      expect(storageKeyFor('backcare-checklist')).to.equal('backcare:backcare-checklist:v1');
      expect(serializeTicks(['stay-active', 'heat'])).to.equal('{"v":1,"checked":["stay-active","heat"]}');
    });

    it('reads back what it saved, for any set of ticks (property)', () => {
      const next = random(11);
      for (let run = 0; run < 100; run += 1) {
        const ticked = sample(next, ids);
        expect(parseTicks(serializeTicks(ticked), ids)).to.deep.equal({ checked: ticked });
      }
    });

    it('treats nothing saved as nothing ticked, without a problem', () => {
      expect(parseTicks(null, ids)).to.deep.equal({ checked: [] });
    });

    it('ignores corrupt JSON, other shapes and other versions, saying why', () => {
      const cases: [string, string][] = [
        ['{"v":1,"checked":["stay', 'not valid JSON'],
        ['', 'not valid JSON'],
        ['null', 'not in the format'],
        ['[1,2]', 'not in the format'],
        ['"stay-active"', 'not in the format'],
        ['42', 'not in the format'],
        ['{"v":1}', 'not in the format'],
        ['{"v":1,"checked":"stay-active"}', 'not in the format'],
        ['{"v":1,"checked":["stay-active",3]}', 'not in the format'],
        ['{"v":0,"checked":["stay-active"]}', 'another version (v=0)'],
        ['{"v":2,"checked":["stay-active"]}', 'another version (v=2)'],
        ['{"v":"1","checked":["stay-active"]}', 'another version (v="1")'],
        ['{"checked":["stay-active"]}', 'not in the format'],
      ];
      for (const [text, why] of cases) {
        const result = parseTicks(text, ids);
        expect(result.checked, text).to.deep.equal([]);
        expect(result.problem, text).to.include(why).and.to.include('ignored');
      }
    });

    it('drops unknown ids and duplicates, keeps known ones, and names the unknown', () => {
      const result = parseTicks('{"v":1,"checked":["heat","gone","heat","stay-active","old"]}', ids);
      expect(result.checked).to.deep.equal(['heat', 'stay-active']);
      expect(result.problem).to.include('gone, old').and.to.include('dropped');
    });
  });
});
