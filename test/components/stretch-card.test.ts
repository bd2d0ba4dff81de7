import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { preferReducedMotion } from '../helpers/motion.js';
import { trySetViewport } from '../helpers/viewport.js';
import sinon from 'sinon';
import '../../src/components/stretch-card/define.js';
import type { BackcareStretchCard, StretchCompleteDetail } from '../../src/components/stretch-card/stretch-card.js';
import { CHANGE_SECONDS, READY_SECONDS, REST_SECONDS, firstReadySeconds } from '../../src/core/routine.js';
import { emergencySignsIn } from '../../src/core/safety-net.js';
import { formatText } from '../../src/core/format.js';
import { PAGE_MARGIN_IN } from '../../src/core/print.js';
import { citation } from '../../src/core/sources.js';
import { chimeNotes, vibrationPatterns } from '../../src/core/timer-alerts.js';
import { locales, stretches, stretchRules, type StretchFacts, type StretchId, type StretchRuleId } from '../../src/data/index.js';
import { captureWarnings } from '../helpers/console.js';
import { expectSafetyNetNumbers } from '../helpers/safety-net.js';
import { FakeAudioContext, installTimerStubs, settle } from '../helpers/timer-alerts.js';

type Card = BackcareStretchCard;
const en = locales.en;
const es = locales.es;
const t = en['stretch-card'];
const tes = es['stretch-card'];
const facts = (id: StretchId): StretchFacts => stretches.find((s) => s.id === id)!;
const name = (id: StretchId) => t.stretches[id].name;
/** The first "Get ready" of a session, to get down onto the floor; later ones are `READY_SECONDS`. */
const FIRST_READY = firstReadySeconds.default;

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: Element) => text(el, '[role="status"]');
/** The seconds as seen, and as a screen reader hears them. */
const clockText = (el: Element) => text(el, '.clock [aria-hidden="true"]');
const clockName = (el: Element) => text(el, '.clock .visually-hidden');
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label) as HTMLButtonElement | undefined;
/** The "when to start" line of a stretch, by its stage. */
const stageRule = (id: StretchId, words = t) => (facts(id).stage === 'first-days' ? words.rules.firstDays : words.rules.eased);
const cited = (el: Element) => $$(el, '[part="sources"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

async function click(el: Card, target: HTMLElement | undefined | null) {
  expect(target, 'button to click').to.be.instanceOf(HTMLElement);
  target!.click();
  await el.updateComplete;
}

const fakeClock = (now: number | Date) =>
  sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

/** Waits in real time: the figure moves on animation frames, which fake timers leave alone. */
const realSetTimeout = window.setTimeout.bind(window);
const frames = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

describe('<backcare-stretch-card>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('each of the seven stretches', () => {
    for (const stretch of stretches) {
      const words = t.stretches[stretch.id];
      it(`${stretch.id}: shows its name, drawings, position, steps, dose, cautions and sources`, async () => {
        const el = await fixture<Card>(html`<backcare-stretch-card exercise=${stretch.id}></backcare-stretch-card>`);
        expect(text(el, 'h2')).to.equal(words.name);
        expect(text(el, '[part="notice"]')).to.equal(stageRule(stretch.id));
        // The drawing: its key poses, inline SVG, named together by the content's alternative text.
        const drawing = $(el, '[part="illustration"]')!;
        expect(drawing.getAttribute('role')).to.equal('img');
        expect(drawing.getAttribute('aria-label')).to.equal(words.illustrationAlt);
        const shown = stretch.keyPoses ?? [0, ...stretch.held.map((_, i) => i + 1)];
        expect(drawing.querySelectorAll('svg')).to.have.length(shown.length);
        expect(drawing.querySelector('image, use, foreignObject')).to.equal(null);
        // The text.
        expect(el.shadowRoot!.textContent).to.include(words.startPosition);
        expect($$(el, 'ol li').map((li) => li.textContent!.trim())).to.deep.equal(words.steps);
        const dose = text(el, '.dose');
        expect(dose).to.include(`Hold for ${stretch.holdSeconds.default} seconds`);
        if (words.holdNote) expect(dose).to.include(`(${words.holdNote})`);
        expect(dose).to.include(`${stretch.reps.default} repetitions`);
        expect(dose.includes('on each side')).to.equal(!!stretch.sides);
        const cautions = $$(el, 'ul:not([part]) li').map((li) => li.textContent!.trim());
        for (const caution of words.cautions) expect(cautions).to.include(caution);
        expect(cautions.includes(t.rules.osteoporosis)).to.equal(!!stretch.bendsOrTwistsSpine);
        expect(cautions).to.include(t.rules.slowly);
        expect(text(el, 'strong')).to.equal(t.rules.stopIf);
        expect(text(el, '.timer .muted')).to.equal(t.rules.buildUp);
        // Sources: the stretch's, and the general rules'.
        const ruleIds: StretchRuleId[] = [
          stretch.stage === 'first-days' ? 'firstDays' : 'eased',
          'slowly',
          'stopIf',
          'buildUp',
          ...(stretch.bendsOrTwistsSpine ? (['osteoporosis'] as const) : []),
        ];
        for (const id of [...stretch.sources, ...ruleIds.flatMap((rule) => stretchRules[rule])]) expect(cited(el)).to.include(citation(id));
        expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
        expect(button(el, t.print.one!)).to.be.instanceOf(HTMLElement);
        expect(status(el)).to.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('carries the safety net: the emergency signs in the checker\'s words, "call 911", and "This is not a diagnosis"', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-rolls"></backcare-stretch-card>`);
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
        await expect(el).to.be.accessible();
      }
    });

    it('calls the clinic\'s emergency number, 999 in UK English, in Spanish words, and warns once for a bad one', async () => {
      await expectSafetyNetNumbers({ name: 'bridge', tag: 'backcare-stretch-card', attributes: { exercise: 'bridge' } }, warnings);
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

  describe('content (clinical reference, section 4)', () => {
    it('starts at 5 repetitions, with the holds and ranges of the reference', () => {
      const table: Record<StretchId, [hold: [number, number, number], reps: [number, number, number]]> = {
        'knee-to-chest': [[10, 5, 30], [5, 3, 10]],
        'knee-rolls': [[5, 2, 10], [5, 3, 10]],
        'pelvic-tilt': [[5, 3, 10], [5, 5, 15]],
        'bottom-to-heels': [[5, 3, 10], [5, 5, 10]],
        'cat-stretch': [[5, 3, 10], [5, 5, 10]],
        bridge: [[10, 5, 15], [5, 5, 10]],
        'back-extension': [[5, 5, 10], [5, 5, 10]],
      };
      const asRow = (s: StretchFacts) => [s.holdSeconds, s.reps].map((r) => [r.default, r.min, r.max]);
      expect(Object.fromEntries(stretches.map((s) => [s.id, asRow(s)]))).to.deep.equal(table);
    });

    it('asks people with osteoporosis to see a physical therapist first, on every stretch that bends the spine forward or twists it', () => {
      expect(stretches.filter((s) => s.bendsOrTwistsSpine).map((s) => s.id)).to.deep.equal([
        'knee-to-chest',
        'knee-rolls',
        'bottom-to-heels',
        'cat-stretch',
      ]);
      expect(t.rules.osteoporosis).to.include('ask a physical therapist first').and.include('bends or twists');
      expect(tes.rules.osteoporosis).to.include('terapeuta físico').and.include('dobla o gira');
      expect(locales['en-GB']['stretch-card'].rules.osteoporosis).to.include('ask a physiotherapist first');
      expect(stretchRules.osteoporosis).to.deep.equal(['S-MAYO-EX', 'S-MAYO-OSTEO']);
    });

    it('says when each stretch may start: gentle ones from the first day, the others once the worst pain has eased', async () => {
      const stages = Object.fromEntries(stretches.map((s) => [s.id, s.stage]));
      expect(stages).to.deep.equal({
        'knee-to-chest': 'first-days',
        'knee-rolls': 'first-days',
        'pelvic-tilt': 'first-days',
        'bottom-to-heels': 'once-eased',
        'cat-stretch': 'once-eased',
        bridge: 'once-eased',
        'back-extension': 'once-eased',
      });
      expect(stretchRules.firstDays).to.deep.equal(['S-NHS-EX']);
      expect(stretchRules.eased).to.deep.equal(['seed:001']);
      const early = await fixture<Card>(html`<backcare-stretch-card exercise="knee-rolls"></backcare-stretch-card>`);
      expect(text(early, '[part="notice"]')).to.equal('This gentle stretch is fine from the first day, if it is comfortable.');
      expect(early.shadowRoot!.textContent).not.to.include(t.rules.eased);
      const later = await fixture<Card>(html`<backcare-stretch-card lang="es" exercise="bridge"></backcare-stretch-card>`);
      expect(text(later, '[part="notice"]')).to.equal(tes.rules.eased);
      expect(later.shadowRoot!.textContent).not.to.include(tes.rules.firstDays);
    });

    it('a routine that holds stretches for later names them at its start, on every stretch; one without says nothing', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="knee-rolls,bridge,cat-stretch"></backcare-stretch-card>`);
      const routineLine = 'Start these stretches only once the worst pain has eased: Bridge and Cat stretch.';
      expect(text(el, '[part~="routine"]')).to.equal(routineLine);
      expect(text(el, '[part="notice"]')).to.equal(t.rules.firstDays);
      await click(el, button(el, t.next));
      expect(text(el, '[part~="routine"]')).to.equal(routineLine);
      expect(text(el, '[part="notice"]')).to.equal(t.rules.eased);
      const spanish = await fixture<Card>(html`<backcare-stretch-card lang="es" exercises="pelvic-tilt,back-extension"></backcare-stretch-card>`);
      expect(text(spanish, '[part~="routine"]')).to.equal(
        'Empiece estos estiramientos solo cuando ya haya pasado lo peor del dolor: Extensión de espalda (boca abajo).',
      );
      const early = await fixture<Card>(html`<backcare-stretch-card exercises="pelvic-tilt,knee-to-chest"></backcare-stretch-card>`);
      expect($(early, '[part~="routine"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('lets knee to chest be held behind the thigh, alternates two-sided stretches, and gives the cat two held positions with a cue each', () => {
      expect(t.stretches['knee-to-chest'].steps[0]).to.include('behind your thigh');
      expect(tes.stretches['knee-to-chest'].steps[0]).to.include('detrás del muslo');
      for (const id of ['knee-rolls', 'knee-to-chest'] as const) expect([facts(id).sides, facts(id).held.length], id).to.deep.equal([true, 2]);
      expect(facts('cat-stretch').held).to.have.length(2);
      expect(t.stretches['cat-stretch'].cues).to.deep.equal(['Round your back up', 'Let your back sag']);
      expect(tes.stretches['cat-stretch'].cues).to.have.length(2);
      // Only the cat has cues; every other stretch holds one position or two sides.
      for (const stretch of stretches) expect(!!t.stretches[stretch.id].cues, stretch.id).to.equal(stretch.id === 'cat-stretch');
    });

    it("describes the pelvic tilt's drawing as its steps: the small gap under the back, then pressed flat", () => {
      expect(t.stretches['pelvic-tilt'].illustrationAlt).to.match(/gap under the lower back.*pressed flat/);
      expect(t.stretches['pelvic-tilt'].illustrationAlt).not.to.match(/arch/);
    });

    it('holds in Spanish "durante" the seconds, and keeps numbers the same in every language', () => {
      expect(tes.holdFor).to.equal('Mantenga la posición durante {seconds} segundos');
      for (const locale of ['es', 'en-GB'] as const) {
        expect(Object.keys(locales[locale]['stretch-card'].stretches), locale).to.deep.equal(Object.keys(t.stretches));
        for (const id of Object.keys(t.stretches) as StretchId[]) {
          const [ours, theirs] = [t.stretches[id], locales[locale]['stretch-card'].stretches[id]];
          expect(theirs.steps.length, `${locale} ${id}`).to.equal(ours.steps.length);
          expect(theirs.cues?.length, `${locale} ${id}`).to.equal(ours.cues?.length);
        }
      }
    });

    it('in UK English, changes only the physiotherapist and falls back to US English for the rest', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card lang="en-GB" exercise="bottom-to-heels"></backcare-stretch-card>`);
      expect(el.shadowRoot!.textContent).to.include('ask a physiotherapist first');
      expect(el.shadowRoot!.textContent).not.to.include('physical therapist');
      expect(text(el, 'h2')).to.equal(name('bottom-to-heels'));
      expect(text(el, '[part="notice"]')).to.equal(t.rules.eased);
      expect(text(el, '[part="safety-net"] summary')).to.equal('Get help now: call 999');
    });
  });

  describe('without a stretch it can show', () => {
    for (const [label, template] of [
      ['unknown', html`<backcare-stretch-card exercise="toe-touch"></backcare-stretch-card>`],
      ['missing', html`<backcare-stretch-card></backcare-stretch-card>`],
    ] as const) {
      it(`${label} exercise: lists the stretches by name, warns once, never blank`, async () => {
        const el = await fixture<Card>(template);
        el.requestUpdate();
        await el.updateComplete;
        expect(text(el, 'h2')).to.equal(t.heading);
        expect(text(el, 'p')).to.equal(t.unknownExercise);
        expect($$(el, '[part="base"] > ul li').map((li) => li.textContent!.trim())).to.deep.equal(stretches.map((s) => name(s.id)));
        expect($(el, 'svg, button')).to.equal(null);
        expect(text(el, '[part="safety-net"] summary')).to.equal('Get help now: call 911');
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
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="knee-to-chest, pelvic-tilt,knee-rolls"></backcare-stretch-card>`);
      expect(text(el, 'h2')).to.equal(name('knee-to-chest'));
      expect(text(el, '.nav p')).to.equal('Stretch 1 of 3');
      expect(button(el, t.previous)!.disabled).to.equal(true);
      expect(button(el, 'Print these 3 stretches')).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();

      await click(el, button(el, t.next));
      expect(text(el, 'h2')).to.equal(name('pelvic-tilt'));
      expect(text(el, '.nav p')).to.equal('Stretch 2 of 3');
      expect($(el, '[part="illustration"]')!.getAttribute('aria-label')).to.equal(t.stretches['pelvic-tilt'].illustrationAlt);
      expect(status(el)).to.equal(`Stretch 2 of 3: ${name('pelvic-tilt')}`);
      expect(button(el, t.previous)!.disabled).to.equal(false);

      button(el, t.next)!.focus();
      await click(el, button(el, t.next));
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal(name('knee-rolls'));
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
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" exercises="cat-stretch,plank,bottom-to-heels"></backcare-stretch-card>`);
      expect(text(el, 'h2')).to.equal(name('cat-stretch'));
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
      expect(text(el, 'h2')).to.equal(name('pelvic-tilt'));
      expect(text(el, '.nav p')).to.equal('Stretch 1 of 2');
    });
  });

  describe('hold and reps', () => {
    it('override the defaults within the sourced range', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-to-chest" hold="15" reps="8"></backcare-stretch-card>`);
      expect(text(el, '.dose')).to.equal('Hold for 15 seconds 8 repetitions on each side');
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('are clamped to the range, with a warning, and a non-number falls back to the default', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-to-chest" hold="60" reps="0"></backcare-stretch-card>`);
      expect(text(el, '.dose')).to.equal('Hold for 30 seconds 3 repetitions on each side');
      expect(warnings.messages()).to.have.length(2);
      expect(warnings.messages()[0]).to.include('hold="60"').and.include('from 5 to 30').and.include('Using 30');
      expect(warnings.messages()[1]).to.include('reps="0"').and.include('Using 3');
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
    let stubs: ReturnType<typeof installTimerStubs>;
    beforeEach(() => {
      stubs = installTimerStubs();
      clock = fakeClock(new Date(2026, 10, 21, 9, 0));
    });
    afterEach(() => {
      clock.restore();
      stubs.restore();
    });

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

    /** Everything announced from Start to Done, given each step's length. */
    async function run(el: Card, seconds: number[]) {
      await click(el, button(el, t.start));
      const heard = [status(el)];
      for (const s of seconds) heard.push(await next(el, s));
      return heard;
    }

    it('draws the moving figure as wide as the timer on a phone, and no wider than 30em, centred, on a wide page', async () => {
      for (const [width, least, most] of [
        [343, 300, 343],
        [1000, 470, 480],
      ] as const) {
        const page = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}><backcare-stretch-card exercise="knee-rolls"></backcare-stretch-card></div>`);
        const el = page.querySelector<Card>('backcare-stretch-card')!;
        await el.updateComplete;
        await click(el, button(el, t.start));
        const figure = $(el, 'svg.guided')!.getBoundingClientRect();
        const timer = $(el, '.timer')!.getBoundingClientRect();
        expect(figure.width, `${width} px`).to.be.within(least, most);
        expect(figure.left, `${width} px`).to.be.at.least(timer.left);
        expect(figure.right, `${width} px`).to.be.at.most(timer.right);
        expect(Math.abs(figure.left - timer.left - (timer.right - figure.right)), `${width} px: centred`).to.be.lessThan(1);
      }
    });

    it('gets ready for 10 seconds at the start (time to get down onto the floor), then holds and rests, in large type, announcing each change once, with one event', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="pelvic-tilt" hold="4" reps="5"></backcare-stretch-card>`);
      const events: StretchCompleteDetail[] = [];
      el.addEventListener('backcare-stretch-complete', (e) => events.push(e.detail));
      await click(el, button(el, t.start));
      // Time to put the phone down: "Get ready", not "Hold", when Start is tapped.
      expect(status(el)).to.equal('Get ready. Rep 1 of 5');
      expect(text(el, '.phase')).to.equal(t.getReady);
      expect(clockText(el)).to.equal(`${FIRST_READY} s`);
      expect(clockName(el)).to.equal(`${FIRST_READY} seconds`);
      expect(text(el, '.where')).to.equal('Rep 1 of 5');
      expect(text(el, '[part="keep-open"]')).to.equal(t.keepOpen);
      expect(button(el, t.pause)).to.be.instanceOf(HTMLElement);
      await expectAccessible(el);

      // Read from the floor: the phase, the seconds and the rep at least twice the body text.
      const body = parseFloat(getComputedStyle(el).fontSize);
      for (const selector of ['.phase', '.clock', '.where']) {
        expect(parseFloat(getComputedStyle($(el, selector)!).fontSize) / body, selector).to.be.at.least(2);
      }

      // Every second the number changes; the status does not.
      const live = $(el, '[role="status"]')!;
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(live.textContent!.trim()));
      observer.observe(live, { childList: true, subtree: true, characterData: true });
      clock.tick(1000);
      await el.updateComplete;
      expect(clockText(el)).to.equal(`${FIRST_READY - 1} s`);
      expect(clockName(el)).to.equal(`${FIRST_READY - 1} seconds`);
      clock.tick((FIRST_READY - 2) * 1000);
      await el.updateComplete;
      expect(clockText(el)).to.equal('1 s');
      expect(changes).to.deep.equal([]);
      observer.disconnect();

      expect(await next(el, 1)).to.equal('Hold. Rep 1 of 5');
      expect(text(el, '.phase')).to.equal(t.hold);
      expect($(el, '.timer')!.classList.contains('hold')).to.equal(true);
      expect(await next(el, 4)).to.equal('Rest. Rep 2 of 5');
      expect($(el, '.timer')!.classList.contains('rest')).to.equal(true);
      expect(clockText(el)).to.equal(`${REST_SECONDS} s`);
      expect(await next(el, REST_SECONDS)).to.equal('Hold. Rep 2 of 5');
      for (let rep = 3; rep <= 5; rep += 1) {
        expect(await next(el, 4)).to.equal(`Rest. Rep ${rep} of 5`);
        expect(await next(el, REST_SECONDS)).to.equal(`Hold. Rep ${rep} of 5`);
      }
      expect(events).to.deep.equal([]);
      expect(await next(el, 4)).to.equal(t.done);
      await Promise.resolve();
      expect(events).to.deep.equal([{ exercise: 'pelvic-tilt', reps: 5 }]);
      expect($(el, '.clock')).to.equal(null);
      expect(text(el, '.phase')).to.equal(t.done);
      expect($(el, '[part="keep-open"]')).to.equal(null);
      expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
      expect(button(el, t.reset)).to.be.instanceOf(HTMLElement);
      await expectAccessible(el);
      clock.tick(60_000);
      expect(events).to.have.length(1);
    });

    it('get-ready sets the first "Get ready" of a session; those between sides stay as they were', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-rolls" hold="3" reps="3" get-ready="20"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      expect(clockText(el)).to.equal('20 s');
      expect(await next(el, 19)).to.equal('Get ready. Rep 1 of 3. Left side');
      expect(await next(el, 1)).to.equal('Hold. Rep 1 of 3. Left side');
      expect(await next(el, 3)).to.equal('Get ready. Rep 1 of 3. Right side');
      expect(clockText(el)).to.equal(`${READY_SECONDS} s`);
      expect(await next(el, READY_SECONDS)).to.equal('Hold. Rep 1 of 3. Right side');
      expect(warnings.messages()).to.deep.equal([]);
      // Reset and Start again: a new session, so its first "Get ready" is the long one again.
      await click(el, button(el, t.reset));
      await click(el, button(el, t.start));
      expect(clockText(el)).to.equal('20 s');
    });

    it('get-ready takes a number set as a property; a bad value warns once and falls back to 10 s', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      el.getReady = 30;
      await el.updateComplete;
      await click(el, button(el, t.start));
      expect(clockText(el)).to.equal('30 s');
      await click(el, button(el, t.reset));
      expect(warnings.messages()).to.deep.equal([]);
      const bad = ['4', '31', 'soon', '7.5', ''];
      for (const value of bad) {
        el.setAttribute('get-ready', value);
        await el.updateComplete;
        await click(el, button(el, t.start));
        expect(clockText(el), value).to.equal(`${FIRST_READY} s`);
        await click(el, button(el, t.reset));
        // Re-rendering each second of a run does not repeat the warning.
        clock.tick(3000);
        await el.updateComplete;
      }
      el.getReady = Number.NaN;
      await el.updateComplete;
      expect(warnings.messages()).to.have.length(bad.length + 1);
      bad.forEach((value, i) => {
        expect(warnings.messages()[i]).to.include('<backcare-stretch-card>').and.include(`get-ready="${value}"`).and.include('from 5 to 30').and.include('Using 10');
      });
      expect(warnings.messages()[bad.length]).to.include('get-ready=NaN');
    });

    it('knee rolls: left, right, left, right on every repetition, with "Get ready" before each change of side', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-rolls" hold="3" reps="3"></backcare-stretch-card>`);
      const heard = await run(el, [FIRST_READY, 3, READY_SECONDS, 3, READY_SECONDS, 3, READY_SECONDS, 3, READY_SECONDS, 3, READY_SECONDS, 3]);
      expect(heard).to.deep.equal([
        'Get ready. Rep 1 of 3. Left side',
        'Hold. Rep 1 of 3. Left side',
        'Get ready. Rep 1 of 3. Right side',
        'Hold. Rep 1 of 3. Right side',
        'Get ready. Rep 2 of 3. Left side',
        'Hold. Rep 2 of 3. Left side',
        'Get ready. Rep 2 of 3. Right side',
        'Hold. Rep 2 of 3. Right side',
        'Get ready. Rep 3 of 3. Left side',
        'Hold. Rep 3 of 3. Left side',
        'Get ready. Rep 3 of 3. Right side',
        'Hold. Rep 3 of 3. Right side',
        'Done',
      ]);
    });

    it('cat stretch: "Round your back up", then "Let your back sag", each held and announced, then a rest', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="cat-stretch" hold="3" reps="5"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      const heard = [status(el)];
      heard.push(await next(el, FIRST_READY));
      expect(text(el, '.cue')).to.equal('Round your back up');
      heard.push(await next(el, 3));
      expect(text(el, '.cue')).to.equal('Let your back sag');
      expect(text(el, '.phase')).to.equal(t.hold);
      heard.push(await next(el, 3), await next(el, REST_SECONDS));
      expect(heard).to.deep.equal([
        'Get ready. Rep 1 of 5',
        'Hold. Round your back up. Rep 1 of 5',
        'Hold. Let your back sag. Rep 1 of 5',
        'Rest. Rep 2 of 5',
        'Hold. Round your back up. Rep 2 of 5',
      ]);
    });

    it('chimes and vibrates at each change, ends with the end chime, and keeps the screen on only while it runs', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" hold="5" reps="5"></backcare-stretch-card>`);
      expect(stubs.audio(), 'no audio before a tap').to.equal(undefined);
      await click(el, button(el, t.start));
      await settle();
      expect(stubs.wakeLock.held(), 'screen kept on').to.equal(1);
      const change = chimeNotes.change.map((n) => n.frequency);
      expect(stubs.tones(), 'get ready').to.deep.equal(change);
      await next(el, FIRST_READY);
      expect(stubs.tones(), 'hold').to.deep.equal([...change, ...change]);
      await next(el, 5);
      expect(stubs.tones(), 'rest').to.have.length(3 * change.length);
      expect(stubs.vibrate.callCount).to.equal(3);
      expect(stubs.vibrate.lastCall.args[0]).to.deep.equal(vibrationPatterns.change);

      // Paused: no chime, the screen may sleep; resumed: kept on again.
      await click(el, button(el, t.pause));
      await settle();
      expect(stubs.wakeLock.held()).to.equal(0);
      expect($(el, '[part="keep-open"]')).to.equal(null);
      clock.tick(60_000);
      await click(el, button(el, t.resume));
      await settle();
      expect(stubs.wakeLock.held()).to.equal(1);

      for (const seconds of [REST_SECONDS, 5, REST_SECONDS, 5, REST_SECONDS, 5, REST_SECONDS, 5]) await next(el, seconds);
      expect(status(el)).to.equal(t.done);
      expect(stubs.tones().slice(-chimeNotes.end.length)).to.deep.equal(chimeNotes.end.map((n) => n.frequency));
      expect(stubs.vibrate.lastCall.args[0]).to.deep.equal(vibrationPatterns.end);
      await settle();
      expect(stubs.wakeLock.held(), 'released at the end').to.equal(0);
      expect(FakeAudioContext.instances, 'one audio context, made on the tap').to.have.length(1);
    });

    it('sound is on by default and the patient can mute it; sound="off" is the clinic default the patient can undo', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      const toggle = () => $<HTMLInputElement>(el, '[part="sound"] input')!;
      expect(toggle().checked).to.equal(true);
      expect(text(el, '[part="sound"] label')).to.equal(t.sound);
      toggle().click();
      await el.updateComplete;
      await click(el, button(el, t.start));
      await next(el, FIRST_READY);
      expect(stubs.tones(), 'muted').to.deep.equal([]);
      expect(stubs.vibrate.callCount, 'still vibrates').to.equal(2);

      const off = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" sound="off"></backcare-stretch-card>`);
      const offToggle = $<HTMLInputElement>(off, '[part="sound"] input')!;
      expect(offToggle.checked).to.equal(false);
      offToggle.click();
      await off.updateComplete;
      await click(off, button(off, t.start));
      expect(stubs.tones()).to.deep.equal(chimeNotes.change.map((n) => n.frequency));
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('shows the figure moving into the pose being held, and back to the start for the rest', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" hold="5" reps="5"></backcare-stretch-card>`);
      const paths = (svg: Element) => [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')).join();
      const [keyStart, keyHeld] = $$(el, '[part="illustration"] svg').map(paths);
      const figure = () => paths($(el, '[part="figure"]')!);
      /** Waits, in real time, for the figure to show `drawing`; returns what it showed on the way. */
      const until = async (drawing: string) => {
        const seen = new Set<string>();
        for (let waited = 0; waited < 8000 && figure() !== drawing; waited += 50) {
          seen.add(figure());
          await frames(50);
          await el.updateComplete;
        }
        expect(figure()).to.equal(drawing);
        return seen;
      };
      expect($(el, '[part="figure"]'), 'no moving figure before Start').to.equal(null);
      await click(el, button(el, t.start));
      expect(figure(), 'getting ready in the starting position').to.equal(keyStart);
      await next(el, FIRST_READY);
      // It moves through poses in between, then holds exactly as the held key pose is drawn (its arrow too, once still).
      const between = await until(keyHeld!);
      expect([...between].filter((d) => d !== keyStart && d !== keyHeld).length).to.be.greaterThan(2);
      await next(el, 5);
      await until(keyStart!);
    });

    it('fires backcare-stretch-complete with the stretch and its reps', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="knee-rolls" hold="2" reps="3"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      const fired = oneEvent(el, 'backcare-stretch-complete');
      clock.tick((FIRST_READY + 5 * READY_SECONDS + 6 * 2) * 1000);
      const event = (await fired) as CustomEvent<StretchCompleteDetail>;
      expect(event.detail).to.deep.equal({ exercise: 'knee-rolls', reps: 3 });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('pauses and resumes without losing or gaining time', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      await next(el, FIRST_READY);
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

    it('resets to the start, with focus on Start, nothing announced and the screen free to sleep', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      clock.tick(3000);
      await click(el, button(el, t.reset));
      await el.updateComplete;
      await settle();
      expect(stubs.wakeLock.held()).to.equal(0);
      expect(button(el, t.reset)).to.equal(undefined);
      expect($(el, '.clock')).to.equal(null);
      expect($(el, '[part="figure"]')).to.equal(null);
      expect(status(el)).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, t.start));
      clock.tick(60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('');
      await click(el, button(el, t.start));
      expect(clockText(el)).to.equal(`${FIRST_READY} s`);
    });

    it('catches up after the phone slept, completing what ended meanwhile, with one chime for where it wakes', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="cat-stretch" hold="3" reps="5"></backcare-stretch-card>`);
      const events: StretchCompleteDetail[] = [];
      el.addEventListener('backcare-stretch-complete', (e) => events.push(e.detail));
      await click(el, button(el, t.start));
      const chimes = stubs.tones().length;
      // 10 + 3 + 3 + 2 s later, no timer ran: the first rest has 3 s left.
      clock.setSystemTime(Date.now() + 18_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal('Rest. Rep 2 of 5');
      expect(clockText(el)).to.equal('3 s');
      expect(stubs.tones().length - chimes, 'one chime for the rest').to.equal(chimeNotes.change.length);
      clock.setSystemTime(Date.now() + 600_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal(t.done);
      expect(events).to.deep.equal([{ exercise: 'cat-stretch', reps: 5 }]);
    });

    it('runs a routine through every stretch, announcing the next one with time to change position', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="pelvic-tilt,bridge,knee-rolls" hold="5" reps="3"></backcare-stretch-card>`);
      el.setAttribute('reps', '5');
      await el.updateComplete;
      const events: StretchCompleteDetail[] = [];
      el.addEventListener('backcare-stretch-complete', (e) => events.push(e.detail));
      await click(el, button(el, t.start));
      expect(status(el)).to.equal('Get ready. Rep 1 of 5');
      for (let i = 0; i < 4; i += 1) await next(el, 5 + REST_SECONDS);
      expect(await next(el, FIRST_READY + 5)).to.equal('Get ready. Next: Bridge. Stretch 2 of 3');
      expect(events).to.deep.equal([{ exercise: 'pelvic-tilt', reps: 5 }]);
      // The card turns to the next stretch while there is time to get into position.
      expect(text(el, 'h2')).to.equal('Bridge');
      expect(text(el, '.nav p')).to.equal('Stretch 2 of 3');
      expect(clockText(el)).to.equal(`${CHANGE_SECONDS} s`);
      await expectAccessible(el);
      expect(await next(el, CHANGE_SECONDS)).to.equal('Hold. Rep 1 of 5');
      for (let i = 0; i < 4; i += 1) await next(el, 5 + REST_SECONDS);
      expect(await next(el, 5)).to.equal(`Get ready. Next: ${name('knee-rolls')}. Stretch 3 of 3`);
      expect(await next(el, CHANGE_SECONDS)).to.equal('Hold. Rep 1 of 5. Left side');
      expect(await next(el, 5)).to.equal('Get ready. Rep 1 of 5. Right side');
      for (let i = 0; i < 9; i += 1) await next(el, 5 + READY_SECONDS);
      expect(await next(el, 5)).to.equal(t.done);
      expect(events.map((e) => e.exercise)).to.deep.equal(['pelvic-tilt', 'bridge', 'knee-rolls']);
    });

    it('in a routine, starts from the stretch shown; moving to another stops the run', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="pelvic-tilt,bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.next));
      await click(el, button(el, t.start));
      expect(text(el, 'h2')).to.equal('Bridge');
      expect(status(el)).to.equal('Get ready. Rep 1 of 5');
      expect(clockText(el)).to.equal(`${FIRST_READY} s`);
      await click(el, button(el, t.previous));
      expect(status(el)).to.equal(`Stretch 1 of 2: ${name('pelvic-tilt')}`);
      expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
      clock.tick(60_000);
      await el.updateComplete;
      expect($(el, '.clock')).to.equal(null);
    });

    it('stops a run when the timings change', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      el.setAttribute('reps', '6');
      await el.updateComplete;
      expect(button(el, t.start)).to.be.instanceOf(HTMLElement);
      expect(status(el)).to.equal('');
      await click(el, button(el, t.start));
      expect(status(el)).to.equal('Get ready. Rep 1 of 6');
    });

    it('never breaks the run when Web Audio and the screen lock are missing', async () => {
      Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true });
      Object.defineProperty(window, 'AudioContext', { value: undefined, configurable: true, writable: true });
      const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge" reps="5"></backcare-stretch-card>`);
      await click(el, button(el, t.start));
      expect(await next(el, FIRST_READY)).to.equal('Hold. Rep 1 of 5');
    });

    describe('on a phone, for a patient on the floor', () => {
      const phone = { width: 375, height: 667 };
      beforeEach(async () => {
        await trySetViewport(phone);
        await preferReducedMotion(true);
      });
      afterEach(async () => {
        document.documentElement.style.fontSize = '';
        document.documentElement.style.overflowAnchor = '';
        document.body.style.overflowAnchor = '';
        window.scrollTo(0, 0);
        await preferReducedMotion(false);
        await trySetViewport({ width: 800, height: 600 });
      });

      /** A card far down a page, with room below it to scroll. */
      const onLongPage = async (card: ReturnType<typeof html>) => {
        // A phone's width even where the engine cannot set the viewport (trySetViewport).
        const page = await fixture<HTMLElement>(html`<div style="max-width: 375px"><div style="height: 1500px"></div>${card}<div style="height: 2000px"></div></div>`);
        const el = page.querySelector<Card>('backcare-stretch-card')!;
        await el.updateComplete;
        return el;
      };
      /** Whether an element of the card is wholly inside the window. */
      const onScreen = (el: Card, selector: string) => {
        const { top, bottom } = $(el, selector)!.getBoundingClientRect();
        // Within a pixel: scrolling lands on fractions of one.
        return top > -1 && bottom < window.innerHeight + 1;
      };

      for (const [label, size, lang] of [
        ['normal text', '', 'en'],
        ['200 % text', '200%', 'en'],
        ['200 % text, Spanish', '200%', 'es'],
      ] as const) {
        it(`${label}: Start tapped at the bottom of the screen brings the panel into view; Pause, the seconds and the rep stay in view during a hold`, async () => {
          document.documentElement.style.fontSize = size;
          const el = await onLongPage(html`<backcare-stretch-card exercise="knee-rolls" lang=${lang}></backcare-stretch-card>`);
          const words = lang === 'es' ? tes : t;
          const start = button(el, words.start)!;
          // The patient scrolled just far enough to see Start, at the bottom edge of the screen.
          window.scrollBy(0, start.getBoundingClientRect().bottom - window.innerHeight);
          expect(start.getBoundingClientRect().bottom).to.be.closeTo(window.innerHeight, 1);
          await click(el, start);
          await frames(50);
          for (const selector of ['.phase', '.clock', '.where', '.go']) expect(onScreen(el, selector), `getting ready: ${selector}`).to.equal(true);
          const panel = $(el, '.timer')!.getBoundingClientRect();
          if (panel.height <= window.innerHeight) expect(onScreen(el, '.timer'), 'the whole panel, where it fits').to.equal(true);
          else expect(Math.round(panel.top), 'the panel from its top').to.equal(0);
          await next(el, FIRST_READY);
          expect(text(el, '.phase')).to.equal(words.hold);
          for (const selector of ['.clock', '.where', '.go']) expect(onScreen(el, selector), `holding: ${selector}`).to.equal(true);
          expect(text(el, '.go')).to.equal(words.pause);
          expect(text(el, '.where')).to.include(formatText(words.repOf, { rep: 1, reps: 5 }));
        });
      }

      it('scrolls smoothly, unless the visitor prefers reduced motion', async () => {
        const spy = sinon.spy(Element.prototype, 'scrollIntoView');
        try {
          const el = await onLongPage(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
          await click(el, button(el, t.start));
          await click(el, button(el, t.reset));
          await preferReducedMotion(false);
          await click(el, button(el, t.start));
          expect(spy.args.map(([options]) => (options as ScrollIntoViewOptions).behavior)).to.deep.equal(['instant', 'smooth']);
        } finally {
          spy.restore();
        }
      });

      for (const [label, size] of [
        ['normal text', ''],
        ['200 % text', '200%'],
      ] as const) {
        it(`${label}: the panel keeps its size and its place on the screen through a whole routine`, async () => {
          document.documentElement.style.fontSize = size;
          // Without the browser's scroll anchoring (Safari has none; Chromium reads the root's and the body's): the card itself holds the panel still.
          document.documentElement.style.overflowAnchor = 'none';
          document.body.style.overflowAnchor = 'none';
          const el = await onLongPage(
            html`<backcare-stretch-card exercises="cat-stretch,knee-rolls,pelvic-tilt,bridge" hold="5" reps="3"></backcare-stretch-card>`,
          );
          await click(el, button(el, t.start));
          await frames(50);
          const measure = () => {
            const { top, height } = $(el, '.timer')!.getBoundingClientRect();
            return { top: Math.round(top) + 0, height: Math.round(height), at: status(el) };
          };
          const first = measure();
          const seen = new Set<string>();
          // Every second until Done, through each stretch's "Get ready", holds, rests and sides.
          for (let second = 0; second < 600 && status(el) !== t.done; second += 1) {
            const now = measure();
            seen.add(now.at.split('.')[0]!);
            expect(now.height, now.at).to.equal(first.height);
            // Within a pixel: scrolling lands on fractions of one.
            expect(Math.abs(now.top - first.top), now.at).to.be.at.most(1);
            // The room is kept by the other texts only: the one shown is there once.
            expect($$(el, '.phase').filter((p) => p.textContent!.trim() === text(el, '.phase')), now.at).to.have.length(1);
            clock.tick(1000);
            await el.updateComplete;
            await Promise.resolve();
          }
          expect(status(el)).to.equal(t.done);
          expect([...seen].sort()).to.deep.equal([t.getReady, t.hold, t.rest].sort());
          expect(text(el, 'h2')).to.equal(name('bridge'));
        });
      }

      it('in a routine, shows the current stretch\'s steps in the panel, also while "Next: ..." is said', async () => {
        const el = await onLongPage(html`<backcare-stretch-card exercises="pelvic-tilt,bridge" hold="5" reps="5"></backcare-stretch-card>`);
        await click(el, button(el, t.start));
        const steps = () => $$(el, '.timer .now:not(.ghost) li').map((li) => li.textContent!.trim());
        expect(text(el, '.timer .now:not(.ghost) .now-name')).to.equal(name('pelvic-tilt'));
        expect(steps()).to.deep.equal(t.stretches['pelvic-tilt'].steps);
        // The other stretch's steps only keep the room: unseen and unheard.
        const ghost = $(el, '.timer .now.ghost')!;
        expect(getComputedStyle(ghost).visibility).to.equal('hidden');
        expect(ghost.getAttribute('aria-hidden')).to.equal('true');
        expect(await next(el, FIRST_READY + 5 * 5 + 4 * REST_SECONDS)).to.equal('Get ready. Next: Bridge. Stretch 2 of 2');
        expect(text(el, '.timer .now:not(.ghost) .now-name')).to.equal(name('bridge'));
        expect(steps()).to.deep.equal(t.stretches.bridge.steps);
        await frames(50);
        for (const selector of ['.where', '.go', '.timer .now:not(.ghost) li']) expect(onScreen(el, selector), selector).to.equal(true);
        await expectAccessible(el);
      });
    });
  });

  describe('printing', () => {
    let print: sinon.SinonStub;
    beforeEach(() => (print = sinon.stub(window, 'print')));
    afterEach(() => {
      print.restore();
      window.dispatchEvent(new Event('afterprint'));
    });

    const printed = () => document.querySelector('[data-backcare-print-root]')?.shadowRoot ?? null;

    it('prints the routine as a handout alone: drawings, steps, hold and repetitions, cautions and the rules', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card exercises="knee-to-chest,cat-stretch" reps="6"></backcare-stretch-card>`);
      await click(el, button(el, 'Print these 2 stretches'));
      expect(print.calledOnce).to.equal(true);
      const root = printed()!;
      const handoutText = root.textContent!.replace(/\s+/g, ' ');
      for (const id of ['knee-to-chest', 'cat-stretch'] as const) {
        const words = t.stretches[id];
        expect(handoutText).to.include(words.name).and.include(words.startPosition);
        for (const step of words.steps) expect(handoutText).to.include(step);
        for (const caution of words.cautions) expect(handoutText).to.include(caution);
      }
      expect(handoutText).to.include('Hold for 10 seconds · 6 repetitions on each side');
      expect(handoutText).to.include('Hold for 5 seconds · 6 repetitions');
      // A routine says the osteoporosis caution once, naming the stretches it is for.
      expect(handoutText).to.include(
        'If you have osteoporosis (weak bones), ask a physical therapist first: Knee to chest and Cat stretch bend or twist your spine.',
      );
      expect(handoutText).not.to.include(t.rules.osteoporosis);
      expect(handoutText).to.include(t.rules.stopIf);
      // The title, the date and the box of emergency signs with the number, as on the checklist's handout.
      expect(handoutText).to.include('Your stretches').and.include('Printed on ');
      expect(handoutText).to.include(en.common.handout.getHelpNow).and.include('Call 911 now');
      // The routine names its stretch for later; one stretch says when it may start.
      expect(handoutText).to.include('Start these stretches only once the worst pain has eased: Cat stretch.');
      expect(root.querySelectorAll('section.stretch')).to.have.length(2);
      // One drawing for each stretch, its held position, at least 2.5 inches (240 px) wide.
      const drawings = [...root.querySelectorAll<SVGElement>('.pose svg')];
      expect(drawings).to.have.length(2);
      const onPaper = new CSSStyleSheet();
      onPaper.replaceSync(':host { display: block !important; width: 720px !important; }');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, onPaper];
      for (const drawing of drawings) expect(drawing.getBoundingClientRect().width).to.be.at.least(240);
      expect([...root.querySelectorAll('.pose')].map((p) => p.getAttribute('aria-label'))).to.deep.equal([
        t.stretches['knee-to-chest'].illustrationAlt,
        t.stretches['cat-stretch'].illustrationAlt,
      ]);
      // Nothing to tap on paper, and nothing smaller than 12 pt.
      expect(root.querySelector('button, input')).to.equal(null);
      for (const node of root.querySelectorAll('p, li, h1, h2, a')) expect(parseFloat(getComputedStyle(node).fontSize)).to.be.at.least(16);
      expect(root.querySelector('article')!.getAttribute('lang')).to.equal('en');
    });

    it('fits every routine of three stretches on one page, Letter and A4, in English and in Spanish', async function () {
      // 140 handouts laid out: WebKitGTK under WebDriver takes longer than mocha's 10 s.
      this.timeout(60_000);
      const cm = 96 / 2.54;
      const margin = PAGE_MARGIN_IN * 96;
      // The printable area inside the margins every handout prints with (src/core/print.ts), in CSS pixels.
      const papers = { Letter: [8.5 * 96 - 2 * margin, 11 * 96 - 2 * margin], A4: [21 * cm - 2 * margin, 29.7 * cm - 2 * margin] };
      const ids = stretches.map((s) => s.id);
      const routines = ids.flatMap((a, i) => ids.slice(i + 1).flatMap((b, j) => ids.slice(i + j + 2).map((c) => [a, b, c].join(','))));
      expect(routines).to.have.length(35);
      const tooTall: string[] = [];
      for (const lang of ['en', 'es']) {
        for (const exercises of routines) {
          const el = await fixture<Card>(html`<backcare-stretch-card lang=${lang} exercises=${exercises}></backcare-stretch-card>`);
          await click(el, $(el, 'button.print'));
          const root = printed()!;
          expect(root.querySelectorAll('section.stretch'), exercises).to.have.length(3);
          for (const [paper, [width, height]] of Object.entries(papers)) {
            // Lay the handout out as on paper: shown, as wide as the page's printable area.
            const onPaper = new CSSStyleSheet();
            onPaper.replaceSync(`:host { display: block !important; width: ${width}px !important; }`);
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, onPaper];
            const used = root.querySelector('article')!.getBoundingClientRect().height;
            expect(used, `${lang} ${exercises} on ${paper}`).to.be.greaterThan(500);
            // Never by shrinking the drawings: each still at least 2.5 inches (240 px) wide.
            for (const drawing of root.querySelectorAll('.pose svg')) expect(drawing.getBoundingClientRect().width).to.be.at.least(240);
            if (used > height) tooTall.push(`${lang} ${exercises} on ${paper}: ${(used / 96).toFixed(2)} in of ${(height / 96).toFixed(2)} in`);
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== onPaper);
          }
          window.dispatchEvent(new Event('afterprint'));
        }
      }
      expect(tooTall, 'taller than one page').to.deep.equal([]);
    });

    it('takes clinic-name and clinic-phone as the checklist does: on screen, and on the handout', async () => {
      const el = await fixture<Card>(
        html`<backcare-stretch-card exercise="bridge" clinic-name="Riverside Physio" clinic-phone="(555) 010-0199"></backcare-stretch-card>`,
      );
      expect(text(el, '[part="clinic"]')).to.equal('From Riverside Physio · Phone: (555) 010-0199');
      expect($(el, '[part="clinic"] a')!.getAttribute('href')).to.equal('tel:5550100199');
      await click(el, $(el, 'button.print'));
      const handoutText = printed()!.textContent!.replace(/\s+/g, ' ');
      expect(handoutText).to.include('Your stretch ').and.include('From Riverside Physio · Phone: (555) 010-0199 · Printed on ');
      window.dispatchEvent(new Event('afterprint'));
      el.clinicPhone = 'call us';
      await el.updateComplete;
      expect($(el, '[part="clinic"] a')).to.equal(null);
      expect(warnings.messages().join('\n')).to.include('clinic-phone="call us"');
    });

    it('prints in the widget language', async () => {
      const el = await fixture<Card>(html`<backcare-stretch-card lang="es" exercise="bridge"></backcare-stretch-card>`);
      await click(el, button(el, tes.print.one!));
      const handoutText = printed()!.textContent!.replace(/\s+/g, ' ');
      expect(handoutText).to.include(tes.stretches.bridge.name).and.include('Mantenga la posición durante 10 segundos');
      expect(handoutText).to.include(tes.rules.eased);
      expect(printed()!.querySelector('article')!.getAttribute('lang')).to.equal('es');
    });
  });

  it('moves nothing when the visitor prefers reduced motion, and animates nothing with CSS', async () => {
    const el = await fixture<Card>(html`<backcare-stretch-card exercise="bridge"></backcare-stretch-card>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const reduced = rules.filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'),
    );
    expect(reduced.map((rule) => rule.cssText).join()).to.match(/transition:\s*none\s*!important/);
    expect(rules.some((rule) => /animation/.test(rule.cssText) && !(rule instanceof CSSMediaRule))).to.equal(false);
  });

  describe('in Spanish', () => {
    it('speaks Spanish throughout, guided mode included, with the seconds named in words', async () => {
      const stubs = installTimerStubs();
      const clock = fakeClock(new Date(2026, 10, 21, 9, 0));
      try {
        const el = await fixture<Card>(html`<backcare-stretch-card lang="es" exercise="knee-to-chest" reps="3"></backcare-stretch-card>`);
        const words = tes.stretches['knee-to-chest'];
        expect(text(el, 'h2')).to.equal(words.name);
        expect($(el, '[part="illustration"]')!.getAttribute('aria-label')).to.equal(words.illustrationAlt);
        expect(text(el, '[part="notice"]')).to.equal(tes.rules.firstDays);
        expect($$(el, 'ol li').map((li) => li.textContent!.trim())).to.deep.equal(words.steps);
        expect(text(el, '.dose')).to.equal('Mantenga la posición durante 10 segundos 3 repeticiones de cada lado');
        expect(el.shadowRoot!.textContent).to.include(tes.rules.osteoporosis);
        // Sources: English titles marked as English, what kind of source each is in Spanish.
        expect(text(el, 'h3:last-of-type')).to.equal(es.common.sourcesHeading);
        const titles = $$(el, '[part="sources"] [lang="en"]');
        expect(titles.length).to.equal(cited(el).length);
        expect(cited(el)).to.include(`${titles[0]!.textContent} (${es.common.sourceDescriptions['seed:001']})`);
        await click(el, button(el, tes.start));
        expect(status(el)).to.equal('Prepárese. Repetición 1 de 3. Lado izquierdo');
        expect(clockName(el)).to.equal('10 segundos');
        expect(text(el, '[part="keep-open"]')).to.equal(tes.keepOpen);
        clock.tick(FIRST_READY * 1000);
        await el.updateComplete;
        expect(status(el)).to.equal('Mantenga la posición. Repetición 1 de 3. Lado izquierdo');
        expect(clockName(el)).to.equal('10 segundos');
        clock.tick(10_000);
        await el.updateComplete;
        expect(status(el)).to.equal('Prepárese. Repetición 1 de 3. Lado derecho');
        expect(button(el, tes.pause)).to.be.instanceOf(HTMLElement);
      } finally {
        clock.restore();
        stubs.restore();
      }
    });

    it('lists the stretches in Spanish for an unknown id, and names routine steps in Spanish', async () => {
      const unknown = await fixture<Card>(html`<backcare-stretch-card lang="es" exercise="x"></backcare-stretch-card>`);
      expect(text(unknown, 'p')).to.equal(tes.unknownExercise);
      expect($$(unknown, '[part="base"] > ul li').map((li) => li.textContent!.trim())).to.deep.equal(
        stretches.map((s) => tes.stretches[s.id].name),
      );
      await expect(unknown).to.be.accessible();
      const routine = await fixture<Card>(html`<backcare-stretch-card lang="es" exercises="bridge,cat-stretch"></backcare-stretch-card>`);
      expect(text(routine, '.nav p')).to.equal('Estiramiento 1 de 2');
      expect(button(routine, 'Imprimir estos 2 estiramientos')).to.be.instanceOf(HTMLElement);
      await click(routine, button(routine, tes.next));
      expect(status(routine)).to.equal('Estiramiento 2 de 2: Estiramiento del gato');
      await expect(routine).to.be.accessible();
    });
  });
});
