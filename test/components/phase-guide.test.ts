import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { preferReducedMotion } from '../helpers/motion.js';
import { trySetViewport } from '../helpers/viewport.js';
import sinon from 'sinon';
import '../../src/components/phase-guide/define.js';
import type { BackcarePhaseGuide, PhaseChangeDetail, TimerDetail } from '../../src/components/phase-guide/phase-guide.js';
import { phaseForDay } from '../../src/core/phase.js';
import { chimeNotes, vibrationPatterns } from '../../src/core/timer-alerts.js';
import { emergencySignsIn } from '../../src/core/safety-net.js';
import { heatWrap, notGettingBetter } from '../../src/data/phases.js';
import {
  heatAndColdCaution,
  locales,
  notEasing,
  onsetChoices,
  phases,
  sessionKinds,
  usualCourse,
  type SessionKind,
} from '../../src/data/index.js';
import { captureWarnings } from '../helpers/console.js';
import { expectSafetyNetNumbers } from '../helpers/safety-net.js';
import { installTimerStubs, settle } from '../helpers/timer-alerts.js';

const { en, es } = locales;
const enGB = locales['en-GB'];
const t = en['phase-guide'];
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as E | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const current = (el: Element) => $(el, '[aria-current="step"]');
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => b.textContent!.trim() === label) as HTMLButtonElement | undefined;
const clockText = (el: Element) => text(el, '[role="timer"]');
const clockName = (el: Element) => $(el, '[role="timer"]')!.getAttribute('aria-label');
const statusText = (el: Element) => text(el, '[role="status"]');
const keepOpen = (el: Element) => text(el, '[part="keep-open"]');
const start15 = 'Start the 15-minute timer';

async function click(el: BackcarePhaseGuide, target: HTMLElement | undefined) {
  expect(target, 'button to click').to.not.equal(undefined);
  target!.focus();
  target!.click();
  await el.updateComplete;
}

async function choose(el: BackcarePhaseGuide, id: string) {
  $<HTMLInputElement>(el, `#${id}`)!.click();
  await el.updateComplete;
}

/** The words of a phase's "do" and "avoid" items, in the facts' order. */
function adviceOf(words: typeof t, phase: (typeof phases)[number]): string[] {
  const own = words.phases[phase.id];
  return [
    ...phase.do.map(({ id }) => (own.do as Record<string, string>)[id]!),
    ...phase.avoid.map(({ id }) => (own.avoid as Record<string, string>)[id]!),
  ];
}

/** Fixed clock: Saturday 21 November 2026, 09:00 local. */
const NOW = new Date(2026, 10, 21, 9, 0);

describe('<backcare-phase-guide>', () => {
  let clock: sinon.SinonFakeTimers;
  let warnings: ReturnType<typeof captureWarnings>;
  let stubs: ReturnType<typeof installTimerStubs>;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    warnings = captureWarnings();
    stubs = installTimerStubs();
  });
  afterEach(() => {
    stubs.restore();
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
    it('asks when the pain started with shared radios, every choice in order, and a date no later than today', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      expect(text(el, 'h2')).to.equal(t.heading);
      expect(text(el, 'fieldset legend')).to.equal(t.whenStartedQuestion);
      const radios = $$(el, '.choice > input.choice__input[type="radio"]') as HTMLInputElement[];
      expect(radios.map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(onsetChoices.map(({ id }) => t.whenStartedOptions[id]));
      expect(radios.map((r) => r.labels![0]!.className)).to.deep.equal(onsetChoices.map(() => 'choice__label'));
      expect(radios[0]!.getBoundingClientRect().height).to.be.at.least(44);
      expect(t.whenStartedOptions).to.deep.include({ 'two-days': '2 days ago', 'three-to-six-days': '3 to 6 days ago' });
      const date = $<HTMLInputElement>(el, 'input[type="date"]')!;
      expect(date.max).to.equal('2026-11-21');
      expect(date.closest('label')!.textContent!.trim()).to.equal(t.orPickDate);
      expect(current(el)).to.equal(null);
      expect($(el, '.phases')).to.equal(null);
      expect(text(el, 'form + p')).to.equal(t.usualCourse);
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

    for (const choice of onsetChoices) {
      it(`"${t.whenStartedOptions[choice.id]}" shows the one phase its every day falls in, in memory only`, async () => {
        const stored = localStorage.length;
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
        await choose(el, `when-${choice.id}`);
        const changed = oneEvent(el, 'backcare-phase-change');
        await click(el, button(el, t.showPhase));
        const expected = phaseForDay(choice.fromDay, phases)!;
        for (let day = choice.fromDay; day <= (choice.toDay ?? 400); day += 1) {
          expect(phaseForDay(day, phases), `day ${day}`).to.equal(expected);
        }
        expect(((await changed) as CustomEvent<PhaseChangeDetail>).detail).to.deep.equal({ phase: expected.id, day: choice.fromDay });
        expect(text(el, '[aria-current="step"] h3')).to.equal(t.phases[expected.id].name);
        const line =
          choice.toDay === choice.fromDay
            ? choice.fromDay === 0
              ? 'Day 0 (the day it started)'
              : `Day ${choice.fromDay}`
            : choice.toDay === null
              ? `Day ${choice.fromDay} onwards`
              : `Days ${choice.fromDay} to ${choice.toDay}`;
        expect(text(el, '.day strong')).to.equal(line);
        expect(el.shadowRoot!.activeElement === $(el, '.day'), 'focus').to.equal(true);
        expect(localStorage.length).to.equal(stored);
        expect(el.hasAttribute('day')).to.equal(false);
      });
    }

    it('takes a date from the date input, counted in local calendar days, over a chosen answer', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide></backcare-phase-guide>`);
      await choose(el, 'when-today');
      $<HTMLInputElement>(el, 'input[type="date"]')!.value = '2026-11-16';
      await click(el, button(el, t.showPhase));
      expect(text(el, '.day strong')).to.equal('Day 5');
      expect(current(el)!.querySelector('h3')!.textContent!.trim()).to.equal(t.phases.subacute.name);
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
      await choose(el, 'when-over-two-weeks');
      const changed = oneEvent(el, 'backcare-phase-change');
      await click(el, button(el, t.showPhase));
      expect(((await changed) as CustomEvent<PhaseChangeDetail>).detail).to.deep.equal({ phase: 'recovery', day: 15 });
      expect(text(el, '.day strong')).to.equal('Day 15 onwards');
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
        const phase = phases[index]!;
        const words = t.phases[phase.id];
        const items = $$(el, 'ol.phases > li');
        expect(items).to.have.length(3);
        expect(items.map((li) => li.hasAttribute('aria-current'))).to.deep.equal([0, 1, 2].map((i) => i === index));
        expect(items[index]!.getAttribute('aria-current')).to.equal('step');
        expect(text(el, '.day strong')).to.equal(day === 0 ? t.dayZero : `Day ${day}`);
        const here = current(el)!;
        expect(here.querySelector('.marker')!.textContent!.trim()).to.equal(t.currentPhase);
        expect(here.querySelector('h3')!.textContent!.trim()).to.equal(words.name);
        expect(here.textContent).to.include(words.frequency).and.include(t.therapies[phase.therapy]);
        expect([...here.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([t.doHeading, t.avoidHeading]);
        expect([...here.querySelectorAll('h4 + ul > li')].map((li) => li.textContent!.trim())).to.deep.equal(adviceOf(t, phase));
        const cited = new Set([
          ...[...phase.do, ...phase.avoid].flatMap((item) => item.sources),
          ...heatAndColdCaution.sources,
          ...(phase.sessions.some((kind) => sessionKinds[kind].therapy === 'heat') ? heatWrap.sources : []),
          ...(day >= notGettingBetter.fromDay ? notGettingBetter.sources : day >= notEasing.fromDay ? notEasing.sources : []),
          ...usualCourse.sources,
        ]);
        expect(here.querySelectorAll('.sources li')).to.have.length(cited.size);
        // The others are closed disclosures showing name and days.
        const days = ['Days 0 to 2 (the first 48 to 72 hours)', 'Days 3 to 14', 'Day 15 onwards'];
        items.forEach((li, i) => {
          if (i === index) return;
          expect(li.querySelector('details')!.open).to.equal(false);
          expect(li.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
            `${t.phases[phases[i]!.id].name} ${days[i]}`,
          );
        });
        await expectAccessible(el);
      });
    }

    it('days 0 to 2: cold first, heat instead if it eases the spasm more, gentle movement such as knee rolls', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="0"></backcare-phase-guide>`);
      const advice = [...current(el)!.querySelectorAll('h4 + ul > li')].map((li) => li.textContent!.trim());
      expect(advice[0]).to.match(/^Put a cold pack wrapped in a thin towel/);
      expect(advice).to.include(t.phases.acute.do['heat-instead']);
      expect(t.phases.acute.do['heat-instead']).to.include('heat instead');
      expect(t.phases.acute.do['gentle-movement']).to.include('from the first day').and.include('knee rolls');
    });

    it('says never on numb skin, and to ask first with diabetes or poor circulation, in every phase (heat is fine in each)', async () => {
      for (const day of [0, 5, 20]) {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day=${day}></backcare-phase-guide>`);
        // In the current phase and in the closed ones.
        expect($$(el, '.caution').map((p) => p.textContent!.trim())).to.deep.equal(Array(3).fill(t.heatAndColdCaution));
        expect(current(el)!.querySelector('.caution')!.textContent!.trim()).to.equal(t.heatAndColdCaution);
      }
      // Cited for what it says: no heat on numb skin (NHS sciatica page); Healthwise says no such thing.
      expect(heatAndColdCaution.sources).to.deep.equal(['S-NHS-SCI']);
    });

    it('recovery: keep exercising after the pain stops, with no claim about posture and no unsourced weeks', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="20"></backcare-phase-guide>`);
      const here = current(el)!.textContent!;
      expect(here).to.include('Stopping the exercises as soon as the pain stops.');
      expect(here).to.not.match(/posture|6[–-]8 weeks|6 to 8 weeks/i);
      expect(current(el)!.querySelector('dl')!.textContent).to.not.include(t.frequencyLabel);
    });

    it('keeps the heat timer from day 15: heat is still fine if it helps, and exercise is what the phase is about', async () => {
      const cold = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="0"></backcare-phase-guide>`);
      expect(current(cold)!.textContent).to.include('15 minutes');
      expect(button(cold, start15)).to.not.equal(undefined);
      const heat = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="5"></backcare-phase-guide>`);
      expect(button(heat, start15)).to.not.equal(undefined);
      const recovery = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="20"></backcare-phase-guide>`);
      expect(allText(recovery)).to.not.match(/No cold or heat sessions/);
      expect(current(recovery)!.textContent).to.include('Heat is still fine if it helps.');
      expect(phases[2].do.find((item) => item.id === 'heat-if-helps')!.sources).to.deep.equal(['S-COCH', 'S-ACP']);
      const radios = $$(recovery, '.sessions input[type="radio"]') as HTMLInputElement[];
      expect(radios.map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(['Heat pack or heating pad', 'Warm bath']);
      expect(radios[0]!.checked).to.equal(true);
      expect(current(recovery)!.querySelector('dl')!.textContent).to.include('Exercise').and.not.include(t.sessionLabel);
      const started = oneEvent(recovery, 'backcare-timer-start');
      await click(recovery, button(recovery, start15));
      expect(((await started) as CustomEvent<TimerDetail>).detail).to.deep.equal({ therapy: 'heat', session: 'heat-pack', minutes: 15 });
      expect(clockText(recovery)).to.equal('15:00');
      await expectAccessible(recovery);
    });

    it('says a heat wrap is worn as its package says, and keeps the timer for packs and baths', async () => {
      for (const day of [0, 5, 20]) {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day=${day}></backcare-phase-guide>`);
        expect(text(el, '.timer .muted'), `day ${day}`).to.equal(t.timer.heatWrap);
      }
      expect(t.timer.heatWrap).to.include('worn for hours, as its package says').and.include('for packs and baths');
      expect(t.phases.subacute.do.heat).to.include('a heat wrap worn as its package says').and.not.match(/heat wrap[^.]*15 to 20/);
      expect(enGB['phase-guide'].timer.heatWrap).to.include('as its packet says');
      expect(es['phase-guide'].timer.heatWrap).to.include('como indique el paquete');
      expect(heatWrap.sources).to.deep.equal(['S-COCH']);
    });

    it('says to see a doctor if it has not started to ease from day 7 to 14, past that to book if it is not getting better, and always gives the usual course', async () => {
      const day6 = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="6"></backcare-phase-guide>`);
      expect(allText(day6)).to.not.include(t.notEasing);
      expect($(day6, '.book')).to.equal(null);
      expect(allText(day6)).to.include(t.usualCourse);
      for (const [day, line] of [
        [7, t.notEasing],
        [14, t.notEasing],
        [15, t.notGettingBetter],
        [30, t.notGettingBetter],
      ] as const) {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day=${day}></backcare-phase-guide>`);
        expect(text(el, '.book'), `day ${day}`).to.equal(line);
        expect(allText(el)).to.include(t.usualCourse);
        // "After a week" is no news past day 14.
        if (day > 14) expect(allText(el)).to.not.include('after a week');
      }
      expect(t.notGettingBetter).to.equal('If it is not getting better, book an appointment with a doctor.');
      expect(notGettingBetter.sources).to.deep.equal(['S-NHS', 'S-NHSINF']);
      const spanish = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es" day="20"></backcare-phase-guide>`);
      expect(text(spanish, '.book')).to.equal('Si no está mejorando, pida una cita con un médico.');
    });

    it('says the same as the stretch card about when to start: gentle movement from the first day, other stretches once the worst has eased', () => {
      expect(t.phases.acute.do['gentle-movement']).to.equal('Gentle movement, such as knee rolls, is fine from the first day if it is comfortable.');
      expect(t.phases.subacute.do.stretches).to.equal('Start other stretches once the worst pain has eased.');
      expect(phases[0].do.find((item) => item.id === 'gentle-movement')!.sources).to.deep.equal(['S-NHS-EX']);
      expect(phases[1].do.find((item) => item.id === 'stretches')!.sources).to.deep.equal(['seed:001']);
    });

    it('carries the safety net in every state: the emergency signs in the checker\'s words, the number and "This is not a diagnosis"', async () => {
      for (const template of [html`<backcare-phase-guide></backcare-phase-guide>`, html`<backcare-phase-guide day="20"></backcare-phase-guide>`]) {
        const el = await fixture<BackcarePhaseGuide>(template);
        const net = $<HTMLDetailsElement>(el, 'details[part="safety-net"]')!;
        expect(net, 'safety net').to.be.instanceOf(HTMLDetailsElement);
        expect(net.querySelector('summary')!.textContent!.trim()).to.equal('Get help now: call 911');
        expect([...net.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(emergencySignsIn(locales.en.common));
        expect(net.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
        expect(net.textContent).to.include(en.common.notDiagnosis);
        net.open = true;
        for (const theme of ['light', 'dark']) {
          el.setAttribute('theme', theme);
          await el.updateComplete;
          await expectAccessible(el);
        }
      }
    });

    it('calls the clinic\'s emergency number, 999 in UK English, in Spanish words, and warns once for a bad number', async () => {
      await expectSafetyNetNumbers({ name: 'day 3', tag: 'backcare-phase-guide', attributes: { day: '3' } }, warnings);
    });

    it('lists the usual course\'s source with the phase\'s, and cites nothing in the middle of the text', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      expect(text(el, '.sources')).to.include('Lower back pain exercises');
      expect(text(el, '[part="base"] > p.muted')).to.equal(t.usualCourse);
    });

    it('counts the day from onset in local calendar days, and onset wins over day', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide onset="2026-11-18" day="20"></backcare-phase-guide>`);
      expect(text(el, '.day strong')).to.equal('Day 3');
      expect(current(el)!.querySelector('h3')!.textContent!.trim()).to.equal(t.phases.subacute.name);
      const today = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide onset="2026-11-21"></backcare-phase-guide>`);
      expect(text(today, '.day strong')).to.equal('Day 0 (the day it started)');
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
      expect(current(el)!.querySelector('h5')!.textContent!.trim()).to.equal(t.phases.acute.name);
      expect(current(el)!.querySelectorAll('h6')).to.have.length(2);
    });
  });

  describe('session timer', () => {
    it('offers the phase\'s sessions, the advised one chosen, with its safety line and the full time', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const radios = $$(el, '.sessions input[type="radio"]') as HTMLInputElement[];
      expect(text(el, '.sessions legend')).to.equal(t.timer.sessionQuestion);
      expect(radios.map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(['Cold pack', 'Heat pack or heating pad', 'Warm bath']);
      expect(radios.map((r) => r.checked)).to.deep.equal([true, false, false]);
      expect(text(el, '.safety')).to.equal(t.timer.sessions['cold-pack'].safety);
      expect(clockText(el)).to.equal('15:00');
      expect(clockName(el)).to.equal('15 minutes');
      expect($(el, '[role="timer"]')!.getAttribute('aria-live')).to.equal('off');
      expect(statusText(el)).to.equal('');
      expect(keepOpen(el)).to.equal('');
      expect(button(el, t.timer.stop)).to.equal(undefined);
      const heat = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="4"></backcare-phase-guide>`);
      expect(($$(heat, '.sessions input:checked') as HTMLInputElement[]).map((r) => r.id)).to.deep.equal(['session-heat-pack']);
    });

    it('draws the clock at least twice the body text, readable from the floor', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const body = parseFloat(getComputedStyle($(el, '[part="base"]')!).fontSize);
      const clockSize = parseFloat(getComputedStyle($(el, '[role="timer"]')!).fontSize);
      expect(clockSize / body).to.be.at.least(2);
    });

    it('runs a 15-minute cold session: announces the start, 10 and 5 minutes left and the end only; chimes and vibrates at the end', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const started = oneEvent(el, 'backcare-timer-start');
      await click(el, button(el, start15));
      const start = (await started) as CustomEvent<TimerDetail>;
      expect(start.detail).to.deep.equal({ therapy: 'cold', session: 'cold-pack', minutes: 15 });
      expect(start.bubbles && start.composed).to.equal(true);
      expect(statusText(el)).to.equal('15-minute timer started.');
      expect(clockText(el)).to.equal('15:00');
      expect(keepOpen(el)).to.equal(t.timer.keepOpen);
      expect(($$(el, '.sessions') as HTMLFieldSetElement[])[0]!.disabled, 'session locked while it runs').to.equal(true);
      expect(el.shadowRoot!.activeElement === button(el, t.timer.pause), 'focus').to.equal(true);
      expect(button(el, t.timer.stop)).to.not.equal(undefined);
      await settle();
      expect(stubs.wakeLock.held(), 'screen kept on').to.equal(1);
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
        if (second === 5 * 60 + 1) expect(clockName(el)).to.equal('9 minutes, 59 seconds');
        if (second === 15 * 60 - 30) expect(clockName(el)).to.equal('30 seconds');
      }
      expect(clocks.size).to.equal(15 * 60);
      expect(announced).to.deep.equal([
        '15-minute timer started.',
        '10 minutes left.',
        '5 minutes left.',
        t.timer.sessions['cold-pack'].done,
      ]);
      expect(stubs.tones(), 'end chime only').to.deep.equal(chimeNotes.end.map((n) => n.frequency));
      expect(stubs.vibrate.callCount).to.equal(1);
      expect(stubs.vibrate.firstCall.args[0]).to.deep.equal(vibrationPatterns.end);
      expect(stubs.wakeLock.held(), 'screen may sleep again').to.equal(0);
      expect(keepOpen(el)).to.equal('');
      expect(clockText(el)).to.equal('00:00');
      expect(completions.callCount).to.equal(1);
      expect(completions.firstCall.args[0].detail).to.deep.equal({ therapy: 'cold', session: 'cold-pack', minutes: 15 });
      expect($(el, '[role="status"]')!.classList.contains('done')).to.equal(true);
      expect(button(el, start15)).to.not.equal(undefined);
      expect(button(el, t.timer.stop)).to.equal(undefined);
      clock.tick(60_000);
      expect(completions.callCount).to.equal(1);
      await expectAccessible(el);
    });

    it('gives every session kind its safety line: the warm bath warm, not hot, and care getting in and out', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="4"></backcare-phase-guide>`);
      await choose(el, 'session-warm-bath');
      expect(text(el, '.safety')).to.equal('Warm, not hot. Take care getting in and out of the bath.');
      expect(es['phase-guide'].timer.sessions['warm-bath'].safety).to.equal(
        'El baño debe estar tibio, no caliente. Tenga cuidado al entrar y al salir de la bañera.',
      );
      for (const kind of Object.keys(sessionKinds) as SessionKind[]) expect(t.timer.sessions[kind].safety, kind).to.not.equal('');
    });

    const ends: [SessionKind, string][] = [
      ['cold-pack', 'Time is up. Take the cold pack off now.'],
      ['heat-pack', 'Time is up. Take the heat pack off, or turn the heating pad off, now.'],
      ['warm-bath', 'Time is up. Get out of the bath now.'],
    ];
    for (const [session, message] of ends) {
      it(`ends a ${session} session with a message that fits it`, async () => {
        const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="4" session-minutes="5"></backcare-phase-guide>`);
        await choose(el, `session-${session}`);
        expect(text(el, '.safety')).to.equal(t.timer.sessions[session].safety);
        const done = oneEvent(el, 'backcare-timer-complete');
        await click(el, button(el, 'Start the 5-minute timer'));
        clock.tick(5 * 60_000);
        const detail = ((await done) as CustomEvent<TimerDetail>).detail;
        expect(detail).to.deep.equal({ therapy: sessionKinds[session].therapy, session, minutes: 5 });
        await el.updateComplete;
        expect(statusText(el)).to.equal(message);
      });
    }

    it('pauses and resumes without losing or gaining time, letting the screen sleep while paused, and stops back to the start', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="5"></backcare-phase-guide>`);
      await click(el, button(el, start15));
      await settle();
      expect(stubs.wakeLock.held()).to.equal(1);
      clock.tick(4 * 60_000 + 500);
      await click(el, button(el, t.timer.pause));
      expect(clockText(el)).to.equal('11:00');
      expect(clockName(el)).to.equal('11 minutes');
      expect(statusText(el)).to.equal(t.timer.paused);
      expect(stubs.wakeLock.held()).to.equal(0);
      expect(keepOpen(el)).to.equal('');
      expect(el.shadowRoot!.activeElement === button(el, t.timer.resume), 'focus').to.equal(true);
      await expectAccessible(el);
      clock.tick(60 * 60_000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('11:00');
      await click(el, button(el, t.timer.resume));
      await settle();
      expect(stubs.wakeLock.held()).to.equal(1);
      expect(statusText(el)).to.equal('');
      clock.tick(59_500);
      await el.updateComplete;
      expect(clockText(el)).to.equal('10:00');
      expect(statusText(el)).to.equal('10 minutes left.');
      await click(el, button(el, t.timer.stop));
      expect(stubs.wakeLock.held()).to.equal(0);
      expect(clockText(el)).to.equal('15:00');
      expect(statusText(el)).to.equal('');
      expect(stubs.tones(), 'no chime for a stop').to.deep.equal([]);
      expect(el.shadowRoot!.activeElement === button(el, start15), 'focus').to.equal(true);
    });

    it('gives the screen lock back while the page is hidden, asks again when it is visible, and ends a session that ran out meanwhile', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const completions = sinon.spy();
      el.addEventListener('backcare-timer-complete', completions);
      await click(el, button(el, start15));
      await settle();
      // The phone locks: the page is hidden, the wall clock moves on, no timer runs.
      stubs.setVisibility('hidden');
      expect(stubs.wakeLock.held()).to.equal(0);
      clock.setSystemTime(Date.now() + 7 * 60_000 + 30_000);
      stubs.setVisibility('visible');
      await settle();
      await el.updateComplete;
      expect(stubs.wakeLock.held()).to.equal(1);
      expect(clockText(el)).to.equal('07:30');
      // 7:30 left rounds up to 8 minutes, not a 5-minute mark: nothing new is announced.
      expect(statusText(el)).to.equal('15-minute timer started.');
      clock.setSystemTime(Date.now() + 60 * 60_000);
      stubs.setVisibility('visible');
      await settle();
      await el.updateComplete;
      expect(clockText(el)).to.equal('00:00');
      expect(statusText(el)).to.equal(t.timer.sessions['cold-pack'].done);
      expect(completions.callCount).to.equal(1);
      expect(stubs.tones()).to.have.length(chimeNotes.end.length);
      expect(stubs.wakeLock.held()).to.equal(0);
      document.dispatchEvent(new Event('visibilitychange'));
      clock.tick(10_000);
      expect(completions.callCount).to.equal(1);
    });

    it('after a jump, names the 5-minute mark only while the clock still rounds up to it', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      await click(el, button(el, start15));
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

    it('is silent when the patient unticks the sound, and with sound="off" until they tick it', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" session-minutes="5"></backcare-phase-guide>`);
      const sound = $<HTMLInputElement>(el, '[part="sound"] input')!;
      expect(sound.checked).to.equal(true);
      expect(sound.labels![0]!.textContent!.trim()).to.equal(t.timer.sound);
      await click(el, button(el, 'Start the 5-minute timer'));
      sound.click();
      clock.tick(5 * 60_000);
      await el.updateComplete;
      expect(statusText(el)).to.equal(t.timer.sessions['cold-pack'].done);
      expect(stubs.tones()).to.deep.equal([]);
      expect(stubs.vibrate.callCount, 'still vibrates').to.equal(1);

      const off = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" sound="off" session-minutes="5"></backcare-phase-guide>`);
      const offSound = $<HTMLInputElement>(off, '[part="sound"] input')!;
      expect(offSound.checked).to.equal(false);
      await click(off, button(off, 'Start the 5-minute timer'));
      offSound.click();
      clock.tick(5 * 60_000);
      await off.updateComplete;
      expect(stubs.tones()).to.deep.equal(chimeNotes.end.map((n) => n.frequency));
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('warns once about a sound value it does not know, and keeps the sound on', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" sound="loud"></backcare-phase-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages()).to.deep.equal([
        '<backcare-phase-guide>: sound="loud" is not accepted; use sound="on" or sound="off". Using on.',
      ]);
      expect($<HTMLInputElement>(el, '[part="sound"] input')!.checked).to.equal(true);
    });

    it('completes where vibration, the wake lock and Web Audio are missing or refuse', async () => {
      stubs.restore();
      Object.defineProperty(navigator, 'vibrate', {
        value: () => {
          throw new Error('not allowed');
        },
        configurable: true,
      });
      Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true });
      Object.defineProperty(window, 'AudioContext', { value: undefined, configurable: true, writable: true });
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" session-minutes="5"></backcare-phase-guide>`);
      const done = oneEvent(el, 'backcare-timer-complete');
      await click(el, button(el, 'Start the 5-minute timer'));
      clock.tick(5 * 60_000);
      expect(((await done) as CustomEvent<TimerDetail>).detail).to.deep.equal({ therapy: 'cold', session: 'cold-pack', minutes: 5 });
      await el.updateComplete;
      expect(statusText(el)).to.equal(t.timer.sessions['cold-pack'].done);
    });

    it('stops the session, and gives the screen lock back, when the patient goes back to the question', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      const completions = sinon.spy();
      el.addEventListener('backcare-timer-complete', completions);
      await click(el, button(el, start15));
      await settle();
      await click(el, button(el, t.changeDay));
      expect(stubs.wakeLock.held()).to.equal(0);
      clock.tick(20 * 60_000);
      await el.updateComplete;
      expect(completions.callCount).to.equal(0);
      await choose(el, 'when-yesterday');
      await click(el, button(el, t.showPhase));
      expect(clockText(el)).to.equal('15:00');
      expect(button(el, start15)).to.not.equal(undefined);
    });

    it('gives the screen lock back when the widget leaves the page', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1"></backcare-phase-guide>`);
      await click(el, button(el, start15));
      await settle();
      el.remove();
      expect(stubs.wakeLock.held()).to.equal(0);
    });

    it('uses session-minutes from 5 to 20', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="1" session-minutes="20"></backcare-phase-guide>`);
      expect(clockText(el)).to.equal('20:00');
      expect(clockName(el)).to.equal('20 minutes');
      expect(current(el)!.querySelector('dl')!.textContent).to.include('20 minutes');
      const started = oneEvent(el, 'backcare-timer-start');
      await click(el, button(el, 'Start the 20-minute timer'));
      expect(((await started) as CustomEvent<TimerDetail>).detail).to.deep.equal({ therapy: 'cold', session: 'cold-pack', minutes: 20 });
      clock.tick(5 * 60_000);
      await el.updateComplete;
      expect(statusText(el)).to.equal('15 minutes left.');
      expect(warnings.messages()).to.deep.equal([]);
    });

    describe('on a phone, for a patient on the floor or in the bath', () => {
      beforeEach(async () => {
        await trySetViewport({ width: 375, height: 667 });
        await preferReducedMotion(true);
        // An earlier test's smooth scroll may still be moving the page: it stops here.
        window.scrollTo({ top: 0, behavior: 'instant' });
      });
      afterEach(async () => {
        document.documentElement.style.fontSize = '';
        window.scrollTo(0, 0);
        await preferReducedMotion(false);
        await trySetViewport({ width: 800, height: 600 });
      });

      /** A guide at the top of a page with room below it to scroll. */
      const onPage = async (guide: ReturnType<typeof html>) => {
        // A phone's width even where the engine cannot set the viewport (trySetViewport).
        const page = await fixture<HTMLElement>(html`<div style="max-width: 375px">${guide}<div style="height: 2000px"></div></div>`);
        const el = page.querySelector<BackcarePhaseGuide>('backcare-phase-guide')!;
        await el.updateComplete;
        return el;
      };
      const inView = (element: Element) => {
        const { top, bottom } = element.getBoundingClientRect();
        // Within a pixel: scrolling lands on fractions of one.
        return top > -1 && bottom < window.innerHeight + 1;
      };

      for (const [day, offered] of [
        [1, 'Cold pack'],
        [5, 'Heat pack or heating pad'],
        [20, 'Heat pack or heating pad'],
      ] as const) {
        it(`day ${day}: "${t.timer.jump}" near the top takes the patient to the timer, focus on it, and it offers heat`, async () => {
          const el = await onPage(html`<backcare-phase-guide day=${day}></backcare-phase-guide>`);
          const jump = button(el, t.timer.jump)!;
          const timer = $(el, '[part="timer"]')!;
          // On the first screen, above the advice; the timer itself far below it.
          expect(inView(jump), 'on the first screen').to.equal(true);
          expect(jump.compareDocumentPosition($(el, '.phases')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
          expect(timer.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
          await click(el, jump);
          expect(el.shadowRoot!.activeElement).to.equal(timer);
          expect(timer.getAttribute('aria-label')).to.equal(t.timer.label);
          expect(Math.round(timer.getBoundingClientRect().top)).to.be.within(0, window.innerHeight / 2);
          expect(inView(button(el, start15)!), 'its Start button in view').to.equal(true);
          const sessions = $$(el, '.sessions label').map((label) => label.textContent!.trim());
          expect(sessions[0]).to.equal(offered);
          expect(sessions).to.include('Heat pack or heating pad');
        });
      }

      it('in Spanish, the words of the jump and of the timer\'s name', async () => {
        const el = await onPage(html`<backcare-phase-guide day="20" lang="es"></backcare-phase-guide>`);
        const words = es['phase-guide'].timer;
        await click(el, button(el, words.jump));
        expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(words.label);
      });

      for (const [label, size] of [
        ['normal text', ''],
        ['200 % text', '200%'],
      ] as const) {
        it(`${label}: Start at the bottom of the screen brings the clock and Pause into view; the timer keeps its size while it runs`, async () => {
          document.documentElement.style.fontSize = size;
          const el = await onPage(html`<backcare-phase-guide day="5"></backcare-phase-guide>`);
          const start = button(el, start15)!;
          window.scrollBy(0, start.getBoundingClientRect().bottom - window.innerHeight);
          await click(el, start);
          await el.updateComplete;
          expect(inView($(el, '.clock-row')!), 'the clock').to.equal(true);
          expect(inView(button(el, t.timer.pause)!), 'Pause').to.equal(true);
          const timer = $(el, '[part="timer"]')!;
          const height = () => Math.round(timer.getBoundingClientRect().height);
          const first = height();
          for (const minutes of [1, 4, 1, 4, 1]) {
            clock.tick(minutes * 60_000);
            await el.updateComplete;
            expect(height(), statusText(el)).to.equal(first);
          }
          expect(statusText(el)).to.equal('5 minutes left.');
        });
      }

      it('scrolls smoothly, unless the visitor prefers reduced motion', async () => {
        const spy = sinon.spy(Element.prototype, 'scrollIntoView');
        try {
          const el = await onPage(html`<backcare-phase-guide day="5"></backcare-phase-guide>`);
          await click(el, button(el, t.timer.jump));
          await preferReducedMotion(false);
          await click(el, button(el, t.timer.jump));
          await click(el, button(el, start15));
          expect(spy.args.map(([options]) => (options as ScrollIntoViewOptions).behavior)).to.deep.equal(['instant', 'smooth', 'smooth']);
        } finally {
          spy.restore();
        }
      });
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

    it('refuses sessions longer than 20 minutes: session-minutes is clamped to 5–20 with a warning, 15 for non-numbers', async () => {
      const cases: [string, number][] = [
        ['60', 20],
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
        const started = oneEvent(el, 'backcare-timer-start');
        await click(el, button(el, `Start the ${used}-minute timer`));
        expect(((await started) as CustomEvent<TimerDetail>).detail.minutes, value).to.equal(used);
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

    it('asks the question in Spanish, numbers written with words rather than dashes', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es"></backcare-phase-guide>`);
      expect(text(el, 'h2')).to.equal(s.heading);
      expect(text(el, 'legend')).to.equal(s.whenStartedQuestion);
      expect(text(el, 'form button')).to.equal(s.showPhase);
      expect(text(el, 'fieldset')).to.include('Hace de 3 a 6 días');
      await expectAccessible(el);
    });

    it('shows the phase and runs the timer in Spanish, the clock named in words', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es" day="8"></backcare-phase-guide>`);
      expect(text(el, '.day strong')).to.equal('Día 8');
      expect(current(el)!.querySelector('.marker')!.textContent!.trim()).to.equal(s.currentPhase);
      expect(current(el)!.querySelector('h3')!.textContent!.trim()).to.equal(s.phases.subacute.name);
      expect(current(el)!.textContent).to.include('a temperatura baja').and.include(s.heatAndColdCaution);
      expect(text(el, '.book')).to.equal(s.notEasing);
      expect(clockName(el)).to.equal('15 minutos');
      expect(button(el, s.changeDay)).to.not.equal(undefined);
      await choose(el, 'session-warm-bath');
      await click(el, button(el, 'Iniciar el temporizador de 15 minutos'));
      expect(statusText(el)).to.equal('Comenzó el temporizador de 15 minutos.');
      expect(keepOpen(el)).to.equal(s.timer.keepOpen);
      expect(button(el, s.timer.pause)).to.not.equal(undefined);
      clock.tick(15 * 60_000 - 75_000);
      await el.updateComplete;
      expect(clockName(el)).to.equal('1 minuto y 15 segundos');
      clock.tick(75_000);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Se acabó el tiempo. Salga de la bañera ahora.');
      await expectAccessible(el);
    });

    it('says day 0 in plain words, and a physical therapist (terapeuta físico)', async () => {
      const day0 = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es" day="0"></backcare-phase-guide>`);
      expect(text(day0, '.day strong')).to.equal('Día 0 (el día en que empezó)');
      const recovery = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="es" day="20"></backcare-phase-guide>`);
      expect(current(recovery)!.textContent).to.include('terapeuta físico').and.not.include('fisioterapeuta');
    });
  });

  describe('in UK English', () => {
    it('says physiotherapist and GP, and everything else as in US English', async () => {
      const el = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="en-GB" day="20"></backcare-phase-guide>`);
      expect(current(el)!.textContent).to.include('See a physiotherapist').and.not.include('physical therapist');
      expect(text(el, '.book')).to.equal('If it is not getting better, book an appointment with a GP.');
      const week = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="en-GB" day="9"></backcare-phase-guide>`);
      expect(text(week, '.book')).to.equal('If it has not started to ease after a week, see a GP.');
      expect(text(el, 'h2')).to.equal(t.heading);
      const cold = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide lang="en-gb" day="1"></backcare-phase-guide>`);
      expect(current(cold)!.querySelector('.caution')!.textContent).to.include('ask a GP or pharmacist first');
      expect({ ...enGB['phase-guide'].timer, heatWrap: t.timer.heatWrap }).to.deep.equal(t.timer);
      await expectAccessible(el);
    });
  });
});

/** All the text of an element's shadow root, whitespace collapsed. */
function allText(el: Element): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}
