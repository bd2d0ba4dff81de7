/**
 * What the widgets do when the device or the page will not do what they ask:
 * storage that is full, audio the browser keeps silent, a wake lock refused, a
 * running timer moved in the page. Each test causes the failure, then checks
 * what the patient sees and what is kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/phase-guide/define.js';
import '../../src/components/stretch-card/define.js';
import '../../src/components/treatment-checklist/define.js';
import type { BackcareTreatmentChecklist } from '../../src/components/treatment-checklist/treatment-checklist.js';
import { checklistItemList } from '../../src/data/checklist.js';
import { locales } from '../../src/data/index.js';
import { defineForTest, FakeAudioContext, installTimerStubs, settle } from '../helpers/timer-alerts.js';

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

describe('hardening: the checklist when local storage is full', function () {
  // The first render of the file and axe are slow on a loaded machine.
  this.timeout(30_000);
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

describe('hardening: timers when the page or the device gets in the way', () => {
  let stubs: ReturnType<typeof installTimerStubs>;
  beforeEach(() => (stubs = installTimerStubs()));
  afterEach(() => stubs.restore());

  type Timed = HTMLElement & { updateComplete: Promise<unknown> };
  const shadow = (el: Timed) => el.shadowRoot!;
  const notices = (el: Timed) => [...shadow(el).querySelectorAll('[part="timer-notice"]')].map((p) => p.textContent);
  const keepOpen = (el: Timed) => shadow(el).querySelector('[part="keep-open"]')?.textContent;
  const clock = (el: Timed) => shadow(el).querySelector('[role="timer"]')?.textContent?.trim();
  const startButton = (el: Timed) => shadow(el).querySelector<HTMLButtonElement>('[part~="timer"] button')!;
  const startGuide = async () => {
    const guide = await fixture<Timed>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
    startButton(guide).click();
    await settle();
    await guide.updateComplete;
    return guide;
  };

  it('a phase-guide session moved into a dialog keeps running, with its sound, its wake lock and "Keep this page open"', async () => {
    const guide = await startGuide();
    expect(stubs.wakeLock.held()).to.equal(1);
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    try {
      dialog.append(guide);
      dialog.show();
      await settle();
      await guide.updateComplete;
      expect(keepOpen(guide)).to.equal(en['phase-guide'].timer.keepOpen);
      expect(stubs.wakeLock.held()).to.equal(1);
      expect(stubs.wakeLock.requests).to.equal(2);
      expect(FakeAudioContext.instances).to.have.length(2);
      expect(stubs.audio()!.state).to.equal('running');
      expect(clock(guide)).to.match(/^1[45]:\d\d$/);
      expect(notices(guide)).to.deep.equal([]);
    } finally {
      dialog.remove();
    }
  });

  it('a phase-guide session ends on time when the device clock is set back an hour', async () => {
    const time = sinon.useFakeTimers({ now: new Date(2026, 10, 21, 9, 0), toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    try {
      const guide = await startGuide();
      time.tick(60_000);
      time.setSystemTime(Date.now() - 3_600_000);
      time.tick(13 * 60_000);
      await guide.updateComplete;
      expect(clock(guide)).to.equal('01:00');
      time.tick(60_000);
      await guide.updateComplete;
      expect(keepOpen(guide), 'the session is over').to.equal(undefined);
      expect(stubs.tones().length, 'the end chime').to.be.greaterThan(0);
    } finally {
      time.restore();
    }
  });

  it('the phase guide says so beside the clock when sound cannot play and when the screen may sleep', async () => {
    FakeAudioContext.policy = 'blocked';
    defineForTest(navigator, 'wakeLock', { request: () => Promise.reject(new DOMException('battery saver', 'NotAllowedError')) });
    const guide = await startGuide();
    expect(notices(guide)).to.deep.equal([en.common.screenMaySleep]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await guide.updateComplete;
    expect(notices(guide)).to.deep.equal([en.common.soundUnavailable, en.common.screenMaySleep]);
    await expect(guide).to.be.accessible();
  });

  it('the stretch card says so in Spanish where there is no Web Audio', async () => {
    defineForTest(window, 'AudioContext', undefined);
    const card = await fixture<Timed>(html`<backcare-stretch-card exercise="bridge" lang="es"></backcare-stretch-card>`);
    const start = [...shadow(card).querySelectorAll('button')].find((b) => b.textContent!.trim() === es['stretch-card'].start)!;
    start.click();
    await settle();
    await card.updateComplete;
    expect(notices(card)).to.deep.equal([es.common.soundUnavailable]);
  });
});

describe('hardening: Print where the browser does not print (a sandboxed frame)', () => {
  afterEach(() => {
    sinon.restore();
    window.dispatchEvent(new Event('afterprint'));
  });
  const blocked = (el: Element) => el.shadowRoot!.querySelector('[part="print-blocked"]')?.textContent?.trim();
  const printButton = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /print|imprimir/i.test(b.textContent!))!;

  for (const [tag, template] of [
    ['backcare-treatment-checklist', html`<backcare-treatment-checklist lang="es"></backcare-treatment-checklist>`],
    ['backcare-stretch-card', html`<backcare-stretch-card exercise="bridge" lang="es"></backcare-stretch-card>`],
  ] as const) {
    it(`<${tag}> says so beside the Print button instead of doing nothing, and not once printing works`, async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const print = sinon.stub(window, 'print'); // ignored: no beforeprint, as in a frame without allow-modals
      try {
        const el = await fixture<Checklist>(template);
        printButton(el).click();
        clock.tick(999);
        await el.updateComplete;
        expect(blocked(el)).to.equal(undefined);
        clock.tick(1);
        await el.updateComplete;
        expect(blocked(el)).to.equal(es.common.printBlocked);
        expect(el.shadowRoot!.querySelector('[part="print-blocked"]')!.getAttribute('role')).to.equal('alert');

        print.callsFake(() => window.dispatchEvent(new Event('beforeprint')));
        printButton(el).click();
        await el.updateComplete;
        clock.tick(2000);
        await el.updateComplete;
        expect(blocked(el)).to.equal(undefined);
      } finally {
        clock.restore();
      }
    });
  }
});
