/**
 * Attribute parsing for every element. A clinic's web person sets attributes
 * by hand, so a bad value must never break the widget: each parser returns a
 * safe value, and a value that is not accepted logs one `console.warn` naming
 * the element, the attribute, the value and what is accepted.
 */

type AttributeValue = string | number | boolean | null | undefined;

/** Per element: the last value warned about for each attribute, so a re-render does not repeat it. */
const warned = new WeakMap<Element, Map<string, string>>();

/** Long values are shortened in warnings so one bad attribute cannot flood the console. */
function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(shown);
}

export function warnAttribute(
  host: Element,
  attribute: string,
  value: AttributeValue,
  accepted: string,
  fallback: string,
): void {
  const text = String(value);
  const seen = warned.get(host) ?? new Map<string, string>();
  warned.set(host, seen);
  if (seen.get(attribute) === text) return;
  seen.set(attribute, text);
  console.warn(
    `<${host.localName}>: ${attribute}=${quote(text)} is not accepted; ${accepted}. ${fallback}.`,
  );
}

/** Absent (null/undefined) means "not set": the default applies silently. */
function isUnset(value: AttributeValue): value is null | undefined {
  return value === null || value === undefined;
}

function clean(value: AttributeValue): string {
  return String(value).trim();
}

export function parseEnum<T extends string>(
  host: Element,
  attribute: string,
  value: AttributeValue,
  allowed: readonly T[],
  fallback: T,
): T {
  if (isUnset(value)) return fallback;
  const candidate = clean(value).toLowerCase();
  if ((allowed as readonly string[]).includes(candidate)) return candidate as T;
  warnAttribute(host, attribute, value, `use one of ${allowed.join(', ')}`, `Using ${fallback}`);
  return fallback;
}

export interface IntegerRule {
  min: number;
  max: number;
  fallback: number;
  /** What a whole number outside [min, max] becomes: the nearest bound, or the fallback. */
  outOfRange: 'clamp' | 'fallback';
}

export function parseInteger(host: Element, attribute: string, value: AttributeValue, rule: IntegerRule): number {
  if (isUnset(value)) return rule.fallback;
  const text = clean(value);
  const accepted = `use a whole number from ${rule.min} to ${rule.max}`;
  if (!/^[+-]?\d{1,9}$/.test(text)) {
    warnAttribute(host, attribute, value, accepted, `Using ${rule.fallback}`);
    return rule.fallback;
  }
  const number = Number(text);
  if (number >= rule.min && number <= rule.max) return number;
  const used = rule.outOfRange === 'clamp' ? Math.min(rule.max, Math.max(rule.min, number)) : rule.fallback;
  warnAttribute(host, attribute, value, accepted, `Using ${used}`);
  return used;
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

export function parseDate(host: Element, attribute: string, value: AttributeValue): CalendarDate | undefined {
  if (isUnset(value)) return undefined;
  const date = toCalendarDate(clean(value));
  if (!date) warnAttribute(host, attribute, value, 'use a real date written YYYY-MM-DD', 'It is ignored');
  return date;
}

/** Digits, spaces and + - ( ) . only, with at least three digits. */
export function parsePhone(host: Element, attribute: string, value: AttributeValue): string | undefined {
  if (isUnset(value)) return undefined;
  const text = clean(value);
  if (/^[\d\s+\-().]{3,32}$/.test(text) && (text.match(/\d/g) ?? []).length >= 3) return text;
  warnAttribute(host, attribute, value, 'use digits, spaces and + - ( ) . only', 'It is not shown');
  return undefined;
}

/** The `tel:` form of a phone number accepted by `parsePhone`. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** An absolute http: or https: URL; anything else (javascript:, data:, relative) is refused. */
export function parseHttpUrl(host: Element, attribute: string, value: AttributeValue): string | undefined {
  if (isUnset(value)) return undefined;
  const text = clean(value);
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && text.length <= 2000) return url.href;
  warnAttribute(host, attribute, value, 'use a full http:// or https:// address', 'It is not shown');
  return undefined;
}

/** A number made of digits only, such as an emergency number. */
export function parseDigits(
  host: Element,
  attribute: string,
  value: AttributeValue,
  fallback: string,
): string {
  if (isUnset(value)) return fallback;
  const text = clean(value);
  if (/^\d{2,15}$/.test(text)) return text;
  warnAttribute(host, attribute, value, 'use digits only, such as 911, 999 or 112', `Using ${fallback}`);
  return fallback;
}

/**
 * A comma-separated list of ids, kept in the given order. Unknown ids warn
 * (naming the valid ones) and are skipped; duplicates are dropped.
 * Returns `undefined` when the attribute is unset or names no valid id.
 */
export function parseIdList<T extends string>(
  host: Element,
  attribute: string,
  value: AttributeValue,
  validIds: readonly T[],
): T[] | undefined {
  if (isUnset(value)) return undefined;
  const ids = clean(value)
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const valid = ids.filter((id): id is T => (validIds as readonly string[]).includes(id));
  const unknown = ids.filter((id) => !(validIds as readonly string[]).includes(id));
  if (unknown.length > 0 || valid.length === 0) {
    warnAttribute(
      host,
      attribute,
      value,
      `valid ids are ${validIds.join(', ')}`,
      valid.length > 0 ? `Skipping ${unknown.join(', ')}` : 'Showing all',
    );
  }
  return valid.length > 0 ? [...new Set(valid)] : undefined;
}

/** Free text shown as text (never as markup); trimmed and capped so it cannot swamp the layout. */
export function parseText(
  host: Element,
  attribute: string,
  value: AttributeValue,
  maxLength = 120,
): string | undefined {
  if (isUnset(value)) return undefined;
  // Control characters (null bytes included) carry no meaning in a heading or a name, and
  // bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) could make the text after
  // them read backwards, such as a phone number beside a clinic's name.
  // eslint-disable-next-line no-control-regex
  const text = clean(value).replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
  if (text.length === 0) return undefined;
  if (text.length <= maxLength) return text;
  warnAttribute(host, attribute, value, `use at most ${maxLength} characters`, 'It is shortened');
  return `${text.slice(0, maxLength - 1)}…`;
}
