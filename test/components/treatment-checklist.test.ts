import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/treatment-checklist/define.js';
import type {
  BackcareTreatmentChecklist,
  ChecklistChangeDetail,
} from '../../src/components/treatment-checklist/treatment-checklist.js';
import { checklistItemList } from '../../src/data/checklist.js';
import { combinations, signs, type EmergencySignId } from '../../src/data/signs.js';
import { locales } from '../../src/data/index.js';
import { emergencySignsIn } from '../../src/core/safety-net.js';
import { captureWarnings } from '../helpers/console.js';
import { expectSafetyNetNumbers } from '../helpers/safety-net.js';
import { printMode } from '../helpers/print.js';

const { en, es } = locales;
const gb = locales['en-GB'];
const t = en['treatment-checklist'];

type Checklist = BackcareTreatmentChecklist;

const toDos = checklistItemList.filter((item) => item.kind === 'to-do');
const askAbout = checklistItemList.filter((item) => item.kind !== 'to-do');
const titleOf = (id: keyof typeof t.items, words = t) => words.items[id].title;

const root = (el: Checklist) => el.shadowRoot!;
/** The things to do's checkboxes (not the patient's "Keep my ticks" choice). */
const boxes = (el: Checklist) => [...root(el).querySelectorAll<HTMLInputElement>('[part="item"] input[type="checkbox"]')];
/** The checkbox of the thing to do with this title (found by its label's `for`, which works detached too). */
const box = (el: Checklist, title: string) => {
  const label = [...root(el).querySelectorAll('label')].find((each) => each.textContent!.trim() === title)!;
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
};
const titles = (el: Checklist) => [...root(el).querySelectorAll('[part="item"] label')].map((label) => label.textContent!.trim());
const infoTitles = (el: Checklist) => [...root(el).querySelectorAll('.info .title')].map((p) => p.textContent!.trim());
const sectionHeadings = (el: Checklist) =>
  [...root(el).querySelectorAll('[part="group"] > :first-child')].map((h) => h.textContent!.trim());
const progressText = (el: Checklist) => root(el).querySelector('#progress')?.textContent!.trim();
const bar = (el: Checklist) => root(el).querySelector('progress')!;
const status = (el: Checklist) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const button = (el: Checklist, text: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const savedNote = (el: Checklist) =>
  [...root(el).querySelectorAll('p')].some((p) => p.textContent!.includes('saved on this device'));
const keepBox = (el: Checklist) => root(el).querySelector<HTMLInputElement>('#keep');
const tick = async (el: Checklist, title: string) => {
  box(el, title).click();
  await el.updateComplete;
};
const stored = (name = 'backcare-checklist') => localStorage.getItem(`backcare:${name}:v1`);
/** The checklists inside a fixture, once each has rendered (a fixture only waits for its own root). */
const rendered = async (wrapper: Element) => {
  const all = [...wrapper.querySelectorAll('backcare-treatment-checklist')];
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
};
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

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

  describe('things to do, and medicines and care to ask about', () => {
    it('shows the things to do with real labelled checkboxes, and the rest apart, without any', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Your back care plan');
      expect(sectionHeadings(el)).to.deep.equal(['Things to do', 'Medicines and care to ask about']);
      expect(root(el).querySelectorAll('[part="group"] > h3')).to.have.length(2);
      expect(titles(el)).to.deep.equal(toDos.map((item) => titleOf(item.id)));
      expect(boxes(el)).to.have.length(9);
      boxes(el).forEach((input) => expect(input.labels).to.have.length(1));
      expect(infoTitles(el)).to.deep.equal(askAbout.map((item) => titleOf(item.id)));
      const askSection = root(el).querySelectorAll('[part="group"]')[1]!;
      expect(askSection.querySelectorAll('input')).to.have.length(0);
      expect(warnings.messages()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('reads as a plan: first days, then later', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(titles(el)).to.deep.equal([
        'Stay gently active',
        'Stay at work, or go back as soon as you can',
        'Use a cold pack in the first 2–3 days',
        'Change position often',
        'Sleep on a comfortable, medium-firm mattress',
        'Look after your sleep and stress',
        'Move gently, and add stretches once the worst pain has eased',
        'Use heat after the first 2–3 days',
        'Strengthen your stomach and back muscles once you are better',
      ]);
    });

    it('says to stay at or go back to work, or the usual day, with changes if needed and no need to be pain-free first', () => {
      const work = checklistItemList.find((item) => item.id === 'work')!;
      expect([work.kind, work.phases, work.sources]).to.deep.equal(['to-do', ['acute', 'subacute', 'recovery'], ['S-NHS', 'S-NICE']]);
      expect(t.items.work.detail).to.include('usual day').and.include('Changes').and.include('do not need to wait until the pain is gone');
      expect(es['treatment-checklist'].items.work.detail).to.include('No necesita esperar a que se le quite el dolor');
    });

    it('asks for a medium-firm mattress, never a new one, and cites the trial for it', () => {
      const mattress = checklistItemList.find((item) => item.id === 'mattress')!;
      expect(mattress.sources).to.deep.equal(['S-KOVACS']);
      expect(t.items.mattress.detail).to.include('medium-firm').and.include('You do not need to buy a new one.');
      expect(es['treatment-checklist'].items.mattress.detail).to.include('No hace falta comprar uno nuevo.');
      // Never advice to buy one: only that there is no need to.
      for (const words of [t, gb['treatment-checklist'], es['treatment-checklist']]) {
        expect(words.items.mattress.detail).not.to.match(/(?<!need to )buy a new|(?<!falta )comprar uno/);
      }
    });

    it('says the same as the phase guide and the stretch card about when to start moving and stretching', () => {
      const stretches = checklistItemList.find((item) => item.id === 'gentle-stretches')!;
      expect(stretches.phases).to.deep.equal(['acute', 'subacute', 'recovery']);
      expect(stretches.sources).to.include.members(['S-NHS-EX', 'seed:001']);
      const guide = en['phase-guide'].phases;
      expect(t.items['gentle-stretches'].detail)
        .to.include(guide.acute.do['gentle-movement'])
        .and.include(guide.subacute.do.stretches);
      const guideEs = es['phase-guide'].phases;
      expect(es['treatment-checklist'].items['gentle-stretches'].detail)
        .to.include(guideEs.acute.do['gentle-movement'])
        .and.include(guideEs.subacute.do.stretches);
    });

    it('says "Check off" in US English and "Tick off" only in UK English', async () => {
      const us = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(text(root(us))).not.to.match(/\btick/i);
      expect(t.intro).to.match(/^Check off/);
      expect(JSON.stringify(t)).not.to.match(/\btick/i);
      const uk = await fixture<Checklist>(html`<backcare-treatment-checklist lang="en-GB"></backcare-treatment-checklist>`);
      expect(text(root(uk))).to.include('Tick off the things to do');
    });

    it('shows the medicines caution once, right after the medicines, and the heat-and-cold caution on those two items', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const cautions = [...root(el).querySelectorAll('.caution')].map(text);
      expect(cautions.filter((caution) => caution === t.cautions.medicines)).to.have.length(1);
      expect(cautions.filter((caution) => caution === t.cautions.skin)).to.have.length(2);
      const medicineCaution = [...root(el).querySelectorAll('.caution')].find((p) => text(p) === t.cautions.medicines)!;
      expect(text(medicineCaution.previousElementSibling!)).to.include(titleOf('opioids'));
      expect(text(medicineCaution.nextElementSibling!)).to.include(titleOf('see-doctor'));
      for (const id of ['cold-pack', 'heat'] as const) {
        const input = box(el, titleOf(id));
        expect(text(root(el).getElementById(input.getAttribute('aria-describedby')!)!)).to.equal(t.cautions.skin);
      }
      expect(box(el, titleOf('stay-active')).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('words the medicines as section 3 of the clinical reference does', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const all = text(root(el));
      expect(all).to.include('Acetaminophen (paracetamol)');
      expect(all).to.include('not recommended on its own for low back pain');
      expect(t.items['muscle-relaxants'].detail).to.match(/drowsy/).and.match(/drive/).and.match(/alcohol/).and.match(/habit-forming/);
      expect(t.items['muscle-relaxants'].detail).to.include('Older adults are more likely to fall.');
      expect(t.items.opioids.detail).to.include('Not routinely recommended').and.include('ask a doctor');
      expect(t.items.opioids.detail).to.include('drowsy and constipated').and.include('addictive');
      expect(t.cautions.medicines).to.match(/over 65/).and.match(/blood thinners/).and.match(/ulcers/).and.match(/high blood pressure/);
      // With every medicine: NSAIDs with food and never two together; acetaminophen never over the daily most, and in cold and flu medicines too.
      expect(t.items['anti-inflammatory'].detail).to.include('Take them with food, and never take two of them together.');
      expect(t.items.paracetamol.detail).to.include('Never take more than the package says for a day.').and.include('cold and flu');
      // Sources as section 6 corrects them.
      const sourcesOf = (id: string) => checklistItemList.find((item) => item.id === id)!.sources;
      expect(sourcesOf('muscle-relaxants')).to.include.members(['S-NHS', 'S-ACP']).and.not.include('S-NICE');
      expect(sourcesOf('anti-inflammatory')).to.include('S-NHS-IBU');
      expect(sourcesOf('paracetamol')).to.include.members(['S-NICE', 'S-NHS', 'S-NHS-PARA']);
      expect(sourcesOf('opioids')).to.deep.equal(['S-NICE', 'S-NHS-CODEINE']);
      for (const id of ['cold-pack', 'heat']) expect(sourcesOf(id), id).to.include('S-NHS-SCI');
      // UK English: paracetamol first, and codeine from a pharmacy for 3 days at most; not in US English.
      const ukWords = gb['treatment-checklist'].items;
      expect(ukWords.paracetamol.title).to.match(/^Paracetamol/);
      expect(ukWords.opioids.detail).to.include('Codeine you buy from a pharmacy is for 3 days at most.');
      expect(t.items.opioids.detail).not.to.include('3 days');
      const spanish = es['treatment-checklist'].items;
      expect(spanish['anti-inflammatory'].detail).to.include('Tómelos con comida y nunca tome dos a la vez.');
      expect(spanish.paracetamol.detail).to.include('No pase de la dosis máxima diaria').and.include('antigripales');
      expect(spanish['muscle-relaxants'].detail).to.include('riesgo de caídas');
      expect(spanish.opioids.detail).to.include('estreñimiento').and.include('adicción');
    });

    it('gives each thing to do a "More about this" with its detail and a name of its own; the rest show their detail', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const details = [...root(el).querySelectorAll<HTMLDetailsElement>('details[part="details"]')];
      expect(details).to.have.length(9);
      const first = details[0]!;
      expect(first.open).to.equal(false);
      expect(text(first.querySelector('summary')!)).to.equal('More about this: Stay gently active');
      first.querySelector('summary')!.click();
      expect(first.open).to.equal(true);
      expect(first.querySelector('p')!.textContent).to.include(t.items['stay-active'].detail);
      const opioids = [...root(el).querySelectorAll('.info > li')].find((li) => text(li).startsWith(titleOf('opioids')))!;
      expect(opioids.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(text(opioids)).to.include(t.items.opioids.detail);
      await expect(el).to.be.accessible();
    });

    it('numbers each source once, in order of first use, and links the markers to them', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const sources = [...root(el).querySelectorAll('[part="sources"] li')];
      expect(sources).to.have.length(new Set(checklistItemList.flatMap((item) => item.sources)).size);
      expect(text(sources[0]!)).to.equal('NHS.UK: Back pain');
      expect(sources[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://www.nhs.uk/conditions/back-pain/');
      expect(text(sources[1]!)).to.equal('NICE: Low back pain and sciatica in over 16s (NG59, 2016, updated 2020) (guideline)');
      const details = root(el).querySelector('details')!;
      details.open = true;
      const markers = [...details.querySelectorAll('.refs a')];
      expect(markers.map((a) => a.textContent)).to.deep.equal(['1', '2', '3', '4']);
      // Markers of a later item use the numbers already given, sorted.
      const [, work, coldPack] = [...root(el).querySelectorAll('details[part="details"]')];
      expect([...work!.querySelectorAll('.refs a')].map((a) => a.textContent)).to.deep.equal(['1', '2']);
      expect([...coldPack!.querySelectorAll('.refs a')].map((a) => a.textContent)).to.deep.equal(['1', '5', '6', '7', '8']);
      const hash = location.hash;
      (markers[1] as HTMLAnchorElement).click();
      expect(root(el).activeElement).to.equal(sources[1]);
      expect(location.hash).to.equal(hash);
    });

    it('marks each English source title as English, and shows what a clinic page is in the patient’s language', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist lang="es"></backcare-treatment-checklist>`);
      const part = root(el).querySelector('[part="sources"]')!;
      expect(text(part.querySelector('h3')!)).to.equal('Fuentes (en inglés)');
      const entries = [...part.querySelectorAll('li')];
      for (const entry of entries) expect(entry.querySelectorAll(':scope [lang="en"]'), text(entry)).to.have.length(1);
      const seed = entries.find((entry) => text(entry).startsWith('What to do for back spasms'))!;
      expect(text(seed)).to.equal('What to do for back spasms (página para pacientes de una clínica de terapia física)');
      expect(text(seed.querySelector('[lang="en"]')!)).to.equal('What to do for back spasms');
      await expect(el).to.be.accessible();
    });

    it('shows only the items for a phase', async () => {
      for (const phase of ['acute', 'subacute', 'recovery'] as const) {
        const el = await fixture<Checklist>(html`<backcare-treatment-checklist phase=${phase}></backcare-treatment-checklist>`);
        const expected = toDos.filter((item) => (item.phases as readonly string[]).includes(phase));
        expect(titles(el), phase).to.deep.equal(expected.map((item) => titleOf(item.id)));
        expect(progressText(el)).to.equal(`0 of ${expected.length} done`);
        if (phase === 'acute') await expect(el).to.be.accessible();
      }
      const acute = await fixture<Checklist>(html`<backcare-treatment-checklist phase=" ACUTE "></backcare-treatment-checklist>`);
      expect(titles(acute)).to.include(titleOf('cold-pack')).and.not.include(titleOf('heat'));
    });

    it('warns about an unknown phase and shows all items', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist phase="weekly"></backcare-treatment-checklist>`);
      expect(boxes(el)).to.have.length(9);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('phase="weekly"').and.include('all, acute, subacute, recovery');
    });

    it('shows the items chosen in items, in that order, sections in order of their first item', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist items="see-doctor, heat,paracetamol,stay-active"></backcare-treatment-checklist>`,
      );
      expect(sectionHeadings(el)).to.deep.equal(['Medicines and care to ask about', 'Things to do']);
      expect(titles(el)).to.deep.equal([titleOf('heat'), titleOf('stay-active')]);
      expect(infoTitles(el)).to.deep.equal([titleOf('paracetamol'), titleOf('see-doctor')]);
      expect(progressText(el)).to.equal('0 of 2 done');
      expect(warnings.messages()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('skips unknown ids, the removed "water" too, with a warning naming the valid ones', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist items="heat,water,yoga"></backcare-treatment-checklist>`);
      expect(titles(el)).to.deep.equal([titleOf('heat')]);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0])
        .to.include('items="heat,water,yoga"')
        .and.include('valid ids are stay-active, work, cold-pack')
        .and.include('Skipping water, yoga');
      const none = await fixture<Checklist>(html`<backcare-treatment-checklist items="yoga, pilates"></backcare-treatment-checklist>`);
      expect(boxes(none)).to.have.length(9);
      expect(warnings.messages()[1]).to.include('Showing all');
    });

    it('with only medicines and care, shows no progress, no tick box and no "Clear all"', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist items="opioids,physical-therapy"></backcare-treatment-checklist>`,
      );
      expect(boxes(el)).to.have.length(0);
      expect(root(el).querySelector('[part="progress"]')).to.equal(null);
      expect(button(el, 'Clear all')).to.equal(undefined);
      expect(button(el, 'Print')).not.to.equal(undefined);
      expect(infoTitles(el)).to.deep.equal([titleOf('opioids'), titleOf('physical-therapy')]);
      await expect(el).to.be.accessible();
    });

    it('filters the chosen items by phase too, and says so plainly when nothing is left', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist items="heat,cold-pack,stay-active" phase="acute"></backcare-treatment-checklist>`,
      );
      expect(titles(el)).to.deep.equal([titleOf('cold-pack'), titleOf('stay-active')]);
      expect(warnings.messages()).to.deep.equal([]);
      el.phase = 'recovery';
      el.items = 'cold-pack,anti-inflammatory';
      await el.updateComplete;
      expect(boxes(el)).to.have.length(0);
      expect(root(el).querySelector('.empty')!.textContent!.trim()).to.equal(t.empty);
      expect(root(el).querySelector('h2')).not.to.equal(null);
      expect(root(el).querySelector('button')).to.equal(null);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('phase="recovery"').and.include('items');
      await expect(el).to.be.accessible();
    });

    it('takes its heading, heading level, clinic name and phone from attributes', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist
          heading="  After your visit "
          heading-level="4"
          clinic-name="Riverside Physical Therapy"
          clinic-phone="(555) 010-0199"
        ></backcare-treatment-checklist>`,
      );
      expect(root(el).querySelector('h4')!.textContent!.trim()).to.equal('After your visit');
      expect(root(el).querySelectorAll('h5')).to.have.length(3);
      const clinic = root(el).querySelector('[part="clinic"]')!;
      expect(text(clinic)).to.equal('From Riverside Physical Therapy · Phone: (555) 010-0199');
      expect(clinic.querySelector('a')!.getAttribute('href')).to.equal('tel:5550100199');
      expect(warnings.messages()).to.deep.equal([]);
      await expect(el).to.be.accessible();
      const plain = await fixture<Checklist>(html`<backcare-treatment-checklist heading=" "></backcare-treatment-checklist>`);
      expect(root(plain).querySelector('h2')!.textContent!.trim()).to.equal('Your back care plan');
      expect(root(plain).querySelector('[part="clinic"]')).to.equal(null);
    });

    it('warns about a clinic phone or an emergency number it cannot use, and shows neither', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist clinic-phone="call us" emergency-number="nine-one-one"></backcare-treatment-checklist>`,
      );
      expect(root(el).querySelector('[part="clinic"]')).to.equal(null);
      const messages = warnings.messages();
      expect(messages).to.have.length(2);
      expect(messages[0]).to.include('clinic-phone="call us"').and.include('digits');
      expect(messages[1]).to.include('emergency-number="nine-one-one"').and.include('Using 911');
    });
  });

  describe('the safety net on screen', () => {
    it('shows "Get help now: call 911" with the checker\'s emergency signs, a call link and "This is not a diagnosis"', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const net = root(el).querySelector<HTMLDetailsElement>('details[part="safety-net"]')!;
      expect(net, 'safety net').to.be.instanceOf(HTMLDetailsElement);
      expect(text(net.querySelector('summary')!)).to.equal('Get help now: call 911');
      expect([...net.querySelectorAll('li')].map(text)).to.deep.equal(emergencySignsIn(locales.en.common));
      expect(net.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      expect(text(net)).to.include(en.common.notDiagnosis);
      net.open = true;
      for (const theme of ['light', 'dark']) {
        el.setAttribute('theme', theme);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('calls the clinic\'s emergency number, 999 in UK English, speaks Spanish, warns once for a bad number, and never leaves it out, not even when nothing else shows', async () => {
      await expectSafetyNetNumbers({ name: 'the plan', tag: 'backcare-treatment-checklist' }, warnings);
      const empty = await fixture<Checklist>(
        html`<backcare-treatment-checklist items="cold-pack" phase="recovery"></backcare-treatment-checklist>`,
      );
      expect(root(empty).querySelector('.empty')).not.to.equal(null);
      expect(text(root(empty).querySelector('[part="safety-net"] summary')!)).to.equal('Get help now: call 911');
    });
  });

  describe('ticking and progress', () => {
    it('ticks a thing to do when the patient clicks anywhere on its row, and counts only things to do', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const label = box(el, titleOf('mattress')).labels![0]!;
      label.scrollIntoView({ block: 'center' });
      const rect = label.getBoundingClientRect();
      expect(rect.height).to.be.at.least(44);
      const changed = oneEvent(el, 'backcare-checklist-change');
      await sendMouse({ type: 'click', position: [Math.round(rect.right - 4), Math.round(rect.top + rect.height / 2)] });
      const event = (await changed) as CustomEvent<ChecklistChangeDetail>;
      expect(event.detail).to.deep.equal({ id: 'mattress', checked: true, done: 1, total: 9 });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(box(el, titleOf('mattress')).checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 9 done');
      expect(bar(el).value).to.equal(1);
      expect(bar(el).max).to.equal(9);
      expect(status(el)).to.equal('1 of 9 done');
      await expect(el).to.be.accessible();
    });

    it('can reach "9 of 9 done" by doing the things to do, with nothing to take or ask', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      for (const item of toDos) await tick(el, titleOf(item.id));
      expect(progressText(el)).to.equal('9 of 9 done');
      expect(bar(el).value).to.equal(bar(el).max);
    });

    it('ticks and unticks with the keyboard (Space on the focused checkbox)', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const input = box(el, titleOf('stress'));
      input.focus();
      let changed = oneEvent(el, 'backcare-checklist-change');
      await sendKeys({ press: ' ' });
      expect(((await changed) as CustomEvent<ChecklistChangeDetail>).detail).to.deep.equal({
        id: 'stress',
        checked: true,
        done: 1,
        total: 9,
      });
      await el.updateComplete;
      expect(input.checked).to.equal(true);
      changed = oneEvent(el, 'backcare-checklist-change');
      await sendKeys({ press: ' ' });
      expect(((await changed) as CustomEvent<ChecklistChangeDetail>).detail).to.include({ checked: false, done: 0 });
      await el.updateComplete;
      expect(progressText(el)).to.equal('0 of 9 done');
      expect(status(el)).to.equal('0 of 9 done');
    });

    it('has a polite status region from the start that is silent until progress changes', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const region = root(el).querySelector('[role="status"]')!;
      expect(region.textContent!.trim()).to.equal('');
      expect(bar(el).getAttribute('aria-labelledby')).to.equal('progress');
      await tick(el, titleOf('posture'));
      await tick(el, titleOf('stress'));
      expect(root(el).querySelector('[role="status"]')).to.equal(region);
      expect(status(el)).to.equal('2 of 9 done');
    });

    it('counts only the things to do shown', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist phase="recovery"></backcare-treatment-checklist>`);
      const total = toDos.filter((item) => (item.phases as readonly string[]).includes('recovery')).length;
      await tick(el, titleOf('strengthen'));
      expect(progressText(el)).to.equal(`1 of ${total} done`);
      el.phase = 'acute';
      await el.updateComplete;
      expect(progressText(el)).to.match(/^0 of \d+ done$/);
    });

    it('clears every tick with one event (id "*") and does nothing when nothing is ticked', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const events: ChecklistChangeDetail[] = [];
      el.addEventListener('backcare-checklist-change', (e) => events.push(e.detail));
      button(el, 'Clear all')!.click();
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(status(el)).to.equal('');
      await tick(el, titleOf('stay-active'));
      await tick(el, titleOf('gentle-stretches'));
      button(el, 'Clear all')!.click();
      await el.updateComplete;
      expect(events.at(-1)).to.deep.equal({ id: '*', checked: false, done: 0, total: 9 });
      expect(events).to.have.length(3);
      expect(boxes(el).some((input) => input.checked)).to.equal(false);
      expect(progressText(el)).to.equal('0 of 9 done');
      expect(status(el)).to.equal('0 of 9 done');
      await expect(el).to.be.accessible();
    });
  });

  describe('saving ticks', () => {
    it('without persist, reads no ticks and stores nothing until the patient chooses to keep them', async () => {
      localStorage.setItem('backcare:backcare-checklist:v1', '{"v":1,"checked":["heat"]}');
      const getItem = sinon.spy(Storage.prototype, 'getItem');
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(box(el, titleOf('heat')).checked).to.equal(false);
      await tick(el, titleOf('stay-active'));
      button(el, 'Clear all')!.click();
      // Only the patient's choice is read, and only the probe that storage works is written (and removed).
      expect(getItem.args.map(([key]) => key).filter((key) => !key.startsWith('__backcare_probe'))).to.deep.equal([
        'backcare:backcare-checklist:v1:keep',
      ]);
      expect(setItem.args.map(([key]) => key).filter((key) => !key.startsWith('__backcare_probe'))).to.deep.equal([]);
      expect(savedNote(el)).to.equal(false);
      expect(keepBox(el)!.checked, 'off by default').to.equal(false);
    });

    it('offers "Keep my check marks on this device", with what it means; on, the ticks and the choice survive a reload', async () => {
      const first = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const choice = root(first).querySelector('[part="keep"]')!;
      expect(text(choice)).to.equal(`${t.keepTicks.label} ${t.keepTicks.hint}`);
      expect(keepBox(first)!.getAttribute('aria-describedby')).to.equal('keep-hint');
      await tick(first, titleOf('posture'));
      keepBox(first)!.click();
      await first.updateComplete;
      // What was ticked before the choice is kept too.
      expect(JSON.parse(stored()!)).to.deep.equal({ v: 1, checked: ['posture'] });
      await tick(first, titleOf('mattress'));
      expect(JSON.parse(stored()!)).to.deep.equal({ v: 1, checked: ['posture', 'mattress'] });
      await expect(first).to.be.accessible();
      first.remove();
      const again = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(keepBox(again)!.checked).to.equal(true);
      expect(box(again, titleOf('posture')).checked).to.equal(true);
      expect(box(again, titleOf('mattress')).checked).to.equal(true);
      expect(progressText(again)).to.equal('2 of 9 done');
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('forgets the ticks and the choice when the patient turns it off', async () => {
      const first = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      keepBox(first)!.click();
      await first.updateComplete;
      await tick(first, titleOf('stress'));
      expect(stored()).not.to.equal(null);
      keepBox(first)!.click();
      await first.updateComplete;
      expect(stored()).to.equal(null);
      expect(localStorage.getItem('backcare:backcare-checklist:v1:keep')).to.equal(null);
      // The tick stays for this visit, and is no longer stored.
      expect(box(first, titleOf('stress')).checked).to.equal(true);
      await tick(first, titleOf('heat'));
      expect(stored()).to.equal(null);
      first.remove();
      const again = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(keepBox(again)!.checked).to.equal(false);
      expect(boxes(again).some((input) => input.checked)).to.equal(false);
    });

    it('with persist, shows no choice: the clinic has chosen', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(keepBox(el)).to.equal(null);
      expect(root(el).querySelector('[part="keep"]')).to.equal(null);
      expect(savedNote(el)).to.equal(true);
    });

    it('says "ticks" in UK English and asks in Spanish', async () => {
      const uk = await fixture<Checklist>(html`<backcare-treatment-checklist lang="en-GB"></backcare-treatment-checklist>`);
      expect(text(root(uk).querySelector('[part="keep"] label')!)).to.equal('Keep my ticks on this device');
      const spanish = await fixture<Checklist>(html`<backcare-treatment-checklist lang="es"></backcare-treatment-checklist>`);
      const words = es['treatment-checklist'].keepTicks;
      expect(text(root(spanish).querySelector('[part="keep"]')!)).to.equal(`${words.label} ${words.hint}`);
    });

    it('hides the choice where storage cannot be used, and works for the visit', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      expect(keepBox(el)).to.equal(null);
      await tick(el, titleOf('stay-active'));
      expect(progressText(el)).to.equal('1 of 9 done');
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('says it could not keep them when storage refuses once the patient turns the choice on', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      await tick(el, titleOf('stay-active'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      keepBox(el)!.click();
      await el.updateComplete;
      expect(keepBox(el)).to.equal(null);
      expect(text(root(el).querySelector('[part="saving"]')!)).to.equal(en.common.couldNotSave);
      expect(status(el)).to.equal(en.common.couldNotSave);
      expect(box(el, titleOf('stay-active')).checked).to.equal(true);
      expect(localStorage.getItem('backcare:backcare-checklist:v1:keep')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps ticks across re-creation of the element, under a namespaced, versioned key', async () => {
      const first = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(first)).to.equal(true);
      await tick(first, titleOf('stay-active'));
      await tick(first, titleOf('mattress'));
      expect(JSON.parse(stored()!)).to.deep.equal({ v: 1, checked: ['stay-active', 'mattress'] });
      first.remove();
      const again = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(boxes(again).filter((input) => input.checked)).to.have.length(2);
      expect(box(again, titleOf('mattress')).checked).to.equal(true);
      expect(progressText(again)).to.equal('2 of 9 done');
      expect(status(again)).to.equal('');
      await expect(again).to.be.accessible();
      button(again, 'Clear all')!.click();
      await again.updateComplete;
      expect(stored()).to.equal(null);
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('uses storage-key to name the saved ticks', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist storage-key="after-visit"></backcare-treatment-checklist>`);
      await tick(el, titleOf('stress'));
      expect(stored('after-visit')).to.equal('{"v":1,"checked":["stress"]}');
      expect(stored()).to.equal(null);
      localStorage.setItem('backcare:other:v1', '{"v":1,"checked":["heat"]}');
      el.storageKey = 'other';
      await el.updateComplete;
      expect(box(el, titleOf('stress')).checked).to.equal(false);
      expect(box(el, titleOf('heat')).checked).to.equal(true);
    });

    it('keeps the saved ticks of items it does not show', async () => {
      localStorage.setItem('backcare:backcare-checklist:v1', '{"v":1,"checked":["heat","cold-pack"]}');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist phase="acute"></backcare-treatment-checklist>`);
      expect(box(el, titleOf('cold-pack')).checked).to.equal(true);
      expect(progressText(el)).to.match(/^1 of \d+ done$/);
      await tick(el, titleOf('stress'));
      expect(JSON.parse(stored()!).checked).to.have.members(['heat', 'cold-pack', 'stress']);
      button(el, 'Clear all')!.click();
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
        expect(progressText(el)).to.equal('0 of 9 done');
        expect(warnings.messages()).to.have.length(1);
        expect(warnings.messages()[0]).to.include('backcare:backcare-checklist:v1').and.include(why);
        await tick(el, titleOf('stay-active'));
        expect(stored()).to.equal('{"v":1,"checked":["stay-active"]}');
        await expect(el).to.be.accessible();
      });
    }

    it('drops saved ids that never existed, keeps the rest, and warns once', async () => {
      localStorage.setItem('backcare:backcare-checklist:v1', '{"v":1,"checked":["heat","ice-bath","stress"]}');
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(boxes(el).filter((input) => input.checked)).to.have.length(2);
      expect(box(el, titleOf('stress')).checked).to.equal(true);
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.include('ice-bath');
    });

    it('quietly ignores ticks an earlier version saved on removed items and on medicines and care', async () => {
      localStorage.setItem(
        'backcare:backcare-checklist:v1',
        '{"v":1,"checked":["water","paracetamol","anti-inflammatory","see-doctor","heat"]}',
      );
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(boxes(el).filter((input) => input.checked).map((input) => input.labels![0]!.textContent!.trim())).to.deep.equal([
        titleOf('heat'),
      ]);
      expect(progressText(el)).to.equal('1 of 9 done');
      expect(warnings.messages()).to.deep.equal([]);
      // The next save keeps only what still counts.
      await tick(el, titleOf('stress'));
      expect(JSON.parse(stored()!)).to.deep.equal({ v: 1, checked: ['heat', 'stress'] });
    });

    it('works unsaved, without alarming the patient, when storage throws on read', async () => {
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(el)).to.equal(false);
      await tick(el, titleOf('stay-active'));
      expect(box(el, titleOf('stay-active')).checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 9 done');
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
      await tick(el, titleOf('stay-active'));
      expect(((await changed) as CustomEvent<ChecklistChangeDetail>).detail.done).to.equal(1);
      expect(box(el, titleOf('stay-active')).checked).to.equal(true);
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('hides the "saved" note when storage fails after it worked', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      expect(savedNote(el)).to.equal(true);
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      await tick(el, titleOf('stress'));
      expect(box(el, titleOf('stress')).checked).to.equal(true);
      expect(savedNote(el)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps two checklists with the same storage-key in step, and never mixes keys', async () => {
      const wrapper = await fixture(html`<div>
        <backcare-treatment-checklist persist storage-key="pair"></backcare-treatment-checklist>
        <backcare-treatment-checklist persist storage-key="pair" phase="acute"></backcare-treatment-checklist>
        <backcare-treatment-checklist persist storage-key="other"></backcare-treatment-checklist>
      </div>`);
      const [a, b, c] = await rendered(wrapper);
      const heard: string[] = [];
      b!.addEventListener('backcare-checklist-change', () => heard.push('b'));
      await tick(a!, titleOf('cold-pack'));
      await b!.updateComplete;
      await c!.updateComplete;
      expect(box(b!, titleOf('cold-pack')).checked).to.equal(true);
      expect(progressText(b!)).to.match(/^1 of \d+ done$/);
      expect(status(b!)).to.equal('');
      expect(heard).to.deep.equal([]);
      expect(boxes(c!).some((input) => input.checked)).to.equal(false);
      button(b!, 'Clear all')!.click();
      await a!.updateComplete;
      expect(boxes(a!).some((input) => input.checked)).to.equal(false);
      await tick(c!, titleOf('stress'));
      await a!.updateComplete;
      expect(box(a!, titleOf('stress')).checked).to.equal(false);
    });

    it('follows changes made in another tab (storage event)', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'backcare:backcare-checklist:v1', newValue: '{"v":1,"checked":["posture"]}' }),
      );
      await el.updateComplete;
      expect(box(el, titleOf('posture')).checked).to.equal(true);
      window.dispatchEvent(new StorageEvent('storage', { key: 'backcare:backcare-checklist:v1', newValue: null }));
      await el.updateComplete;
      expect(box(el, titleOf('posture')).checked).to.equal(false);
    });

    it('stops following while detached and catches up when attached again', async () => {
      const wrapper = await fixture(html`<div>
        <backcare-treatment-checklist persist></backcare-treatment-checklist>
        <backcare-treatment-checklist persist></backcare-treatment-checklist>
      </div>`);
      const [a, b] = await rendered(wrapper);
      b!.remove();
      await tick(a!, titleOf('gentle-stretches'));
      expect(box(b!, titleOf('gentle-stretches')).checked).to.equal(false);
      wrapper.append(b!);
      await b!.updateComplete;
      expect(box(b!, titleOf('gentle-stretches')).checked).to.equal(true);
      await tick(a!, titleOf('posture'));
      await b!.updateComplete;
      expect(box(b!, titleOf('posture')).checked).to.equal(true);
    });

    it('stops reading and writing when persist is turned off', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist persist></backcare-treatment-checklist>`);
      el.persist = false;
      await el.updateComplete;
      await tick(el, titleOf('stress'));
      expect(stored()).to.equal(null);
      expect(savedNote(el)).to.equal(false);
    });
  });

  describe('the printed handout', () => {
    let print: sinon.SinonStub;
    let leavePaper: (() => Promise<void>) | undefined;
    beforeEach(() => (print = sinon.stub(window, 'print')));
    afterEach(async () => {
      await leavePaper?.();
      leavePaper = undefined;
      window.dispatchEvent(new Event('afterprint'));
    });

    /** Presses Print and returns the handout's shadow root (the print dialog is stubbed, so it stays). */
    const printed = (el: Checklist) => {
      button(el, root(el).querySelector('.actions button')!.textContent!.trim())!.click();
      expect(print.calledOnce).to.equal(true);
      const roots = document.querySelectorAll('[data-backcare-print-root]');
      expect(roots).to.have.length(1);
      return roots[0]!.shadowRoot!;
    };

    it('holds the clinic, its phone, the date, the ticks, the medicines caution and when to get help now', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(2026, 2, 9, 10), toFake: ['Date'] });
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist clinic-name="Riverside Physical Therapy" clinic-phone="555 010 0199"></backcare-treatment-checklist>`,
      );
      await tick(el, titleOf('stay-active'));
      await tick(el, titleOf('heat'));
      const handout = printed(el);
      clock.restore();
      const all = text(handout);
      expect(text(handout.querySelector('h1')!)).to.equal('Your back care plan');
      expect(text(handout.querySelector('header p')!)).to.equal(
        'From Riverside Physical Therapy · Phone: 555 010 0199 · Printed on Mar 9, 2026',
      );
      const todos = [...handout.querySelectorAll('.todos li')];
      expect(todos.map(text)).to.deep.equal(toDos.map((item) => titleOf(item.id)));
      expect(todos.filter((li) => li.classList.contains('checked')).map(text)).to.deep.equal([
        titleOf('stay-active'),
        titleOf('heat'),
      ]);
      for (const item of askAbout) expect(all).to.include(`${titleOf(item.id)}. ${t.items[item.id].detail}`);
      expect(all).to.include(t.cautions.medicines).and.include(t.cautions.skin);
      const help = handout.querySelector('.help')!;
      expect(text(help.querySelector('h2')!)).to.equal('Get help now if you have any of these');
      // The emergency signs in the words the red-flag checker shows too: one place for each.
      const listed = [...help.querySelectorAll('li')].map(text);
      expect(listed).to.deep.equal([
        ...signs.filter((sign) => sign.tier === 'emergency').map((sign) => en.common.emergencySummaries[sign.id as EmergencySignId]),
        ...combinations.filter((rule) => rule.tier === 'emergency').map((rule) => en.common.emergencySummaries[rule.id]),
      ]);
      expect(listed.length).to.be.at.least(9);
      expect(listed.join(' ')).to.include('chest pain').and.include('bladder').and.include('both legs').and.include('cancer');
      expect(text(help.querySelector('.call')!)).to.equal(
        'Call 911 now or go to the emergency room. Do not drive yourself.',
      );
      expect(all).to.include(en.common.notDiagnosis);
      expect(handout.querySelectorAll('button, input, details, a')).to.have.length(0);
    });

    it('uses the emergency-number attribute, and 999 and A&E in UK English', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist emergency-number="112"></backcare-treatment-checklist>`);
      expect(text(printed(el).querySelector('.call')!)).to.equal(
        'Call 112 now or go to the emergency room. Do not drive yourself.',
      );
      window.dispatchEvent(new Event('afterprint'));
      print.resetHistory();
      const uk = await fixture<Checklist>(html`<backcare-treatment-checklist lang="en-GB"></backcare-treatment-checklist>`);
      const handout = printed(uk);
      expect(text(handout.querySelector('.call')!)).to.equal('Call 999 now or go to A&E. Do not drive yourself.');
      expect(handout.querySelector('article')!.getAttribute('lang')).to.equal('en-GB');
      expect(text(handout)).to.include('Paracetamol (acetaminophen).').and.include('Physiotherapy.');
    });

    it('speaks Spanish in a Spanish checklist', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist lang="es"></backcare-treatment-checklist>`);
      const handout = printed(el);
      const words = es['treatment-checklist'];
      expect(handout.querySelector('article')!.getAttribute('lang')).to.equal('es');
      expect(text(handout.querySelector('h1')!)).to.equal(words.heading);
      expect(text(handout.querySelector('.call')!)).to.equal(
        'Llame al 911 ahora o vaya a la sala de emergencias. No maneje usted mismo.',
      );
      expect(text(handout)).to.include(words.cautions.medicines).and.include('Acetaminofén (paracetamol).');
    });

    it('is set in 12 pt or larger, black on white, and fits one page (7.5 × 10 in: Letter, and A4, inside half-inch margins)', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist lang="es" clinic-name="Riverside Physical Therapy" clinic-phone="555 010 0199"></backcare-treatment-checklist>`,
      );
      for (const item of toDos) await tick(el, es['treatment-checklist'].items[item.id].title);
      const handout = printed(el);
      leavePaper = await paperMode();
      const article = handout.querySelector('article')!;
      // The page's printable width, as printing lays it out.
      article.style.width = '7.5in';
      const textElements = [...handout.querySelectorAll('article *')].filter((node) =>
        [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
      );
      expect(textElements.length).to.be.greaterThan(20);
      for (const node of textElements) {
        const style = getComputedStyle(node);
        expect(parseFloat(style.fontSize), text(node)).to.be.at.least(16);
        expect(style.color, text(node)).to.equal('rgb(0, 0, 0)');
      }
      const { height } = article.getBoundingClientRect();
      expect(height).to.be.greaterThan(500);
      expect(height, 'taller than one page').to.be.at.most(10 * 96);
    });
  });

  describe("a page's own print (Ctrl+P)", () => {
    let leavePrint: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await leavePrint?.();
      leavePrint = undefined;
    });

    it('prints the checklist black on white, without buttons, details shown, boxes kept', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist clinic-name="Riverside Physical Therapy"></backcare-treatment-checklist>`,
      );
      await tick(el, titleOf('stay-active'));
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
      expect(printDetail.textContent).to.include(t.items['stay-active'].detail);
      expect(getComputedStyle(root(el).querySelector('.caution')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(root(el).querySelector('.caution')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root(el).querySelector('[part="sources"] a')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root(el).querySelector('[part="clinic"]')!).display).not.to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="sources"]')!).display).not.to.equal('none');
      const labels = boxes(el).map((input) => input.labels![0]!);
      labels.forEach((label) => expect(getComputedStyle(label, '::before').borderTopStyle).to.equal('solid'));
      expect(boxes(el).filter((input) => input.checked)).to.have.length(1);
    });

    it('is back to the screen styles after printing', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist></backcare-treatment-checklist>`);
      const leave = await printMode(el);
      expect(getComputedStyle(button(el, 'Print')!).display).to.equal('none');
      await leave();
      expect(getComputedStyle(button(el, 'Print')!).display).not.to.equal('none');
    });
  });

  describe('Spanish and UK English', () => {
    it('speaks Spanish with lang="es"', async () => {
      const el = await fixture<Checklist>(
        html`<backcare-treatment-checklist lang="es" clinic-name="Clínica del Río"></backcare-treatment-checklist>`,
      );
      const words = es['treatment-checklist'];
      expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(words.heading);
      expect(sectionHeadings(el)).to.deep.equal([words.sections['to-do'], words.sections['ask-about']]);
      expect(titles(el)).to.deep.equal(toDos.map((item) => words.items[item.id].title));
      expect(infoTitles(el)).to.include('Acetaminofén (paracetamol)');
      expect(text(root(el).querySelector('[part="clinic"]')!)).to.equal('De parte de Clínica del Río');
      expect(progressText(el)).to.equal('Ha completado 0 de 9');
      expect(button(el, 'Imprimir')).not.to.equal(undefined);
      expect(button(el, 'Desmarcar todo')).not.to.equal(undefined);
      expect(text(root(el).querySelector('summary')!)).to.equal(`${words.moreAbout}: ${words.items['stay-active'].title}`);
      boxes(el)[0]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Ha completado 1 de 9');
      await expect(el).to.be.accessible();
    });

    it('speaks UK English with lang="en-GB": paracetamol first, GP, physiotherapy; the rest as in US English', async () => {
      const el = await fixture<Checklist>(html`<backcare-treatment-checklist lang="en-gb"></backcare-treatment-checklist>`);
      const words = gb['treatment-checklist'];
      expect(infoTitles(el)).to.deep.equal(askAbout.map((item) => words.items[item.id].title));
      expect(infoTitles(el)).to.include('Paracetamol (acetaminophen)').and.include('Physiotherapy');
      expect(infoTitles(el).join(' ')).to.include('See a GP');
      expect(titles(el)).to.deep.equal(toDos.map((item) => titleOf(item.id)));
      expect(text(root(el).querySelector('[part="sources"]')!)).to.include('(physiotherapy clinic patient page)');
      await expect(el).to.be.accessible();
    });
  });
});

/** Print media for the page: emulated in Chromium; elsewhere the adopted print rules applied on top, as printing does. */
async function paperMode(): Promise<() => Promise<void>> {
  const handoutRoot = document.querySelector('[data-backcare-print-root]')!;
  return printMode(handoutRoot);
}
