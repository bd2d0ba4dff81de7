import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/treatment-checklist/define.js';
import type {
  BackcareTreatmentChecklist,
  ChecklistChangeDetail,
} from '../../src/components/treatment-checklist/treatment-checklist.js';
import { locales } from '../../src/data/index.js';

const { en, es } = locales;
import { captureWarnings } from '../helpers/console.js';
import { printMode } from '../helpers/print.js';

type Checklist = BackcareTreatmentChecklist;

const root = (el: Checklist) => el.shadowRoot!;
const boxes = (el: Checklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: Checklist, title: string) =>
  [...root(el).querySelectorAll('label')].find((label) => label.textContent!.trim() === title)!.querySelector('input')!;
const titles = (el: Checklist) => [...root(el).querySelectorAll('label')].map((label) => label.textContent!.trim());
const groupHeadings = (el: Checklist) =>
  [...root(el).querySelectorAll('[part="group"] > :first-child')].map((h) => h.textContent!.trim());
const progressText = (el: Checklist) => root(el).querySelector('#progress')?.textContent!.trim();
const bar = (el: Checklist) => root(el).querySelector('progress')!;
const status = (el: Checklist) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const button = (el: Checklist, text: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const savedNote = (el: Checklist) => [...root(el).querySelectorAll('p')].some((p) => p.textContent!.includes('saved on this device'));
const tick = async (el: Checklist, title: string) => {
  box(el, title).click();
  await el.updateComplete;
};
const stored = (name = 'backcare-checklist') => localStorage.getItem(`backcare:${name}:v1`);

describe('<backcare-treatment-checklist>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    sinon.restore();
    Object.keys(localStorage)
      .filter((key) => key.startsWith('backcare:'))
      .forEach((key) => localStorage.removeItem(key));
  });

  describe('items and groups', () => {
    it('shows every item with a real labelled checkbox, in three groups', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Your back care plan');
      expect(groupHeadings(el)).to.deep.equal(['Self-care', 'Medicines', 'Professional care']);
      expect(root(el).querySelectorAll('[part="group"] > h3')).to.have.length(3);
      expect(titles(el)).to.deep.equal(en['treatment-checklist'].items.map((item) => item.title));
      expect(boxes(el)).to.have.length(en['treatment-checklist'].items.length);
      boxes(el).forEach((input) => expect(input.closest('label')).not.to.equal(null));
      expect(warnings.messages()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('puts the caution on every medicine item, and only there, tied to its checkbox', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const medicines = en['treatment-checklist'].items.filter((item) => item.group === 'medicines');
      const cautions = [...root(el).querySelectorAll('.caution')];
      expect(cautions).to.have.length(medicines.length);
      cautions.forEach((caution) => expect(caution.textContent!.trim()).to.equal(en['treatment-checklist'].medicineCaution));
      const input = box(el, medicines[0]!.title);
      expect(root(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
        en['treatment-checklist'].medicineCaution,
      );
    });

    it('gives each item a "More about this" with its detail and a name of its own', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const details = [...root(el).querySelectorAll('details')];
      expect(details).to.have.length(en['treatment-checklist'].items.length);
      const first = details[0]!;
      expect(first.open).to.equal(false);
      expect(first.querySelector('summary')!.textContent!.trim()).to.equal('More about this: Stay gently active');
      first.querySelector('summary')!.click();
      expect(first.open).to.equal(true);
      expect(first.querySelector('p')!.textContent).to.include(en['treatment-checklist'].items[0]!.detail);
      await expect(el).to.be.accessible();
    });

    it('numbers each source once, in order of first use, and links the markers to them', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const sources = [...root(el).querySelectorAll('[part="sources"] li')];
      expect(sources).to.have.length(new Set(en['treatment-checklist'].items.flatMap((item) => item.sources)).size);
      expect(sources[0]!.textContent!.trim()).to.equal('NHS.UK: Back pain');
      expect(sources[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://www.nhs.uk/conditions/back-pain/');
      expect(sources[1]!.textContent!.trim()).to.include('NICE');
      const details = root(el).querySelector('details')!;
      details.open = true;
      const markers = [...details.querySelectorAll('.refs a')];
      expect(markers.map((a) => a.textContent)).to.deep.equal(['1', '2', '3', '4']);
      // Markers of a later item use the numbers already given, sorted.
      const coldPack = [...root(el).querySelectorAll('details')][1]!;
      expect([...coldPack.querySelectorAll('.refs a')].map((a) => a.textContent)).to.deep.equal(['5', '6', '7']);
      const hash = location.hash;
      (markers[1] as HTMLAnchorElement).click();
      expect(root(el).activeElement).to.equal(sources[1]);
      expect(location.hash).to.equal(hash);
    });

    it('shows only the items for a phase', async () => {
      for (const phase of ['acute', 'subacute', 'recovery'] as const) {
        const el = await fixture<Checklist>(html`<backcare-treatment-checklist phase=${phase}></backcare-treatment-checklist>`);
        const expected = en['treatment-checklist'].items.filter((item) => (item.phases as readonly string[]).includes(phase));
        expect(titles(el), phase).to.deep.equal(expected.map((item) => item.title));
        expect(progressText(el)).to.equal(`0 of ${expected.length} done`);
        await expect(el).to.be.accessible();
      }
      const acute = await fixture<Checklist>(html`<backcare-treatment-checklist phase=" ACUTE "></backcare-treatment-checklist>`);
      expect(titles(acute)).to.include('Use a cold pack in the first 2–3 days').and.not.include('Use heat after the first 2–3 days');
    });

    it('warns about an unknown phase and shows all items', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist phase="weekly"></backcare-treatment-checklist>`);
      expect(boxes(el)).to.have.length(en['treatment-checklist'].items.length);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('phase="weekly"').and.include('all, acute, subacute, recovery');
    });

    it('shows the items chosen in items, in that order, groups in order of their first item', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist items="see-doctor, heat,paracetamol,stay-active"></backcare-treatment-checklist>`,
      );
      expect(groupHeadings(el)).to.deep.equal(['Professional care', 'Self-care', 'Medicines']);
      expect(titles(el)).to.deep.equal([
        'See a doctor if it is no better within a week',
        'Use heat after the first 2–3 days',
        'Stay gently active',
        'Paracetamol (acetaminophen)',
      ]);
      expect(progressText(el)).to.equal('0 of 4 done');
      expect(warnings.messages()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('skips unknown ids with a warning naming the valid ones, and shows all when none is valid', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist items="heat,yoga"></backcare-treatment-checklist>`);
      expect(titles(el)).to.deep.equal(['Use heat after the first 2–3 days']);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('items="heat,yoga"').and.include('valid ids are stay-active, cold-pack');
      const none = await fixture<Checklist>(html`<backcare-treatment-checklist items="yoga, pilates"></backcare-treatment-checklist>`);
      expect(boxes(none)).to.have.length(en['treatment-checklist'].items.length);
      expect(warnings.messages()[1]).to.include('Showing all');
    });

    it('filters the chosen items by phase too, and says so plainly when nothing is left', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist items="heat,cold-pack,stay-active" phase="acute"></backcare-treatment-checklist>`,
      );
      expect(titles(el)).to.deep.equal(['Use a cold pack in the first 2–3 days', 'Stay gently active']);
      expect(warnings.messages()).to.deep.equal([]);
      el.phase = 'recovery';
      el.items = 'cold-pack,anti-inflammatory';
      await el.updateComplete;
      expect(boxes(el)).to.have.length(0);
      expect(root(el).querySelector('.empty')!.textContent!.trim()).to.equal(en['treatment-checklist'].empty);
      expect(root(el).querySelector('h2')).not.to.equal(null);
      expect(root(el).querySelector('button')).to.equal(null);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('phase="recovery"').and.include('items');
      await expect(el).to.be.accessible();
    });

    it('takes its heading, heading level and clinic name from attributes', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist heading="  After your visit " heading-level="4" clinic-name="Riverside Physical Therapy"></backcare-treatment-checklist>`,
      );
      expect(root(el).querySelector('h4')!.textContent!.trim()).to.equal('After your visit');
      expect(root(el).querySelectorAll('h5')).to.have.length(4);
      expect(root(el).querySelector('[part="clinic"]')!.textContent!.trim()).to.equal('From Riverside Physical Therapy');
      await expect(el).to.be.accessible();
      const plain = await fixture<Checklist>(html`<backcare-treatment-checklist heading=" "></backcare-treatment-checklist>`);
      expect(root(plain).querySelector('h2')!.textContent!.trim()).to.equal('Your back care plan');
      expect(root(plain).querySelector('[part="clinic"]')).to.equal(null);
    });
  });

  describe('ticking and progress', () => {
    it('ticks an item when the patient clicks anywhere on its row', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const label = box(el, 'Drink enough water').closest('label')!;
      label.scrollIntoView({ block: 'center' });
      const rect = label.getBoundingClientRect();
      expect(rect.height).to.be.at.least(44);
      const changed = oneEvent(el, 'backcare-checklist-change');
      await sendMouse({ type: 'click', position: [Math.round(rect.right - 4), Math.round(rect.top + rect.height / 2)] });
      const event = (await changed) as CustomEvent<ChecklistChangeDetail>;
      expect(event.detail).to.deep.equal({ id: 'water', checked: true, done: 1, total: 15 });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(box(el, 'Drink enough water').checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 15 done');
      expect(bar(el).value).to.equal(1);
      expect(bar(el).max).to.equal(15);
      expect(status(el)).to.equal('1 of 15 done');
      await expect(el).to.be.accessible();
    });

    it('ticks and unticks with the keyboard (Space on the focused checkbox)', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const input = box(el, 'Manage stress');
      input.focus();
      let changed = oneEvent(el, 'backcare-checklist-change');
      await sendKeys({ press: ' ' });
      expect(((await changed) as CustomEvent<ChecklistChangeDetail>).detail).to.deep.equal({
        id: 'stress',
        checked: true,
        done: 1,
        total: 15,
      });
      await el.updateComplete;
      expect(input.checked).to.equal(true);
      changed = oneEvent(el, 'backcare-checklist-change');
      await sendKeys({ press: ' ' });
      expect(((await changed) as CustomEvent<ChecklistChangeDetail>).detail).to.include({ checked: false, done: 0 });
      await el.updateComplete;
      expect(progressText(el)).to.equal('0 of 15 done');
      expect(status(el)).to.equal('0 of 15 done');
    });

    it('has a polite status region from the start that is silent until progress changes', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const region = root(el).querySelector('[role="status"]')!;
      expect(region.textContent!.trim()).to.equal('');
      expect(bar(el).getAttribute('aria-labelledby')).to.equal('progress');
      await tick(el, 'Mind your posture');
      await tick(el, 'Manage stress');
      expect(root(el).querySelector('[role="status"]')).to.equal(region);
      expect(status(el)).to.equal('2 of 15 done');
    });

    it('counts only the items shown', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist phase="recovery"></backcare-treatment-checklist>`);
      const total = en['treatment-checklist'].items.filter((item) => (item.phases as readonly string[]).includes('recovery')).length;
      await tick(el, 'Physical therapy');
      expect(progressText(el)).to.equal(`1 of ${total} done`);
      el.phase = 'acute';
      await el.updateComplete;
      expect(progressText(el)).to.match(/^0 of \d+ done$/);
    });

    it('clears every tick with one event (id "*") and does nothing when nothing is ticked', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const events: ChecklistChangeDetail[] = [];
      el.addEventListener('backcare-checklist-change', (e) => events.push((e as CustomEvent<ChecklistChangeDetail>).detail));
      button(el, 'Clear all').click();
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(status(el)).to.equal('');
      await tick(el, 'Stay gently active');
      await tick(el, 'Physical therapy');
      button(el, 'Clear all').click();
      await el.updateComplete;
      expect(events.at(-1)).to.deep.equal({ id: '*', checked: false, done: 0, total: 15 });
      expect(events).to.have.length(3);
      expect(boxes(el).some((input) => input.checked)).to.equal(false);
      expect(progressText(el)).to.equal('0 of 15 done');
      expect(status(el)).to.equal('0 of 15 done');
      await expect(el).to.be.accessible();
    });

    it('opens the print dialog from the Print button', async () => {
      const print = sinon.stub(window, 'print');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      button(el, 'Print').click();
      expect(print.calledOnce).to.equal(true);
    });
  });

  describe('saving ticks', () => {
    it('saves nothing and reads nothing without persist', async () => {
      localStorage.setItem('backcare:backcare-checklist:v1', '{"v":1,"checked":["heat"]}');
      const getItem = sinon.spy(Storage.prototype, 'getItem');
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(box(el, 'Use heat after the first 2–3 days').checked).to.equal(false);
      await tick(el, 'Stay gently active');
      button(el, 'Clear all').click();
      expect(getItem.called).to.equal(false);
      expect(setItem.called).to.equal(false);
      expect(savedNote(el)).to.equal(false);
    });

    it('keeps ticks across re-creation of the element, under a namespaced, versioned key', async () => {
      const first = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(first)).to.equal(true);
      await tick(first, 'Stay gently active');
      await tick(first, 'Drink enough water');
      expect(JSON.parse(stored()!)).to.deep.equal({ v: 1, checked: ['stay-active', 'water'] });
      first.remove();
      const again = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(boxes(again).filter((input) => input.checked)).to.have.length(2);
      expect(box(again, 'Drink enough water').checked).to.equal(true);
      expect(progressText(again)).to.equal('2 of 15 done');
      expect(status(again)).to.equal('');
      await expect(again).to.be.accessible();
      button(again, 'Clear all').click();
      await again.updateComplete;
      expect(stored()).to.equal(null);
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('uses storage-key to name the saved ticks', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist storage-key="after-visit"></backcare-treatment-checklist>`);
      await tick(el, 'Manage stress');
      expect(stored('after-visit')).to.equal('{"v":1,"checked":["stress"]}');
      expect(stored()).to.equal(null);
      localStorage.setItem('backcare:other:v1', '{"v":1,"checked":["heat"]}');
      el.storageKey = 'other';
      await el.updateComplete;
      expect(box(el, 'Manage stress').checked).to.equal(false);
      expect(box(el, 'Use heat after the first 2–3 days').checked).to.equal(true);
    });

    it('keeps the saved ticks of items it does not show', async () => {
      localStorage.setItem('backcare:backcare-checklist:v1', '{"v":1,"checked":["heat","cold-pack"]}');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist phase="acute"></backcare-treatment-checklist>`);
      expect(box(el, 'Use a cold pack in the first 2–3 days').checked).to.equal(true);
      expect(progressText(el)).to.match(/^1 of \d+ done$/);
      await tick(el, 'Manage stress');
      expect(JSON.parse(stored()!).checked).to.have.members(['heat', 'cold-pack', 'stress']);
      button(el, 'Clear all').click();
      await el.updateComplete;
      expect(JSON.parse(stored()!)).to.deep.equal({ v: 1, checked: ['heat'] });
    });

    const ignored: [string, string, string][] = [
      ['corrupt JSON', '{"v":1,"checked":["stay-', 'not valid JSON'],
      ['a foreign shape', '{"ticks":{"stay-active":true}}', 'not in the format'],
      ['an array', '["stay-active"]', 'not in the format'],
      ['an older version', '{"v":0,"checked":["stay-active"]}', 'another version (v=0)'],
    ];
    for (const [what, value, why] of ignored) {
      it(`ignores ${what} with one warning, never an exception`, async () => {
        localStorage.setItem('backcare:backcare-checklist:v1', value);
        const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
        expect(boxes(el).some((input) => input.checked)).to.equal(false);
        expect(progressText(el)).to.equal('0 of 15 done');
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0]).to.include('backcare:backcare-checklist:v1').and.include(why);
        await tick(el, 'Stay gently active');
        expect(stored()).to.equal('{"v":1,"checked":["stay-active"]}');
        await expect(el).to.be.accessible();
      });
    }

    it('drops saved ids that no longer exist, keeps the rest, and warns once', async () => {
      localStorage.setItem('backcare:backcare-checklist:v1', '{"v":1,"checked":["heat","ice-bath","water"]}');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(boxes(el).filter((input) => input.checked)).to.have.length(2);
      expect(box(el, 'Drink enough water').checked).to.equal(true);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('ice-bath');
    });

    it('works unsaved, without alarming the patient, when storage throws on read', async () => {
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(el)).to.equal(false);
      await tick(el, 'Stay gently active');
      expect(box(el, 'Stay gently active').checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 15 done');
      getItem.restore();
      expect(stored()).to.equal(null);
      expect(root(el).textContent).not.to.match(/error|storage|unavailable/i);
      await expect(el).to.be.accessible();
    });

    it('works unsaved, without alarming the patient, when storage throws on write', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(el)).to.equal(false);
      const changed = oneEvent(el, 'backcare-checklist-change');
      await tick(el, 'Stay gently active');
      expect(((await changed) as CustomEvent<ChecklistChangeDetail>).detail.done).to.equal(1);
      expect(box(el, 'Stay gently active').checked).to.equal(true);
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('hides the "saved" note when storage fails after it worked', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(el)).to.equal(true);
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      await tick(el, 'Manage stress');
      expect(box(el, 'Manage stress').checked).to.equal(true);
      expect(savedNote(el)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps two checklists with the same storage-key in step, and never mixes keys', async () => {
      const wrapper = await fixture(html`<div>
        <backcare-treatment-checklist persist storage-key="pair"></backcare-treatment-checklist>
        <backcare-treatment-checklist persist storage-key="pair" phase="acute"></backcare-treatment-checklist>
        <backcare-treatment-checklist persist storage-key="other"></backcare-treatment-checklist>
      </div>`);
      const [a, b, c] = [...wrapper.querySelectorAll('backcare-treatment-checklist')] as Checklist[];
      const heard: string[] = [];
      b!.addEventListener('backcare-checklist-change', () => heard.push('b'));
      await tick(a!, 'Use a cold pack in the first 2–3 days');
      await b!.updateComplete;
      await c!.updateComplete;
      expect(box(b!, 'Use a cold pack in the first 2–3 days').checked).to.equal(true);
      expect(progressText(b!)).to.match(/^1 of \d+ done$/);
      expect(status(b!)).to.equal('');
      expect(heard).to.deep.equal([]);
      expect(boxes(c!).some((input) => input.checked)).to.equal(false);
      button(b!, 'Clear all').click();
      await a!.updateComplete;
      expect(boxes(a!).some((input) => input.checked)).to.equal(false);
      await tick(c!, 'Manage stress');
      await a!.updateComplete;
      expect(box(a!, 'Manage stress').checked).to.equal(false);
    });

    it('follows changes made in another tab (storage event)', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'backcare:backcare-checklist:v1', newValue: '{"v":1,"checked":["posture"]}' }),
      );
      await el.updateComplete;
      expect(box(el, 'Mind your posture').checked).to.equal(true);
      window.dispatchEvent(new StorageEvent('storage', { key: 'backcare:backcare-checklist:v1', newValue: null }));
      await el.updateComplete;
      expect(box(el, 'Mind your posture').checked).to.equal(false);
    });

    it('stops following while detached and catches up when attached again', async () => {
      const wrapper = await fixture(html`<div>
        <backcare-treatment-checklist persist></backcare-treatment-checklist>
        <backcare-treatment-checklist persist></backcare-treatment-checklist>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('backcare-treatment-checklist')] as Checklist[];
      b!.remove();
      await tick(a!, 'Physical therapy');
      expect(box(b!, 'Physical therapy').checked).to.equal(false);
      wrapper.append(b!);
      await b!.updateComplete;
      expect(box(b!, 'Physical therapy').checked).to.equal(true);
      await tick(a!, 'Mind your posture');
      await b!.updateComplete;
      expect(box(b!, 'Mind your posture').checked).to.equal(true);
    });

    it('stops reading and writing when persist is turned off', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      el.persist = false;
      await el.updateComplete;
      await tick(el, 'Manage stress');
      expect(stored()).to.equal(null);
      expect(savedNote(el)).to.equal(false);
    });
  });

  describe('print', () => {
    let leavePrint: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await leavePrint?.();
      leavePrint = undefined;
    });

    it('prints a clean handout: black on white, no buttons, details shown, boxes kept', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist clinic-name="Riverside Physical Therapy"></backcare-treatment-checklist>`,
      );
      await tick(el, 'Stay gently active');
      const printDetail = root(el).querySelector('.print')!;
      expect(getComputedStyle(printDetail).display).to.equal('none');
      leavePrint = await printMode(el);
      // The card is the base part (the host only carries inherited text styles).
      const style = getComputedStyle(root(el).querySelector('[part~="base"]')!);
      expect(style.color).to.equal('rgb(0, 0, 0)');
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style.borderTopStyle).to.equal('none');
      for (const b of root(el).querySelectorAll('button')) expect(getComputedStyle(b).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('details')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="progress"]')!).display).to.equal('none');
      expect(getComputedStyle(printDetail).display).not.to.equal('none');
      expect(printDetail.textContent).to.include(en['treatment-checklist'].items[0]!.detail);
      expect(getComputedStyle(root(el).querySelector('.caution')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(root(el).querySelector('.caution')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root(el).querySelector('[part="sources"] a')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root(el).querySelector('[part="clinic"]')!).display).not.to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="sources"]')!).display).not.to.equal('none');
      const inputs = boxes(el);
      inputs.forEach((input) => expect(getComputedStyle(input).display).not.to.equal('none'));
      expect(inputs.filter((input) => input.checked)).to.have.length(1);
    });

    it('is back to the screen styles after printing', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const leave = await printMode(el);
      expect(getComputedStyle(button(el, 'Print')).display).to.equal('none');
      await leave();
      expect(getComputedStyle(button(el, 'Print')).display).not.to.equal('none');
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish with lang="es"', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist lang="es" clinic-name="Clínica del Río"></backcare-treatment-checklist>`,
      );
      const t = es['treatment-checklist'];
      expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(t.heading);
      expect(groupHeadings(el)).to.deep.equal([t.groups['self-care'], t.groups.medicines, t.groups.professional]);
      expect(titles(el)).to.deep.equal(es['treatment-checklist'].items.map((item) => item.title));
      expect(root(el).querySelector('.caution')!.textContent!.trim()).to.equal(es['treatment-checklist'].medicineCaution);
      expect(root(el).querySelector('[part="clinic"]')!.textContent!.trim()).to.equal('De parte de Clínica del Río');
      expect(progressText(el)).to.equal('0 de 15 hechos');
      expect(button(el, 'Imprimir')).not.to.equal(undefined);
      expect(button(el, 'Desmarcar todo')).not.to.equal(undefined);
      expect(root(el).querySelector('summary')!.textContent!.trim()).to.equal(`${t.moreAbout}: ${es['treatment-checklist'].items[0]!.title}`);
      boxes(el)[0]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('1 de 15 hechos');
      await expect(el).to.be.accessible();
    });
  });
});
