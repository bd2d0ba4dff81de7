import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseEnum, parseIdList, parsePhone, parseText, warnAttribute } from '../../core/attributes.js';
import { BackcareElement } from '../../core/base-element.js';
import '../../data/words/treatment-checklist.js';
import { choiceStyles } from '../../core/choice.styles.js';
import { formatText } from '../../core/format.js';
import { renderHeading, subLevel } from '../../core/heading.js';
import { clinicLineStyles, handoutFrame, renderClinicLine } from '../../core/handout.js';
import { HandoutPrinter } from '../../core/print.js';
import { parseEmergencyNumber, renderSafetyNet, safetyNetStyles } from '../../core/safety-net.js';
import { renderSource } from '../../core/sources.js';
import { openStorage, storageKey, type SafeStorage } from '../../core/storage.js';
import { baseStyles } from '../../core/tokens.js';
import { checklistItemList, retiredTickIds, type ChecklistItemFacts, type ChecklistItemId } from '../../data/checklist.js';
import type { SourceId } from '../../data/types.js';
import {
  checklistPhases,
  type ChecklistPhase,
  isToDo,
  keepChoiceKeyFor,
  parseTicks,
  sectionItems,
  selectItems,
  serializeTicks,
  sourceOrder,
  storageKeyFor,
} from './checklist-logic.js';
import { handoutStyles, renderHandout, type HandoutInfo } from './handout.js';
import { styles } from './treatment-checklist.styles.js';

export interface ChecklistChangeDetail {
  /** The thing to do ticked or unticked, or `'*'` when "Clear all" unticked every shown item. */
  id: string;
  checked: boolean;
  /** Things to do shown and ticked now. */
  done: number;
  /** Things to do shown (medicines and care to ask about are never counted). */
  total: number;
}

type Item = ChecklistItemFacts & { id: ChecklistItemId };

/** The stored value of the patient's choice to keep the ticks. */
const kept = '1';

const toDoIds = checklistItemList.filter(isToDo).map((item) => item.id);

/**
 * @tagname backcare-treatment-checklist
 *
 * @summary The conservative treatment plan for a back spasm or strained
 * muscle: things to do, ticked off as a plan (first days, then later), and
 * medicines and care to ask about; printed as a one-page handout.
 *
 * Two kinds of item, shown apart: "Things to do" have a tick box and are
 * counted by the progress bar; "Medicines and care to ask about" are
 * information, with no tick box, and are never counted as done.
 *
 * Choosing items: `items` picks the items and their order (the two parts
 * appear in the order of their first item); `phase` then keeps only the items
 * for that phase, so one `items` list can serve pages for different phases.
 * If that leaves nothing, a short note shows and the console says why.
 *
 * Saving: with `persist`, always; without it, only once the patient turns on
 * "Keep my ticks on this device" (off by default; turning it off forgets the
 * ticks and the choice; the choice is remembered under
 * `backcare:<storage-key>:v1:keep`, and nothing else is read or written
 * before it is on; where storage refuses, the choice is not offered, or says
 * it cannot keep them). Ticks are kept in
 * this browser's local storage under `backcare:<storage-key>:v1`, as
 * `{"v":1,"checked":["stay-active",...]}`. Saved data that is corrupt, of
 * another version or names unknown items is ignored (unknown ids dropped)
 * with one console warning; ticks saved by earlier versions on items that
 * are no longer ticked (medicines, care) or are gone (`water`) are dropped
 * silently. Checklists with the same `storage-key` stay in step, on one page
 * and across tabs; other keys never mix. Without working storage the
 * checklist works for the visit, and the "saved on this device" note simply
 * does not show. "Clear all" unticks the items this checklist shows, and
 * removes the saved entry when nothing is left ticked.
 *
 * Print: the Print button prints only a one-page handout (Letter or A4, at
 * least 12 pt), whatever page the checklist sits in: the clinic's name and
 * phone, the date, the patient's ticks, the medicines and their caution, and
 * a box of the emergency signs with the emergency number. A page's own print
 * (Ctrl+P) prints the checklist in black on white, without its buttons.
 *
 * @attr heading
 * @attr storage-key
 * @attr clinic-name
 * @attr clinic-phone
 * @attr emergency-number
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} backcare-checklist-change - `{ id, checked, done, total }` when the
 * patient ticks or unticks a thing to do; `done` and `total` count things to do only.
 * "Clear all" fires it once with `id: '*'`, `checked: false` (only if something was
 * ticked). Not fired when another checklist with the same `storage-key` changed the ticks.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The widget's heading.
 * @csspart clinic - "From {clinic}" and the phone, when `clinic-name` or `clinic-phone` is set.
 * @csspart progress - The "3 of 8 done" text and bar.
 * @csspart group - One part: "Things to do", or "Medicines and care to ask about".
 * @csspart item - One item.
 * @csspart checkbox - A thing to do's checkbox.
 * @csspart caution - The medicines' caution, and the caution on heat and cold.
 * @csspart details - "More about this" and a thing to do's detail.
 * @csspart button - The Print and Clear all buttons.
 * @csspart print-blocked - "Printing does not work here...", after a Print the browser ignored (a sandboxed frame).
 * @csspart saving - "Your ticks are saved on this device only", or "Could not save on this device", with `persist`;
 *   without it, "Could not save on this device" after the patient's choice to keep the ticks was refused.
 * @csspart keep - Without `persist`: the patient's "Keep my ticks on this device" and what it means.
 * @csspart sources - The numbered list of sources.
 * @csspart safety-net - "Get help now: call 911" on screen: the emergency signs, the number and "This is not a diagnosis"
 *   (the printed handout has its own box).
 *
 * @cssproperty --backcare-accent - Checkboxes, progress bar, buttons and links.
 * @cssproperty --backcare-caution - Edge of the cautions (default: accent).
 */
export class BackcareTreatmentChecklist extends BackcareElement<'treatment-checklist'> {
  protected readonly widget = 'treatment-checklist';

  static override styles = [baseStyles, choiceStyles, safetyNetStyles, clinicLineStyles, styles];

  static override properties = {
    phase: {},
    items: {},
    persist: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    headingText: { attribute: 'heading' },
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    emergencyNumber: { attribute: 'emergency-number' },
    checked: { attribute: false },
    announcement: { attribute: false },
  };

  /**
   * Only items for this phase: `all` (default), `acute`, `subacute` or `recovery`.
   */
  declare phase?: ChecklistPhase;

  /** Comma-separated item ids (or an array of them) to show, in that order (default: all items). */
  declare items?: string | readonly string[];

  /** Save ticks in this browser's local storage (without it, the patient may choose to). */
  persist = false;

  /** Names the saved ticks (default `backcare-checklist`); checklists with the same name share ticks. */
  declare storageKey?: string;

  /** Replaces the default heading. */
  declare headingText?: string;

  /** The clinic's name, shown as "From {clinic}" on screen and on the printed handout. */
  declare clinicName?: string;

  /** The clinic's phone (digits, spaces and + - ( ) .), on screen as a link and on the printed handout. */
  declare clinicPhone?: string;

  /** The number to call in an emergency, on screen and on the printed handout (default: 911, or 999 in `en-GB`). */
  declare emergencyNumber?: string;

  private checked = new Set<string>();
  private announcement = '';

  private shown: Item[] = [];
  private toDos: Item[] = [];
  private phone?: string;
  private number = '911';
  private storage?: SafeStorage;
  private stopSync?: () => void;
  private key = '';
  /** Without `persist`: the patient chose to keep the ticks on this device. */
  private keep = false;
  /** Without `persist`: storage works, so the choice is offered. */
  private canKeep = false;
  /** The patient turned the choice on and storage refused: say it cannot keep them. */
  private triedKeep = false;
  private readonly printer = new HandoutPrinter(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.connectStorage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSync?.();
    this.stopSync = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const phase = parseEnum(this, 'phase', this.phase, checklistPhases, 'all');
    const ids = parseIdList(
      this,
      'items',
      this.items,
      checklistItemList.map((item) => item.id),
    );
    this.shown = sectionItems(selectItems(checklistItemList, phase, ids)).flatMap((section) => section.items);
    this.toDos = this.shown.filter(isToDo);
    if (this.shown.length === 0) {
      warnAttribute(this, 'phase', this.phase, 'none of the items in items= is for this phase', 'Showing a note');
    }
    this.phone = parsePhone(this, 'clinic-phone', this.clinicPhone);
    this.number = parseEmergencyNumber(this, this.emergencyNumber, this.common);
    if (!this.hasUpdated || changed.has('persist') || changed.has('storageKey')) this.connectStorage();
  }

  /**
   * With `persist`, or once the patient chose to keep the ticks, reads the saved ticks and follows
   * changes to them. Without `persist`, reads the patient's choice first, and the ticks only if it is on.
   */
  private connectStorage(): void {
    this.stopSync?.();
    this.stopSync = undefined;
    if (!this.isConnected) return;
    // Kept whole (or hashed when very long), never cut: two long names must not share ticks.
    this.key = storageKeyFor(storageKey(parseText(this, 'storage-key', this.storageKey, Infinity) ?? 'backcare-checklist'));
    const storage = (this.storage ??= openStorage());
    if (!this.persist) {
      this.keep = storage.read(keepChoiceKeyFor(this.key)) === kept;
      this.canKeep = storage.persistent;
      if (!this.keep) return;
    }
    this.follow(storage);
  }

  private follow(storage: SafeStorage): void {
    this.load(storage.read(this.key));
    this.stopSync = storage.subscribe(this.key, (value) => this.load(value));
  }

  /**
   * The patient's "Keep my ticks on this device" (only without `persist`): on, the ticks and the
   * choice are stored; off, both are forgotten. Where storage refuses, the choice stays off and says so.
   */
  private setKeep(on: boolean): void {
    const storage = (this.storage ??= openStorage());
    const choiceKey = keepChoiceKeyFor(this.key);
    this.stopSync?.();
    this.stopSync = undefined;
    if (on) {
      const saved =
        storage.write(choiceKey, kept) && (this.checked.size === 0 || storage.write(this.key, serializeTicks(this.checked)));
      this.keep = saved;
      this.canKeep = saved;
      if (saved) this.stopSync = storage.subscribe(this.key, (value) => this.load(value));
      else {
        storage.remove(choiceKey);
        storage.remove(this.key);
      }
    } else {
      this.keep = false;
      storage.remove(this.key);
      storage.remove(choiceKey);
    }
    if (on && !this.keep) {
      this.triedKeep = true;
      this.announcement = this.common.couldNotSave;
    }
    this.requestUpdate();
  }

  /** Without `persist`: the patient's choice to keep the ticks, or, where storage refuses, a line that says it cannot. */
  private renderKeep(): TemplateResult | typeof nothing {
    if (this.persist || !this.storage) return nothing;
    const t = this.words.keepTicks;
    if (!this.canKeep && !this.keep) {
      return this.triedKeep ? html`<p class="muted screen" part="saving">${this.common.couldNotSave}</p>` : nothing;
    }
    return html`<div class="choice keep screen" part="keep">
      <input
        class="choice__input"
        type="checkbox"
        id="keep"
        aria-describedby="keep-hint"
        .checked=${this.keep}
        @change=${(event: Event) => this.setKeep((event.target as HTMLInputElement).checked)}
      />
      <label class="choice__label" for="keep">${t.label}</label>
      <p class="choice__hint muted" id="keep-hint">${t.hint}</p>
    </div>`;
  }

  private load(value: string | null): void {
    const { checked, problem } = parseTicks(value, toDoIds, retiredTickIds);
    if (problem) console.warn(`<${this.localName}>: the ticks saved under "${this.key}" ${problem}.`);
    this.checked = new Set(checked);
  }

  private get done(): number {
    return this.toDos.filter((item) => this.checked.has(item.id)).length;
  }

  private progress(): string {
    return formatText(this.words.progress, { done: this.done, total: this.toDos.length });
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.commit(next, id, on);
  }

  private clear(): void {
    if (this.done === 0) return;
    const next = new Set(this.checked);
    for (const item of this.toDos) next.delete(item.id);
    this.commit(next, '*', false);
  }

  private commit(next: Set<string>, id: string, checked: boolean): void {
    this.checked = next;
    let saved = true;
    if (this.stopSync) {
      saved = next.size > 0 ? this.storage!.write(this.key, serializeTicks(next)) : this.storage!.remove(this.key);
    }
    this.announcement = saved ? this.progress() : `${this.progress()} ${this.common.couldNotSave}`;
    this.emit<ChecklistChangeDetail>('backcare-checklist-change', {
      id,
      checked,
      done: this.done,
      total: this.toDos.length,
    });
  }

  /** Footnote links inside a shadow root: scroll to the source instead of changing the page's URL. */
  private jump(event: Event): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).hash);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus();
  }

  private refs(item: Item, order: SourceId[]): TemplateResult {
    return html`<sup class="refs"
      ><span class="visually-hidden">${this.common.sourcesHeading}: </span>${item.sources
        .map((id) => order.indexOf(id) + 1)
        .sort((a, b) => a - b)
        .map((n, index) => html`${index ? ', ' : ''}<a href="#src-${n}" @click=${this.jump}>${n}</a>`)}</sup
    >`;
  }

  private renderToDo(item: Item, order: SourceId[]): TemplateResult {
    const { title, detail } = this.words.items[item.id];
    const id = `item-${item.id}`;
    return html`<li part="item" class="choice">
      <input
        class="choice__input"
        type="checkbox"
        part="checkbox"
        id=${id}
        .checked=${this.checked.has(item.id)}
        aria-describedby=${item.caution ? `${id}-caution` : nothing}
        @change=${(event: Event) => this.toggle(item.id, (event.target as HTMLInputElement).checked)}
      />
      <label class="choice__label" for=${id}>${title}</label>
      <div class="choice__hint">
        ${item.caution
          ? html`<p class="caution" part="caution" id="${id}-caution">${this.words.cautions[item.caution]}</p>`
          : nothing}
        <p class="print">${this.later(() => html`${detail} ${this.refs(item, order)}`)}</p>
        <details part="details">
          <summary>${this.words.moreAbout}<span class="visually-hidden">: ${title}</span></summary>
          ${this.later(() => html`<p>${detail} ${this.refs(item, order)}</p>`)}
        </details>
      </div>
    </li>`;
  }

  private renderInfo(items: readonly Item[], order: SourceId[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`<ul class="items info">
      ${items.map((item) => {
        const { title, detail } = this.words.items[item.id];
        return html`<li part="item">
          <p class="title">${title}</p>
          <p>${detail} ${this.refs(item, order)}</p>
        </li>`;
      })}
    </ul>`;
  }

  private renderAskAbout(items: readonly Item[], order: SourceId[]): TemplateResult {
    const medicines = items.filter((item) => item.kind === 'medicine');
    return html`${this.renderInfo(medicines, order)}
    ${medicines.length ? html`<p class="caution" part="caution">${this.words.cautions.medicines}</p>` : nothing}
    ${this.renderInfo(
      items.filter((item) => item.kind === 'care'),
      order,
    )}`;
  }

  /** Prints the handout, and only the handout, from whatever page holds the checklist. */
  private print(): void {
    const t = this.words;
    const info = (kind: Item['kind']) =>
      this.shown.filter((item) => item.kind === kind).map((item): HandoutInfo => t.items[item.id]);
    const medicines = info('medicine');
    const handout = renderHandout({
      lang: this.locale,
      frame: handoutFrame({
        locale: this.locale,
        common: this.common,
        heading: parseText(this, 'heading', this.headingText) ?? t.heading,
        clinicName: parseText(this, 'clinic-name', this.clinicName),
        clinicPhone: this.phone,
        number: this.number,
      }),
      sections: { toDo: t.sections['to-do'], askAbout: t.sections['ask-about'] },
      toDos: this.toDos.map((item) => ({ title: t.items[item.id].title, checked: this.checked.has(item.id) })),
      skinCaution: this.toDos.some((item) => item.caution === 'skin') ? t.cautions.skin : undefined,
      medicines,
      medicineCaution: medicines.length ? t.cautions.medicines : undefined,
      care: info('care'),
    });
    this.printer.print(handout, handoutStyles);
  }

  override render(): TemplateResult {
    const t = this.words;
    const sub = subLevel(this.headingLevel);
    const order = sourceOrder(this.shown);
    const total = this.toDos.length;
    return html`<div part="base">
      ${this.heading(parseText(this, 'heading', this.headingText) ?? t.heading)}
      ${renderClinicLine(this.common, parseText(this, 'clinic-name', this.clinicName), this.phone)}
      <p>${t.intro}</p>
      ${this.shown.length === 0
        ? html`<p class="empty">${t.empty}</p>`
        : html`${total
              ? html`<div class="progress screen" part="progress">
                  <span id="progress">${this.progress()}</span>
                  <progress value=${this.done} max=${total} aria-labelledby="progress"></progress>
                </div>`
              : nothing}
            ${sectionItems(this.shown).map(
              ({ section, items }) => html`<div part="group">
                ${renderHeading(sub, t.sections[section])}
                ${section === 'to-do'
                  ? html`<ul class="items">
                      ${items.map((item) => this.renderToDo(item, order))}
                    </ul>`
                  : this.renderAskAbout(items, order)}
              </div>`,
            )}
            <div class="actions screen">
              <button type="button" part="button" @click=${this.print}>${t.print}</button>
              ${total
                ? html`<button type="button" class="secondary" part="button" @click=${this.clear}>${t.clearAll}</button>`
                : nothing}
            </div>
            ${this.printer.renderBlocked(this.common.printBlocked)}
            ${this.persist && this.stopSync
              ? html`<p class="muted screen" part="saving">${this.storage?.persistent ? t.savedOnDevice : this.common.couldNotSave}</p>`
              : this.renderKeep()}
            <div part="sources">
              ${renderHeading(sub, this.common.sourcesHeading)}
              <ol class="sources">
                ${order.map(
                  (id, index) => html`<li id="src-${index + 1}" tabindex="-1">${renderSource(id, this.common)}</li>`,
                )}
              </ol>
            </div>`}
      ${renderSafetyNet({ common: this.common, number: this.number })}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
