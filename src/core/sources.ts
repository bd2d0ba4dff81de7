/**
 * Sources as a patient sees them, in the widget's language: the publisher and
 * title stay in English and are marked `lang="en"` (so a screen reader reads
 * them as English inside a Spanish widget), the word on what kind of source it
 * is ("clinic patient page") is translated, and the address, where the
 * clinical reference gives one, is a link. Pass the widget's `this.common`;
 * without it the descriptions are in English.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defaultLocale, wordsFor } from '../data/locales.js';
import { sources, type SourceId } from '../data/sources.js';
import type { CommonWords } from '../data/types.js';
import { formatText } from './format.js';

/** What kind of source `id` is, in the words' language, if it needs saying. */
function description(id: SourceId, words: CommonWords): string | undefined {
  return sources[id].described ? (words.sourceDescriptions as Partial<Record<SourceId, string>>)[id] : undefined;
}

const englishPart = (id: SourceId): string => {
  const { publisher, title } = sources[id];
  return publisher ? `${publisher}: ${title}` : title;
};

/**
 * "NHS.UK: Back pain", or "Back spasms (clinic patient page)", as plain English
 * text. In markup use `renderCitation`, which marks the English and translates
 * the description.
 */
export function citation(id: SourceId): string {
  const kind = description(id, wordsFor('common', defaultLocale));
  return kind ? `${englishPart(id)} (${kind})` : englishPart(id);
}

/** One source: its English publisher and title marked as English, then what it is in the widget's language. */
export function renderCitation(id: SourceId, words: CommonWords = wordsFor('common', defaultLocale)): TemplateResult {
  const kind = description(id, words);
  return html`<span lang="en">${englishPart(id)}</span>${kind ? ` (${kind})` : nothing}`;
}

/** One source, linked to its address when the reference gives one. */
export function renderSource(id: SourceId, words?: CommonWords): TemplateResult {
  const { url } = sources[id];
  return url ? html`<a href=${url}>${renderCitation(id, words)}</a>` : renderCitation(id, words);
}

/** A list of sources, each once; links only for addresses that come from the content module. */
export function renderSourceList(ids: readonly SourceId[], words?: CommonWords): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  return html`<ul class="sources" part="sources">
    ${[...new Set(ids)].map((id) => html`<li>${renderSource(id, words)}</li>`)}
  </ul>`;
}

/** "Sources: NHS.UK: Back pain; ..." on one line, from `words.sourcesLabel`. */
export function renderSourcesLine(ids: readonly SourceId[], words: CommonWords): TemplateResult {
  const [before = '', after = ''] = formatText(words.sourcesLabel, { list: '\u0000' }).split('\u0000');
  const list = [...new Set(ids)].map((id, index) => html`${index ? '; ' : ''}${renderCitation(id, words)}`);
  return html`${before}${list}${after}`;
}
