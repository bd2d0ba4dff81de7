/**
 * Injection: every attribute of every element set to script and markup
 * payloads, one at a time on a live widget (in each of its states) and all at
 * once on a new one. A global trap proves nothing runs; the shadow roots are
 * searched for any element, attribute or URL the widgets never make; text
 * that is shown shows as text.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers/console.js';
import { applyAttrs, attributes, setTrap, tags, textRule, type Tag, type Trap } from './model.js';

const long = 'A'.repeat(10_000);

/** [name, payload]; the code in them would set `window.__pwned` or call the trapped alert(). */
export const payloads: readonly (readonly [string, string])[] = [
  ['<img onerror>', `<img src=x onerror="window.__pwned='img'">`],
  ['"><script>', `"><script>window.__pwned='script'</script>`],
  ["'><svg onload>", `'><svg onload="window.__pwned='svg'"></svg>`],
  ['attribute breakout', `" autofocus onfocus="window.__pwned='focus'" x="`],
  ['javascript: URL', 'javascript:alert(1)'],
  ['javascript: in mixed case after a space', ' JaVaScRiPt:alert(1)'],
  ['javascript: split by a tab and a newline', 'java\tscr\nipt:alert(1)'],
  ['javascript: written as entities', '&#106;avascript&colon;alert(1)'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['data: URL in base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['vbscript: URL', 'vbscript:msgbox(1)'],
  ['https: URL carrying markup', 'https://clinic.example/"><img src=x onerror=alert(1)>'],
  ['tel: URL carrying markup', 'tel:911"><script>alert(1)</script>'],
  ['a phone number carrying markup', '+1 555 010 0199<img src=x onerror=alert(1)>'],
  ['an id list carrying markup', 'bridge,<img src=x onerror=alert(1)>'],
  ['template syntax', '${alert(1)}{{constructor.constructor("alert(1)")()}}'],
  ['comment and CDATA', '<!--<script>alert(1)//--><![CDATA[<script>alert(1)</script>]]>'],
  ['10,000 characters', long],
  ['10,000 characters of markup', '<b>x</b>'.repeat(1250)],
  ['right-to-left override', 'City Clinic \u202E9110 555 llaC'],
  ['right-to-left override and isolates in a number', '555\u202E0100\u2067911\u2069'],
  ['null bytes', 'java\u0000script:alert(1)\u0000<script>alert(1)</script>'],
  ['lone surrogates and non-characters', '\uD800x\uDFFF\uFFFE'],
];

/** Every element a widget renders, ever (Lit may add <style> where constructable sheets are missing). */
const allowedTags = new Set(
  (
    'div p span a button ul ol li strong small sup br h2 h3 h4 h5 h6 section form fieldset legend label input ' +
    'details summary dl dt dd progress svg g path rect circle style'
  ).split(' '),
);

/** Attributes that load or run something; none belongs in a widget. */
const loading = new Set(['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping']);
// eslint-disable-next-line no-control-regex
const hiddenControls = /[\u0000\u202a-\u202e\u2066-\u2069]/;

/** Everything that must hold in a widget's shadow root whatever its attributes say (plain checks: this runs often). */
function problems(el: Element, payload: string): string[] {
  const found: string[] = [];
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    const tag = node.localName;
    if (!allowedTags.has(tag)) found.push(`a <${tag}> was rendered`);
    for (const { name, value } of node.attributes) {
      const shown = `<${tag} ${name}="${value.slice(0, 60)}">`;
      if (name.startsWith('on') || loading.has(name)) found.push(`${shown}: an attribute that runs or loads`);
      if (value.includes('<')) found.push(`${shown}: markup in an attribute`);
      if (/^\s*(javascript|data|vbscript)\s*:/i.test(value)) found.push(`${shown}: a script or data URL`);
      if ((name === 'href' || name === 'xlink:href') && !/^(tel:[0-9+]+$|https?:\/\/[^\s]+$|#[\w-]+$)/.test(value)) {
        found.push(`${shown}: an href that is not tel:, http(s): or #`);
      }
    }
  }
  const text = root.textContent ?? '';
  if (hiddenControls.test(text)) found.push('bidi overrides, isolates or null bytes are shown');
  if (payload.length > 1000 && text.includes(payload.slice(0, 200))) found.push('the very long value is shown in full');
  return found;
}

function expectSafe(el: Element, payload: string, context: string): void {
  const found = problems(el, payload);
  if (found.length) expect(found, context).to.deep.equal([]);
}

/** The states a widget can be in when a clinic's attribute changes. */
const states: Record<Tag, readonly [string, Record<string, string>, ((el: HTMLElement) => Promise<void>)?][]> = {
  'backcare-red-flag-checker': [
    ['the questions', {}],
    // A result shows the clinic's phone and website links: the attributes most likely to carry a URL.
    [
      'a result',
      { 'clinic-phone': '555 010 0199', 'clinic-url': 'https://clinic.example/' },
      async (el) => {
        // "None of these", then "Continue", on each of the three steps.
        for (let step = 0; step < 3; step++) {
          el.shadowRoot!.querySelector<HTMLInputElement>('input[value="none"]')!.click();
          await (el as never as { updateComplete: Promise<unknown> }).updateComplete;
          el.shadowRoot!.querySelector<HTMLButtonElement>('.buttons button')!.click();
          await (el as never as { updateComplete: Promise<unknown> }).updateComplete;
        }
      },
    ],
    [
      'the emergency advice',
      {},
      async (el) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click(),
    ],
  ],
  'backcare-phase-guide': [
    ['the question', {}],
    ['a phase', { day: '1' }],
  ],
  'backcare-treatment-checklist': [['saving ticks', { persist: '' }]],
  'backcare-stretch-card': [
    ['one stretch', { exercise: 'bridge' }],
    ['a routine', { exercises: 'knee-to-chest,cat-stretch' }],
  ],
};

const updated = (el: Element) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;

async function create(tag: Tag, attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  document.body.append(el);
  await updated(el);
  return el;
}

describe(`hardening: injection (${payloads.length} payloads into every attribute)`, () => {
  let trap: Trap;
  let warnings: ReturnType<typeof captureWarnings>;
  before(() => {
    trap = setTrap();
    for (const key of Object.keys(localStorage)) if (key.startsWith('backcare:')) localStorage.removeItem(key);
  });
  after(() => trap.restore());
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    expect(trap.fired(), 'the trap').to.deep.equal([]);
  });

  it('knows every attribute each element observes', () => {
    for (const tag of tags) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect([...new Set(observed)].sort(), tag).to.deep.equal([...attributes[tag]].sort());
    }
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      for (const [state, base, reach] of states[tag]) {
        it(`in ${state}: each attribute set to each payload, one at a time`, async () => {
          const el = await create(tag, base);
          await reach?.(el);
          await updated(el);
          for (const [name, payload] of payloads) {
            for (const attribute of attributes[tag]) {
              const context = `${tag} (${state}) ${attribute}=${name}`;
              el.setAttribute(attribute, payload);
              await updated(el);
              expectSafe(el, payload, context);
              if (attribute === 'heading' && tag !== 'backcare-stretch-card') {
                const shown = textRule(payload, 120).shown;
                expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent, context).to.equal(shown);
              }
              if (attribute === 'clinic-name' && tag === 'backcare-treatment-checklist') {
                const shown = textRule(payload, 120).shown!;
                expect(el.shadowRoot!.querySelector('[part="clinic"]')!.textContent, context).to.include(shown);
              }
              if (attribute in base) el.setAttribute(attribute, base[attribute]!);
              else el.removeAttribute(attribute);
            }
          }
          await updated(el);
          expectSafe(el, '', `${tag} (${state}) after the payloads`);
          el.remove();
        });
      }

      it('every attribute set to each payload at once, before the first render', async () => {
        for (const [name, payload] of payloads) {
          const el = await create(tag, Object.fromEntries(attributes[tag].map((attribute) => [attribute, payload])));
          expectSafe(el, payload, `${tag} all=${name}`);
          // Never blank: the widget's own heading is there and says something.
          expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim(), name).not.to.equal('');
          el.remove();
        }
      });
    });
  }

  it('nothing ran once the event loop has settled (image errors, focus, timers)', async () => {
    const els = await Promise.all(
      tags.map((tag) => create(tag, Object.fromEntries(attributes[tag].map((attribute) => [attribute, payloads[0]![1]])))),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(trap.fired()).to.deep.equal([]);
    els.forEach((el) => el.remove());
  });
});
