/**
 * Fuzzing: a seeded generator sets random values (text with unicode and
 * markup, numbers, dates, ids, empty, whitespace, or removes the attribute)
 * on every attribute of every element. Most cases change the attributes of
 * live widgets after their first render; every tenth builds a new widget with
 * its attributes set before the first render. After each update: no uncaught
 * exception, never blank (the expected heading, or the stretch card's
 * message), and exactly the warnings the oracle in model.ts expects — a valid
 * value never warns, an invalid one always does.
 *
 * A failure names the seed and the case: set SEED (and CASES) below to replay it.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { checklistItemList } from '../../src/data/checklist.js';
import { locales, stretches } from '../../src/data/index.js';
import { applyAttrs, attributes, Oracle, setTrap, tags, warnedAttribute, type Attrs, type Tag, type Trap } from './model.js';

const SEED = 0x5eed_0008;
const CASES = 4000;
const CHUNK = 500;

/** mulberry32: small, fast, and the same sequence in every engine for a seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

const pieces = [
  'a', 'Z', '7', ' ', '-', ',', '.', '+', '(', ')', '_', ':', '/', '#', '&', ';', '"', "'", '`', '\\',
  'é', 'ñ', 'ß', 'İ', 'Ω', 'ж', 'ش', 'א', '中', '文', '😀', '👩‍⚕️', '\u00a0', '\u2028', '\u200b', '\u200e',
  '\u202e', '\u2066', '\u2069', '\u0000', '\u0007', '\t', '\n', '\ufeff', '\ud800', '\u0301',
  '<b>', '</b>', '<script>', '<img src=x onerror=alert(1)>', '"><', '{{x}}', '${x}', '&amp;', '&#60;',
  'javascript:', 'data:', 'https://', 'tel:', 'NaN', 'null', 'undefined', 'true', '0x1F', '1e3', '-', '∞',
];
const languages = ['en', 'es', 'EN', 'es-MX', 'en_GB', ' es ', 'fr', 'de-DE', 'english', 'e', 'x-klingon', 'es-', '-es', 'zh-Hans'];
const numbers = [
  '0', '1', '2', '3', '5', '6', '7', '10', '12', '15', '20', '21', '30', '31', '60', '-1', '-0', '+5', '007', ' 6 ',
  '1.5', '2.0', '1e1', '0x10', 'NaN', 'Infinity', '-Infinity', '999999999', '1000000000', '-999999999',
  '123456', '1234567', '9'.repeat(40), '٣', '５', '3px', 'five',
];

/** Whole numbers around every range's bounds, written in the ways a person might. */
function randomNumber(): string {
  if (chance(0.4)) return pick(numbers);
  const n = String(int(-2, 35));
  return pick([n, n, n, ` ${n} `, `+${n}`, `0${n}`, `${n}.0`, `${n}s`]);
}

/** `days` calendar days from today (negative: in the past), as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const today = new Date();
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, 12);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function randomText(max = 24): string {
  let text = '';
  for (let i = int(0, max); i > 0; i -= 1) text += pick(pieces);
  return text;
}

function randomDate(): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  switch (int(0, 6)) {
    case 0:
      // a real day in the past, today, or in the future (the bounds most often)
      return dayFromToday(chance(0.5) ? int(-2, 2) : int(-4000, 4000));
    case 1:
      return dayFromToday(int(-60, 1));
    case 2:
      return `${int(1899, 2101)}-${pad(int(0, 13))}-${pad(int(0, 32))}`;
    case 3:
      return pick(['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0050-01-01', '0000-00-00', '9999-12-31']);
    case 4:
      // real-looking days in years 0001–0999 (the parser refuses 0000–0099: see onsetRule)
      return `${pad(int(0, 999), 4)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    case 5:
      return pick(['2024-1-5', '05/01/2024', '2024/01/05', '2024-01-05T10:00', ' 2024-01-05 ', '20240105', '2024-01', 'yesterday']);
    default:
      return `${pad(int(0, 9999), 4)}-${pad(int(0, 99))}-${pad(int(0, 99))}`;
  }
}

function randomIdList(ids: readonly string[]): string {
  const parts: string[] = [];
  for (let i = int(0, 4); i > 0; i -= 1) {
    const id = pick(ids);
    parts.push(chance(0.75) ? id : pick([id.toUpperCase(), `${id}x`, randomText(6), '', ' ']));
  }
  return parts.join(pick([',', ', ', ' ,', ',,']));
}

const phones = ['1'.repeat(32), '1'.repeat(33), ` ${'2'.repeat(32)} `, '1 2', '1 2 3', '555 010 0199', '+1 (555) 010-0199', '911', '12', '1-2', '555.010.0199', '+44 20 7946 0958', '555\u00a0010'];
const urls = ['https://clinic.example/', 'http://a.b', 'https://clinic.example/book?x=1#y', 'ftp://clinic.example', 'clinic.example', '//clinic.example', 'https://'];
/** https://a.example/ppp… of 1,999 to 2,001 characters. */
const longUrl = () => `https://a.example/${'p'.repeat(int(1981, 1983))}`;

/** A value for one attribute: sometimes from its own domain, often anything at all, sometimes removed. */
function randomValue(attribute: string): string | null {
  if (chance(0.15)) return null;
  if (chance(0.1)) return pick(['', ' ', '   ', '\t\n', '\u00a0', '\u3000']);
  if (chance(0.05)) return randomText(400);
  if (chance(0.4)) return pick([randomText(), randomDate(), randomNumber(), pick(languages)]);
  switch (attribute) {
    case 'lang':
      return pick(languages);
    case 'heading':
    case 'clinic-name':
    case 'storage-key':
      return chance(0.1) ? 'x'.repeat(int(55, 125)) : randomText(40);
    case 'onset':
      return randomDate();
    case 'clinic-phone':
      return chance(0.6) ? pick(phones) : randomText(12);
    case 'clinic-url':
      return chance(0.2) ? longUrl() : pick(urls);
    case 'emergency-number':
      return chance(0.5) ? pick(['911', '999', '112', '000']) : '9'.repeat(int(0, 17));
    case 'items':
      return randomIdList(checklistItemList.map((item) => item.id));
    case 'exercises':
      return randomIdList(stretches.map((stretch) => stretch.id));
    case 'exercise':
      return chance(0.7) ? pick(stretches).id : randomIdList(stretches.map((stretch) => stretch.id));
    case 'phase':
      return pick(['all', 'acute', 'subacute', 'recovery', 'ACUTE', ' recovery ', 'chronic', 'acute,recovery']);
    case 'theme':
      return pick(['auto', 'light', 'dark', 'DARK', ' light ', 'night', 'auto dark']);
    case 'persist':
      return pick(['', 'false', 'true', 'persist']);
    case 'sound':
      return pick(['', 'on', 'off', ' OFF ', 'On', 'false', 'true', 'loud']);
    default:
      return randomNumber();
  }
}

/** The attributes changed in one case: each attribute of the element with probability ½, at least one. */
function randomChange(tag: Tag): Attrs {
  const change: Attrs = {};
  for (const attribute of attributes[tag]) if (chance(0.5)) change[attribute] = randomValue(attribute);
  if (Object.keys(change).length === 0) {
    const attribute = pick(attributes[tag]);
    change[attribute] = randomValue(attribute);
  }
  return change;
}

interface Live {
  el: HTMLElement;
  oracle: Oracle;
  attrs: Attrs;
}

const updated = (el: Element) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
const show = (attrs: Attrs) =>
  JSON.stringify(Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, v && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v])));

describe(`hardening: fuzz (seed 0x${SEED.toString(16)}, ${CASES} cases)`, () => {
  let trap: Trap;
  let warn: sinon.SinonStub;
  const live = new Map<Tag, Live>();
  const count = { cases: 0, warnings: 0, fresh: 0 };
  /** Per element and attribute: how many accepted and refused values were read. */
  const seen = new Map<string, { valid: number; invalid: number }>();

  before(() => {
    trap = setTrap();
    for (const key of Object.keys(localStorage)) if (key.startsWith('backcare:')) localStorage.removeItem(key);
    warn = sinon.stub(console, 'warn');
  });
  after(() => {
    warn.restore();
    trap.restore();
    for (const { el } of live.values()) el.remove();
  });

  /** Runs one case: the update, then every check. */
  async function step(n: number, tag: Tag, entry: Live, change: Attrs): Promise<void> {
    warn.resetHistory();
    const context = `case ${n} (seed 0x${SEED.toString(16)}) <${tag}> ${show(change)} after ${show(entry.attrs)}`;
    Object.assign(entry.attrs, change);
    applyAttrs(entry.el, change);
    try {
      await updated(entry.el);
    } catch (error) {
      expect.fail(`${context}: the update threw ${String(error)}`);
    }
    // Lang changes reach every widget through a MutationObserver (a microtask): let it run.
    await Promise.resolve();
    const expected = entry.oracle.next(entry.attrs);

    const root = entry.el.shadowRoot!;
    const heading = root.querySelector<HTMLElement>(`h${expected.level}[part~="heading"]`);
    if (!heading || heading.textContent !== expected.heading) {
      expect(heading?.textContent, `${context}: the heading (h${expected.level})`).to.equal(expected.heading);
    }
    if (expected.message && !root.textContent!.includes(expected.message)) {
      expect.fail(`${context}: the message "${expected.message}" is missing`);
    }
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    const warned = messages.map((message) => warnedAttribute(message, tag) ?? message).sort();
    if (String(warned) !== String([...expected.warns].sort())) {
      expect(warned, `${context}: warnings ${JSON.stringify(messages)}`).to.deep.equal([...expected.warns].sort());
    }
    // A warning names the element, the attribute and the value (JSON-quoted, cut at 80 characters).
    for (const name of expected.warns) {
      const value = String(entry.attrs[name] ?? '');
      const quoted = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
      const message = messages.find((text) => text.startsWith(`<${tag}>: ${name}=`))!;
      if (!message.startsWith(`<${tag}>: ${name}=${quoted} is not accepted; `)) {
        expect(message, context).to.include(`${name}=${quoted}`);
      }
    }
    if (trap.fired().length) expect(trap.fired(), context).to.deep.equal([]);
    for (const [name, ok] of Object.entries(expected.verdicts)) {
      const tally = seen.get(`${tag} ${name}`) ?? { valid: 0, invalid: 0 };
      tally[ok ? 'valid' : 'invalid'] += 1;
      seen.set(`${tag} ${name}`, tally);
    }
    count.cases += 1;
    count.warnings += messages.length;
  }

  for (let start = 0; start < CASES; start += CHUNK) {
    it(`cases ${start + 1} to ${start + CHUNK}: no exception, never blank, a warning for each invalid value only`, async function () {
      this.timeout(120_000);
      for (let n = start + 1; n <= start + CHUNK; n += 1) {
        const tag = tags[n % tags.length]!;
        let entry = live.get(tag);
        // Every tenth case (and the first of each element) starts a new widget, attributes set before it renders.
        if (!entry || n % 10 === 0) {
          entry?.el.remove();
          entry = { el: document.createElement(tag), oracle: new Oracle(tag), attrs: {} };
          live.set(tag, entry);
          const change = randomChange(tag);
          applyAttrs(entry.el, change);
          document.body.append(entry.el);
          entry.attrs = {};
          count.fresh += 1;
          await step(n, tag, entry, change);
        } else {
          await step(n, tag, entry, randomChange(tag));
        }
      }
    });
  }

  it('ran every case, and each attribute was read with both valid and invalid values', () => {
    expect(count.cases).to.equal(CASES);
    for (const tag of tags) {
      for (const name of attributes[tag]) {
        // Boolean attributes accept anything: present is on, absent is off. A storage key is any name.
        if (name === 'persist' || name === 'storage-key') continue;
        const tally = seen.get(`${tag} ${name}`) ?? { valid: 0, invalid: 0 };
        expect(tally.valid, `${tag} ${name} valid`).to.be.greaterThan(5);
        expect(tally.invalid, `${tag} ${name} invalid`).to.be.greaterThan(5);
      }
    }
    expect(count.fresh).to.be.greaterThan(CASES / 12);
    expect(count.warnings).to.be.greaterThan(CASES / 4);
    expect(count.warnings).to.be.lessThan(CASES * 4);
  });
});

/**
 * Properties, as React 19 and Vue set them: not only strings but numbers,
 * booleans, arrays, objects, null, undefined and symbols, on every property of
 * every element. After each update: no exception, the widget's heading (or the
 * stretch card's list) still shows, and every warning names the element and
 * stays short.
 */
const properties: Record<Tag, readonly string[]> = {
  'backcare-red-flag-checker': ['headingLevelAttribute', 'theme', 'headingText', 'clinicName', 'clinicPhone', 'clinicUrl', 'emergencyNumber'],
  'backcare-phase-guide': ['headingLevelAttribute', 'theme', 'headingText', 'onset', 'day', 'sessionMinutes', 'sound'],
  'backcare-treatment-checklist': ['headingLevelAttribute', 'theme', 'headingText', 'clinicName', 'clinicPhone', 'emergencyNumber', 'phase', 'items', 'persist', 'storageKey'],
  'backcare-stretch-card': ['headingLevelAttribute', 'theme', 'exercise', 'exercises', 'hold', 'reps', 'sound'],
};

const stretchIds = stretches.map((stretch) => stretch.id);
const itemIds = checklistItemList.map((item) => item.id);
const hostile = {
  toString() {
    throw new Error('toString called');
  },
  valueOf() {
    throw new Error('valueOf called');
  },
};

/** Anything a page's script might hand a property. */
function randomPropertyValue(): unknown {
  switch (int(0, 11)) {
    case 0:
      return randomValue(pick(['heading', 'day', 'exercise', 'items', 'sound', 'onset']));
    case 1:
      return pick([0, 1, -1, 4, 15, 20, 2.5, -0, 1e21, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER]);
    case 2:
      return pick([true, false]);
    case 3:
      return pick([null, undefined]);
    case 4:
      return [pick(stretchIds)];
    case 5:
      return Array.from({ length: int(0, 4) }, () => pick([pick(stretchIds), pick(itemIds), randomText(6), int(0, 30)]));
    case 6:
      return pick([[], [[]], [null], [{}], [undefined], [pick(stretchIds), NaN], Array.from({ length: 10_000 }, (_, i) => `id-${i}`)]);
    case 7:
      return pick([{}, Object.create(null), hostile, { length: 2 }, new Map(), new Set(['bridge'])]);
    case 8:
      return pick([new Date(), new Date(2026, 0, 5), new Date('not a date'), new Date(8.64e15)]);
    case 9:
      return pick([Symbol('x'), Symbol.iterator]);
    case 10:
      return pick([() => 'bridge', 10n, new String('bridge'), new Number(4)]);
    default:
      return int(-2, 35);
  }
}

describe('hardening: property types, as frameworks set them', () => {
  let trap: Trap;
  let warn: sinon.SinonStub;
  const CASES_PER_TAG = 150;

  beforeEach(() => {
    trap = setTrap();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    trap.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith('backcare:')) localStorage.removeItem(key);
  });

  const make = (tag: Tag, props: Record<string, unknown> = {}) => {
    const el = Object.assign(document.createElement(tag), props);
    document.body.append(el);
    return el;
  };
  const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';

  for (const tag of tags) {
    it(`<${tag}>: ${CASES_PER_TAG} random property values: no exception, never blank, short warnings`, async function () {
      this.timeout(60_000);
      let el = make(tag);
      for (let n = 1; n <= CASES_PER_TAG; n += 1) {
        // Every fifth case starts a new widget with the properties set before its first render.
        const change: Record<string, unknown> = {};
        for (const name of properties[tag]) if (chance(0.4)) change[name] = randomPropertyValue();
        const context = `case ${n} <${tag}> ${Object.entries(change)
          .map(([name, value]) => `${name}: ${typeof value === 'symbol' ? value.toString() : typeof value}`)
          .join(', ')}`;
        try {
          if (n % 5 === 0) {
            el.remove();
            el = make(tag, change);
          } else {
            Object.assign(el, change);
          }
          await updated(el);
        } catch (error) {
          expect.fail(`${context}: threw ${String(error)}`);
        }
        expect(heading(el), `${context}: the heading`).to.not.equal('');
        expect(el.shadowRoot!.textContent!.trim().length, `${context}: the content`).to.be.greaterThan(40);
        for (const call of warn.getCalls()) {
          const message = String(call.args[0]);
          expect(message.startsWith(`<${tag}>: `), `${context}: ${message}`).to.equal(true);
          expect(message.length, `${context}: a warning of ${message.length} characters`).to.be.below(700);
        }
        warn.resetHistory();
        if (trap.fired().length) expect(trap.fired(), context).to.deep.equal([]);
      }
      el.remove();
    });
  }

  it('uses what a framework naturally passes, without a warning', async () => {
    const bridge = stretches.find((stretch) => stretch.id === 'bridge')!;
    const routine = make('backcare-stretch-card', { exercise: ['bridge'], hold: bridge.holdSeconds.max, reps: bridge.reps.min, sound: 0 });
    await updated(routine);
    expect(heading(routine)).to.equal('Bridge');
    expect(routine.shadowRoot!.querySelector<HTMLInputElement>('[part~="sound"] input')!.checked, 'sound = 0 is off').to.equal(false);
    Object.assign(routine, { exercise: ['cat-stretch', 'knee-rolls'], hold: undefined, reps: undefined, sound: true });
    await updated(routine);
    expect(heading(routine)).to.equal(locales.en['stretch-card'].stretches['cat-stretch'].name);
    expect(routine.shadowRoot!.querySelector('.nav p')!.textContent).to.equal('Stretch 1 of 2');
    expect(routine.shadowRoot!.querySelector<HTMLInputElement>('[part~="sound"] input')!.checked).to.equal(true);

    const guide = document.createElement('backcare-phase-guide');
    const phase = new Promise<CustomEvent<{ day: number }>>((resolve) =>
      guide.addEventListener('backcare-phase-change', (event) => resolve(event as CustomEvent<{ day: number }>), { once: true }),
    );
    Object.assign(guide, { day: 4, sessionMinutes: 10, sound: false });
    document.body.append(guide);
    await updated(guide);
    expect((await phase).detail.day).to.equal(4);

    const checklist = make('backcare-treatment-checklist', { items: [itemIds[1], itemIds[0]], emergencyNumber: 999 });
    await updated(checklist);
    expect(checklist.shadowRoot!.querySelectorAll('[part="item"] input[type="checkbox"]').length).to.be.within(1, 2);

    expect(warn.getCalls().map((call) => String(call.args[0]))).to.deep.equal([]);
    for (const el of [routine, guide, checklist]) el.remove();
  });

  it('warns once, naming the element, the property and the value, for a value it cannot use', async () => {
    const card = make('backcare-stretch-card', { exercise: 'bridge', hold: NaN, reps: { count: 3 }, sound: 'loud' });
    await updated(card);
    expect(heading(card)).to.equal('Bridge');
    const messages = warn.getCalls().map((call) => String(call.args[0]));
    expect(messages).to.have.length(3);
    const about = (name: string) => messages.find((message) => message.startsWith(`<backcare-stretch-card>: ${name}=`));
    expect(about('hold')).to.match(/^<backcare-stretch-card>: hold=NaN is not accepted; use a whole number from \d+ to \d+\. Using \d+\.$/);
    expect(about('reps')).to.match(/^<backcare-stretch-card>: reps=an object is not accepted; use a whole number/);
    expect(about('sound')).to.include('sound="loud" is not accepted');
    const guide = make('backcare-phase-guide', { day: [4, 5] });
    await updated(guide);
    expect(warn.lastCall.args[0]).to.equal('<backcare-phase-guide>: day=[4, 5] is not accepted; use a whole number of days, 0 or more. It is ignored.');
    for (const el of [card, guide]) el.remove();
  });
});
