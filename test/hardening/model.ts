/**
 * What the hardening tests know about every element: its attributes, and an
 * oracle that says, from the documented rules (README's attribute tables and
 * the parsers in src/core/attributes.ts), which values are accepted, which
 * must warn, and what heading the element must then show.
 *
 * The oracle is written out here on purpose rather than calling the parsers,
 * so that a parser that drifts from its rules fails the fuzz test.
 */
import '../../src/index.js';
import { checklistItemList } from '../../src/data/checklist.js';
import { locales, stretches, type Content, type Locale, type StretchFacts } from '../../src/data/index.js';

/** Every attribute each element observes (checked against the classes by injection.test.ts). */
export const attributes = {
  'backcare-red-flag-checker': ['lang', 'heading-level', 'theme', 'heading', 'clinic-name', 'clinic-phone', 'clinic-url', 'emergency-number'],
  'backcare-phase-guide': ['lang', 'heading-level', 'theme', 'heading', 'onset', 'day', 'session-minutes', 'sound', 'emergency-number'],
  'backcare-treatment-checklist': ['lang', 'heading-level', 'theme', 'heading', 'clinic-name', 'clinic-phone', 'emergency-number', 'phase', 'items', 'persist', 'storage-key'],
  'backcare-stretch-card': ['lang', 'heading-level', 'theme', 'exercise', 'exercises', 'hold', 'reps', 'get-ready', 'sound', 'emergency-number', 'clinic-name', 'clinic-phone'],
} as const;

export type Tag = keyof typeof attributes;
export const tags = Object.keys(attributes) as Tag[];

/** Attribute values of one element: a string, or null for "not set". */
export type Attrs = Record<string, string | null>;

/** What one update of an element must do. */
export interface Expected {
  /** Attributes whose value must produce one console.warn in this update. */
  warns: string[];
  /** Every attribute read in this update, and whether its value is accepted (before de-duplication). */
  verdicts: Record<string, boolean>;
  locale: Locale;
  level: number;
  /** The exact text of the widget's heading. */
  heading: string;
  /** A further visible message that must show (the stretch card without a stretch). */
  message?: string;
}

// ---------------------------------------------------------------- the rules

/** Whitespace trimmed as String.prototype.trim does (the parsers' `clean`). */
const trim = (value: string) => value.trim();

/** Free text: control characters and bidi overrides/isolates removed, then at most `max` characters. */
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
export function textRule(value: string, max: number): { ok: boolean; shown?: string } {
  const text = trim(value).replace(invisible, '');
  if (text.length === 0) return { ok: true };
  if (text.length <= max) return { ok: true, shown: text };
  return { ok: false, shown: `${text.slice(0, max - 1)}…` };
}

/** A whole number written with ASCII digits (an optional sign, at most 9 digits), spaces around allowed. */
function wholeNumber(value: string): number | undefined {
  const text = trim(value);
  return /^[+-]?[0-9]{1,9}$/.test(text) ? Number(text) : undefined;
}

export function integerRule(value: string, min: number, max: number): boolean {
  const number = wholeNumber(value);
  return number !== undefined && number >= min && number <= max;
}

const daysInMonth = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * An onset: `YYYY-MM-DD` naming a real Gregorian day, not after today (local calendar).
 * Years 0000–0099 are refused too: the parser builds dates with Date.UTC, which reads them as 19xx
 * (and no back pain started before AD 100).
 */
export function onsetRule(value: string, today: Date): boolean {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(trim(value));
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  const now = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  return year * 10000 + month * 100 + day <= now[0]! * 10000 + now[1]! * 100 + now[2]!;
}

/** `day`: a whole number of days, 0 or more, at most six digits, optional `+`, spaces around. */
export const dayRule = (value: string) => /^\s*\+?[0-9]{1,6}\s*$/.test(value);

/**
 * Digits, spaces and + - ( ) . only, 3 to 32 characters, at least three digits; or a vanity number:
 * digits first, then capital letters, 7 to 15 keys, no "EXT" or "X" word, at most 32 characters.
 */
export function phoneRule(value: string): boolean {
  const text = trim(value);
  if (/^[0-9\s+\-().]{3,32}$/.test(text) && (text.match(/[0-9]/g) ?? []).length >= 3) return true;
  const keys = (text.match(/[0-9A-Z]/g) ?? []).length;
  return (
    text.length <= 32 &&
    /^[+(]?[0-9][0-9\s\-().]*[A-Z][A-Z0-9\s\-().]*$/.test(text) &&
    !/\b(?:EXT|EXTN|X)\b/.test(text) &&
    keys >= 7 &&
    keys <= 15
  );
}

/** An absolute http: or https: address of at most 2,000 characters. */
export function urlRule(value: string): boolean {
  const text = trim(value);
  if (text.length > 2000) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** An emergency number: 2 to 15 ASCII digits. */
export const digitsRule = (value: string) => /^[0-9]{2,15}$/.test(trim(value));

/** `lang`: empty (the page's language) or a tag whose first subtag is `en` or `es`, any case; `en-GB` has its own words. */
export function langRule(value: string): { ok: boolean; locale: Locale } {
  const [language = '', region = ''] = trim(value).toLowerCase().split(/[-_]/);
  if (language === 'en' && region === 'gb') return { ok: true, locale: 'en-GB' };
  if (language === 'en' || language === 'es') return { ok: true, locale: language };
  return { ok: trim(value) === '', locale: 'en' };
}

/** `sound`: empty (the bare attribute), `on` or `off`, any case, spaces around allowed. */
export const soundRule = (value: string) => ['', 'on', 'off'].includes(trim(value).toLowerCase());

/** A comma-separated id list: the valid ids (in order, once each), and whether it must warn. */
export function idListRule(value: string, ids: readonly string[]): { ok: boolean; valid: string[] } {
  const listed = trim(value)
    .split(',')
    .map(trim)
    .filter((id) => id !== '');
  const valid = [...new Set(listed.filter((id) => ids.includes(id)))];
  return { ok: valid.length > 0 && listed.every((id) => ids.includes(id)), valid };
}

const checklistPhases = ['all', 'acute', 'subacute', 'recovery'];

// ---------------------------------------------------------------- the oracle

/**
 * Follows one element through its updates: call `next(attrs)` with the
 * attribute values of each update, in order. It keeps, like the element, each
 * attribute and value warned about: a wrong value warns once per element, however
 * often it is rendered or set again.
 */
export class Oracle {
  private readonly warned = new Set<string>();
  constructor(readonly tag: Tag) {}

  next(attrs: Attrs, today = new Date()): Expected {
    const warns: string[] = [];
    const verdicts: Record<string, boolean> = {};
    const check = (name: string, ok: boolean, value = attrs[name] ?? '') => {
      verdicts[name] = (verdicts[name] ?? true) && ok;
      if (ok || this.warned.has(`${name}=${value}`)) return;
      this.warned.add(`${name}=${value}`);
      warns.push(name);
    };
    const set = (name: string) => attrs[name] !== null && attrs[name] !== undefined;
    const value = (name: string) => attrs[name] ?? '';

    const lang = langRule(value('lang'));
    if (set('lang')) check('lang', lang.ok);
    const content: Content = locales[lang.locale];
    let level = 2;
    if (set('heading-level')) {
      const ok = integerRule(value('heading-level'), 2, 6);
      check('heading-level', ok);
      if (ok) level = wholeNumber(value('heading-level'))!;
    }
    if (set('theme')) check('theme', ['auto', 'light', 'dark'].includes(trim(value('theme')).toLowerCase()));
    const text = (name: string, max: number) => {
      if (!set(name)) return undefined;
      const { ok, shown } = textRule(value(name), max);
      check(name, ok);
      return shown;
    };

    switch (this.tag) {
      case 'backcare-red-flag-checker': {
        if (set('emergency-number')) check('emergency-number', digitsRule(value('emergency-number')));
        const heading = text('heading', 120);
        text('clinic-name', 80);
        if (set('clinic-phone')) check('clinic-phone', phoneRule(value('clinic-phone')));
        if (set('clinic-url')) check('clinic-url', urlRule(value('clinic-url')));
        return { warns, verdicts, locale: lang.locale, level, heading: heading ?? content['red-flag-checker'].heading };
      }
      case 'backcare-phase-guide': {
        const heading = text('heading', 120);
        // `onset` wins over `day`: while it is set, `day` is not read at all.
        if (set('onset')) check('onset', onsetRule(value('onset'), today));
        else if (set('day')) check('day', dayRule(value('day')));
        if (set('session-minutes')) check('session-minutes', integerRule(value('session-minutes'), 5, 20));
        if (set('sound')) check('sound', soundRule(value('sound')));
        if (set('emergency-number')) check('emergency-number', digitsRule(value('emergency-number')));
        return { warns, verdicts, locale: lang.locale, level, heading: heading ?? content['phase-guide'].heading };
      }
      case 'backcare-treatment-checklist': {
        const all = checklistItemList;
        const phaseOk = !set('phase') || checklistPhases.includes(trim(value('phase')).toLowerCase());
        if (set('phase')) check('phase', phaseOk);
        const phase = set('phase') && phaseOk ? trim(value('phase')).toLowerCase() : 'all';
        let chosen = all;
        if (set('items')) {
          const list = idListRule(
            value('items'),
            all.map((item) => item.id),
          );
          check('items', list.ok);
          if (list.valid.length > 0) chosen = list.valid.map((id) => all.find((item) => item.id === id)!);
        }
        const shown = phase === 'all' ? chosen : chosen.filter((item) => item.phases.includes(phase as never));
        // Items and phase that leave nothing to show: one warning about `phase`, and a note.
        if (shown.length === 0) check('phase', false);
        if (set('clinic-phone')) check('clinic-phone', phoneRule(value('clinic-phone')));
        if (set('emergency-number')) check('emergency-number', digitsRule(value('emergency-number')));
        // A storage key of any length is used whole (or hashed): only its control characters go.
        if (set('persist')) text('storage-key', Infinity);
        // The checklist reads heading and clinic name while rendering, after the rest.
        const heading = text('heading', 120);
        text('clinic-name', 120);
        return { warns, verdicts, locale: lang.locale, level, heading: heading ?? content['treatment-checklist'].heading };
      }
      case 'backcare-stretch-card': {
        if (set('sound')) check('sound', soundRule(value('sound')));
        if (set('emergency-number')) check('emergency-number', digitsRule(value('emergency-number')));
        // The first "Get ready": 5 to 30 s, whatever the stretch (README).
        if (set('get-ready')) check('get-ready', integerRule(value('get-ready'), 5, 30));
        if (set('clinic-phone')) check('clinic-phone', phoneRule(value('clinic-phone')));
        text('clinic-name', 120);
        const ids = stretches.map((stretch) => stretch.id);
        let chosen: string[] | undefined;
        if (set('exercises')) {
          const list = idListRule(value('exercises'), ids);
          check('exercises', list.ok);
          if (list.valid.length > 0) chosen = list.valid;
        }
        if (!chosen) {
          // Without a routine, `exercise` is required: missing or unknown, the card lists the stretches and warns.
          const one = trim(value('exercise'));
          const ok = ids.includes(one as never);
          check('exercise', ok, value('exercise'));
          if (ok) chosen = [one];
        }
        const picked: StretchFacts[] = (chosen ?? []).map((id) => stretches.find((s) => s.id === id)!);
        for (const name of ['hold', 'reps'] as const) {
          if (!set(name) || picked.length === 0) continue;
          const range = (stretch: StretchFacts) => (name === 'hold' ? stretch.holdSeconds : stretch.reps);
          check(
            name,
            picked.every((stretch) => integerRule(value(name), range(stretch).min, range(stretch).max)),
          );
        }
        const first = picked[0];
        return first
          ? { warns, verdicts, locale: lang.locale, level, heading: content['stretch-card'].stretches[first.id].name }
          : { warns, verdicts, locale: lang.locale, level, heading: content['stretch-card'].heading, message: content['stretch-card'].unknownExercise };
      }
    }
  }
}

// ---------------------------------------------------------------- the page side

/** Sets attributes (null removes), as a clinic's page or script would. */
export function applyAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/** The attribute named by a backcare warning, `<tag>: name="value" is not accepted; ...`. */
export function warnedAttribute(message: string, tag: string): string | undefined {
  return new RegExp(`^<${tag}>: ([a-z-]+)=`).exec(message)?.[1];
}

/** A global trap: anything a payload manages to run sets `window.__pwned`; errors and CSP violations are kept. */
export interface Trap {
  fired: () => string[];
  restore: () => void;
}

export function setTrap(): Trap {
  const fired: string[] = [];
  const win = window as unknown as Record<string, unknown>;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const sprung = (what: string) => () => {
    fired.push(what);
    win.__pwned = what;
  };
  window.alert = sprung('alert');
  window.confirm = sprung('confirm') as never;
  window.prompt = sprung('prompt') as never;
  const onError = (event: ErrorEvent) => fired.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => fired.push(`unhandled rejection: ${String(event.reason)}`);
  const onViolation = (event: SecurityPolicyViolationEvent) => fired.push(`csp: ${event.violatedDirective}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    fired: () => (win.__pwned === undefined ? fired : [...fired, `__pwned = ${String(win.__pwned)}`]),
    restore: () => {
      Object.assign(window, saved);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onViolation);
      delete win.__pwned;
    },
  };
}
