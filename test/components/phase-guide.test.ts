import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/phase-guide/define.js';
import type { BackcarePhaseGuide, PhaseChangeDetail, TimerDetail } from '../../src/components/phase-guide/phase-guide.js';
import { locales } from '../../src/data/index.js';

const { en, es } = locales;
import { captureWarnings } from '../helpers/console.js';

const t = en['phase-guide'];
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as E | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const current = (el: Element) => $(el, '[aria-current="step"]');
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => b.textContent!.trim() === label) as HTMLButtonElement | undefined;
const clockText = (el: Element) => text(el, '[role="timer"]');
const statusText = (el: Element) => text(el, '[role="status"]');

async function click(el: BackcarePhaseGuide, target: HTMLElement | undefined) {
  expect(target, 'button to click').to.not.equal(undefined);
  target!.focus();
  target!.click();
  await el.updateComplete;
}

/** Fixed clock: Saturday 21 November 2026, 09:00 local. */
const NOW = new Date(2026, 10, 21, 9, 0);

describe('<backcare-phase-guide>', () => {
  let clock: sinon.SinonFakeTimers;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    clock.restore();
  });

  /**
   * axe waits on real timers: run it with the real clock, then go back to the
   * fixed one at the same instant. A running countdown's pending tick belonged
   * to the old fake clock, so it is woken the way a page coming back from the
   * background wakes it.
   */
  async function expectAccessible(el: Element) {
    const now = Date.now();
    clock.restore();
    try {
      await expect(el).to.be.accessible();
    } finally {
      clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  }

  describe('when the day is unknown', () => {
    it('asks when the pain started, with every choice from the content and a date no later than today', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      expect(text(el, 'h2')).to.equal(t.heading);
      expect(text(el, 'fieldset legend')).to.equal(t.whenStartedQuestion);
      const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
      expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(t.whenStartedOptions.map((o) => o.label));
      expect(radios.map((r) => Number(r.value))).to.deep.equal(t.whenStartedOptions.map((o) => o.day));
      const date = $<HTMLInputElement>(el, 'input[type="date"]')!;
      expect(date.max).to.equal('2026-11-21');
      expect(date.closest('label')!.textContent!.trim()).to.equal(t.orPickDate);
      expect(current(el)).to.equal(null);
      expect($(el, '.phases')).to.equal(null);
      expect(text(el, 'form + p')).to.include(t.usualCourse);
      expect(warnings.messages()).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('shows an error and keeps the question when nothing is chosen', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      await click(el, button(el, t.showPhase));
      expect(text(el, '[role="alert"]')).to.equal(t.whenStartedError);
      expect(el.shadowRoot!.activeElement === $(el, 'input[type="radio"]'), 'focus').to.equal(true);
      expect(current(el)).to.equal(null);
      await expectAccessible(el);
    });

    it('shows the phase for the chosen answer, keeps it in memory only, and announces the change', async () => {
      const stored = localStorage.length;
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      $<HTMLInputElement>(el, 'input[value="1"]')!.click();
      const changed = oneEvent(el, 'backcare-phase-change');
      await click(el, button(el, t.showPhase));
      expect(((await changed) as CustomEvent<PhaseChangeDetail>).detail).to.deep.equal({ phase: 'acute', day: 1 });
      expect(text(el, '.day strong')).to.equal('Day 1');
      expect(text(el, '[aria-current="step"] h3')).to.equal(en['phase-guide'].phases[0]!.name);
      expect(el.shadowRoot!.activeElement === $(el, '.day'), 'focus').to.equal(true);
      expect(localStorage.length).to.equal(stored);
      expect(el.hasAttribute('day')).to.equal(false);
    });

    it('takes a date from the date input, counted in local calendar days', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      $<HTMLInputElement>(el, 'input[value="0"]')!.click();
      $<HTMLInputElement>(el, 'input[type="date"]')!.value = '2026-11-16';
      await click(el, button(el, t.showPhase));
      expect(text(el, '.day strong')).to.equal('Day 5');
      expect(current(el)!.querySelector('h3')!.textContent!.trim()).to.equal(en['phase-guide'].phases[1]!.name);
    });

    it('refuses a future date typed past the max', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      $<HTMLInputElement>(el, 'input[type="date"]')!.value = '2026-11-25';
      $<HTMLFormElement>(el, 'form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal(t.whenStartedError);
      expect(current(el)).to.equal(null);
    });

    it('"Change when it started" goes back to the question, and a new answer changes the phase', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      await click(el, button(el, t.changeDay));
      expect(text(el, 'legend')).to.equal(t.whenStartedQuestion);
      expect(el.shadowRoot!.activeElement === $(el, 'input[type="radio"]'), 'focus').to.equal(true);
      await expectAccessible(el);
      $<HTMLInputElement>(el, 'input[value="15"]')!.click();
      const changed = oneEvent(el, 'backcare-phase-change');
      await click(el, button(el, t.showPhase));
      expect(((await changed) as CustomEvent<PhaseChangeDetail>).detail).to.deep.equal({ phase: 'recovery', day: 15 });
      expect(text(el, '.day strong')).to.equal('Day 15');
    });
  });

  describe('phases', () => {
    const cases: [number, number][] = [
      [0, 0],
      [2, 0],
      [3, 1],
      [14, 1],
      [15, 2],
      [400, 2],
    ];
    for (const [day, index] of cases) {
      it(`day ${day}: shows all three phases in order with phase ${index + 1} current and expanded`, async () => {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day=${day}></backcare-phase-guide>`);
        const phase = en['phase-guide'].phases[index]!;
        const items = $$(el, 'ol.phases > li');
        expect(items).to.have.length(3);
        expect(items.map((li) => li.hasAttribute('aria-current'))).to.deep.equal([0, 1, 2].map((i) => i === index));
        expect(items[index]!.getAttribute('aria-current')).to.equal('step');
        expect(text(el, '.day strong')).to.equal(`Day ${day}`);
        const here = current(el)!;
        expect(here.querySelector('.marker')!.textContent!.trim()).to.equal(t.currentPhase);
        expect(here.querySelector('h3')!.textContent!.trim()).to.equal(phase.name);
        expect(here.textContent).to.include(phase.dayLabel).and.include(phase.frequency).and.include(t.therapies[phase.therapy]);
        expect([...here.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([t.doHeading, t.avoidHeading]);
        for (const item of [...phase.do, ...phase.avoid]) expect(here.textContent).to.include(item.text);
        expect(here.querySelectorAll('.sources li')).to.have.length(new Set(phase.sources).size);
        // The others are closed disclosures showing name and days.
        items
          .filter((_, i) => i !== index)
          .forEach((li, i) => {
            const other = en['phase-guide'].phases.filter((_, j) => j !== index)[i]!;
            expect(li.querySelector('details')!.open).to.equal(false);
            expect(li.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${other.name} ${other.dayLabel}`);
          });
        await expectAccessible(el);
      });
    }

    it('shows the session length and the timer only in the cold and heat phases', async () => {
      const cold = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="0"></backcare-phase-guide>`);
      expect(current(cold)!.textContent).to.include('15 minutes');
      expect(button(cold, 'Start a 15-minute cold session')).to.not.equal(undefined);
      const heat = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="5"></backcare-phase-guide>`);
      expect(button(heat, 'Start a 15-minute heat session')).to.not.equal(undefined);
      const recovery = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="20"></backcare-phase-guide>`);
      expect($(recovery, '[role="timer"]')).to.equal(null);
      expect(text(recovery, '.timer')).to.equal(t.timer.noTimerInRecovery);
      expect(current(recovery)!.querySelector('dl')!.textContent).to.not.include(t.sessionLabel);
    });

    it('asks to book an appointment from day 7, and always gives the usual course', async () => {
      const day6 = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="6"></backcare-phase-guide>`);
      expect(allText(day6)).to.not.include(t.bookIfNotBetter);
      expect(allText(day6)).to.include(t.usualCourse);
      for (const day of [7, 14, 30]) {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day=${day}></backcare-phase-guide>`);
        expect(text(el, '.book')).to.equal(t.bookIfNotBetter);
        expect(allText(el)).to.include(t.usualCourse);
      }
    });

    it('counts the day from onset in local calendar days, and onset wins over day', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide onset="2026-11-18" day="20"></backcare-phase-guide>`);
      expect(text(el, '.day strong')).to.equal('Day 3');
      expect(current(el)!.querySelector('h3')!.textContent!.trim()).to.equal(en['phase-guide'].phases[1]!.name);
      const today = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide onset="2026-11-21"></backcare-phase-guide>`);
      expect(text(today, '.day strong')).to.equal('Day 0');
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('fires backcare-phase-change when the phase first becomes known and when it changes, not on every render', async () => {
      const spy = sinon.spy();
      document.addEventListener('backcare-phase-change', spy);
      try {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="2"></backcare-phase-guide>`);
        expect(spy.callCount).to.equal(1);
        expect(spy.firstCall.args[0].detail).to.deep.equal({ phase: 'acute', day: 2 });
        expect(spy.firstCall.args[0].bubbles && spy.firstCall.args[0].composed).to.equal(true);
        el.requestUpdate();
        await el.updateComplete;
        expect(spy.callCount).to.equal(1);
        el.setAttribute('day', '3');
        await el.updateComplete;
        expect(spy.callCount).to.equal(2);
        expect(spy.secondCall.args[0].detail).to.deep.equal({ phase: 'subacute', day: 3 });
      } finally {
        document.removeEventListener('backcare-phase-change', spy);
      }
    });

    it('puts headings one level below the heading level the page asks for, and takes its own heading text', async () => {
      const el = await fixture<BackcarePhaseGuide>(
        html`<backcare-phase-guide day="1" heading-level="4" heading="When to use ice or heat"></backcare-phase-guide>`,
      );
      expect(text(el, 'h4')).to.equal('When to use ice or heat');
      expect(current(el)!.querySelector('h5')!.textContent!.trim()).to.equal(en['phase-guide'].phases[0]!.name);
      expect(current(el)!.querySelectorAll('h6')).to.have.length(2);
    });
  });

  describe('session timer', () => {
    it('shows the safety line and the full time before starting', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      expect(text(el, '.safety')).to.equal(t.timer.safety);
      expect(clockText(el)).to.equal('15:00');
      expect($(el, '[role="timer"]')!.getAttribute('aria-live')).to.equal('off');
      expect($(el, '[role="status"]')).to.not.equal(null);
      expect(statusText(el)).to.equal('');
      expect(button(el, t.timer.stop)).to.equal(undefined);
    });

    it('runs a 15-minute cold session, announcing the start, 10 and 5 minutes left, and the end only', async () => {
      const vibrate = sinon.stub();
      Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
      try {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
        const started = oneEvent(el, 'backcare-timer-start');
        await click(el, button(el, 'Start a 15-minute cold session'));
        const start = (await started) as CustomEvent<TimerDetail>;
        expect(start.detail).to.deep.equal({ therapy: 'cold', minutes: 15 });
        expect(start.bubbles && start.composed).to.equal(true);
        expect(statusText(el)).to.equal('15-minute cold session started.');
        expect(clockText(el)).to.equal('15:00');
        expect(el.shadowRoot!.activeElement === button(el, t.timer.pause), 'focus').to.equal(true);
        expect(button(el, t.timer.stop)).to.not.equal(undefined);
        await expectAccessible(el);

        const completions = sinon.spy();
        el.addEventListener('backcare-timer-complete', completions);
        const announced: string[] = [statusText(el)];
        const clocks = new Set<string>();
        for (let second = 1; second <= 15 * 60; second += 1) {
          clock.tick(1000);
          await el.updateComplete;
          clocks.add(clockText(el));
          if (statusText(el) !== announced.at(-1)) announced.push(statusText(el));
          if (second === 5 * 60) expect(clockText(el)).to.equal('10:00');
        }
        expect(clocks.size).to.equal(15 * 60);
        expect(announced).to.deep.equal([
          '15-minute cold session started.',
          '10 minutes left.',
          '5 minutes left.',
          t.timer.complete,
        ]);
        expect(clockText(el)).to.equal('00:00');
        expect(completions.callCount).to.equal(1);
        expect(completions.firstCall.args[0].detail).to.deep.equal({ therapy: 'cold', minutes: 15 });
        expect(vibrate.callCount).to.equal(1);
        expect($(el, '[role="status"]')!.classList.contains('done')).to.equal(true);
        expect(button(el, 'Start a 15-minute cold session')).to.not.equal(undefined);
        expect(button(el, t.timer.stop)).to.equal(undefined);
        clock.tick(60_000);
        expect(completions.callCount).to.equal(1);
        await expectAccessible(el);
      } finally {
        delete (navigator as { vibrate?: unknown }).vibrate;
      }
    });

    it('pauses and resumes without losing or gaining time, and stops back to the start', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="5"></backcare-phase-guide>`);
      await click(el, button(el, 'Start a 15-minute heat session'));
      clock.tick(4 * 60_000 + 500);
      await click(el, button(el, t.timer.pause));
      expect(clockText(el)).to.equal('11:00');
      expect(statusText(el)).to.equal(t.timer.paused);
      expect(el.shadowRoot!.activeElement === button(el, t.timer.resume), 'focus').to.equal(true);
      await expectAccessible(el);
      clock.tick(60 * 60_000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('11:00');
      await click(el, button(el, t.timer.resume));
      expect(statusText(el)).to.equal('');
      clock.tick(59_500);
      await el.updateComplete;
      expect(clockText(el)).to.equal('10:00');
      expect(statusText(el)).to.equal('10 minutes left.');
      await click(el, button(el, t.timer.stop));
      expect(clockText(el)).to.equal('15:00');
      expect(statusText(el)).to.equal('');
      expect(el.shadowRoot!.activeElement === button(el, 'Start a 15-minute heat session'), 'focus').to.equal(true);
    });

    it('shows the true time after the page was in the background, and ends a session that ran out meanwhile', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const completions = sinon.spy();
      el.addEventListener('backcare-timer-complete', completions);
      await click(el, button(el, 'Start a 15-minute cold session'));
      // The phone sleeps: the wall clock moves on, no timer runs.
      clock.setSystemTime(Date.now() + 7 * 60_000 + 30_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clockText(el)).to.equal('07:30');
      // 7:30 left rounds up to 8 minutes, not a 5-minute mark: nothing new is announced.
      expect(statusText(el)).to.equal('15-minute cold session started.');
      clock.setSystemTime(Date.now() + 60 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clockText(el)).to.equal('00:00');
      expect(statusText(el)).to.equal(t.timer.complete);
      expect(completions.callCount).to.equal(1);
      document.dispatchEvent(new Event('visibilitychange'));
      clock.tick(10_000);
      expect(completions.callCount).to.equal(1);
    });

    it('after a jump, names the 5-minute mark only while the clock still rounds up to it', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      await click(el, button(el, 'Start a 15-minute cold session'));
      clock.setSystemTime(Date.now() + 5 * 60_000 + 20_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clockText(el)).to.equal('09:40');
      expect(statusText(el)).to.equal('10 minutes left.');
      clock.setSystemTime(Date.now() + 3 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clockText(el)).to.equal('06:40');
      expect(statusText(el)).to.equal('10 minutes left.');
    });

    it('completes even where vibration throws', async () => {
      Object.defineProperty(navigator, 'vibrate', {
        value: () => {
          throw new Error('not allowed');
        },
        configurable: true,
      });
      try {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" session-minutes="5"></backcare-phase-guide>`);
        const done = oneEvent(el, 'backcare-timer-complete');
        await click(el, button(el, 'Start a 5-minute cold session'));
        clock.tick(5 * 60_000);
        expect(((await done) as CustomEvent<TimerDetail>).detail).to.deep.equal({ therapy: 'cold', minutes: 5 });
        await el.updateComplete;
        expect(statusText(el)).to.equal(t.timer.complete);
      } finally {
        delete (navigator as { vibrate?: unknown }).vibrate;
      }
    });

    it('stops the session when the patient goes back to the question', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const completions = sinon.spy();
      el.addEventListener('backcare-timer-complete', completions);
      await click(el, button(el, 'Start a 15-minute cold session'));
      await click(el, button(el, t.changeDay));
      clock.tick(20 * 60_000);
      await el.updateComplete;
      expect(completions.callCount).to.equal(0);
      $<HTMLInputElement>(el, 'input[value="1"]')!.click();
      await click(el, button(el, t.showPhase));
      expect(clockText(el)).to.equal('15:00');
      expect(button(el, 'Start a 15-minute cold session')).to.not.equal(undefined);
    });

    it('uses session-minutes from 5 to 20', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" session-minutes="20"></backcare-phase-guide>`);
      expect(clockText(el)).to.equal('20:00');
      expect(current(el)!.querySelector('dl')!.textContent).to.include('20 minutes');
      const started = oneEvent(el, 'backcare-timer-start');
      await click(el, button(el, 'Start a 20-minute cold session'));
      expect(((await started) as CustomEvent<TimerDetail>).detail).to.deep.equal({ therapy: 'cold', minutes: 20 });
      clock.tick(5 * 60_000);
      await el.updateComplete;
      expect(statusText(el)).to.equal('15 minutes left.');
      expect(warnings.messages()).to.deep.equal([]);
    });
  });

  describe('bad attributes', () => {
    const badCases: [string, string, string][] = [
      ['onset', '2026-11-22', 'not in the future'],
      ['onset', '2026-02-30', 'YYYY-MM-DD'],
      ['onset', '21/11/2026', 'YYYY-MM-DD'],
      ['day', '-1', 'whole number'],
      ['day', '2.5', 'whole number'],
      ['day', 'three', 'whole number'],
    ];
    for (const [attribute, value, accepted] of badCases) {
      it(`${attribute}="${value}" warns once and asks when the pain started`, async () => {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0]).to.include('<backcare-phase-guide>').and.include(`${attribute}="${value}"`).and.include(accepted);
        expect(text(el, 'legend')).to.equal(t.whenStartedQuestion);
        await expectAccessible(el);
      });
    }

    it('a bad onset is not rescued by day: onset wins', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide onset="2027-01-01" day="4"></backcare-phase-guide>`);
      expect(text(el, 'legend')).to.equal(t.whenStartedQuestion);
      expect(warnings.messages()).to.have.length(1);
    });

    it('clamps session-minutes to 5–20 with a warning, and falls back to 15 for non-numbers', async () => {
      const cases: [string, number][] = [
        ['30', 20],
        ['21', 20],
        ['4', 5],
        ['0', 5],
        ['ten', 15],
        ['12.5', 15],
      ];
      for (const [value, used] of cases) {
        warnings.restore();
        warnings = captureWarnings();
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" session-minutes=${value}></backcare-phase-guide>`);
        expect(clockText(el), value).to.equal(`${String(used).padStart(2, '0')}:00`);
        expect(button(el, `Start a ${used}-minute cold session`), value).to.not.equal(undefined);
        expect(warnings.messages(), value).to.have.length(1);
        expect(warnings.messages()[0]).to.include(`session-minutes="${value}"`).and.include(`Using ${used}`);
      }
    });

    it('warns about an over-long heading and shortens it', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide heading=${'x'.repeat(200)}></backcare-phase-guide>`);
      expect(text(el, 'h2').length).to.equal(120);
      expect(warnings.messages()[0]).to.include('heading=');
    });
  });

  describe('in Spanish', () => {
    const s = es['phase-guide'];

    it('asks the question in Spanish', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es"></backcare-phase-guide>`);
      expect(text(el, 'h2')).to.equal(s.heading);
      expect(text(el, 'legend')).to.equal(s.whenStartedQuestion);
      expect(text(el, 'form button')).to.equal(s.showPhase);
      await expectAccessible(el);
    });

    it('shows the phase and runs the timer in Spanish', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es" day="8"></backcare-phase-guide>`);
      expect(text(el, '.day strong')).to.equal('Día 8');
      expect(current(el)!.querySelector('.marker')!.textContent!.trim()).to.equal(s.currentPhase);
      expect(current(el)!.querySelector('h3')!.textContent!.trim()).to.equal(es['phase-guide'].phases[1]!.name);
      expect(text(el, '.book')).to.equal(s.bookIfNotBetter);
      expect(button(el, s.changeDay)).to.not.equal(undefined);
      await click(el, button(el, 'Iniciar una sesión de calor de 15 minutos'));
      expect(statusText(el)).to.equal('Comenzó la sesión de calor de 15 minutos.');
      expect(button(el, s.timer.pause)).to.not.equal(undefined);
      clock.tick(15 * 60_000);
      await el.updateComplete;
      expect(statusText(el)).to.equal(s.timer.complete);
      await expectAccessible(el);
    });
  });
});

/** All the text of an element's shadow root, whitespace collapsed. */
function allText(el: Element): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}
