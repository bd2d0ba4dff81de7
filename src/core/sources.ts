import { html, nothing, type TemplateResult } from 'lit';
import { sources, type SourceId } from '../data/sources.js';

/** "NHS.UK: Back pain" for one source id. */
export function citation(id: SourceId): string {
  const source = sources[id];
  return `${source.publisher}: ${source.title}`;
}

/** A footnote-style list of sources; links only for URLs that come from the content module. */
export function renderSourceList(ids: readonly SourceId[]): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  return html`<ul class="sources" part="sources">
    ${[...new Set(ids)].map((id) => {
      const { url } = sources[id];
      return html`<li>${url ? html`<a href=${url}>${citation(id)}</a>` : citation(id)}</li>`;
    })}
  </ul>`;
}
