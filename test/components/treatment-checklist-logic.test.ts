import { expect } from '@open-wc/testing';
import {
  checklistPhases,
  isToDo,
  parseTicks,
  sectionItems,
  selectItems,
  serializeTicks,
  sourceOrder,
  storageKeyFor,
} from '../../src/components/treatment-checklist/checklist-logic.js';
import { checklistItemList, retiredTickIds } from '../../src/data/checklist.js';
import type { PhaseId } from '../../src/data/types.js';

const all = checklistItemList;
const ids = all.map((item) => item.id);
const phaseOrder: readonly PhaseId[] = ['acute', 'subacute', 'recovery'];

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

  describe('the items as a plan', () => {
    it('has 9 things to do, then 4 medicines and 3 kinds of care to ask about', () => {
      expect(all.map((item) => item.kind)).to.deep.equal([
        ...Array<string>(9).fill('to-do'),
        ...Array<string>(4).fill('medicine'),
        ...Array<string>(3).fill('care'),
      ]);
    });

    it('orders the things to do as a plan: each starts no earlier than the one before (first days, then later)', () => {
      const starts = all.filter(isToDo).map((item) => Math.min(...item.phases.map((phase) => phaseOrder.indexOf(phase))));
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      expect(starts[0]).to.equal(0);
      expect(starts.at(-1)).to.equal(2);
    });

    it('gives every thing to do a phase from the first days on, and every phase something to do', () => {
      for (const phase of phaseOrder) expect(selectItems(all, phase).filter(isToDo).length, phase).to.be.greaterThan(2);
    });

    it('retires the removed item and every item that is no longer ticked, and only those', () => {
      expect(retiredTickIds).to.have.members(['water', ...all.filter((item) => !isToDo(item)).map((item) => item.id)]);
      for (const item of all.filter(isToDo)) expect(retiredTickIds).not.to.include(item.id);
    });
  });

  describe('sectionItems', () => {
    it('puts the default items in two sections: things to do, then medicines and care to ask about', () => {
      const sections = sectionItems(all);
      expect(sections.map((entry) => entry.section)).to.deep.equal(['to-do', 'ask-about']);
      expect(sections.flatMap((entry) => entry.items)).to.deep.equal([...all]);
      expect(sections[0]!.items.every(isToDo)).to.equal(true);
      expect(sections[1]!.items.some(isToDo)).to.equal(false);
    });

    it('orders sections by their first item and keeps the order inside each section', () => {
      const chosen = selectItems(all, 'all', ['see-doctor', 'heat', 'paracetamol', 'stay-active', 'physical-therapy']);
      const sections = sectionItems(chosen);
      expect(sections.map((entry) => entry.section)).to.deep.equal(['ask-about', 'to-do']);
      expect(sections.map((entry) => entry.items.map((item) => item.id))).to.deep.equal([
        ['see-doctor', 'paracetamol', 'physical-therapy'],
        ['heat', 'stay-active'],
      ]);
    });

    it('returns no sections for no items', () => {
      expect(sectionItems([])).to.deep.equal([]);
    });

    it('keeps every item exactly once, in a section that matches its kind, for any choice (property)', () => {
      const next = random(3);
      for (let run = 0; run < 200; run += 1) {
        const chosen = selectItems(all, 'all', sample(next, ids));
        const sections = sectionItems(chosen);
        expect(new Set(sections.map((entry) => entry.section)).size).to.equal(sections.length);
        expect(sections.flatMap((entry) => entry.items).length).to.equal(chosen.length);
        for (const { section, items } of sections) {
          for (const item of items) expect(isToDo(item)).to.equal(section === 'to-do');
        }
      }
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

    it('drops retired ids without a word, and still names the unknown ones', () => {
      const toDos = all.filter(isToDo).map((item) => item.id);
      expect(parseTicks('{"v":1,"checked":["water","heat","paracetamol"]}', toDos, retiredTickIds)).to.deep.equal({
        checked: ['heat'],
      });
      const mixed = parseTicks('{"v":1,"checked":["water","ice-bath","stress"]}', toDos, retiredTickIds);
      expect(mixed.checked).to.deep.equal(['stress']);
      expect(mixed.problem).to.include('(ice-bath)');
    });
  });
});
