import { expect } from '@open-wc/testing';
import { matchLocale, overlay, supportedLocales, wordsFor } from '../../src/data/locales.js';
import '../../src/data/index.js';

describe('locales', () => {
  it('matches a region that has its own words, else the language', () => {
    const cases: [string, string | undefined][] = [
      ['en', 'en'],
      ['en-US', 'en'],
      ['EN-us', 'en'],
      ['en-GB', 'en-GB'],
      ['en-gb', 'en-GB'],
      ['en_GB', 'en-GB'],
      ['es', 'es'],
      ['es-MX', 'es'],
      ['es-419', 'es'],
      [' es ', 'es'],
      ['fr', undefined],
      ['fr-GB', undefined],
      ['gb', undefined],
      ['', undefined],
      ['-es', undefined],
    ];
    for (const [tag, expected] of cases) expect(matchLocale(tag), tag).to.equal(expected);
  });

  it('fills a regional variant from its base language', () => {
    expect(wordsFor('common', 'en-GB').emergencyNumber).to.equal('999');
    expect(wordsFor('common', 'en').emergencyNumber).to.equal('911');
    expect(wordsFor('common', 'en-GB').notDiagnosis).to.equal(wordsFor('common', 'en').notDiagnosis);
    expect(wordsFor('red-flag-checker', 'en-GB').heading).to.equal(wordsFor('red-flag-checker', 'en').heading);
  });

  it('has every widget in every supported language', () => {
    for (const locale of supportedLocales) {
      for (const widget of ['common', 'red-flag-checker', 'phase-guide', 'treatment-checklist', 'stretch-card'] as const) {
        expect(wordsFor(widget, locale), `${locale} ${widget}`).to.be.an('object');
      }
    }
  });

  it('overlays objects key by key and replaces arrays whole', () => {
    const base = { a: 'A', nested: { b: 'B', c: 'C' }, list: [1, 2, 3] };
    expect(overlay(base, { nested: { c: 'see' }, list: [9] })).to.deep.equal({ a: 'A', nested: { b: 'B', c: 'see' }, list: [9] });
    expect(overlay(base, undefined)).to.equal(base);
    expect(base.nested.c).to.equal('C');
  });
});
