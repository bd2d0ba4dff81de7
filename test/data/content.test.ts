import { expect } from '@open-wc/testing';
import { isSourceId, locales, sourceIds, supportedLocales, type Content } from '../../src/data/index.js';
import { heatAndColdCaution, notEasing, phases, sessionKinds, sessionMinutes, usualCourse } from '../../src/data/phases.js';
import { stretchRules, stretches } from '../../src/data/stretches.js';

/** Every leaf of a content object, by path ("ui.checklist.heading", "redFlags.0.text"). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Everything that gives clinical guidance, and so must name its sources. */
function clinicalItems(content: Content) {
  return [
    ...content['red-flag-checker'].questions,
    ...Object.values(content['red-flag-checker'].outcomes),
    ...phases.flatMap((phase) => [...phase.do, ...phase.avoid]),
    ...Object.values(sessionKinds),
    heatAndColdCaution,
    notEasing,
    usualCourse,
    ...content['treatment-checklist'].items,
    ...stretches,
    ...Object.values(stretchRules).map((ids) => ({ sources: ids })),
  ];
}

describe('content module', () => {
  const en: Content = locales.en;

  it('has English, Spanish and UK English', () => {
    expect(supportedLocales).to.deep.equal(['en', 'es', 'en-GB']);
    expect(locales.es.locale).to.equal('es');
    expect(locales['en-GB'].locale).to.equal('en-GB');
  });

  for (const locale of supportedLocales) {
    const content: Content = locales[locale];

    it(`${locale}: every clinical item names at least one source, and every source exists`, () => {
      const items = clinicalItems(content);
      expect(items.length).to.be.greaterThan(50);
      for (const item of items) {
        expect(item.sources.length, JSON.stringify(item).slice(0, 80)).to.be.greaterThan(0);
        for (const id of item.sources) expect(isSourceId(id), id).to.equal(true);
      }
    });

    it(`${locale}: no clinic name, phone number or marketing from the seed pages`, () => {
      const forbidden = [/laser spine/i, /whatcom/i, /spine care consultants/i, /817-697/, /877-409/, /\d{3}[-. ]\d{3}[-. ]\d{4}/, /MRI review/i, /no-cost/i, /minimally invasive/i, /texas/i];
      for (const [path, value] of leaves(content)) {
        if (typeof value !== 'string') continue;
        for (const pattern of forbidden) expect(pattern.test(value), `${path}: ${value}`).to.equal(false);
      }
    });
  }

  it('has the same ids in the same order in every language', () => {
    const idsOf = (content: Content) => ({
      redFlags: content['red-flag-checker'].questions.map((q) => `${q.id}:${q.tier}`),
      phases: Object.keys(content['phase-guide'].phases),
      checklist: content['treatment-checklist'].items.map((i) => `${i.id}:${i.group}:${i.phases.join('+')}`),
      stretches: Object.keys(content['stretch-card'].stretches),
    });
    for (const locale of supportedLocales) expect(idsOf(locales[locale]), locale).to.deep.equal(idsOf(en));
  });

  it('has the same shape, numbers, sources and placeholders in every language', () => {
    const english = new Map(leaves(en));
    for (const locale of supportedLocales) {
      const translated = leaves(locales[locale]);
      expect(translated.map(([path]) => path), locale).to.deep.equal([...english.keys()]);
      for (const [path, value] of translated) {
        const original = english.get(path);
        if (typeof value === 'string' && typeof original === 'string' && !/sources\.\d+$/.test(path)) {
          expect(placeholders(value), `${locale} ${path}`).to.deep.equal(placeholders(original));
        } else if (path !== 'locale') {
          expect(value, `${locale} ${path}`).to.equal(original);
        }
      }
    }
  });

  it('is really translated: Spanish sentences differ from the English ones', () => {
    const english = new Map(leaves(en));
    const untranslated = leaves(locales.es).filter(
      ([path, value]) => typeof value === 'string' && / /.test(value) && !/sources\./.test(path) && value === english.get(path),
    );
    expect(untranslated).to.deep.equal([]);
  });

  it('knows every source id the content uses, with a title and publisher', () => {
    const used = new Set(clinicalItems(en).flatMap((item) => item.sources));
    for (const id of used) expect(sourceIds).to.include(id);
  });

  it('keeps the clinical rules of the reference in its numbers', () => {
    expect(phases.map((p) => [p.fromDay, p.toDay])).to.deep.equal([[0, 2], [3, 14], [15, null]]);
    expect(sessionMinutes.max).to.equal(20);
    for (const stretch of stretches) {
      for (const range of [stretch.holdSeconds, stretch.reps]) {
        expect(range.default, stretch.id).to.be.within(range.min, range.max);
      }
    }
    for (const item of en['treatment-checklist'].items.filter((i) => i.group === 'medicines')) expect(item.caution).to.equal(en['treatment-checklist'].medicineCaution);
  });
});
