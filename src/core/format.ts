import type { Plural } from '../data/types.js';

/** Fills `{name}` placeholders of a content string. Unknown names stay visible, so a gap is noticed. */
export function formatText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The form of `phrase` for `count` in `locale` (GOV.UK's way: `Intl.PluralRules`), filled in. */
export function formatPlural(
  locale: string,
  phrase: Plural,
  count: number,
  values: Readonly<Record<string, string | number>>,
): string {
  const category = new Intl.PluralRules(locale).select(count);
  return formatText(phrase[category] ?? phrase.other, values);
}
