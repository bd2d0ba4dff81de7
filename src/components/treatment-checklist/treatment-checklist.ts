import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseEnum, parseIdList, parseText, warnAttribute } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/treatment-checklist.js';
import { formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { citation } from '../../core/sources.js';
import { openStorage, type SafeStorage } from '../../core/storage.js';
import { baseStyles } from '../../core/tokens.js';
import { sources, type ChecklistItem, type SourceId } from '../../data/index.js';
import {
  checklistPhases,
  groupItems,
  parseTicks,
  selectItems,
  serializeTicks,
  sourceOrder,
  storageKeyFor,
} from './checklist-logic.js';
import { styles } from './treatment-checklist.styles.js';

export interface ChecklistChangeDetail {
  /** The item ticked or unticked, or `'*'` when "Clear all" unticked every shown item. */
  id: string;
  checked: boolean;
  /** Shown items now ticked. */
  done: number;
  /** Shown items. */
  total: number;
}

/**
 * @tagname backcare-treatment-checklist
 *
 * @summary The conservative treatment plan for a back spasm or strained
 * muscle, in three groups (self-care, medicines, professional care), to tick
 * off and print as a one-page handout.
 *
 * Choosing items: `items` picks the items and their order (groups appear in
 * the order of their first item); `phase` then keeps only the items for that
 * phase, so one `items` list can serve pages for different phases. If that
 * leaves nothing, a short note shows and the console says why.
 *
 * Saving: only with `persist` (without it nothing is read or written), in
 * this browser's local storage under `backcare:<storage-key>:v1`, as
 * `{"v":1,"checked":["stay-active",...]}`. Saved data that is corrupt, of
 * another version or names unknown items is ignored (unknown ids dropped)
 * with one console warning. Checklists with the same `storage-key` stay in
 * step, on one page and across tabs; other keys never mix. Without working
 * storage the checklist works for the visit, and the "saved on this device"
 * note simply does not show. "Clear all" unticks the items this checklist
 * shows, and removes the saved entry when nothing is left ticked.
 *
 * Print: the Print button opens the browser's print dialog; the print styles
 * make a black-on-white handout (boxes, titles, details, cautions, clinic
 * name, numbered sources; no buttons), one page for the default items.
 *
 * @attr heading
 * @attr storage-key
 * @attr clinic-name
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} backcare-checklist-change - `{ id, checked, done, total }` when the
 * patient ticks or unticks an item. "Clear all" fires it once with `id: '*'`,
 * `checked: false` (only if something was ticked). Not fired when another
 * checklist with the same `storage-key` changed the ticks.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The widget's heading.
 * @csspart clinic - "From {clinic}", when `clinic-name` is set.
 * @csspart progress - The "3 of 9 done" text and bar.
 * @csspart group - One group: its heading and list.
 * @csspart item - One item.
 * @csspart checkbox - An item's checkbox.
 * @csspart caution - The caution on each medicine item.
 * @csspart details - "More about this" and the item's detail.
 * @csspart button - The Print and Clear all buttons.
 * @csspart sources - The numbered list of sources.
 *
 * @cssproperty --backcare-accent - Checkboxes, progress bar, buttons and links.
 * @cssproperty --backcare-caution - Edge of the medicine caution (default: accent).
 */
export class BackcareTreatmentChecklist extends BackcareElement<'treatment-checklist'> {
  protected readonly widget = 'treatment-checklist';

  static override styles = [baseStyles, styles];

  static override properties = {
    phase: {},
    items: {},
    persist: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    headingText: { attribute: 'heading' },
    clinicName: { attribute: 'clinic-name' },
    checked: { attribute: false },
    announcement: { attribute: false },
  };

  /**
   * Only items for this phase: `all` (default), `acute`, `subacute` or `recovery`.
   * @type {'all' | 'acute' | 'subacute' | 'recovery'}
   */
  declare phase?: string;

  /** Comma-separated item ids to show, in that order (default: all items). */
  declare items?: string;

  /** Save ticks in this browser's local storage. */
  persist = false;

  /** Names the saved ticks (default `backcare-checklist`); checklists with the same name share ticks. */
  declare storageKey?: string;

  /** Replaces the default heading. */
  declare headingText?: string;

  /** The clinic's name, shown as "From {clinic}" on screen and on the printed handout. */
  declare clinicName?: string;

  private checked = new Set<string>();
  private announcement = '';

  #shown: ChecklistItem[] = [];
  #storage?: SafeStorage;
  #stopSync?: () => void;
  #key = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#connectStorage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopSync?.();
    this.#stopSync = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const all = this.words.items;
    const phase = parseEnum(this, 'phase', this.phase, checklistPhases, 'all');
    const ids = parseIdList(this, 'items', this.items, all.map((item) => item.id));
    this.#shown = groupItems(selectItems(all, phase, ids)).flatMap((group) => group.items);
    if (this.#shown.length === 0) {
      warnAttribute(this, 'phase', this.phase, 'none of the items in items= is for this phase', 'Showing a note');
    }
    if (!this.hasUpdated || changed.has('persist') || changed.has('storageKey')) this.#connectStorage();
  }

  /** Reads the saved ticks and follows changes to them, when `persist` is on; nothing at all otherwise. */
  #connectStorage(): void {
    this.#stopSync?.();
    this.#stopSync = undefined;
    if (!this.persist || !this.isConnected) return;
    this.#key = storageKeyFor(parseText(this, 'storage-key', this.storageKey, 60) ?? 'backcare-checklist');
    const storage = (this.#storage ??= openStorage());
    this.#load(storage.read(this.#key));
    this.#stopSync = storage.subscribe(this.#key, (value) => this.#load(value));
  }

  #load(value: string | null): void {
    const { checked, problem } = parseTicks(
      value,
      this.words.items.map((item) => item.id),
    );
    if (problem) console.warn(`<${this.localName}>: the ticks saved under "${this.#key}" ${problem}.`);
    this.checked = new Set(checked);
  }

  get #done(): number {
    return this.#shown.filter((item) => this.checked.has(item.id)).length;
  }

  #progress(): string {
    return formatText(this.words.progress, { done: this.#done, total: this.#shown.length });
  }

  #toggle(id: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.#commit(next, id, on);
  }

  #clear(): void {
    if (this.#done === 0) return;
    const next = new Set(this.checked);
    for (const item of this.#shown) next.delete(item.id);
    this.#commit(next, '*', false);
  }

  #commit(next: Set<string>, id: string, checked: boolean): void {
    this.checked = next;
    if (this.#stopSync) {
      if (next.size > 0) this.#storage!.write(this.#key, serializeTicks(next));
      else this.#storage!.remove(this.#key);
    }
    this.announcement = this.#progress();
    this.emit<ChecklistChangeDetail>('backcare-checklist-change', {
      id,
      checked,
      done: this.#done,
      total: this.#shown.length,
    });
  }

  /** Footnote links inside a shadow root: scroll to the source instead of changing the page's URL. */
  #jump(event: Event): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).hash);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus();
  }

  #refs(item: ChecklistItem, order: SourceId[]): TemplateResult {
    return html`<sup class="refs"
      ><span class="visually-hidden">${this.common.sourcesHeading}: </span>${item.sources
        .map((id) => order.indexOf(id) + 1)
        .sort((a, b) => a - b)
        .map((n, index) => html`${index ? ', ' : ''}<a href="#src-${n}" @click=${this.#jump}>${n}</a>`)}</sup
    >`;
  }

  #renderItem(item: ChecklistItem, order: SourceId[]): TemplateResult {
    const t = this.words;
    const on = this.checked.has(item.id);
    return html`<li part="item">
      <label>
        <input
          type="checkbox"
          part="checkbox"
          .checked=${on}
          aria-describedby=${item.caution ? `caution-${item.id}` : nothing}
          @change=${(event: Event) => this.#toggle(item.id, (event.target as HTMLInputElement).checked)}
        />
        <span>${item.title}</span>
      </label>
      <p class="print">${item.detail} ${this.#refs(item, order)}</p>
      ${item.caution ? html`<p class="caution" part="caution" id="caution-${item.id}">${item.caution}</p>` : nothing}
      <details part="details">
        <summary>${t.moreAbout}<span class="visually-hidden">: ${item.title}</span></summary>
        <p>${item.detail} ${this.#refs(item, order)}</p>
      </details>
    </li>`;
  }

  override render(): TemplateResult {
    const t = this.words;
    const sub = subLevel(this.headingLevel);
    const clinic = parseText(this, 'clinic-name', this.clinicName);
    const order = sourceOrder(this.#shown);
    const total = this.#shown.length;
    return html`<div part="base">
      ${this.heading(parseText(this, 'heading', this.headingText) ?? t.heading)}
      ${clinic ? html`<p class="clinic" part="clinic">${formatText(t.preparedBy, { clinic })}</p>` : nothing}
      <p>${t.intro}</p>
      ${total === 0
        ? html`<p class="empty">${t.empty}</p>`
        : html`<div class="progress screen" part="progress">
              <span id="progress">${this.#progress()}</span>
              <progress value=${this.#done} max=${total} aria-labelledby="progress"></progress>
            </div>
            ${groupItems(this.#shown).map(
              ({ group, items }) => html`<div part="group">
                ${renderHeading(sub, t.groups[group])}
                <ul class="items">
                  ${items.map((item) => this.#renderItem(item, order))}
                </ul>
              </div>`,
            )}
            <div class="actions screen">
              <button type="button" part="button" @click=${() => window.print()}>${t.print}</button>
              <button type="button" class="secondary" part="button" @click=${this.#clear}>${t.clearAll}</button>
            </div>
            ${this.#stopSync && this.#storage?.persistent ? html`<p class="muted screen">${t.savedOnDevice}</p>` : nothing}
            <div part="sources">
              ${renderHeading(sub, this.common.sourcesHeading)}
              <ol class="sources">
                ${order.map((id, index) => {
                  const { url } = sources[id];
                  return html`<li id="src-${index + 1}" tabindex="-1">
                    ${url ? html`<a href=${url}>${citation(id)}</a>` : citation(id)}
                  </li>`;
                })}
              </ol>
            </div>`}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
