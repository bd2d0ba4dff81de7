import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/red-flag-checker/define.js';
import { formatText } from '../../src/core/format.js';
import type { BackcareRedFlagChecker } from '../../src/components/red-flag-checker/red-flag-checker.js';
import { locales } from '../../src/data/index.js';
import { signs } from '../../src/data/signs.js';
import { sources as sourceTable } from '../../src/data/sources.js';
import { captureWarnings } from '../helpers/console.js';
import { shiftTab } from '../helpers/keys.js';

type Checker = BackcareRedFlagChecker;

const en = locales.en['red-flag-checker'];
const es = locales.es['red-flag-checker'];
const gb = locales['en-GB']['red-flag-checker'];
const idsAt = (tier: string) => signs.filter((sign) => sign.tier === tier).map((sign) => sign.id as string);
const emergencyIds = idsAt('emergency');
const urgentIds = idsAt('urgent');
const soonIds = idsAt('soon');
/** A sign in short, as the outcomes list it: an emergency sign's from the words every widget shares. */
const summary = (id: string) => {
  const words = en.signs[id as keyof typeof en.signs] as { summary?: string } | undefined;
  return words?.summary !== undefined ? words.summary : locales.en.common.emergencySummaries[id as keyof typeof locales.en.common.emergencySummaries];
};
/** The emergency signs whose advice is to call for an ambulance (clinical reference, section 1): chest pain and the aortic signs. */
const ambulanceIds = ['chest-pain', 'sudden-tummy-pain', 'collapse', 'pulsing-belly'];
const combinationSummaries = ['cancer-nerve-signs', 'infection-nerve-signs'] as const;

const $ = <T extends Element = HTMLElement>(el: Checker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Checker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: Checker) => el.shadowRoot!.activeElement;
const box = (el: Checker, id: string) => $<HTMLInputElement>(el, `#${id === 'none' ? 'none' : `sign-${id}`}`)!;
/** The sign ids of the list on screen, in order. */
const shown = (el: Checker) => $$<HTMLInputElement>(el, '.choice__input:not(#none)').map((input) => input.value);

async function settle(el: Checker): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Ticks or unticks by clicking the label, as a patient does. */
async function tick(el: Checker, id: string): Promise<void> {
  $<HTMLLabelElement>(el, `label[for="${box(el, id).id}"]`)!.click();
  await settle(el);
}

async function press(el: Checker, selector: string): Promise<void> {
  $<HTMLButtonElement>(el, selector)!.click();
  await settle(el);
}

const next = (el: Checker) => press(el, '.buttons button');
const back = (el: Checker) => press(el, '[part="back"]');

/** Ticks "None of these" and continues. */
async function noneOfThese(el: Checker): Promise<void> {
  await tick(el, 'none');
  await next(el);
}

/** Records every `backcare-triage-result` event. */
function recordResults(el: Element): CustomEvent<{ tier: string }>[] {
  const events: CustomEvent<{ tier: string }>[] = [];
  el.addEventListener('backcare-triage-result', (event) => events.push(event as CustomEvent<{ tier: string }>));
  return events;
}

const checker = (markup = html`<backcare-red-flag-checker></backcare-red-flag-checker>`) => fixture<Checker>(markup);
const card = (el: Checker) => $(el, '[part~="outcome"]');

describe('<backcare-red-flag-checker>', function () {
  // Whole-widget walks with axe: room for a loaded machine.
  this.timeout(30_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('step 1', () => {
    it('asks "Do you have any of these?" with one checkbox per emergency sign, its hint, and an exclusive "None of these"', async () => {
      const el = await checker();
      expect(text($(el, 'h2'))).to.equal(en.heading);
      const body = text(el.shadowRoot as unknown as Element);
      expect(body).to.include(en.privacy);
      expect(body).to.not.include('how you feel now');
      const fieldset = $<HTMLFieldSetElement>(el, 'fieldset[part="question"]')!;
      expect(text(fieldset.querySelector('legend .step'))).to.equal('Step 1 of 3');
      expect(text(fieldset.querySelector('legend h3'))).to.equal('Do you have any of these?');
      expect(text($(el, '#not-sure'))).to.equal('If you are not sure, check it.');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('not-sure');
      expect(shown(el)).to.deep.equal(emergencyIds);
      for (const id of emergencyIds) {
        const words = en.signs[id as keyof typeof en.signs];
        const input = box(el, id);
        expect(input.type).to.equal('checkbox');
        expect(text($(el, `label[for="sign-${id}"]`))).to.equal(words.label);
        if (words.hint) {
          expect(input.getAttribute('aria-describedby')).to.equal(`hint-${id}`);
          expect(text($(el, `#hint-${id}`))).to.equal(words.hint);
        } else {
          expect(input.hasAttribute('aria-describedby')).to.equal(false);
        }
      }
      // The "not" part of a sign is its hint: a patient with a plain spasm can truthfully leave it unticked.
      expect(text($(el, '#hint-worsening-weakness'))).to.equal('Not heavy or tired from the pain.');
      expect(text($(el, '#hint-sudden-tummy-pain'))).to.equal('Not back pain alone, however bad.');
      expect(text($(el, '#hint-serious-accident'))).to.include('Not a slip or fall onto the floor.');
      expect(text($(el, '#hint-serious-accident'))).to.not.include('blow');
      expect(text($(el, '#hint-collapse'))).to.equal('Not light-headed when you stand up.');
      expect(text($(el, '.choice__divider'))).to.equal('or');
      expect(text($(el, 'label[for="none"]'))).to.equal('None of these');
      expect($(el, '[part="back"]')).to.equal(null);
      expect(card(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says in each hint what a sign is not, in the words of a patient with a plain spasm, and never asks about worry', () => {
      // The signs a plain spasm is most often taken for (clinical reference, section 1, third edition).
      const confusable = [
        'bladder-bowel',
        'both-legs',
        'sexual-function',
        'worsening-weakness',
        'serious-accident',
        'sudden-tummy-pain',
        'collapse',
        'pulsing-belly',
        'fever',
        'night-pain',
        'lump-or-shape',
        'cough-sneeze-toilet',
        'upper-back',
        'one-leg-weakness',
        'pain-below-knee',
        'getting-worse',
        'trouble-walking',
      ] as const;
      for (const [lang, words, not] of [
        ['en', en, /\bNot\b/],
        ['es', es, /\bNo\b/],
      ] as const) {
        for (const id of confusable) expect(words.signs[id].hint ?? '', `${lang} ${id}`).to.match(not);
        for (const [id, sign] of Object.entries(words.signs)) {
          // "Not only when you move" reads as a reason to tick.
          expect(sign.hint ?? '', `${lang} ${id}`).to.not.match(/\bnot only\b|\bno solo\b/i);
          expect(`${sign.label} ${sign.hint ?? ''}`, `${lang} ${id}`).to.not.match(/worried|preocupa(?!ción)/i);
        }
      }
      expect(en.signs['serious-accident'].hint).to.not.match(/blow/i);
      expect(en.signs['fall-when-older'].label).to.match(/^You are over 50, and /);
      expect(en.signs['age-first-episode'].label).to.not.match(/ or /);
    });

    it('gives large targets: each box, "Continue" and "Back" at least 44 px', async () => {
      const el = await checker();
      for (const input of $$<HTMLInputElement>(el, '.choice__input')) {
        const { width, height } = input.getBoundingClientRect();
        expect(Math.min(width, height), input.id).to.be.at.least(44);
      }
      expect($(el, '.buttons button')!.getBoundingClientRect().height).to.be.at.least(44);
      await noneOfThese(el);
      expect($(el, '[part="back"]')!.getBoundingClientRect().height).to.be.at.least(44);
    });

    for (const id of emergencyIds) {
      it(`shows the emergency advice at once when "${id}" is ticked, with focus on its heading`, async () => {
        const el = await checker();
        const events = recordResults(el);
        await tick(el, id);
        const outcome = card(el)!;
        expect(outcome.getAttribute('part')).to.equal('outcome outcome-emergency');
        const heading = outcome.querySelector('h3')!;
        // Chest pain and the aortic signs: an ambulance, as the patient may collapse on the way.
        expect(text(heading)).to.equal(
          ambulanceIds.includes(id)
            ? 'Immediate action required: Call 911 for an ambulance now'
            : 'Immediate action required: Call 911 now or go to the emergency room',
        );
        expect(text(heading.querySelector('.visually-hidden'))).to.equal('Immediate action required:');
        expect(heading.querySelector(':scope > span[role="text"]')).to.not.equal(null);
        expect(outcome.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
        expect(active(el)).to.equal(heading);
        const call = outcome.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
        expect(call.getAttribute('href')).to.equal('tel:911');
        expect(text(call)).to.equal('Call 911');
        expect(text(outcome)).to.include('Do not drive yourself.');
        expect([...outcome.querySelectorAll('.reasons li')].map(text)).to.deep.equal([summary(id)]);
        expect(events.map((event) => event.detail)).to.deep.equal([{ tier: 'emergency' }]);
        // The card ends with the soft line, after the sources, collapsed below the advice.
        const body = outcome.querySelector('.card-body')!;
        expect(text(body.lastElementChild)).to.equal('This is not a diagnosis. If you are worried, contact a health professional.');
        const sources = body.lastElementChild!.previousElementSibling as HTMLDetailsElement;
        expect(sources.localName).to.equal('details');
        expect(sources.open).to.equal(false);
        expect(text(sources.querySelector('summary'))).to.equal('Sources');
        // The sign's own sources, and none cited for what they do not say.
        const listed = [...sources.querySelectorAll('li')].map(text).join(' ');
        for (const source of signs.find((sign) => sign.id === id)!.sources) expect(listed, source).to.include(sourceTable[source].title);
        if (ambulanceIds.includes(id)) expect(listed).to.not.include(sourceTable['S-NHS-CES'].title);
        if (id === emergencyIds[0] || id === 'collapse') {
          await expect(el).to.be.accessible();
          sources.open = true;
          await expect(el).to.be.accessible();
        }
      });
    }

    it('puts the emergency card in view smoothly, or at once when the patient asks for less motion', async () => {
      const scrolls: ScrollIntoViewOptions[] = [];
      const scroll = sinon.stub(Element.prototype, 'scrollIntoView').callsFake((options) => scrolls.push(options as ScrollIntoViewOptions));
      const matchMedia = window.matchMedia.bind(window);
      const media = sinon.stub(window, 'matchMedia');
      try {
        for (const reduce of [false, true]) {
          media.callsFake((query: string) =>
            query.includes('reduced-motion') ? ({ matches: reduce } as MediaQueryList) : matchMedia(query),
          );
          // A long page in a phone-wide column, scrolled down to the last sign: the advice that replaces
          // the list starts above the screen.
          const page = await fixture(
            html`<div style="width: 320px"><div style="height: 3000px"></div><backcare-red-flag-checker></backcare-red-flag-checker><div style="height: 3000px"></div></div>`,
          );
          const el = page.querySelector<Checker>('backcare-red-flag-checker')!;
          await settle(el);
          window.scrollTo(0, box(el, 'none').getBoundingClientRect().bottom + scrollY - innerHeight + 10);
          scrolls.length = 0;
          await tick(el, 'pulsing-belly');
          expect(scrolls, `reduced motion: ${reduce}`).to.deep.equal([{ block: 'start', behavior: reduce ? 'instant' : 'smooth' }]);
          expect(active(el)).to.equal($(el, '.card-heading'));
        }
      } finally {
        scroll.restore();
        media.restore();
      }
    });

    it('keeps the ticks when the patient goes back from the emergency advice, and can untick a mistake', async () => {
      const el = await checker();
      await tick(el, 'chest-pain');
      await back(el);
      expect(card(el)).to.equal(null);
      expect(box(el, 'chest-pain').checked).to.equal(true);
      expect(active(el)).to.equal($(el, '.question'));
      await tick(el, 'chest-pain');
      expect(box(el, 'chest-pain').checked).to.equal(false);
      expect(card(el)).to.equal(null);
      await noneOfThese(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3');
    });
  });

  describe('"None of these" and the error', () => {
    it('"None of these" clears the ticks, and a tick clears "None of these"', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'fever');
      await tick(el, 'weak-bones');
      await tick(el, 'none');
      expect([box(el, 'fever').checked, box(el, 'weak-bones').checked, box(el, 'none').checked]).to.deep.equal([false, false, true]);
      await tick(el, 'upper-back');
      expect([box(el, 'upper-back').checked, box(el, 'none').checked]).to.deep.equal([true, false]);
    });

    it('with nothing ticked, "Continue" shows one error: a GOV.UK summary with one link, and a message on the list', async () => {
      const el = await checker();
      const events = recordResults(el);
      await next(el);
      const errorSummary = $(el, '.error-summary')!;
      expect(errorSummary.getAttribute('role')).to.equal('alert');
      expect(errorSummary.getAttribute('part')).to.equal('error-summary');
      expect(active(el)).to.equal(errorSummary);
      expect(text(errorSummary.querySelector('h3'))).to.equal('There is a problem');
      const links = [...errorSummary.querySelectorAll('a')];
      expect(links.map(text)).to.deep.equal([en.nothingTicked]);
      const fieldset = $(el, 'fieldset')!;
      expect(fieldset.classList.contains('error')).to.equal(true);
      expect(fieldset.getAttribute('aria-describedby')).to.equal('not-sure nothing-ticked');
      expect(text($(el, '#nothing-ticked'))).to.equal(`Error: ${en.nothingTicked}`);
      expect(text($(el, '#nothing-ticked .visually-hidden'))).to.equal('Error:');
      expect(card(el)).to.equal(null);
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();

      links[0]!.click();
      expect(active(el)).to.equal(box(el, emergencyIds[0]!));
      await tick(el, 'none');
      expect($(el, '.error-summary')).to.equal(null);
      expect($(el, '.error-message')).to.equal(null);
      await next(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3');
    });
  });

  describe('the flow', () => {
    it('reaches self-care in 6 taps ("None of these", "Continue", three times), one step at a time', async () => {
      const el = await checker();
      const events = recordResults(el);
      let taps = 0;
      const expected = [
        ['Step 1 of 3', emergencyIds],
        ['Step 2 of 3', urgentIds],
        ['Step 3 of 3', soonIds],
      ] as const;
      for (const [step, ids] of expected) {
        expect(text($(el, 'legend .step'))).to.equal(step);
        expect(shown(el)).to.deep.equal(ids);
        if (step !== 'Step 1 of 3') {
          expect(active(el), step).to.equal($(el, '.question'));
          expect(text($(el, '[part="back"]'))).to.equal('Back');
          expect(text(el.shadowRoot as unknown as Element)).to.not.include(en.privacy);
          await expect(el).to.be.accessible();
        }
        await tick(el, 'none');
        await next(el);
        taps += 2;
      }
      expect(taps).to.equal(6);
      const outcome = card(el)!;
      expect(outcome.getAttribute('part')).to.equal('outcome outcome-self-care');
      expect(active(el)).to.equal(outcome.querySelector('h3'));
      expect(text(outcome.querySelector('h3'))).to.equal('You can look after your back at home');
      expect(outcome.querySelector('h3 .visually-hidden')).to.equal(null);
      expect(outcome.querySelector('.reasons')).to.equal(null);
      expect(events.map((event) => event.detail)).to.deep.equal([{ tier: 'self-care' }]);
      await expect(el).to.be.accessible();
    });

    it('stops after step 2 when a sign there is ticked: step 3 cannot change "today"', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'weight-loss');
      await tick(el, 'upper-back');
      await next(el);
      const outcome = card(el)!;
      expect(outcome.getAttribute('part')).to.equal('outcome outcome-urgent');
      expect([...outcome.querySelectorAll('.reasons li')].map(text)).to.deep.equal([summary('weight-loss'), summary('upper-back')]);
    });

    it('after "cancer" asks the nerve signs not yet answered as one short list, counted as one more question; "None of these" then gives "today"', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'cancer-history');
      await next(el);
      expect(card(el)).to.equal(null);
      expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3: one more question');
      expect(text($(el, '.question'))).to.equal('You said you have had cancer. Do you have any of these?');
      expect(shown(el)).to.deep.equal(['pain-below-knee', 'leg-numbness', 'trouble-walking', 'band-pain']);
      expect(active(el)).to.equal($(el, '.question'));
      await expect(el).to.be.accessible();
      await noneOfThese(el);
      expect(card(el)!.getAttribute('part')).to.equal('outcome outcome-urgent');
      // No "call the 24-hour line too" without the combination; the combination is in the list of emergency signs.
      expect(text(card(el))).to.not.include(en.combinations['cancer-nerve-signs'].advice!);
      expect(text($(el, '.safety-net'))).to.include(summary('cancer-nerve-signs'));
      // "Back" from the outcome comes back to the follow-up, still counted as one more question.
      await back(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3: one more question');
      await back(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3');
    });

    it('cancer with pain shooting down a leg is an emergency (NG234), with the cancer team\'s line', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'cancer-history');
      await next(el);
      await tick(el, 'pain-below-knee');
      const outcome = card(el)!;
      expect(outcome.getAttribute('part')).to.equal('outcome outcome-emergency');
      expect(text(outcome.querySelector('h3'))).to.equal('Immediate action required: Call 911 now or go to the emergency room');
      expect(text(outcome)).to.include(en.combinations['cancer-nerve-signs'].advice!);
      expect([...outcome.querySelectorAll('.reasons li')].map(text)).to.deep.equal([summary('cancer-history'), summary('pain-below-knee')]);
      expect([...outcome.querySelectorAll('.sources li')].map(text).join(' ')).to.include('NG234');
    });

    for (const risk of ['fever', 'weak-immunity', 'recent-procedure-or-infection']) {
      it(`after "${risk}" asks the new nerve signs as one more question: a new numbness in a leg is an emergency (possible spinal infection)`, async () => {
        const el = await checker();
        const events = recordResults(el);
        await noneOfThese(el);
        await tick(el, risk);
        expect(card(el)).to.equal(null);
        await next(el);
        expect(card(el)).to.equal(null);
        expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3: one more question');
        expect(text($(el, '.question'))).to.equal(en.combinations['infection-nerve-signs'].question);
        expect(shown(el)).to.deep.equal(['leg-numbness', 'trouble-walking']);
        expect(active(el)).to.equal($(el, '.question'));
        if (risk === 'fever') await expect(el).to.be.accessible();
        await tick(el, 'leg-numbness');
        const outcome = card(el)!;
        expect(outcome.getAttribute('part')).to.equal('outcome outcome-emergency');
        expect(text(outcome.querySelector('h3'))).to.equal('Immediate action required: Call 911 now or go to the emergency room');
        expect([...outcome.querySelectorAll('.reasons li')].map(text)).to.deep.equal([summary(risk), summary('leg-numbness')]);
        expect(text(outcome)).to.not.include('24-hour');
        const sources = [...outcome.querySelectorAll('.sources li')].map(text).join(' ');
        expect(sources).to.include('Am Fam Physician');
        expect(events.map((event) => event.detail.tier)).to.deep.equal(['emergency']);
        if (risk === 'fever') await expect(el).to.be.accessible();
      });
    }

    it('a risk of infection with new weakness in one leg, ticked on the same list, is an emergency at once', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'one-leg-weakness');
      expect(card(el)).to.equal(null);
      await tick(el, 'weak-immunity');
      expect(card(el)!.getAttribute('part')).to.equal('outcome outcome-emergency');
    });

    it('after a risk of infection, "None of these" on the follow-up gives "today"', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'recent-procedure-or-infection');
      await next(el);
      await noneOfThese(el);
      expect(card(el)!.getAttribute('part')).to.equal('outcome outcome-urgent');
      expect(text($(el, '.safety-net'))).to.include(summary('infection-nerve-signs'));
    });

    it('cancer with a nerve sign is an emergency at once, with the cancer team\'s 24-hour line', async () => {
      const el = await checker();
      const events = recordResults(el);
      await noneOfThese(el);
      await tick(el, 'cancer-history');
      await next(el);
      await tick(el, 'band-pain');
      const outcome = card(el)!;
      expect(outcome.getAttribute('part')).to.equal('outcome outcome-emergency');
      expect(text(outcome)).to.include(en.combinations['cancer-nerve-signs'].advice!);
      // The emergency number first: "call your cancer team today" is the urgent outcome's.
      expect(outcome.querySelector('.card-body > :first-child a[href="tel:911"]')).to.not.equal(null);
      expect(text(outcome)).to.not.include(en.firstActions['cancer-history'].text);
      expect([...outcome.querySelectorAll('.reasons li')].map(text)).to.deep.equal([summary('cancer-history'), summary('band-pain')]);
      expect(events.map((event) => event.detail.tier)).to.deep.equal(['emergency']);
      await expect(el).to.be.accessible();

      // Ticked on the same list as "cancer", weakness in a leg is enough.
      const other = await checker();
      await noneOfThese(other);
      await tick(other, 'one-leg-weakness');
      expect(card(other)).to.equal(null);
      await tick(other, 'cancer-history');
      expect(card(other)!.getAttribute('part')).to.equal('outcome outcome-emergency');
    });

    it('"Back" on steps 2 and 3 and on the outcome keeps every answer; going on again asks the same lists', async () => {
      const el = await checker();
      await noneOfThese(el);
      await noneOfThese(el);
      await tick(el, 'not-easing');
      await tick(el, 'age-first-episode');
      await next(el);
      expect(card(el)!.getAttribute('part')).to.equal('outcome outcome-soon');
      await back(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 3 of 3');
      expect([box(el, 'not-easing').checked, box(el, 'age-first-episode').checked, box(el, 'getting-worse').checked]).to.deep.equal([
        true,
        true,
        false,
      ]);
      await back(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3');
      expect(box(el, 'none').checked).to.equal(true);
      await back(el);
      expect(text($(el, 'legend .step'))).to.equal('Step 1 of 3');
      expect(box(el, 'none').checked).to.equal(true);
      expect($(el, '[part="back"]')).to.equal(null);
      await next(el);
      await next(el);
      expect(shown(el)).to.deep.equal(soonIds);
      expect(box(el, 'not-easing').checked).to.equal(true);
      await next(el);
      expect(card(el)!.getAttribute('part')).to.equal('outcome outcome-soon');
    });

    it('"Start again" clears every answer and goes back to step 1', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'weight-loss');
      await next(el);
      expect(text($(el, '.buttons button'))).to.equal('Start again');
      await press(el, '.buttons button');
      expect(text($(el, 'legend .step'))).to.equal('Step 1 of 3');
      expect(active(el)).to.equal($(el, '.question'));
      expect($$<HTMLInputElement>(el, 'input').some((input) => input.checked)).to.equal(false);
      await noneOfThese(el);
      expect(box(el, 'fever').checked).to.equal(false);
      expect(box(el, 'none').checked).to.equal(false);
    });
  });

  describe('outcomes', () => {
    it('self-care: what to do now, the usual course, worry answered, and lists of when to book, when to get advice today and when to call 911', async () => {
      const el = await checker(html`<backcare-red-flag-checker clinic-phone="555 0100"></backcare-red-flag-checker>`);
      for (let step = 0; step < 3; step++) await noneOfThese(el);
      const outcome = card(el)!;
      const body = text(outcome);
      for (const action of en.outcomes['self-care'].actions) expect(body).to.include(formatText(action, { professional: en.professional }));
      expect(body).to.include('usually starts to ease within 2 weeks, and is usually gone within 4 to 6 weeks');
      expect(body).to.include('It is normal to worry');
      expect(body).to.include('it is fine to book an appointment');
      const lists = [...outcome.querySelectorAll('.safety-net ul')].map((list) => [...list.querySelectorAll('li')].map(text));
      expect([...outcome.querySelectorAll('.safety-net > p')].map(text)).to.deep.equal([
        'Book an appointment with a doctor or physical therapist if you have any of these:',
        'Get medical advice today if you get any of these:',
        'Call 911 if you get any of these:',
      ]);
      expect(lists[0]).to.deep.equal(['not-easing', 'getting-worse', 'stops-activities', 'not-coping'].map(summary));
      expect(lists[1]).to.deep.equal(['fever', 'weight-loss', 'night-pain', 'lump-or-shape', 'one-leg-weakness', 'upper-back'].map(summary));
      // Never a sign a patient cannot newly get.
      for (const id of ['cancer-history', 'weak-bones', 'pregnancy-waves']) expect(lists.flat()).to.not.include(summary(id));
      expect(lists[2]).to.deep.equal([...emergencyIds.map(summary), ...combinationSummaries.map(summary)]);
      expect(text(outcome.querySelector('a[href^="tel:"]'))).to.equal('Call your clinic: 555 0100');
      expect(text(outcome.querySelector('.card-body > :last-child'))).to.equal(locales.en.common.notDiagnosis);
      expect(outcome.querySelector('details.sources-part')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('urgent: hidden prefix, the reasons, the clinic\'s phone and website, "if you cannot get through today", and the emergency signs', async () => {
      const el = await checker(
        html`<backcare-red-flag-checker
          clinic-name="Riverside Physio"
          clinic-phone="(555) 010-0199"
          clinic-url="https://example.org/book"
        ></backcare-red-flag-checker>`,
      );
      await noneOfThese(el);
      await tick(el, 'weight-loss');
      await next(el);
      const outcome = card(el)!;
      expect(text(outcome.querySelector('h3'))).to.equal('Urgent advice: Get medical advice today');
      expect(text(outcome.querySelector('h3 .visually-hidden'))).to.equal('Urgent advice:');
      expect(text(outcome)).to.include('Because you said: weight loss without trying');
      expect(text(outcome)).to.include('Contact your clinic or a doctor today.');
      expect(text(outcome)).to.include('If you cannot get through today, call an urgent care center or a nurse line.');
      const phone = outcome.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:5550100199');
      expect(text(phone)).to.equal('Call Riverside Physio: (555) 010-0199');
      const site = outcome.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
      expect(site.getAttribute('href')).to.equal('https://example.org/book');
      expect(text(site)).to.equal('Visit the website of Riverside Physio');
      expect([...outcome.querySelectorAll('.safety-net > p')].map(text)).to.deep.equal(['Call 911 if you get any of these:']);
      expect(outcome.querySelectorAll('.safety-net li')).to.have.length(emergencyIds.length + 2);
      expect(text(outcome)).to.not.include('cancer team today');
      await expect(el).to.be.accessible();
    });

    it('urgent for pregnancy has its own heading, "Call now", and says first to call the OB doctor or midwife, or go to Labor and Delivery', async () => {
      const el = await checker();
      await noneOfThese(el);
      await tick(el, 'pregnancy-waves');
      await next(el);
      expect(text($(el, '.card-heading'))).to.equal('Urgent advice: Call now');
      const first = card(el)!.querySelector('.card-body > :first-child')!;
      expect(text(first)).to.equal(en.firstActions['pregnancy-waves'].text);
      expect(text(first)).to.include('call your OB doctor or midwife now, or go to Labor and Delivery');
      expect(text(card(el))).to.not.include('maternity');
      expect(text(card(el)!.querySelector('details'))).to.include(sourceTable['S-ACOG-LABOR'].title);
      await expect(el).to.be.accessible();
      // Only for the pregnancy sign.
      const other = await checker();
      await noneOfThese(other);
      await tick(other, 'fever');
      await next(other);
      await noneOfThese(other);
      expect(text($(other, '.card-heading'))).to.equal('Urgent advice: Get medical advice today');
      expect(text(card(other))).to.not.include('midwife');
    });

    it('urgent for cancer history says first to call the cancer team today', async () => {
      const el = await checker(html`<backcare-red-flag-checker clinic-phone="555 0100"></backcare-red-flag-checker>`);
      await noneOfThese(el);
      await tick(el, 'cancer-history');
      await next(el);
      await noneOfThese(el);
      const outcome = card(el)!;
      expect(text(outcome.querySelector('h3'))).to.equal('Urgent advice: Get medical advice today');
      const first = outcome.querySelector('.card-body > :first-child')!;
      expect(text(first)).to.equal(en.firstActions['cancer-history'].text);
      expect(text(first)).to.include('first call your cancer team today');
      await expect(el).to.be.accessible();
    });

    it('soon: book in the next week or so, and lists of the get-advice-today signs to watch for and the emergency signs with "call 911"', async () => {
      const el = await checker(html`<backcare-red-flag-checker clinic-phone="555 0100"></backcare-red-flag-checker>`);
      await noneOfThese(el);
      await noneOfThese(el);
      await tick(el, 'not-coping');
      await next(el);
      const outcome = card(el)!;
      expect(text(outcome.querySelector('h3'))).to.equal('Non-urgent advice: Book an appointment with a doctor or physical therapist');
      expect(text(outcome)).to.include('in the next week or so');
      expect(text(outcome.querySelector('a'))).to.equal('Call your clinic: 555 0100');
      expect([...outcome.querySelectorAll('.safety-net > p')].map(text)).to.deep.equal([
        'Get medical advice today if you get any of these:',
        'Call 911 if you get any of these:',
      ]);
      const [urgent, emergency] = [...outcome.querySelectorAll('.safety-net ul')].map((list) => [...list.querySelectorAll('li')].map(text));
      expect(urgent).to.deep.equal(['fever', 'weight-loss', 'night-pain', 'lump-or-shape', 'one-leg-weakness', 'upper-back'].map(summary));
      expect(emergency).to.have.length(emergencyIds.length + 2);
      await expect(el).to.be.accessible();
    });

    it('sends the tier only, bubbling and composed, each time an outcome is shown', async () => {
      const el = await checker();
      await noneOfThese(el);
      await noneOfThese(el);
      await tick(el, 'none');
      setTimeout(() => $<HTMLButtonElement>(el, '.buttons button')!.click());
      const event = (await oneEvent(el, 'backcare-triage-result')) as CustomEvent;
      expect(event.detail).to.deep.equal({ tier: 'self-care' });
      expect(Object.keys(event.detail)).to.deep.equal(['tier']);
      expect(event.bubbles && event.composed).to.equal(true);
      const events = recordResults(el);
      await settle(el);
      await back(el);
      await back(el);
      await tick(el, 'upper-back');
      await next(el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ tier: 'urgent' }]);
    });
  });

  it('works by keyboard alone: Space ticks, Enter continues, focus follows each step and outcome', async () => {
    const el = await checker();
    box(el, emergencyIds[0]!).focus();
    for (let i = 0; i < emergencyIds.length; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(box(el, 'none'));
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(box(el, 'none').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(text(active(el))).to.equal('Continue');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)).to.equal($(el, '.question'));
    expect(text($(el, 'legend .step'))).to.equal('Step 2 of 3');

    // Back by keyboard: the Back control comes before the first box.
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(box(el, urgentIds[0]!));
    await shiftTab();
    expect(active(el)).to.equal($(el, '[part="back"]'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text($(el, 'legend .step'))).to.equal('Step 1 of 3');

    // An emergency sign by Space: its advice, focus on the heading, the call link next.
    box(el, emergencyIds[2]!).focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(active(el)).to.equal($(el, '[part~="outcome-emergency"] h3'));
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '[part~="outcome-emergency"] a[href="tel:911"]'));
  });

  describe('languages', () => {
    it('speaks Spanish: formal, gender-neutral, the same flow', async () => {
      const el = await checker(html`<backcare-red-flag-checker lang="es" clinic-phone="555 0100"></backcare-red-flag-checker>`);
      expect(text($(el, 'h2'))).to.equal('¿Necesita buscar ayuda por su dolor de espalda?');
      expect(text($(el, 'legend .step'))).to.equal('Paso 1 de 3');
      expect(text($(el, '.question'))).to.equal('¿Tiene algo de esto?');
      expect(text($(el, '#not-sure'))).to.equal('Si tiene dudas, márquelo.');
      expect(text($(el, 'label[for="none"]'))).to.equal('Nada de esto');
      expect(text($(el, 'label[for="sign-serious-accident"]'))).to.equal(es.signs['serious-accident'].label);
      expect(text($(el, '#hint-serious-accident'))).to.include('choque de carro');
      await next(el);
      expect(text($(el, '.error-summary h3'))).to.equal('Hay un problema');
      expect(text($(el, '.error-summary a'))).to.equal(es.nothingTicked);
      await expect(el).to.be.accessible();
      await noneOfThese(el);
      await tick(el, 'fever');
      await next(el);
      expect(text($(el, 'legend .step'))).to.equal('Paso 2 de 3: una pregunta más');
      await noneOfThese(el);
      expect(text(card(el)!.querySelector('h3'))).to.equal('Atención urgente: Busque atención médica hoy');
      expect(text(card(el)!.querySelector('a[href^="tel:"]'))).to.equal('Llame al 555 0100 (su clínica)');
      expect(text($(el, '.safety-net p'))).to.equal('Llame al 911 si tiene algo de esto:');
      await expect(el).to.be.accessible();
      await press(el, '.buttons button');
      await tick(el, 'chest-pain');
      expect(text(card(el)!.querySelector('h3'))).to.equal('Requiere acción inmediata: Llame al 911 para pedir una ambulancia ahora');
      expect(text(card(el)!.querySelector('a'))).to.equal('Llame al 911');
      expect(text(card(el)!.querySelector('summary'))).to.equal('Fuentes (en inglés)');
      await back(el);
      await tick(el, 'chest-pain');
      await tick(el, 'saddle-numbness');
      expect(text(card(el)!.querySelector('h3'))).to.equal('Requiere acción inmediata: Llame al 911 ahora o vaya a la sala de emergencias');
      await press(el, '.buttons button');
      await noneOfThese(el);
      await tick(el, 'pregnancy-waves');
      await next(el);
      expect(text($(el, '.card-heading'))).to.equal('Atención urgente: Llame ahora');
      expect(text(card(el)!.querySelector('.card-body > :first-child'))).to.include('llame ahora a su obstetra o partera, o vaya al área de Labor y Parto');
      await expect(el).to.be.accessible();
    });

    it('Spanish words are plain and gender-neutral: "usted", no "seguro/a", no "heces" or "sobrellevar", numbers as "de 4 a 6"', () => {
      const all = JSON.stringify(es);
      for (const banned of [/\bseguro\b/i, /\bsegura\b/i, /heces/i, /sobrellev/i, /\btú\b/i, /\bpuedes\b/i, /\btienes\b/i, /\bauto\b/i]) {
        expect(banned.test(all), String(banned)).to.equal(false);
      }
      expect(all).to.include('choque de carro');
      expect(all).to.include('de 4 a 6 semanas');
      expect(es.callClinic).to.equal('Llame al {phone} ({clinic})');
    });

    it('speaks UK English where services differ: 999, A&E, GP, NHS 111, the maternity unit, "tick it", "tummy"', async () => {
      const el = await checker(html`<backcare-red-flag-checker lang="en-GB"></backcare-red-flag-checker>`);
      expect(text($(el, '#not-sure'))).to.equal('If you are not sure, tick it.');
      expect(text($(el, 'label[for="sign-sudden-tummy-pain"]'))).to.equal('Sudden, severe pain in your tummy');
      await tick(el, 'chest-pain');
      expect(text($(el, '.card-heading'))).to.equal('Immediate action required: Call 999 for an ambulance now');
      expect($(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:999');
      await back(el);
      await tick(el, 'chest-pain');
      await tick(el, 'bladder-bowel');
      expect(text($(el, '.card-heading'))).to.equal('Immediate action required: Call 999 now or go to A&E');
      await back(el);
      await tick(el, 'bladder-bowel');
      await noneOfThese(el);
      expect(text($(el, 'label[for="sign-fever"]'))).to.equal('A high temperature, or feeling hot and shivery');
      expect(text($(el, '#hint-fever'))).to.equal('38 °C or more. Not just feeling tired.');
      await tick(el, 'pregnancy-waves');
      await next(el);
      expect(text($(el, '.card-heading'))).to.equal('Urgent advice: Call now');
      expect(text(card(el)!.querySelector('.card-body > :first-child'))).to.include('call your maternity unit or midwife now');
      expect(text(card(el))).to.include('If you cannot get through today, contact NHS 111.');
      expect(text(card(el))).to.include('Contact your clinic or GP today.');
      expect(text($(el, '.safety-net p'))).to.equal('Call 999 if you get any of these:');
      await expect(el).to.be.accessible();
      await back(el);
      await tick(el, 'none');
      await next(el);
      await tick(el, 'not-easing');
      await next(el);
      expect(text($(el, '.card-heading'))).to.equal('Non-urgent advice: Book an appointment with a GP or physiotherapist');
      // Only what differs: the rest is read from US English.
      expect(gb.signs['chest-pain']).to.deep.equal(en.signs['chest-pain']);
    });
  });

  describe('attributes', () => {
    it('uses the emergency-number attribute, and warns and keeps 911 for a bad one', async () => {
      const el = await checker(html`<backcare-red-flag-checker emergency-number="112"></backcare-red-flag-checker>`);
      await tick(el, 'saddle-numbness');
      expect($(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:112');
      expect(text($(el, '.card-heading'))).to.include('Call 112 now');
      el.setAttribute('emergency-number', '9-1-1; javascript:');
      await settle(el);
      expect($(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:911');
      expect(warnings.messages().join('\n')).to.include('emergency-number');
    });

    it('never puts a javascript: clinic-url in the DOM, and warns', async () => {
      const el = await checker(
        html`<backcare-red-flag-checker clinic-url="javascript:alert(1)" clinic-phone="call me"></backcare-red-flag-checker>`,
      );
      await noneOfThese(el);
      await tick(el, 'weight-loss');
      await next(el);
      expect(card(el)).to.not.equal(null);
      expect(el.shadowRoot!.innerHTML.toLowerCase()).to.not.include('javascript');
      // No link but the sources' own addresses.
      expect([...card(el)!.querySelectorAll('a')].filter((link) => !link.closest('.sources'))).to.have.length(0);
      const messages = warnings.messages().join('\n');
      expect(messages).to.include('clinic-url="javascript:alert(1)"');
      expect(messages).to.include('clinic-phone="call me"');
    });

    it('takes heading, heading-level and clinic-name, and trims what is too long', async () => {
      const el = await checker(
        html`<backcare-red-flag-checker heading="When to get help" heading-level="3" clinic-phone="555 0100"
          clinic-name=${'A'.repeat(100)}></backcare-red-flag-checker>`,
      );
      expect(text($(el, 'h3[part="heading"]'))).to.equal('When to get help');
      expect($(el, '.question')!.localName).to.equal('h4');
      await noneOfThese(el);
      await noneOfThese(el);
      await tick(el, 'getting-worse');
      await next(el);
      expect($(el, '.card-heading')!.localName).to.equal('h4');
      expect(text($(el, 'a[href^="tel:"]'))).to.match(/^Call A{79}…: 555 0100$/);
      expect(warnings.messages().join('\n')).to.include('clinic-name');
    });
  });

  it('sends, stores and logs nothing during a full walkthrough', async () => {
    const spies = [
      sinon.stub(window, 'fetch').rejects(new Error('no network')),
      sinon.stub(XMLHttpRequest.prototype, 'open'),
      sinon.stub(Navigator.prototype, 'sendBeacon').returns(false),
      sinon.stub(Storage.prototype, 'setItem'),
      sinon.spy(console, 'log'),
      sinon.spy(console, 'info'),
      sinon.spy(console, 'debug'),
    ];
    const cookie = document.cookie;
    try {
      const el = await checker(html`<backcare-red-flag-checker clinic-phone="555 0100"></backcare-red-flag-checker>`);
      await next(el);
      await tick(el, 'bladder-bowel');
      await back(el);
      await tick(el, 'bladder-bowel');
      await noneOfThese(el);
      await tick(el, 'cancer-history');
      await next(el);
      await noneOfThese(el);
      await press(el, '.buttons button');
      expect(spies.map((spy) => spy.callCount)).to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
      expect(document.cookie).to.equal(cookie);
      expect(warnings.messages()).to.deep.equal([]);
    } finally {
      spies.forEach((spy) => spy.restore());
    }
  });
});
