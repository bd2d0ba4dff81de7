import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { checklistItems } from '../../src/data/checklist.js';
import { isSourceId, locales, sourceIds, sources, supportedLocales, type Content } from '../../src/data/index.js';
import { wordsFor } from '../../src/data/locales.js';
import { heatAndColdCaution, notEasing, phases, sessionKinds, sessionMinutes, usualCourse } from '../../src/data/phases.js';
import { combinations, firstActions, outcomeSources, signs } from '../../src/data/signs.js';
import { stretchRules, stretches } from '../../src/data/stretches.js';

/** Every leaf of a content object, by path ("ui.checklist.heading", "redFlags.0.text"). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/**
 * What a regional variant can override, by path: a string, or a whole array (arrays are
 * replaced whole, objects merged key by key).
 */
function overrideUnits(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => overrideUnits(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Everything that gives clinical guidance, and so must name its sources. */
function clinicalItems() {
  return [
    ...signs,
    ...combinations,
    ...Object.values(firstActions),
    ...Object.values(outcomeSources).map((ids) => ({ sources: ids })),
    ...phases.flatMap((phase) => [...phase.do, ...phase.avoid]),
    ...Object.values(sessionKinds),
    heatAndColdCaution,
    notEasing,
    usualCourse,
    ...checklistItems,
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

  it('every clinical item (facts, in no language) names at least one source, and every source exists', () => {
    const items = clinicalItems();
    expect(items.length).to.be.greaterThan(50);
    for (const item of items) {
      expect(item.sources.length, JSON.stringify(item).slice(0, 80)).to.be.greaterThan(0);
      for (const id of item.sources) expect(isSourceId(id), id).to.equal(true);
    }
  });

  for (const locale of supportedLocales) {
    const content: Content = locales[locale];

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
      redFlags: Object.keys(content['red-flag-checker'].signs),
      phases: Object.keys(content['phase-guide'].phases),
      checklist: Object.keys(content['treatment-checklist'].items),
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
    const used = new Set(clinicalItems().flatMap((item) => item.sources));
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
  });

  it('en-GB only overrides words that exist in en, each with words of its own (walking the raw en-GB modules)', async () => {
    const widgets = Object.keys(en).filter((key) => key !== 'locale') as (keyof Omit<Content, 'locale'>)[];
    const found: string[] = [];
    for (const widget of widgets) {
      const url = new URL(`../../src/data/en-GB/${widget}.ts`, import.meta.url).href;
      if (!(await fetch(url, { method: 'HEAD' })).ok) continue;
      found.push(widget);
      const raw = ((await import(url)) as { default: unknown }).default;
      const english = wordsFor(widget, 'en');
      const englishUnits = new Map(overrideUnits(english));
      const englishLeaves = new Map(leaves(english));
      const overrides = overrideUnits(raw);
      expect(overrides.length, widget).to.be.greaterThan(0);
      for (const [path, value] of overrides) {
        expect(englishUnits.has(path), `en-GB ${widget}.${path} is not a key of en`).to.equal(true);
        const original = englishUnits.get(path);
        expect(JSON.stringify(value), `en-GB ${widget}.${path} repeats en`).not.to.equal(JSON.stringify(original));
        expect(leaves(value).map(([leaf, text]) => [leaf, typeof text === 'string' ? placeholders(text) : text]), path).to.deep.equal(
          leaves(original).map(([leaf, text]) => [leaf, typeof text === 'string' ? placeholders(text) : text]),
        );
      }
      // Everything else falls back to US English.
      const overridden = overrides.map(([path]) => path);
      for (const [path, value] of leaves(locales['en-GB'][widget])) {
        if (!overridden.some((unit) => path === unit || path.startsWith(`${unit}.`))) {
          expect(value, `en-GB ${widget}.${path}`).to.equal(englishLeaves.get(path));
        }
      }
    }
    expect(found).to.include.members(['common', 'treatment-checklist']);
  });

  it('en-GB: 999, paracetamol first, GP and physiotherapy, and UK spelling where it shows', () => {
    const gb = locales['en-GB'];
    expect(gb.common.emergencyNumber).to.equal('999');
    expect(gb['treatment-checklist'].items.paracetamol.title).to.match(/^Paracetamol/);
    expect(gb['treatment-checklist'].items['see-doctor'].title).to.include('GP');
    expect(gb['treatment-checklist'].items['physical-therapy'].title).to.equal('Physiotherapy');
    const strings = leaves(gb).filter(([, value]) => typeof value === 'string') as [string, string][];
    for (const [path, value] of strings) {
      expect(value, path).not.to.match(/\b(color|program|orthopedic|randomized)\b/i);
    }
  });

  it('leaves out, in every language, the treatments NICE advises against or that do not apply to a strain', () => {
    // TENS and electrical stimulation, acupuncture, a firm mattress, drinking water against spasms,
    // back braces, corsets and traction: nowhere. Injections and surgery: never as a treatment (the
    // red-flag checker asks about a recent back injection or spine surgery as a warning sign, and
    // a source is described as a spine-surgery clinic's page).
    const anywhere = [
      /\bTENS\b/,
      /electrical (nerve )?stimulation|estimulaci[oó]n el[eé]ctrica/i,
      /acupunct|acupunt/i,
      /(?<!medium-)\bfirm\b[^.]*\bmattress|\bmattress[^.]*(?<!medium-)\bfirm\b(?!ness)/i,
      /colch[oó]n[^.]*\bfirme\b|\bfirme\b[^.]*colch[oó]n/i,
      /\bwater\b|\bagua\b|dehydrat|deshidrat/i,
      /\bbraces?\b(?! (your|the))|\bcorset|\bfaja|\bcors[eé]\b/i,
      /\btraction\b|\btracci[oó]n\b/i,
    ];
    const asTreatment = [/\binject|\binyec/i, /\bsurg|cirug|\boperaci[oó]n/i];
    let checked = 0;
    for (const locale of supportedLocales) {
      for (const [path, value] of leaves(locales[locale])) {
        if (typeof value !== 'string') continue;
        checked += 1;
        for (const pattern of anywhere) expect(pattern.test(value), `${locale} ${path}: ${value}`).to.equal(false);
        if (/^(red-flag-checker|common\.sourceDescriptions|common\.emergencySummaries)\./.test(path)) continue;
        for (const pattern of asTreatment) expect(pattern.test(value), `${locale} ${path}: ${value}`).to.equal(false);
      }
    }
    expect(checked).to.be.greaterThan(300);
  });

  it('has every source of the clinical reference, with the address it gives, or none', () => {
    const reference: Record<string, string | undefined> = {
      'seed:000': undefined,
      'seed:001': undefined,
      'seed:002': undefined,
      'seed:003': undefined,
      'seed:004': undefined,
      'S-NHS': 'https://www.nhs.uk/conditions/back-pain/',
      'S-NHS-SCI': 'https://www.nhs.uk/conditions/sciatica/',
      'S-NHS-CES': 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
      'S-NHS-AAA': 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
      'S-NHS-EX': undefined,
      'S-NHSINF': undefined,
      'S-NICE': 'https://www.nice.org.uk/guidance/ng59',
      'S-NG234': 'https://www.nice.org.uk/guidance/ng234',
      'S-CKS': 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
      'S-ACP': 'https://doi.org/10.7326/M16-2367',
      'S-AAFP': 'https://www.aafp.org/pubs/afp/issues/2012/0215/p343.html',
      'S-BASS': undefined,
      'S-MAYO-WHEN': undefined,
      'S-MAYO-EX': undefined,
      'S-MAYO-STR': undefined,
      'S-CSP': undefined,
      'S-AAOS': undefined,
      'S-CC': undefined,
      'S-HW': undefined,
      'S-COCH': 'https://doi.org/10.1002/14651858.CD004750.pub2',
      'S-KOVACS': 'https://doi.org/10.1016/S0140-6736(03)14794-7',
      'S-NHS-LABOUR': undefined,
      'S-NHS-CARE': undefined,
      'S-NG156': 'https://www.nice.org.uk/guidance/ng156',
      'S-RACGP-AAA': 'https://www.racgp.org.au/afp/2013/june/aortic-aneurysms',
      'S-BMJ-AAA': undefined,
      'S-RF-CES': 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
      'S-MAYO-OSTEO': undefined,
      'S-ACOG-LABOR': undefined,
      'S-NHS-CODEINE': 'https://www.nhs.uk/medicines/codeine/',
      'S-NHS-IBU': 'https://www.nhs.uk/medicines/ibuprofen-for-adults/',
      'S-NHS-PARA': 'https://www.nhs.uk/medicines/paracetamol-for-adults/',
    };
    expect([...sourceIds].sort()).to.deep.equal(Object.keys(reference).sort());
    for (const id of sourceIds) {
      expect(sources[id].url, id).to.equal(reference[id]);
      expect(sources[id].title.length, id).to.be.greaterThan(3);
    }
  });

  it('describes what kind of source each described source is, in every language, and only those', () => {
    const described = sourceIds.filter((id) => sources[id].described);
    expect(described).to.include.members(['seed:000', 'seed:004', 'S-KOVACS']);
    for (const locale of supportedLocales) {
      const descriptions = locales[locale].common.sourceDescriptions as Record<string, string>;
      expect(Object.keys(descriptions).sort(), locale).to.deep.equal([...described].sort());
      for (const id of described) expect(descriptions[id]!.length, `${locale} ${id}`).to.be.greaterThan(3);
    }
    expect(locales.es.common.sourcesHeading).to.equal('Fuentes (en inglés)');
  });

  describe('sources in a Spanish widget', () => {
    /** Text nodes of a widget holding an English source title, with the language they are marked in. */
    function titlesShown(el: Element): { title: string; lang: string | undefined }[] {
      const titles = sourceIds.map((id) => sources[id].title);
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      const shown: { title: string; lang: string | undefined }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const title = titles.find((each) => node!.textContent!.includes(each));
        if (title) shown.push({ title, lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined });
      }
      return shown;
    }

    const widgets: [string, () => Promise<Element>][] = [
      ['backcare-treatment-checklist', () => fixture(html`<backcare-treatment-checklist lang="es"></backcare-treatment-checklist>`)],
      ['backcare-phase-guide', () => fixture(html`<backcare-phase-guide lang="es" day="1"></backcare-phase-guide>`)],
      ['backcare-stretch-card', () => fixture(html`<backcare-stretch-card lang="es" exercise="knee-to-chest"></backcare-stretch-card>`)],
      [
        'backcare-red-flag-checker',
        async () => {
          const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
            html`<backcare-red-flag-checker lang="es"></backcare-red-flag-checker>`,
          );
          // Any emergency sign shows the emergency advice, with its sources, at once.
          el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"], input[type="radio"][value="yes"]')!.click();
          await el.updateComplete;
          return el;
        },
      ],
    ];

    for (const [tag, render] of widgets) {
      it(`${tag}: every English source title is marked lang="en"`, async () => {
        const el = await render();
        const shown = titlesShown(el);
        expect(shown.length, `${tag} shows sources`).to.be.greaterThan(0);
        for (const { title, lang } of shown) expect(lang, `"${title}" in ${tag}`).to.equal('en');
      });
    }
  });
});
