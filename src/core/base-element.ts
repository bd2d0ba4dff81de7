// The words are imported before Lit on purpose: the script-tag bundle then starts with the
// content rather than splitting Lit from the widgets' code, which gzips smaller.
import '../data/words/common.js';
import { defaultLocale, localeWithWords, supportedLocales, wordsFor, wordsLoading, type Locale } from '../data/locales.js';
import type { CommonWords, WidgetName, Words } from '../data/types.js';
import { adoptStyles, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { parseInteger, warnAttribute } from './attributes.js';
import { firstRenderTurn, firstRenderWaitForWords } from './first-render.js';
import { renderHeading, type HeadingLevel, type HeadingOptions } from './heading.js';
import { inheritedLang, observeLangChanges, resolveLocale } from './locale.js';
import { ThemeController } from './theme.js';
import { VERSION } from './version.js';


/** An event that bubbles out of shadow roots to the host page (each element documents its own with `@fires`). */
function composedEvent<Detail>(name: string, detail: Detail): CustomEvent<Detail> {
  return new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true });
}

/**
 * What every backcare element shares: the language and its words, the
 * level of its own heading, light or dark colours, and typed events that
 * cross shadow roots.
 *
 * Subclasses name their `widget` and read `this.words`, `this.common` and
 * `this.headingLevel` while rendering; all are settled in `willUpdate` before
 * `render` runs.
 *
 * @attr {string} lang - The language of the widget, such as `en`, `es` or `es-MX`; without it, the
 *   nearest ancestor's `lang` (or the page's). An unsupported language warns once and shows English.
 * @attr heading-level
 */
export abstract class BackcareElement<W extends WidgetName = WidgetName> extends LitElement {
  /** Compared by `defineElement` when a tag is already registered. */
  static readonly version = VERSION;

  /** Own `lang` is observed directly, so a change re-renders in the same update cycle. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  static override properties: PropertyDeclarations = { headingLevelAttribute: { attribute: 'heading-level' }, theme: {} };

  /**
   * Level of the widget's own heading, from 2 to 6 (default 2), so it fits the page's outline.
   * Headings inside the widget go one level below.
   */
  declare headingLevelAttribute?: number;

  /**
   * Colours: `auto` (default) turns dark when the widget sits on a dark background; `light` or `dark` forces one.
   */
  declare theme?: 'auto' | 'light' | 'dark';

  /** Which widget this is: the key of its words (its tag without `backcare-`). */
  protected abstract readonly widget: W;

  /** The language in use (`en`, `es`, `en-GB`). */
  protected locale: Locale = defaultLocale;

  /** Everything this widget says, in `locale`. */
  protected words!: Words[W];

  /** What every widget says, in `locale`. */
  protected common!: CommonWords;

  protected headingLevel: HeadingLevel = 2;

  private stopObservingLang?: () => void;

  /** Someone awaits `updateComplete`: the first render does not wait for its turn (first-render.ts). */
  private awaited = false;
  /** Renders what waits for its turn (the first render, or the parts `later` held back) at once. */
  private renderNow?: () => void;

  /** The first render nobody awaits is under way: `later` holds parts back for the next turn. */
  private firstScreen = false;
  private heldBack = false;

  /** The words being fetched that will re-render this widget when they arrive. */
  private readonly wordsAwaited = new Set<Promise<void>>();

  constructor() {
    super();
    new ThemeController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObservingLang = observeLangChanges(() => {
      if (this.resolveLanguage() !== this.locale) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * Words never hold an update back: a widget shows the words it has (English rides with every
   * element) and re-renders when its language's words arrive, so an emergency outcome or a
   * ticking clock never waits on a slow language chunk. Only the first render waits for them,
   * briefly (`firstRenderWaitForWords`), so a page in Spanish rarely flashes English first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.fetchWords();
    if (!this.hasUpdated) return this.firstUpdate(words);
    return super.scheduleUpdate();
  }

  /**
   * Starts fetching this widget's words in the language asked for, when they are not here yet,
   * and re-renders once they arrive. (The words every widget shares, such as the safety net's
   * emergency signs, are here in every language.)
   */
  private fetchWords(): Promise<void> | undefined {
    const words = wordsLoading(this.widget, this.resolveLanguage());
    if (words && !this.wordsAwaited.has(words)) {
      this.wordsAwaited.add(words);
      void words.then(() => this.requestUpdate());
    }
    return words;
  }

  /**
   * The shadow root without the widget's styles: they are parsed and adopted in its first turn
   * (`adoptOwnStyles`), not while the page runs the script that defines it. Until then the page's
   * fallback content inside the tag shows in the page's own colours and fonts.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
  }

  /** Adopts the widget's styles before its first render, after any adopted meanwhile (first-render.ts keeps room). */
  private adoptOwnStyles(): void {
    const root = this.renderRoot as ShadowRoot;
    // A copy: the root's own array takes the new sheets.
    const meanwhile = [...(root.adoptedStyleSheets ?? [])];
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    if (meanwhile.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...meanwhile];
  }

  // Not `#private`: compiled to ES2021, a private method cannot call `super`.
  private async firstUpdate(words: Promise<void> | undefined): Promise<void> {
    const turn = firstRenderTurn(this, this.renderRoot);
    this.renderNow = turn.now;
    if (this.awaited) turn.now();
    // Until then the page's fallback content inside the tag (the emergency signs) stays in view.
    const fallback = this.renderRoot.appendChild(document.createElement('slot'));
    const wordsOrEnough = words && Promise.race([words, new Promise((settle) => setTimeout(settle, firstRenderWaitForWords))]);
    await Promise.all([turn.ready, wordsOrEnough]);
    this.renderNow = undefined;
    fallback.remove();
    this.adoptOwnStyles();
    this.firstScreen = !this.awaited;
    super.scheduleUpdate();
    this.firstScreen = false;
    if (!this.heldBack) return turn.done();
    // The rest in the widget's next turn, or at once for whoever awaits it (getUpdateComplete).
    turn.next();
    this.renderNow = () => {
      this.renderNow = undefined;
      this.heldBack = false;
      turn.now();
      this.requestUpdate();
      turn.done();
    };
    void turn.ready.then(() => this.renderNow?.());
  }

  /**
   * A part of the widget whose arrival a moment later moves nothing a patient sees: what a closed
   * section holds, a drawing in a box already sized, what comes last. In a first render that
   * nobody awaits, it waits for the widget's next turn, so no one task holds a slow phone's main
   * thread for long. Never the safety net.
   */
  protected later(part: () => unknown): unknown {
    if (!this.firstScreen) return part();
    this.heldBack = true;
    return nothing;
  }

  /** Awaiting `updateComplete` renders a widget still waiting for its turn at once. */
  protected override getUpdateComplete(): Promise<boolean> {
    this.awaited = true;
    this.renderNow?.();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Read every time (a cached lookup): words that arrived since the last render replace what was shown.
    this.locale = localeWithWords(this.widget, this.resolveLanguage());
    this.words = wordsFor(this.widget, this.locale);
    this.common = wordsFor('common', this.locale);
    if (changed.has('headingLevelAttribute')) {
      this.headingLevel = parseInteger(this, 'heading-level', this.headingLevelAttribute, {
        min: 2,
        max: 6,
        fallback: 2,
        outOfRange: 'fallback',
      }) as HeadingLevel;
    }
  }

  private resolveLanguage(): Locale {
    const lang = inheritedLang(this);
    const { locale, unsupported } = resolveLocale(lang);
    if (unsupported !== undefined) {
      warnAttribute(this, 'lang', unsupported, `supported languages are ${supportedLocales.join(', ')}`, 'Using English');
    }
    return locale;
  }

  /** The widget's own heading at the level the page asked for. */
  protected heading(content: unknown, options: HeadingOptions = {}): TemplateResult {
    return renderHeading(this.headingLevel, content, { part: 'heading', ...options });
  }

  /** Moves focus to the first element matching `selector` once the pending update has rendered. */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Dispatches a typed event that bubbles and crosses shadow roots. */
  protected emit<Detail>(name: `backcare-${string}`, detail: Detail): boolean {
    return this.dispatchEvent(composedEvent(name, detail));
  }
}
