/**
 * Attribute parsing for every element. A clinic's web person sets attributes
 * by hand, so a bad value must never break the widget, and must not go
 * unnoticed either.
 *
 * Each `read*` function is pure: it returns the value to use and, when the
 * value is not used as written, what is accepted and what happens instead.
 * The demo's configurator runs the same readers on each field. Each `parse*`
 * function is the element's side: it reads, and logs one `console.warn`
 * naming the element, the attribute, the value and what is accepted, once per
 * element and value.
 */

/**
 * What an element may be given: an attribute is a string (or null when absent),
 * but frameworks such as React 19 and Vue set properties, so a value may also
 * be a number, a boolean, an array or anything else a page's script holds.
 */
export type AttributeValue = unknown;

/** A value that is not used as written: what is accepted, and what the element does instead. */
export interface Problem {
  accepted: string;
  outcome: string;
}

export interface Reading<T> {
  value: T;
  problem?: Problem;
}

/** Per element: the attribute/value pairs already warned about, so neither a re-render nor a value set again repeats it. */
const warned = new WeakMap<Element, Set<string>>();

/** How many items of a long list a warning names before it gives only their count. */
const LISTED = 5;

/** Long values are shortened in warnings so one bad attribute cannot flood the console. */
function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(shown);
}

/** The first few items of a list, then how many more: "a, b, c, d, e and 9995 more". */
export function listed(items: readonly string[]): string {
  const rest = items.length - LISTED;
  return rest > 0 ? `${items.slice(0, LISTED).join(', ')} and ${rest} more` : items.join(', ');
}

/** A value as a warning shows it: text quoted (and shortened), anything else by what it is. Never throws. */
function shown(value: unknown, depth = 0): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (Array.isArray(value) && depth === 0) {
    const items = value.slice(0, LISTED).map((item) => shown(item, 1));
    const more = value.length > LISTED ? `, and ${value.length - LISTED} more` : '';
    return `[${items.join(', ')}${more}]`;
  }
  return Array.isArray(value) ? 'an array' : 'an object';
}

export function warnAttribute(
  host: Element,
  attribute: string,
  value: AttributeValue,
  accepted: string,
  outcome: string,
): void {
  // A number read from its attribute (numberConverter) is quoted as the clinic wrote it.
  if (typeof value === 'number' && host.getAttribute(attribute) === String(value)) value = String(value);
  const seen = warned.get(host) ?? new Set<string>();
  warned.set(host, seen);
  const key = `${attribute}=${typeof value === 'string' ? value : `${typeof value} ${shown(value)}`}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${host.localName}>: ${attribute}=${shown(value)} is not accepted; ${accepted}. ${outcome}.`);
}

/** The element's side of a reader: warn about a problem, use the value. */
function report<T>(host: Element, attribute: string, value: AttributeValue, reading: Reading<T>): T {
  if (reading.problem) warnAttribute(host, attribute, value, reading.problem.accepted, reading.problem.outcome);
  return reading.value;
}

/** Absent (null/undefined) means "not set": the default applies silently. */
function isUnset(value: AttributeValue): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * The text of a value, as its attribute would be written: a string trimmed, a
 * finite number in digits, an array of strings and numbers joined by commas (as
 * a list attribute is written). Anything else (NaN, a boolean, an object, a
 * symbol) has no text: `undefined`, which each reader refuses with a warning.
 */
export function attributeText(value: AttributeValue): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (!Array.isArray(value)) return undefined;
  const items = (value as unknown[]).map((item) => (typeof item === 'string' || typeof item === 'number' ? attributeText(item) : undefined));
  return items.every((item) => item !== undefined) ? items.join(',') : undefined;
}

/**
 * A numeric setting's converter: its attribute reads back as a number (`day="4"` gives
 * `el.day === 4`, as the property's type says); other text stays text, for the widget to read
 * or refuse with a warning as before, never a silent `NaN`.
 */
export const numberConverter = {
  // Only a number written plainly ("4", "-1", "2.5"); " 4 " or "04" stays text, read as before.
  fromAttribute(value: string | null): number | string | null {
    const number = Number(value);
    return value !== null && Number.isFinite(number) && String(number) === value ? number : value;
  },
};

export function readEnum<T extends string>(value: AttributeValue, allowed: readonly T[], fallback: T): Reading<T> {
  if (isUnset(value)) return { value: fallback };
  const candidate = attributeText(value)?.toLowerCase();
  if (candidate !== undefined && (allowed as readonly string[]).includes(candidate)) return { value: candidate as T };
  return { value: fallback, problem: { accepted: `use one of ${allowed.join(', ')}`, outcome: `Using ${fallback}` } };
}

export function parseEnum<T extends string>(
  host: Element,
  attribute: string,
  value: AttributeValue,
  allowed: readonly T[],
  fallback: T,
): T {
  return report(host, attribute, value, readEnum(value, allowed, fallback));
}

export interface IntegerRule {
  min: number;
  max: number;
  fallback: number;
  /** What a whole number outside [min, max] becomes: the nearest bound, or the fallback. */
  outOfRange: 'clamp' | 'fallback';
}

export function readInteger(value: AttributeValue, rule: IntegerRule): Reading<number> {
  if (isUnset(value)) return { value: rule.fallback };
  const text = attributeText(value) ?? '';
  const accepted = `use a whole number from ${rule.min} to ${rule.max}`;
  if (!/^[+-]?\d{1,9}$/.test(text)) return { value: rule.fallback, problem: { accepted, outcome: `Using ${rule.fallback}` } };
  const number = Number(text);
  if (number >= rule.min && number <= rule.max) return { value: number };
  const used = rule.outOfRange === 'clamp' ? Math.min(rule.max, Math.max(rule.min, number)) : rule.fallback;
  return { value: used, problem: { accepted, outcome: `Using ${used}` } };
}

export function parseInteger(host: Element, attribute: string, value: AttributeValue, rule: IntegerRule): number {
  return report(host, attribute, value, readInteger(value, rule));
}

/** A day in the visitor's calendar, without time or zone. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Strict `YYYY-MM-DD` that names a real calendar day; no warning (see `parseDate`). */
export function toCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}

/** A `Date` set from script, read as its day in the visitor's calendar; an invalid Date is none. */
function localDay(date: Date): CalendarDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function readDate(value: AttributeValue): Reading<CalendarDate | undefined> {
  if (isUnset(value)) return { value: undefined };
  const date = value instanceof Date ? localDay(value) : toCalendarDate(attributeText(value) ?? '');
  if (date) return { value: date };
  return { value: undefined, problem: { accepted: 'use a real date written YYYY-MM-DD (or, as a property, a Date)', outcome: 'It is ignored' } };
}

export function parseDate(host: Element, attribute: string, value: AttributeValue): CalendarDate | undefined {
  return report(host, attribute, value, readDate(value));
}

const PHONE = /^[\d\s+\-().]{3,32}$/;
/** One number inside other words: an optional + or (, digits and separators, ending on a digit or ). */
const PHONE_RUN = /[+(]?\d(?:[\d\s\-().]*\d)?\)?/g;
const digitCount = (text: string) => (text.match(/\d/g) ?? []).length;
/**
 * A vanity number, `1-800-BACK-DOC`: digits first, then capital letters that
 * stand for keypad digits; 7 to 15 keys in all (E.164's longest). "EXT" or "X"
 * on their own mark an extension, which is not a keypad word.
 */
const VANITY = /^[+(]?\d[\d\s\-().]*[A-Z][A-Z\d\s\-().]*$/;
const EXTENSION = /\b(?:EXT|EXTN|X)\b/;
const keyCount = (text: string) => (text.match(/[\dA-Z]/g) ?? []).length;
const isVanity = (text: string) =>
  text.length <= 32 && VANITY.test(text) && !EXTENSION.test(text) && keyCount(text) >= 7 && keyCount(text) <= 15;
/** The phone keypad's letters: ABC on 2 ... WXYZ on 9. */
const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2);

/**
 * Digits, spaces and + - ( ) . with at least three digits. A number written
 * among words ("Call us on 555 0199") is read as that number, with a warning;
 * two numbers ("555 0199 ext. 12") are refused rather than joined into a wrong one.
 * A vanity number (`1-800-BACK-DOC`) is kept as written; its link dials the keypad's digits.
 */
export function readPhone(value: AttributeValue): Reading<string | undefined> {
  if (isUnset(value)) return { value: undefined };
  const text = attributeText(value) ?? '';
  if ((PHONE.test(text) && digitCount(text) >= 3) || isVanity(text)) return { value: text };
  const accepted = 'use digits, spaces and + - ( ) . only';
  const runs = text.match(PHONE_RUN) ?? [];
  const [number] = runs;
  if (runs.length === 1 && number && PHONE.test(number) && digitCount(number) >= 3) {
    return { value: number, problem: { accepted, outcome: `Using ${quote(number)}` } };
  }
  return { value: undefined, problem: { accepted: `${accepted}, for one number`, outcome: 'It is not shown' } };
}

export function parsePhone(host: Element, attribute: string, value: AttributeValue): string | undefined {
  return report(host, attribute, value, readPhone(value));
}

/** The `tel:` form of a phone number accepted by `parsePhone`: its digits, a vanity number's letters as keypad digits. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[A-Z]/g, keypadDigit).replace(/[^\d+]/g, '')}`;
}

function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && text.length <= 2000 ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A site name without its scheme, as clinics often write it: `www.example.com/back-pain`. */
const BARE_HOST = /^[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)+(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * An absolute http: or https: URL; a bare site name is read as https:, with a
 * warning. Anything else (javascript:, data:, a relative path) is refused.
 */
export function readHttpUrl(value: AttributeValue): Reading<string | undefined> {
  if (isUnset(value)) return { value: undefined };
  const text = attributeText(value) ?? '';
  const url = httpUrl(text);
  if (url) return { value: url };
  const accepted = 'use a full http:// or https:// address';
  const guessed = BARE_HOST.test(text) ? httpUrl(`https://${text}`) : undefined;
  if (guessed) return { value: guessed, problem: { accepted, outcome: `Using ${guessed}` } };
  return { value: undefined, problem: { accepted, outcome: 'It is not shown' } };
}

export function parseHttpUrl(host: Element, attribute: string, value: AttributeValue): string | undefined {
  return report(host, attribute, value, readHttpUrl(value));
}

/** A number made of digits only, such as an emergency number. */
export function readDigits(value: AttributeValue, fallback: string): Reading<string> {
  if (isUnset(value)) return { value: fallback };
  const text = attributeText(value) ?? '';
  if (/^\d{2,15}$/.test(text)) return { value: text };
  return { value: fallback, problem: { accepted: 'use digits only, such as 911, 999 or 112', outcome: `Using ${fallback}` } };
}

export function parseDigits(host: Element, attribute: string, value: AttributeValue, fallback: string): string {
  return report(host, attribute, value, readDigits(value, fallback));
}

/**
 * A comma-separated list of ids (or, set as a property, an array of them), kept
 * in the given order. Unknown ids are skipped (the problem names the valid ones
 * and the first few skipped); duplicates are dropped.
 * The value is `undefined` when the attribute is unset or names no valid id.
 */
export function readIdList<T extends string>(value: AttributeValue, validIds: readonly T[]): Reading<T[] | undefined> {
  if (isUnset(value)) return { value: undefined };
  const ids = (attributeText(value) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const isValid = (id: string): id is T => (validIds as readonly string[]).includes(id);
  const valid = [...new Set(ids.filter(isValid))];
  const unknown = ids.filter((id) => !isValid(id));
  if (unknown.length === 0 && valid.length > 0) return { value: valid };
  const accepted = `valid ids are ${validIds.join(', ')}`;
  if (valid.length === 0) return { value: undefined, problem: { accepted, outcome: 'Showing all' } };
  return { value: valid, problem: { accepted, outcome: `Skipping ${listed(unknown)}` } };
}

export function parseIdList<T extends string>(
  host: Element,
  attribute: string,
  value: AttributeValue,
  validIds: readonly T[],
): T[] | undefined {
  return report(host, attribute, value, readIdList(value, validIds));
}

/** Free text shown as text (never as markup); trimmed and capped so it cannot swamp the layout. */
export function readText(value: AttributeValue, maxLength = 120): Reading<string | undefined> {
  if (isUnset(value)) return { value: undefined };
  const written = attributeText(value);
  if (written === undefined) return { value: undefined, problem: { accepted: 'use text', outcome: 'It is ignored' } };
  // Control characters (null bytes included) carry no meaning in a heading or a name, and
  // bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) could make the text after
  // them read backwards, such as a phone number beside a clinic's name.
  // eslint-disable-next-line no-control-regex
  const text = written.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
  if (text.length === 0) return { value: undefined };
  if (text.length <= maxLength) return { value: text };
  return {
    value: `${text.slice(0, maxLength - 1)}…`,
    problem: { accepted: `use at most ${maxLength} characters`, outcome: 'It is shortened' },
  };
}

export function parseText(host: Element, attribute: string, value: AttributeValue, maxLength = 120): string | undefined {
  return report(host, attribute, value, readText(value, maxLength));
}
