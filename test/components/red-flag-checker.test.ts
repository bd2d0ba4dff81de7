import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/red-flag-checker/define.js';
import type { BackcareRedFlagChecker } from '../../src/components/red-flag-checker/red-flag-checker.js';
import type { Answer } from '../../src/core/triage.js';
import { locales, type RedFlagQuestion } from '../../src/data/index.js';
import { captureWarnings } from '../helpers/console.js';
import { shiftTab } from '../helpers/keys.js';

type Checker = BackcareRedFlagChecker;

const questions: readonly RedFlagQuestion[] = locales.en['red-flag-checker'].questions;
const ids = (tier: string) => questions.filter((q) => q.tier === tier).map((q) => q.id);
const [firstEmergency, secondEmergency] = ids('emergency') as [string, string];
const [firstUrgent, secondUrgent] = ids('urgent') as [string, string];
const [firstSoon] = ids('soon') as [string];

const $ = <T extends Element = HTMLElement>(el: Checker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Checker, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const radio = (el: Checker, id: string, value: Answer) => $<HTMLInputElement>(el, `input[name="${id}"][value="${value}"]`)!;
const active = (el: Checker) => el.shadowRoot!.activeElement;

async function answer(el: Checker, id: string, value: Answer): Promise<void> {
  radio(el, id, value).click();
  await el.updateComplete;
}

/** Answers every question: "no" unless given otherwise. */
async function answerAll(el: Checker, given: Record<string, Answer> = {}): Promise<void> {
  for (const q of questions) await answer(el, q.id, given[q.id] ?? 'no');
}

async function seeResult(el: Checker): Promise<void> {
  $<HTMLButtonElement>(el, 'button')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Records every `backcare-triage-result` event. */
function recordResults(el: Element): CustomEvent<{ tier: string }>[] {
  const events: CustomEvent<{ tier: string }>[] = [];
  el.addEventListener('backcare-triage-result', (event) => events.push(event as CustomEvent<{ tier: string }>));
  return events;
}

const checker = (markup = html`<backcare-red-flag-checker></backcare-red-flag-checker>`) => fixture<Checker>(markup);

describe('<backcare-red-flag-checker>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('asks every question, emergency ones first, each a fieldset with a legend and Yes / No / Not sure', async () => {
    const el = await checker();
    expect(text($(el, 'h2'))).to.equal('Do you need to get help for your back pain?');
    const groups = $$(el, '.group-heading').map(text);
    expect(groups).to.deep.equal(['Signs that need help now', 'Signs that need advice today', 'Signs to get checked soon']);
    const fieldsets = $$<HTMLFieldSetElement>(el, 'fieldset[part="question"]');
    expect(fieldsets.map((f) => f.id)).to.deep.equal(questions.map((q) => `q-${q.id}`));
    expect(fieldsets.slice(0, ids('emergency').length).every((f) => ids('emergency').includes(f.id.slice(2)))).to.equal(true);
    for (const [index, fieldset] of fieldsets.entries()) {
      expect(text(fieldset.querySelector('legend'))).to.equal(questions[index]!.text);
      const labels = [...fieldset.querySelectorAll('label')];
      expect(labels.map(text)).to.deep.equal(['Yes', 'No', 'Not sure']);
      expect(labels.every((label) => label.querySelector('input[type="radio"]'))).to.equal(true);
    }
    // A hint is tied to its question.
    const hinted = questions.find((q) => q.hint)!;
    expect($(el, `#q-${hinted.id}`)!.getAttribute('aria-describedby')).to.equal(`h-${hinted.id}`);
    expect(text($(el, `#h-${hinted.id}`))).to.equal(hinted.hint);
    await expect(el).to.be.accessible();
  });

  it('always shows the not-a-diagnosis and privacy lines, and has a status region from the start', async () => {
    const el = await checker();
    const body = text(el.shadowRoot as unknown as Element);
    expect(body).to.include('This is not a diagnosis. If you are worried, contact a health professional.');
    expect(body).to.include('Your answers stay on this device and are not saved or sent.');
    expect($(el, '[role="status"]')).to.not.equal(null);
    expect($$(el, '[part~="outcome"]')).to.have.length(0);
  });

  it('gives large targets: the whole label is clickable and at least 44 px high', async () => {
    const el = await checker();
    const label = $$(el, 'label')[2]!;
    expect(label.getBoundingClientRect().height).to.be.at.least(44);
    expect(label.getBoundingClientRect().width).to.be.at.least(44);
    expect($<HTMLButtonElement>(el, 'button')!.getBoundingClientRect().height).to.be.at.least(44);
    (label.querySelector('span') as HTMLElement).click();
    await el.updateComplete;
    expect(radio(el, firstEmergency, 'not-sure').checked).to.equal(true);
    expect(label.classList.contains('checked')).to.equal(true);
  });

  describe('immediate emergency', () => {
    for (const value of ['yes', 'not-sure'] as const) {
      it(`shows the emergency outcome at once, as an alert below the question, on "${value}"`, async () => {
        const el = await checker();
        const events = recordResults(el);
        await answer(el, secondEmergency, value);
        const alert = $(el, '[role="alert"]')!;
        expect(alert).to.not.equal(null);
        // Right after the question that raised it, above the remaining questions.
        expect(alert.previousElementSibling!.id).to.equal(`q-${secondEmergency}`);
        const card = alert.querySelector('[part~="outcome-emergency"]')!;
        expect(card.getAttribute('part')).to.equal('outcome outcome-emergency');
        expect(text(card.querySelector('h3'))).to.equal(
          'Immediate action required: Call 911 now or go to the emergency department',
        );
        expect(text(card.querySelector('h3 .visually-hidden'))).to.equal('Immediate action required:');
        expect(card.querySelector('h3 > span[role="text"]')).to.not.equal(null);
        expect(card.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
        const call = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
        expect(call.getAttribute('href')).to.equal('tel:911');
        expect(text(call)).to.equal('Call 911');
        expect(text(card)).to.include('Do not wait to finish the questions.');
        expect(text(card.querySelector('.reasons'))).to.include(questions.find((q) => q.id === secondEmergency)!.reason);
        expect(text(card)).to.include('This is not a diagnosis.');
        await el.updateComplete;
        expect(events.map((e) => e.detail)).to.deep.equal([{ tier: 'emergency' }]);
        await expect(el).to.be.accessible();
      });
    }

    it('stays with the first emergency answer, lists every emergency reason, and goes when taken back', async () => {
      const el = await checker();
      await answer(el, secondEmergency, 'yes');
      await answer(el, firstEmergency, 'not-sure');
      await answer(el, firstUrgent, 'yes');
      expect($$(el, '[role="alert"]')).to.have.length(1);
      expect($(el, '[role="alert"]')!.previousElementSibling!.id).to.equal(`q-${firstEmergency}`);
      expect($$(el, '.reasons li').map(text)).to.deep.equal(
        [firstEmergency, secondEmergency].map((id) => questions.find((q) => q.id === id)!.reason),
      );
      await answer(el, firstEmergency, 'no');
      expect($(el, '[role="alert"]')!.previousElementSibling!.id).to.equal(`q-${secondEmergency}`);
      await answer(el, secondEmergency, 'no');
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($$(el, '[part~="outcome"]')).to.have.length(0);
    });

    it('uses the emergency-number attribute, and warns and keeps 911 for a bad one', async () => {
      const el = await checker(html`<backcare-red-flag-checker emergency-number="999"></backcare-red-flag-checker>`);
      await answer(el, firstEmergency, 'yes');
      expect($(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:999');
      expect(text($(el, '.card-heading'))).to.include('Call 999 now');
      el.setAttribute('emergency-number', '9-1-1; javascript:');
      await el.updateComplete;
      expect($(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:911');
      expect(warnings.messages().join('\n')).to.include('emergency-number');
    });

    it('"See my result" goes to the emergency advice, never to an error summary', async () => {
      const el = await checker();
      const events = recordResults(el);
      await answer(el, firstEmergency, 'yes');
      await seeResult(el);
      expect($(el, '.error-summary')).to.equal(null);
      expect($$(el, '.error-message')).to.have.length(0);
      expect(active(el)).to.equal($(el, '.card-heading'));
      expect($$(el, '[part~="outcome"]')).to.have.length(1);
      expect(events.map((e) => e.detail.tier)).to.deep.equal(['emergency']);
    });
  });

  describe('error summary', () => {
    it('lists the unanswered questions at the top, focused, with an error on each question', async () => {
      const el = await checker();
      const events = recordResults(el);
      await answer(el, firstEmergency, 'no');
      await seeResult(el);
      const summary = $(el, '.error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.getAttribute('part')).to.equal('error-summary');
      expect(active(el)).to.equal(summary);
      expect(text(summary.querySelector('h3'))).to.equal('There is a problem');
      const links = [...summary.querySelectorAll('a')];
      expect(links).to.have.length(questions.length - 1);
      expect(text(links[0])).to.equal(`Answer: ${questions[1]!.text}`);
      // Above the questions.
      expect(summary.compareDocumentPosition($(el, 'fieldset')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const second = $(el, `#q-${questions[1]!.id}`)!;
      expect(second.classList.contains('error')).to.equal(true);
      expect(second.getAttribute('aria-describedby')).to.include(`e-${questions[1]!.id}`);
      expect(text($(el, `#e-${questions[1]!.id}`))).to.equal('Choose an answer');
      expect($(el, `#q-${firstEmergency}`)!.classList.contains('error')).to.equal(false);
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('moves focus to the question when a link is followed, and drops errors as they are answered', async () => {
      const el = await checker();
      await seeResult(el);
      const hinted = questions.find((q) => q.hint)!;
      const link = [...$(el, '.error-summary')!.querySelectorAll('a')].find((a) => a.getAttribute('href') === `#q-${hinted.id}`)!;
      link.click();
      expect(active(el)).to.equal(radio(el, hinted.id, 'yes'));
      expect($(el, `#q-${hinted.id}`)!.getAttribute('aria-describedby')).to.equal(`h-${hinted.id} e-${hinted.id}`);
      await answer(el, hinted.id, 'no');
      expect($(el, `#e-${hinted.id}`)).to.equal(null);
      expect($(el, '.error-summary')!.querySelectorAll('a')).to.have.length(questions.length - 1);
      expect($(el, `#q-${hinted.id}`)!.getAttribute('aria-describedby')).to.equal(`h-${hinted.id}`);
      // Answering the rest clears the summary; the result waits for the button.
      await answerAll(el);
      expect($(el, '.error-summary')).to.equal(null);
      expect($$(el, '[part~="outcome"]')).to.have.length(0);
      await seeResult(el);
      expect($(el, '[part~="outcome-self-care"]')).to.not.equal(null);
    });

    it('gives way to the emergency advice when an emergency sign is given', async () => {
      const el = await checker();
      await seeResult(el);
      await answer(el, firstEmergency, 'yes');
      expect($(el, '.error-summary')).to.equal(null);
      expect($$(el, '.error-message')).to.have.length(0);
      expect($(el, '[role="alert"] [part~="outcome-emergency"]')).to.not.equal(null);
    });
  });

  describe('outcomes', () => {
    it('self-care: the card, focus on its heading, what to do, the event with the tier only', async () => {
      const el = await checker();
      await answerAll(el);
      setTimeout(() => $<HTMLButtonElement>(el, 'button')!.click());
      const event = (await oneEvent(el, 'backcare-triage-result')) as CustomEvent;
      expect(event.detail).to.deep.equal({ tier: 'self-care' });
      expect(Object.keys(event.detail)).to.deep.equal(['tier']);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      const card = $(el, '[part~="outcome"]')!;
      expect(card.getAttribute('part')).to.equal('outcome outcome-self-care');
      const heading = card.querySelector('h3')!;
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(active(el)).to.equal(heading);
      expect(text(heading)).to.equal('You can look after your back at home');
      expect(heading.querySelector('.visually-hidden')).to.equal(null);
      expect(card.querySelector('.reasons')).to.equal(null);
      expect(card.querySelectorAll('.actions li')).to.have.length(locales.en['red-flag-checker'].outcomes['self-care'].actions.length);
      expect(text(card)).to.include('Use a cold pack in the first 2–3 days, then heat.');
      expect(card.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('urgent: hidden prefix, the reasons, the clinic phone and website', async () => {
      const el = await checker(
        html`<backcare-red-flag-checker
          clinic-name="Riverside Physio"
          clinic-phone="(555) 010-0199"
          clinic-url="https://example.org/book"
        ></backcare-red-flag-checker>`,
      );
      await answerAll(el, { [firstUrgent]: 'yes', [secondUrgent]: 'not-sure', [firstSoon]: 'yes' });
      await seeResult(el);
      const card = $(el, '[part~="outcome-urgent"]')!;
      expect(text(card.querySelector('h3'))).to.equal('Urgent advice: Get medical advice today');
      expect(text(card.querySelector('h3 .visually-hidden'))).to.equal('Urgent advice:');
      expect([...card.querySelectorAll('.reasons li')].map(text)).to.deep.equal(
        [firstUrgent, secondUrgent].map((id) => questions.find((q) => q.id === id)!.reason),
      );
      expect(text(card)).to.include('Because you said:');
      expect(text(card)).to.include('If you get any of the signs that need help now, call 911.');
      const phone = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:5550100199');
      expect(text(phone)).to.equal('Call Riverside Physio: (555) 010-0199');
      const site = card.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
      expect(site.getAttribute('href')).to.equal('https://example.org/book');
      expect(text(site)).to.equal('Visit the website of Riverside Physio');
      expect(active(el)).to.equal(card.querySelector('h3'));
      await expect(el).to.be.accessible();
    });

    it('soon: non-urgent advice, and "your clinic" when the clinic has no name', async () => {
      const el = await checker(html`<backcare-red-flag-checker clinic-phone="555 0100"></backcare-red-flag-checker>`);
      await answerAll(el, { [firstSoon]: 'not-sure' });
      await seeResult(el);
      const card = $(el, '[part~="outcome-soon"]')!;
      expect(text(card.querySelector('h3'))).to.equal(
        'Non-urgent advice: Book an appointment with a doctor or physical therapist',
      );
      expect(text(card.querySelector('a'))).to.equal('Call your clinic: 555 0100');
      await expect(el).to.be.accessible();
    });

    it('keeps the result current when an answer changes after it is shown', async () => {
      const el = await checker();
      const events = recordResults(el);
      await answerAll(el);
      await seeResult(el);
      expect(text($(el, '[role="status"]'))).to.equal('');
      await answer(el, firstUrgent, 'yes');
      expect($(el, '[part~="outcome-self-care"]')).to.equal(null);
      expect($(el, '[part~="outcome-urgent"]')).to.not.equal(null);
      expect(text($(el, '[role="status"]'))).to.equal('Urgent advice: Get medical advice today');
      await answer(el, firstEmergency, 'not-sure');
      expect($$(el, '[part~="outcome"]')).to.have.length(1);
      expect($(el, '[role="alert"] [part~="outcome-emergency"]')).to.not.equal(null);
      expect(text($(el, '[role="alert"]'))).to.not.include('Do not wait to finish');
      await answer(el, firstEmergency, 'no');
      expect($$(el, '[part~="outcome"]')).to.have.length(1);
      expect($(el, '[part~="outcome-urgent"]')).to.not.equal(null);
      await answer(el, firstUrgent, 'no');
      expect($(el, '[part~="outcome-self-care"]')).to.not.equal(null);
      await el.updateComplete;
      expect(events.map((e) => e.detail.tier)).to.deep.equal(['self-care', 'urgent', 'emergency', 'urgent', 'self-care']);
    });
  });

  it('"Start again" clears every answer and the result, and goes back to the first question', async () => {
    const el = await checker();
    expect($$(el, 'button')).to.have.length(1);
    await answerAll(el, { [firstUrgent]: 'yes' });
    await seeResult(el);
    const again = $$<HTMLButtonElement>(el, 'button')[1]!;
    expect(text(again)).to.equal('Start again');
    again.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input').some((input) => input.checked)).to.equal(false);
    expect($$(el, '[part~="outcome"]')).to.have.length(0);
    expect($$(el, 'button')).to.have.length(1);
    expect(active(el)).to.equal($(el, 'input'));
    await seeResult(el);
    expect($(el, '.error-summary')!.querySelectorAll('a')).to.have.length(questions.length);
  });

  it('works by keyboard alone', async () => {
    const el = await checker();
    const first = radio(el, questions[0]!.id, 'yes');
    first.focus();
    for (const [index, q] of questions.entries()) {
      expect(active(el), `on ${q.id}`).to.equal(radio(el, q.id, 'yes'));
      // An arrow key moves to "No" and selects it, as radio groups do.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, q.id, 'no').checked, q.id).to.equal(true);
      if (index < questions.length - 1) await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Tab' });
    expect(text(active(el))).to.equal('See my result');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[part~="outcome-self-care"] h3'));

    // Back to the first question; Space says yes, and the next stop is the call link.
    await shiftTab();
    expect(text(active(el))).to.equal('Start again');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal(first);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '[role="alert"] a[href="tel:911"]'));
  });

  it('speaks Spanish', async () => {
    const el = await checker(html`<backcare-red-flag-checker lang="es"></backcare-red-flag-checker>`);
    expect(text($(el, 'h2'))).to.equal('¿Necesita buscar ayuda por su dolor de espalda?');
    expect($$(el, 'fieldset')[0]!.querySelectorAll('label').length).to.equal(3);
    expect([...$$(el, 'fieldset')[0]!.querySelectorAll('label')].map(text)).to.deep.equal(['Sí', 'No', 'No estoy seguro']);
    expect(text($(el, 'legend'))).to.equal(locales.es['red-flag-checker'].questions[0]!.text);
    expect(text($(el, 'button'))).to.equal('Ver mi resultado');
    await answer(el, firstEmergency, 'yes');
    const card = $(el, '[part~="outcome-emergency"]')!;
    expect(text(card.querySelector('h3'))).to.equal('Requiere acción inmediata: Llame al 911 ahora o vaya a la sala de emergencias');
    expect(text(card.querySelector('a'))).to.equal('Llame al 911');
    await answer(el, firstEmergency, 'no');
    await seeResult(el);
    expect(text($(el, '.error-summary h3'))).to.equal('Hay un problema');
    expect(text($(el, '.error-summary a'))).to.equal(`Responda: ${locales.es['red-flag-checker'].questions[1]!.text}`);
    await expect(el).to.be.accessible();
  });

  describe('attributes', () => {
    it('never puts a javascript: clinic-url in the DOM, and warns', async () => {
      const el = await checker(
        html`<backcare-red-flag-checker clinic-url="javascript:alert(1)" clinic-phone="call me"></backcare-red-flag-checker>`,
      );
      await answerAll(el, { [firstUrgent]: 'yes' });
      await seeResult(el);
      expect($(el, '[part~="outcome-urgent"]')).to.not.equal(null);
      expect(el.shadowRoot!.innerHTML.toLowerCase()).to.not.include('javascript');
      expect($$(el, '[part~="outcome"] a')).to.have.length(0);
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
      expect($$(el, '.group-heading').every((h) => h.localName === 'h4')).to.equal(true);
      await answerAll(el, { [firstSoon]: 'yes' });
      await seeResult(el);
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
      await seeResult(el);
      await answer(el, firstEmergency, 'not-sure');
      await answer(el, firstEmergency, 'no');
      await answerAll(el, { [firstUrgent]: 'yes' });
      await seeResult(el);
      await answer(el, firstUrgent, 'no');
      $$<HTMLButtonElement>(el, 'button')[1]!.click();
      await el.updateComplete;
      expect(spies.map((spy) => spy.callCount)).to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
      expect(document.cookie).to.equal(cookie);
      expect(warnings.messages()).to.deep.equal([]);
    } finally {
      spies.forEach((spy) => spy.restore());
    }
  });
});
