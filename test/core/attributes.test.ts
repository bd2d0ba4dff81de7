import { expect, fixture, html } from '@open-wc/testing';
import {
  attributeText,
  numberConverter,
  parseDate,
  parseDigits,
  parseEnum,
  parseHttpUrl,
  parseIdList,
  parseInteger,
  parsePhone,
  parseText,
  readDigits,
  readHttpUrl,
  readIdList,
  readInteger,
  readPhone,
  readText,
  telHref,
  toCalendarDate,
} from '../../src/core/attributes.js';
import { captureWarnings } from '../helpers/console.js';
import type { BackcarePhaseGuide, BackcareStretchCard } from '../../src/index.js';
import '../../src/index.js';

describe('attribute parsing', () => {
  let host: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    host = document.createElement('backcare-test-host');
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('uses defaults silently when an attribute is absent', () => {
    expect(parseEnum(host, 'phase', null, ['all', 'acute'], 'all')).to.equal('all');
    expect(parseInteger(host, 'reps', undefined, { min: 1, max: 5, fallback: 3, outOfRange: 'clamp' })).to.equal(3);
    expect(parseDate(host, 'onset', null)).to.equal(undefined);
    expect(parsePhone(host, 'clinic-phone', null)).to.equal(undefined);
    expect(parseHttpUrl(host, 'clinic-url', null)).to.equal(undefined);
    expect(parseDigits(host, 'emergency-number', null, '911')).to.equal('911');
    expect(parseIdList(host, 'items', null, ['a'])).to.equal(undefined);
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('warns once naming element, attribute, value and what is accepted, then falls back', () => {
    expect(parseEnum(host, 'phase', 'later', ['all', 'acute'], 'all')).to.equal('all');
    parseEnum(host, 'phase', 'later', ['all', 'acute'], 'all');
    const [message, ...rest] = warnings.messages();
    expect(rest).to.have.length(0);
    expect(message).to.include('<backcare-test-host>');
    expect(message).to.include('phase="later"');
    expect(message).to.include('all, acute');
    expect(message).to.include('Using all');
  });

  it('accepts enumerations case-insensitively with spaces around', () => {
    expect(parseEnum(host, 'phase', ' Acute ', ['all', 'acute'], 'all')).to.equal('acute');
  });

  it('clamps or falls back for integers out of range, and refuses non-integers', () => {
    const rule = { min: 5, max: 20, fallback: 15 } as const;
    expect(parseInteger(host, 'm', '45', { ...rule, outOfRange: 'clamp' })).to.equal(20);
    expect(parseInteger(host, 'm', '1', { ...rule, outOfRange: 'clamp' })).to.equal(5);
    expect(parseInteger(host, 'm', '45', { ...rule, outOfRange: 'fallback' })).to.equal(15);
    for (const bad of ['', 'ten', '7.5', '1e3', '0x10', 'NaN', 'Infinity']) {
      expect(parseInteger(host, 'm', bad, { ...rule, outOfRange: 'clamp' }), bad).to.equal(15);
    }
    expect(parseInteger(host, 'm', ' 12 ', { ...rule, outOfRange: 'clamp' })).to.equal(12);
    // "45" twice on one element warns once: 9 distinct bad values.
    expect(warnings.messages().length).to.equal(9);
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(toCalendarDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '05/01/2026', 'yesterday', '']) {
      expect(toCalendarDate(bad), bad).to.equal(undefined);
    }
    expect(parseDate(host, 'onset', '2026-02-30')).to.equal(undefined);
    expect(warnings.messages()[0]).to.include('YYYY-MM-DD');
  });

  it('accepts phone numbers of digits and + - ( ) . only, and makes tel: links of their digits', () => {
    expect(parsePhone(host, 'clinic-phone', '+1 (555) 010-0199')).to.equal('+1 (555) 010-0199');
    expect(telHref('+1 (555) 010-0199')).to.equal('tel:+15550100199');
    for (const bad of ['call us', 'javascript:alert(1)', '12', '']) {
      expect(parsePhone(host, 'clinic-phone', bad), bad).to.equal(undefined);
    }
  });

  it('reads a phone number written among words as that number, and warns once naming what it used', () => {
    expect(parsePhone(host, 'clinic-phone', 'Call us on 555 0199')).to.equal('555 0199');
    expect(parsePhone(host, 'clinic-phone', 'Call us on 555 0199')).to.equal('555 0199');
    expect(parsePhone(host, 'clinic-phone', 'Tel: +1 (555) 010-0199.')).to.equal('+1 (555) 010-0199');
    expect(parsePhone(host, 'clinic-phone', '555<b>')).to.equal('555');
    const messages = warnings.messages();
    expect(messages).to.have.length(3);
    expect(messages[0]).to.include('clinic-phone="Call us on 555 0199"');
    expect(messages[0]).to.include('Using "555 0199"');
  });

  it('keeps a vanity number as written and dials its keypad digits, without a warning', () => {
    expect(parsePhone(host, 'clinic-phone', '1-800-BACK-DOC')).to.equal('1-800-BACK-DOC');
    expect(telHref('1-800-BACK-DOC')).to.equal('tel:18002225362');
    expect(telHref('+1 (800) FLOWERS')).to.equal('tel:+18003569377');
    expect(parsePhone(host, 'clinic-phone', '0800 PHYSIO')).to.equal('0800 PHYSIO');
    expect(warnings.messages()).to.deep.equal([]);
    // Lower case, an extension, words, or too many keys are not a vanity number.
    for (const text of ['555 0199 EXT 12', '555 0199 X 12', 'call 1-800-BACK-DOC', '1-800-BACKDOCTORS-NOW']) {
      expect(String(readPhone(text).value), text).to.not.match(/[A-Z]{2}/);
    }
  });

  it('refuses two numbers in one phone rather than joining them into a wrong one', () => {
    for (const text of ['555 0199 ext. 12', 'Call 555 0199 or 555 0200', 'Call 12 or 34']) {
      const { value, problem } = readPhone(text);
      expect(value, text).to.equal(undefined);
      expect(problem?.outcome).to.equal('It is not shown');
    }
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(parseHttpUrl(host, 'clinic-url', 'https://example.org/back')).to.equal('https://example.org/back');
    expect(parseHttpUrl(host, 'clinic-url', 'http://example.org')).to.equal('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', 'localhost', 'ftp://x.org', 'www.example.com/back pain', '.example.org']) {
      expect(parseHttpUrl(host, 'clinic-url', bad), bad).to.equal(undefined);
    }
    expect(warnings.messages().every((m) => m.includes('http'))).to.equal(true);
  });

  it('reads a site name without its scheme as https, and warns once naming the address it used', () => {
    expect(parseHttpUrl(host, 'clinic-url', 'www.riverside-physio.com')).to.equal('https://www.riverside-physio.com/');
    expect(parseHttpUrl(host, 'clinic-url', 'www.riverside-physio.com')).to.equal('https://www.riverside-physio.com/');
    expect(parseHttpUrl(host, 'clinic-url', 'example.org/back-pain?from=widget#book')).to.equal('https://example.org/back-pain?from=widget#book');
    const messages = warnings.messages();
    expect(messages).to.have.length(2);
    expect(messages[0]).to.include('clinic-url="www.riverside-physio.com"');
    expect(messages[0]).to.include('Using https://www.riverside-physio.com/');
  });

  it('warns exactly once per element and value: again for a new value, or on another element', () => {
    const other = document.createElement('backcare-other-host');
    for (const value of ['x', 'x', 'y', 'x', 'y']) parseDigits(host, 'emergency-number', value, '911');
    parseDigits(other, 'emergency-number', 'x', '911');
    parseDigits(host, 'heading-level', 'x', '2');
    expect(warnings.messages()).to.have.length(4);
  });

  it('readers are pure: the same answer every time, and never a console message', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(readPhone('Call 555 0199')).to.deep.equal({
        value: '555 0199',
        problem: { accepted: 'use digits, spaces and + - ( ) . only', outcome: 'Using "555 0199"' },
      });
      expect(readHttpUrl('example.org').value).to.equal('https://example.org/');
      expect(readIdList('b,zz', ['a', 'b']).value).to.deep.equal(['b']);
      expect(readInteger('99', { min: 1, max: 5, fallback: 3, outOfRange: 'clamp' }).value).to.equal(5);
      expect(readText('x'.repeat(200)).problem?.outcome).to.equal('It is shortened');
      expect(readDigits('abc', '911')).to.deep.equal({ value: '911', problem: { accepted: 'use digits only, such as 911, 999 or 112', outcome: 'Using 911' } });
    }
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('whatever is typed, a phone or address in use is safe: a tel: of digits, an http(s) address', () => {
    // Seeded random strings over the characters clinics and attackers type.
    const alphabet = 'abcxyzABCDOX0123456789 +-().,:/#?@%&<>"\'\u202ewww.example.comhttpsjavascript';
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i += 1) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const phone = readPhone(text);
      if (phone.value !== undefined) {
        // Digits and separators, or a vanity number's capital letters.
        expect(phone.value, text).to.match(/^[\dA-Z\s+\-().]{3,32}$/);
        expect(telHref(phone.value), text).to.match(/^tel:\+?[\d+]{3,}$/);
        expect(phone.problem === undefined, text).to.equal(phone.value === text.trim());
      } else {
        expect(phone.problem, text).to.not.equal(undefined);
      }
      const url = readHttpUrl(text);
      if (url.value !== undefined) expect(new URL(url.value).protocol, text).to.match(/^https?:$/);
      else expect(url.problem, text).to.not.equal(undefined);
    }
  });

  it('accepts emergency numbers of digits only', () => {
    expect(parseDigits(host, 'emergency-number', '999', '911')).to.equal('999');
    expect(parseDigits(host, 'emergency-number', '11 2', '911')).to.equal('911');
    expect(parseDigits(host, 'emergency-number', '+112', '911')).to.equal('911');
  });

  it('names the first few of many skipped ids and counts the rest, so a warning stays short', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `stretch-${i}`);
    expect(parseIdList(host, 'items', ['a', ...ids].join(','), ['a', 'b'])).to.deep.equal(['a']);
    const [message] = warnings.messages();
    expect(message).to.include('Skipping stretch-0, stretch-1, stretch-2, stretch-3, stretch-4 and 9995 more');
    expect(message!.length).to.be.below(400);
    // The same as an array set from script: its first items and a count.
    parseIdList(host, 'exercises', ids, ['a']);
    expect(warnings.messages()[1]).to.include('exercises=["stretch-0", "stretch-1", "stretch-2", "stretch-3", "stretch-4", and 9995 more]');
    expect(warnings.messages()[1]!.length).to.be.below(400);
  });

  it('keeps valid ids in order, skips unknown ones with a warning naming the valid ids', () => {
    const valid = ['a', 'b', 'c'] as const;
    expect(parseIdList(host, 'items', 'c, a,zz,a', valid)).to.deep.equal(['c', 'a']);
    expect(warnings.messages()[0]).to.include('valid ids are a, b, c');
    expect(parseIdList(host, 'items', 'x,y', valid)).to.equal(undefined);
  });

  it('keeps text as text, without control characters, shortened when very long', () => {
    expect(parseText(host, 'heading', ' <b>Hi</b>\u0000 ')).to.equal('<b>Hi</b>');
    expect(parseText(host, 'heading', '   ')).to.equal(undefined);
    const long = parseText(host, 'heading', 'x'.repeat(500));
    expect(long).to.have.length(120);
    expect(warnings.messages()).to.have.length(1);
  });

  describe('numeric settings written as attributes', () => {
    it('read back as numbers, as their types say; other text stays text for the widget to refuse', () => {
      const fromAttribute = numberConverter.fromAttribute;
      expect(fromAttribute('4')).to.equal(4);
      expect(fromAttribute('-1')).to.equal(-1);
      expect(fromAttribute('2.5')).to.equal(2.5);
      for (const text of ['', ' 15 ', '+2', '04', '19.0', 'four', '1e3', '4 days', 'NaN', 'Infinity', '0x10']) expect(fromAttribute(text), text).to.equal(text);
      expect(fromAttribute(null)).to.equal(null);
    });

    it('on the widgets: day, session-minutes, hold and reps', async () => {
      const guide = await fixture<BackcarePhaseGuide>(html`<backcare-phase-guide day="4" session-minutes="10"></backcare-phase-guide>`);
      const card = await fixture<BackcareStretchCard>(html`<backcare-stretch-card exercise="bridge" hold="8" reps="6"></backcare-stretch-card>`);
      expect([guide.day, guide.sessionMinutes, card.hold, card.reps]).to.deep.equal([4, 10, 8, 6]);
      guide.setAttribute('day', 'soon');
      await guide.updateComplete;
      expect(guide.day).to.equal('soon');
      expect(warnings.messages().join('\n')).to.match(/<backcare-phase-guide>: day="soon" is not accepted/);
    });
  });

  describe('values set as properties (React 19, Vue)', () => {
    it('reads numbers as their digits and arrays as lists, silently', () => {
      const rule = { min: 0, max: 30, fallback: 10, outOfRange: 'clamp' } as const;
      expect(parseInteger(host, 'hold', 15, rule)).to.equal(15);
      expect(parseInteger(host, 'hold', -0, rule)).to.equal(0);
      expect(parseDigits(host, 'emergency-number', 999, '911')).to.equal('999');
      expect(parsePhone(host, 'clinic-phone', 5550100199)).to.equal('5550100199');
      expect(parseIdList(host, 'items', ['b', 'a'], ['a', 'b'])).to.deep.equal(['b', 'a']);
      expect(parseIdList(host, 'items', [' a '], ['a', 'b'])).to.deep.equal(['a']);
      expect(parseEnum(host, 'phase', 'acute', ['all', 'acute'], 'all')).to.equal('acute');
      expect(parseText(host, 'heading', 42)).to.equal('42');
      const today = new Date(2026, 10, 3, 23, 30);
      expect(parseDate(host, 'onset', today)).to.deep.equal({ year: 2026, month: 11, day: 3 });
      expect(warnings.messages()).to.deep.equal([]);
    });

    it('refuses anything else with one warning naming what was given, and never throws', () => {
      const odd = [NaN, Infinity, true, false, {}, Object.create(null), [{}], [[1]], Symbol('x'), () => 1, 10n, new Date('nope')];
      const rule = { min: 1, max: 5, fallback: 3, outOfRange: 'clamp' } as const;
      for (const value of odd) {
        const label = typeof value === 'symbol' ? value.toString() : typeof value;
        expect(parseInteger(host, 'reps', value, rule), label).to.equal(3);
        expect(parseEnum(host, 'theme', value, ['auto', 'dark'], 'auto'), label).to.equal('auto');
        expect(parseText(host, 'heading', value), label).to.equal(undefined);
        expect(parsePhone(host, 'clinic-phone', value), label).to.equal(undefined);
        expect(parseHttpUrl(host, 'clinic-url', value), label).to.equal(undefined);
        expect(parseDigits(host, 'emergency-number', value, '911'), label).to.equal('911');
        expect(parseIdList(host, 'items', value, ['a']), label).to.equal(undefined);
        expect(parseDate(host, 'onset', value), label).to.equal(undefined);
      }
      const messages = warnings.messages();
      // Three of them show as "an object" ({}, a null-prototype object, an invalid Date): one warning each place.
      const shownAlike = 2;
      expect(messages).to.have.length((odd.length - shownAlike) * 8);
      expect(messages).to.include('<backcare-test-host>: reps=NaN is not accepted; use a whole number from 1 to 5. Using 3.');
      expect(messages).to.include('<backcare-test-host>: heading=true is not accepted; use text. It is ignored.');
      expect(messages).to.include('<backcare-test-host>: theme=an object is not accepted; use one of auto, dark. Using auto.');
      expect(messages).to.include('<backcare-test-host>: items=[an object] is not accepted; valid ids are a. Showing all.');
      expect(messages.some((m) => m.startsWith('<backcare-test-host>: reps=Symbol(x) is not accepted'))).to.equal(true);
      // The same odd value again warns no more.
      parseInteger(host, 'reps', NaN, rule);
      expect(warnings.messages()).to.have.length((odd.length - shownAlike) * 8);
    });

    it('reads an array of text as the comma-separated list it stands for', () => {
      expect(attributeText(['a', 'b'])).to.equal('a,b');
      expect(attributeText([4])).to.equal('4');
      expect(attributeText(4.5)).to.equal('4.5');
      for (const value of [NaN, true, {}, [null], Symbol('s')]) expect(attributeText(value)).to.equal(undefined);
    });
  });
});
