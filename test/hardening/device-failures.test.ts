/**
 * What the widgets do when the device will not do what they ask: storage that
 * is full or blocked. Each test causes the failure, then checks what the
 * patient sees and what is kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/treatment-checklist/define.js';
import type { BackcareTreatmentChecklist } from '../../src/components/treatment-checklist/treatment-checklist.js';
import { checklistItemList } from '../../src/data/checklist.js';
import { locales } from '../../src/data/index.js';

type Checklist = BackcareTreatmentChecklist;
const { en, es } = locales;
const t = en['treatment-checklist'];
const toDos = checklistItemList.filter((item) => item.kind === 'to-do');
const [first, second, third] = toDos.map((item) => item.id) as [keyof typeof t.items, keyof typeof t.items, keyof typeof t.items];
const key = 'backcare:backcare-checklist:v1';

const root = (el: Checklist) => el.shadowRoot!;
const box = (el: Checklist, id: string) => root(el).getElementById(`item-${id}`) as HTMLInputElement;
const ticked = (el: Checklist) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((input) => input.checked).map((input) => input.id);
const saving = (el: Checklist) => root(el).querySelector('[part="saving"]')?.textContent?.trim();
const status = (el: Checklist) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const clearAll = (el: Checklist) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === t.clearAll)!;
const click = async (el: Checklist, target: HTMLElement) => {
  target.click();
  await el.updateComplete;
};
const saved = (ids: string[]) => JSON.stringify({ v: 1, checked: ids });
const full = () => sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));

describe('hardening: the checklist when local storage is full', () => {
  afterEach(() => {
    sinon.restore();
    for (const name of Object.keys(localStorage)) if (name.startsWith('backcare:')) localStorage.removeItem(name);
  });

  it('still shows the saved ticks, keeps new ones in memory, and says it could not save', async () => {
    localStorage.setItem(key, saved([first, second]));
    full();
    const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
    expect(ticked(el)).to.deep.equal([`item-${first}`, `item-${second}`]);
    expect(saving(el)).to.equal(en.common.couldNotSave);

    await click(el, box(el, third));
    expect(box(el, third).checked).to.equal(true);
    expect(status(el)).to.include(en.common.couldNotSave);
    expect(localStorage.getItem(key), 'storage is unchanged').to.equal(saved([first, second]));
    await expect(el).to.be.accessible();
  });

  it('"Clear all" still clears what was saved, so a reload shows none', async () => {
    localStorage.setItem(key, saved([first, second]));
    full();
    const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
    await click(el, clearAll(el));
    expect(ticked(el)).to.deep.equal([]);
    expect(localStorage.getItem(key)).to.equal(null);
    const again = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
    expect(ticked(again)).to.deep.equal([]);
  });

  it('says so as soon as a save fails, in the patient\'s language, and "saved" again once one works', async () => {
    const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist lang="es"></backcare-treatment-checklist>`);
    expect(saving(el)).to.equal(es['treatment-checklist'].savedOnDevice);
    const setItem = full();
    await click(el, box(el, first));
    expect(saving(el)).to.equal(es.common.couldNotSave);
    expect(box(el, first).checked).to.equal(true);
    setItem.restore();
    await click(el, box(el, second));
    expect(saving(el)).to.equal(es['treatment-checklist'].savedOnDevice);
    expect(localStorage.getItem(key)).to.equal(saved([first, second]));
  });

  it('keeps two long storage keys that share their first 59 characters apart', async () => {
    const shared = 'clinic-riverside-physiotherapy-lower-back-programme-week-one';
    expect(shared.length).to.be.greaterThan(59);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <backcare-treatment-checklist persist storage-key=${`${shared}-morning`}></backcare-treatment-checklist>
      <backcare-treatment-checklist persist storage-key=${`${shared}-evening`}></backcare-treatment-checklist>
    </div>`);
    const [morning, evening] = [...wrapper.querySelectorAll<Checklist>('backcare-treatment-checklist')] as [Checklist, Checklist];
    await Promise.all([morning.updateComplete, evening.updateComplete]);
    await click(morning, box(morning, first));
    await evening.updateComplete;
    expect(ticked(morning)).to.deep.equal([`item-${first}`]);
    expect(ticked(evening)).to.deep.equal([]);
    expect(localStorage.getItem(`backcare:${shared}-morning:v1`)).to.equal(saved([first]));
    expect(localStorage.getItem(`backcare:${shared}-evening:v1`)).to.equal(null);
  });
});
