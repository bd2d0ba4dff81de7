import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/stretch-card/define.js';
import type { BackcareStretchCard, StretchCompleteDetail } from '../../src/components/stretch-card/stretch-card.js';
import { CHANGE_SECONDS, REST_SECONDS } from '../../src/core/routine.js';
import { sources } from '../../src/data/sources.js';
import { locales, type Stretch } from '../../src/data/index.js';
import { captureWarnings } from '../helpers/console.js';

type Card = BackcareStretchCard;
const en = locales.en;
const stretches: readonly Stretch[] = en['stretch-card'].stretches;
const es = locales.es;
const t = en['stretch-card'];
const stretch = (id: string): Stretch => stretches.find((s) => s.id === id)!;

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: Element) => text(el, '[role="status"]');
const clockText = (el: Element) => text(el, '.clock');
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => b.textContent!.trim() === label) as HTMLButtonElement | undefined;

async function click(el: Card, target: HTMLElement | undefined | null) {
  expect(target, 'button to click').to.be.instanceOf(HTMLElement);
  target!.click();
  await el.updateComplete;
}

const fakeClock = (now: number | Date) =>
  sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

describe('<backcare-stretch-card>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('each of the seven stretches', () => {
    for (const item of stretches) {
      it(`${item.id}: shows its name, drawing, position, steps, dose, cautions and sources`, async () => {
        const el = await fixture<Card>(html`<backcare-stretch-card exercise=${item.id}></backcare-stretch-card>`);
        expect(text(el, 'h2')).to.equal(item.name);
        expect(text(el, '[part="notice"]')).to.equal(t.beforeYouStart);
        // The drawing: an inline, scalable SVG named by the content's alt text, drawn in the accent colour.
        const svg = $(el, 'svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')).to.equal(item.illustrationAlt);
        expect(svg.getAttribute('viewBox')).to.match(/^0 \d+(\.\d+)? \d+ \d+(\.\d+)?$/);
        expect(svg.querySelectorAll('.figure')).to.have.length(2);
        expect(svg.querySelectorAll('circle')).to.have.length(2);
        expect(svg.querySelector('image, use, foreignObject')).to.equal(null);
        expect(getComputedStyle(svg).color).to.equal('rgb(11, 92, 173)');
        const box = svg.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(box.height * 2);
        // The text.
        expect(el.shadowRoot!.textContent).to.include(item.startPosition);
        expect($$(el, 'ol li').map((li) => li.textContent!.trim())).to.deep.equal(item.steps);
        const dose = text(el, '.dose');
        expect(dose).to.include(`Hold for ${item.holdSeconds.default} seconds`);
        if (item.holdNote) expect(dose).to.include(`(${item.holdNote})`);
        expect(dose).to.include(`${item.reps.default} repetition`);
        expect(dose.includes('on each side')).to.equal(item.perSide);
        for (const caution of item.cautions) expect(el.shadowRoot!.textContent).to.include(caution);
        expect(text(el, 'strong')).to.equal(t.stopIf);
        const cited = $$(el, '[part="sources"] li').map((li) => li.textContent!.trim());
        for (const id of item.sources) expect(cited).to.include(`${sources[id].publisher}: ${sources[id].title}`);
        expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
        expect(status(el)).to.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('draws a different picture for each stretch', async () => {
      const drawings = new Set<string>();
      for (const item of en['stretch-card'].stretches) {
        const el = await fixture<Card>(html`<backcare-stretch-card exercise=${item.id}></backcare-stretch-card>`);
        drawings.add([...$(el, 'svg')!.querySelectorAll('path')].map((p) => p.getAttribute('d')).join());
      }
      expect(drawings.size).to.equal(7);
    });

    it('puts its heading at the level asked for, and its sections one below', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" heading-level="3"></backcare-stretch-card>`);
      expect(text(el, 'h3')).to.equal('Bridge');
      expect($$(el, 'h4').map((h) => h.textContent!.trim())).to.deep.equal([
        t.startPositionHeading,
        t.stepsHeading,
        t.cautionsHeading,
        en.common.sourcesHeading,
      ]);
    });
  });

  describe('without a stretch it can show', () => {
    for (const [name, template] of [
      ['unknown', html`<backcare-stretch-card exercise="toe-touch"></backcare-stretch-card>`],
      ['missing', html`<backcare-stretch-card></backcare-stretch-card>`],
    ] as const) {
      it(`${name} exercise: lists the stretches by name, warns once, never blank`, async () => {
        const el = await fixture<Card>(template);
        el.requestUpdate();
        await el.updateComplete;
        expect(text(el, 'h2')).to.equal(t.heading);
        expect(text(el, 'p')).to.equal(t.unknownExercise);
        expect($$(el, 'li').map((li) => li.textContent!.trim())).to.deep.equal(en['stretch-card'].stretches.map((s) => s.name));
        expect($(el, 'svg, button')).to.equal(null);
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0]).to.include('<backcare-stretch-card>: exercise=');
        expect(warnings.messages()[0]).to.include('knee-to-chest, knee-rolls, pelvic-tilt');
        await expect(el).to.be.accessible();
      });
    }

    it('recovers when a valid exercise is set later', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="Bridge "></backcare-stretch-card>`);
      expect(text(el, 'h2')).to.equal(t.heading);
      el.setAttribute('exercise', ' bridge ');
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal('Bridge');
    });
  });

  describe('a routine', () => {
    it('shows one stretch at a time with Previous and Next, and says where you are', async () => {
      const el = await fixture<Card>(
        html`<backcare-stretch-card exercises="knee-to-chest, pelvic-tilt,knee-rolls"></backcare-stretch-card>`,
      );
      expect(text(el, 'h2')).to.equal(stretch('knee-to-chest').name);
      expect(text(el, '.nav p')).to.equal('Stretch 1 of 3');
      expect(button(el, t.previous)!.disabled).to.equal(true);
      await expect(el).to.be.accessible();

      await click(el, button(el, t.next));
      expect(text(el, 'h2')).to.equal(stretch('pelvic-tilt').name);
      expect(text(el, '.nav p')).to.equal('Stretch 2 of 3');
      expect($(el, 'svg')!.getAttribute('aria-label')).to.equal(stretch('pelvic-tilt').illustrationAlt);
      expect(status(el)).to.equal(`Stretch 2 of 3: ${stretch('pelvic-tilt').name}`);
      expect(button(el, t.previous)!.disabled).to.equal(false);

      button(el, t.next)!.focus();
      await click(el, button(el, t.next));
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal(stretch('knee-rolls').name);
      expect(button(el, t.next)!.disabled).to.equal(true);
      // The pressed button is now disabled: focus stays in the row, on Previous.
      expect(el.shadowRoot!.activeElement).to.equal(button(el, t.previous));
      await expect(el).to.be.accessible();

      await click(el, button(el, t.previous));
      await click(el, button(el, t.previous));
      await el.updateComplete;
      expect(text(el, '.nav p')).to.equal('Stretch 1 of 3');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, t.next));
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('skips unknown ids with a warning, and wins over exercise', async () => {
      const el = await fixture<Card>(
        html`<backcare-stretch-card exercise="bridge" exercises="cat-stretch,plank,bottom-to-heels"></backcare-stretch-card>`,
      );
      expect(text(el, 'h2')).to.equal(stretch('cat-stretch').name);
      expect(text(el, '.nav p')).to.equal('Stretch 1 of 2');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('exercises="cat-stretch,plank,bottom-to-heels"');
      expect(warnings.messages()[0]).to.include('Skipping plank');
    });

    it('is a plain card when only one id is valid, and falls back to exercise when none is', async () => {
      const one = await fixture<Card>(html`<backcare-stretch-card exercises="bridge,nope"></backcare-stretch-card>`);
      expect(text(one, 'h2')).to.equal('Bridge');
      expect($(one, '.nav')).to.equal(null);
      const none = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" exercises="nope"></backcare-stretch-card>`);
      expect(text(none, 'h2')).to.equal('Bridge');
    });

    it('starts again from the top when the list changes', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="bridge,cat-stretch"></backcare-stretch-card>`);
      await click(el, button(el, t.next));
      el.setAttribute('exercises', 'pelvic-tilt,bridge');
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal(stretch('pelvic-tilt').name);
      expect(text(el, '.nav p')).to.equal('Stretch 1 of 2');
    });
  });

  describe('hold and reps', () => {
    it('override the defaults within the sourced range', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-to-chest" hold="15" reps="5"></backcare-stretch-card>`);
      expect(text(el, '.dose')).to.equal('Hold for 15 seconds 5 repetitions on each side');
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('are clamped to the range, with a warning, and a non-number falls back to the default', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-to-chest" hold="60" reps="0"></backcare-stretch-card>`);
      expect(text(el, '.dose')).to.equal('Hold for 30 seconds 1 repetition on each side');
      expect(warnings.messages()).to.have.length(2);
      expect(warnings.messages()[0]).to.include('hold="60"').and.include('from 5 to 30').and.include('Using 30');
      expect(warnings.messages()[1]).to.include('reps="0"').and.include('Using 1');
      el.setAttribute('hold', 'long');
      await el.updateComplete;
      expect(text(el, '.dose')).to.include('Hold for 10 seconds');
      expect(warnings.messages()[2]).to.include('hold="long"').and.include('Using 10');
    });

    it('apply to each stretch of a routine, clamped for each', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="knee-to-chest,bridge" hold="20"></backcare-stretch-card>`);
      expect(text(el, '.dose')).to.include('Hold for 20 seconds');
      await click(el, button(el, t.next));
      expect(text(el, '.dose')).to.include('Hold for 15 seconds');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('hold="20"').and.include('Using 15');
    });
  });

  describe('guided mode', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => (clock = fakeClock(new Date(2026, 10, 21, 9, 0))));
    afterEach(() => clock.restore());

    /** axe schedules work with timers: run it on real ones, then go back to the same fake time and catch up. */
    async function expectAccessible(el: Card) {
      const now = Date.now();
      clock.restore();
      try {
        await expect(el).to.be.accessible();
      } finally {
        clock = fakeClock(now);
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
      }
    }

    /** Runs the clock to the end of the current step; returns the new status. */
    async function next(el: Card, seconds: number) {
      clock.tick(seconds * 1000);
      await el.updateComplete;
      return status(el);
    }

    it('runs a one-sided set: hold, rest, hold, done, with large numbers and one event', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="pelvic-tilt" hold="4" reps="2"></backcare-stretch-card>`);
      const events: StretchCompleteDetail[] = [];
      el.addEventListener('backcare-stretch-complete', (e) => events.push((e as CustomEvent<StretchCompleteDetail>).detail));
      await click(el, button(el, t.start));
      expect(status(el)).to.equal('Hold. Rep 1 of 2');
      expect(text(el, '.phase')).to.equal('Hold');
      expect(clockText(el)).to.equal('4 s');
      expect(text(el, '.timer p:last-of-type')).to.equal('Rep 1 of 2');
      expect($(el, '.timer')!.classList.contains('hold')).to.equal(true);
      expect(parseFloat(getComputedStyle($(el, '.clock')!).fontSize)).to.be.greaterThan(40);
      expect(button(el, t.pause)).to.be.instanceOf(HTMLElement);
      await expectAccessible(el);

      // Every second the number changes; the status does not.
      const live = $(el, '[role="status"]')!;
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(live.textContent!.trim()));
      observer.observe(live, { childList: true, subtree: true, characterData: true });
      clock.tick(1000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('3 s');
      clock.tick(2000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('1 s');
      expect(changes).to.deep.equal([]);

      expect(await next(el, 1)).to.equal('Rest. Rep 2 of 2');
      expect(clockText(el)).to.equal(`${REST_SECONDS} s`);
      expect($(el, '.timer')!.classList.contains('rest')).to.equal(true);
      expect(await next(el, REST_SECONDS)).to.equal('Hold. Rep 2 of 2');
      expect(events).to.deep.equal([]);
      expect(await next(el, 4)).to.equal(t.done);
      await Promise.resolve();
      expect(events).to.deep.equal([{ exercise: 'pelvic-tilt', reps: 2 }]);
      expect($(el, '.clock')).to.equal(null);
      expect(text(el, '.phase')).to.equal(t.done);
      expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
      expect(button(el, t.reset)).to.be.instanceOf(HTMLElement);
      observer.disconnect();
      await expectAccessible(el);
      clock.tick(60_000);
      expect(events).to.have.length(1);
    });

    it('runs a two-sided set: all reps on one side, then the other side', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-to-chest" hold="5" reps="2"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      const heard = [status(el)];
      for (const seconds of [5, REST_SECONDS, 5, REST_SECONDS, 5, REST_SECONDS, 5]) heard.push(await next(el, seconds));
      expect(heard).to.deep.equal([
        'Hold. Rep 1 of 2. Side 1 of 2',
        'Rest. Rep 2 of 2. Side 1 of 2',
        'Hold. Rep 2 of 2. Side 1 of 2',
        'Now the other side. Side 2 of 2',
        'Hold. Rep 1 of 2. Side 2 of 2',
        'Rest. Rep 2 of 2. Side 2 of 2',
        'Hold. Rep 2 of 2. Side 2 of 2',
        'Done',
      ]);
    });

    it('fires backcare-stretch-complete with the stretch and its reps', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-rolls" hold="2" reps="1"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      const fired = oneEvent(el, 'backcare-stretch-complete');
      clock.tick((2 + REST_SECONDS + 2) * 1000);
      const event = (await fired) as CustomEvent<StretchCompleteDetail>;
      expect(event.detail).to.deep.equal({ exercise: 'knee-rolls', reps: 1 });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('pauses and resumes without losing or gaining time', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      clock.tick(4000);
      await click(el, button(el, t.pause));
      expect(button(el, t.resume)).to.be.instanceOf(HTMLElement);
      expect(clockText(el)).to.equal('6 s');
      await expectAccessible(el);
      clock.tick(120_000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('6 s');
      expect(status(el)).to.equal('Hold. Rep 1 of 5');
      await click(el, button(el, t.resume));
      expect(button(el, t.pause)).to.be.instanceOf(HTMLElement);
      clock.tick(5000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('1 s');
      expect(await next(el, 1)).to.equal('Rest. Rep 2 of 5');
      // The rest of the plan keeps its timing after the pause.
      expect(await next(el, REST_SECONDS)).to.equal('Hold. Rep 2 of 5');
    });

    it('resets to the start, with focus on Start and nothing announced', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      clock.tick(3000);
      await click(el, button(el, t.reset));
      await el.updateComplete;
      expect(button(el, t.reset)).to.equal(undefined);
      expect($(el, '.clock')).to.equal(null);
      expect(status(el)).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, t.start));
      clock.tick(60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('');
      await click(el, button(el, t.start));
      expect(clockText(el)).to.equal('10 s');
    });

    it('catches up after the phone slept, completing what ended meanwhile', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="cat-stretch" hold="3" reps="3"></backcare-stretch-card>`);
      const events: StretchCompleteDetail[] = [];
      el.addEventListener('backcare-stretch-complete', (e) => events.push((e as CustomEvent<StretchCompleteDetail>).detail));
      await click(el, button(el, t.start));
      // 3 + 5 + 3 + 2 s later, no timer ran: the second rest has 3 s left.
      clock.setSystemTime(Date.now() + 13_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal('Rest. Rep 3 of 3');
      expect(clockText(el)).to.equal('3 s');
      clock.setSystemTime(Date.now() + 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal(t.done);
      expect(events).to.deep.equal([{ exercise: 'cat-stretch', reps: 3 }]);
    });

    it('runs a routine through every stretch, with time to change position, one event per stretch', async () => {
      const el = await fixture<Card>(
        html`<backcare-stretch-card exercises="pelvic-tilt,bridge,knee-rolls" hold="5" reps="1"></backcare-stretch-card>`,
      );
      const events: StretchCompleteDetail[] = [];
      el.addEventListener('backcare-stretch-complete', (e) => events.push((e as CustomEvent<StretchCompleteDetail>).detail));
      await click(el, button(el, t.start));
      expect(status(el)).to.equal('Hold. Rep 1 of 1');
      expect(await next(el, 5)).to.equal('Next: Bridge. Stretch 2 of 3');
      expect(events).to.deep.equal([{ exercise: 'pelvic-tilt', reps: 1 }]);
      // The card turns to the next stretch while there is time to get into position.
      expect(text(el, 'h2')).to.equal('Bridge');
      expect(text(el, '.nav p')).to.equal('Stretch 2 of 3');
      expect(clockText(el)).to.equal(`${CHANGE_SECONDS} s`);
      await expectAccessible(el);
      expect(await next(el, CHANGE_SECONDS)).to.equal('Hold. Rep 1 of 1');
      expect(await next(el, 5)).to.equal(`Next: ${stretch('knee-rolls').name}. Stretch 3 of 3`);
      expect(await next(el, CHANGE_SECONDS)).to.equal('Hold. Rep 1 of 1. Side 1 of 2');
      expect(await next(el, 5)).to.equal('Now the other side. Side 2 of 2');
      expect(await next(el, REST_SECONDS)).to.equal('Hold. Rep 1 of 1. Side 2 of 2');
      expect(await next(el, 5)).to.equal(t.done);
      expect(events.map((e) => e.exercise)).to.deep.equal(['pelvic-tilt', 'bridge', 'knee-rolls']);
    });

    it('in a routine, starts from the stretch shown; moving to another stops the run', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="pelvic-tilt,bridge" reps="1"></backcare-stretch-card>`);
      await click(el, button(el, t.next));
      await click(el, button(el, t.start));
      expect(text(el, 'h2')).to.equal('Bridge');
      expect(status(el)).to.equal('Hold. Rep 1 of 1');
      await click(el, button(el, t.previous));
      expect(status(el)).to.equal(`Stretch 1 of 2: ${stretch('pelvic-tilt').name}`);
      expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
      clock.tick(60_000);
      await el.updateComplete;
      expect($(el, '.clock')).to.equal(null);
    });

    it('stops a run when the timings change', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      el.setAttribute('reps', '2');
      await el.updateComplete;
      expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
      expect(status(el)).to.equal('');
      await click(el, button(el, t.start));
      expect(status(el)).to.equal('Hold. Rep 1 of 2');
    });

    describe('tone', () => {
      let created: number;
      let tones: number;
      let original: typeof AudioContext;
      class FakeAudioContext {
        currentTime = 0;
        destination = {};
        constructor() {
          created += 1;
        }
        createOscillator() {
          return {
            frequency: { value: 0 },
            connect: (node: unknown) => node,
            start: () => (tones += 1),
            stop: () => undefined,
          };
        }
        createGain() {
          return { gain: { value: 1 }, connect: (node: unknown) => node };
        }
        close() {
          return Promise.resolve();
        }
      }
      beforeEach(() => {
        created = 0;
        tones = 0;
        original = window.AudioContext;
        window.AudioContext = FakeAudioContext as unknown as typeof AudioContext;
      });
      afterEach(() => (window.AudioContext = original));

      it('is off by default', async () => {
        const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" reps="1"></backcare-stretch-card>`);
        await click(el, button(el, t.start));
        await next(el, 10);
        expect(created).to.equal(0);
      });

      it('with sound, beeps at each change of step, from one audio context made on the click', async () => {
        const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" reps="2" sound></backcare-stretch-card>`);
        expect(created).to.equal(0);
        await click(el, button(el, t.start));
        expect([created, tones]).to.deep.equal([1, 1]);
        await next(el, 10);
        await next(el, REST_SECONDS);
        expect(tones).to.equal(3);
        await next(el, 10);
        expect(tones).to.equal(4);
        await click(el, button(el, t.start));
        expect(created).to.equal(1);
        el.remove();
      });

      it('never breaks the run when Web Audio is missing or fails', async () => {
        window.AudioContext = undefined as unknown as typeof AudioContext;
        const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" reps="1" sound></backcare-stretch-card>`);
        await click(el, button(el, t.start));
        expect(status(el)).to.equal('Hold. Rep 1 of 1');
        window.AudioContext = class extends FakeAudioContext {
          override createOscillator(): never {
            throw new Error('no device');
          }
          override close(): never {
            throw new Error('closed');
          }
        } as unknown as typeof AudioContext;
        const failing = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" reps="1" sound></backcare-stretch-card>`);
        await click(failing, button(failing, t.start));
        expect(await next(failing, 10)).to.equal(t.done);
        failing.remove();
      });
    });
  });

  it('moves nothing when the visitor prefers reduced motion, and animates nothing otherwise', async () => {
    const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
    const root = el.shadowRoot!;
    const sheets = root.adoptedStyleSheets.length > 0 ? root.adoptedStyleSheets : [...root.querySelectorAll('style')].map((s) => s.sheet!);
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
    const reduced = rules.filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'),
    );
    expect(reduced.map((rule) => rule.cssText).join()).to.match(/transition:\s*none\s*!important/);
    expect(rules.some((rule) => /animation/.test(rule.cssText) && !(rule instanceof CSSMediaRule))).to.equal(false);
  });

  describe('in Spanish', () => {
    it('speaks Spanish throughout, guided mode included', async () => {
      const clock = fakeClock(new Date(2026, 10, 21, 9, 0));
      try {
        const el = await fixture<Card>(html`<backcare-stretch-card lang="es" exercise="knee-to-chest" reps="1"></backcare-stretch-card>`);
        const item = es['stretch-card'].stretches[0]!;
        expect(text(el, 'h2')).to.equal(item.name);
        expect($(el, 'svg')!.getAttribute('aria-label')).to.equal(item.illustrationAlt);
        expect(text(el, '[part="notice"]')).to.equal(es['stretch-card'].beforeYouStart);
        expect($$(el, 'ol li').map((li) => li.textContent!.trim())).to.deep.equal(item.steps);
        expect(text(el, '.dose')).to.equal('Mantenga la posición 10 segundos 1 repetición de cada lado');
        await click(el, button(el, es['stretch-card'].start));
        expect(status(el)).to.equal('Mantenga. Repetición 1 de 1. Lado 1 de 2');
        clock.tick(10_000);
        await el.updateComplete;
        expect(status(el)).to.equal('Ahora, el otro lado. Lado 2 de 2');
        expect(button(el, es['stretch-card'].pause)).to.be.instanceOf(HTMLElement);
      } finally {
        clock.restore();
      }
    });

    it('lists the stretches in Spanish for an unknown id, and names routine steps in Spanish', async () => {
      const unknown = await fixture<Card>(html`<backcare-stretch-card lang="es" exercise="x"></backcare-stretch-card>`);
      expect(text(unknown, 'p')).to.equal(es['stretch-card'].unknownExercise);
      expect($$(unknown, 'li').map((li) => li.textContent!.trim())).to.deep.equal(es['stretch-card'].stretches.map((s) => s.name));
      await expect(unknown).to.be.accessible();
      const routine = await fixture<Card>(html`<backcare-stretch-card lang="es" exercises="bridge,cat-stretch"></backcare-stretch-card>`);
      expect(text(routine, '.nav p')).to.equal('Estiramiento 1 de 2');
      await click(routine, button(routine, es['stretch-card'].next));
      expect(status(routine)).to.equal('Estiramiento 2 de 2: Estiramiento del gato');
      await expect(routine).to.be.accessible();
    });
  });
});
