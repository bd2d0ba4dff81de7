/**
 * Day-by-day arithmetic of the phase guide, as plain functions with no DOM.
 *
 * Days are the visitor's local calendar days: day 0 is the day the pain
 * started, day 1 the next calendar day, whatever the hour and whatever
 * daylight-saving change happened in between.
 */

import type { CalendarDate } from './attributes.js';

/** Days since onset from `fromDay` to `toDay` inclusive; `toDay` null means open-ended. */
export interface DaySpan {
  fromDay: number;
  toDay: number | null;
}

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a calendar day, exact for any year (Date.UTC maps years 0–99 to 19xx). */
function dayNumber(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The local calendar day of an instant. */
export function calendarDateOf(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** `YYYY-MM-DD`, as a date input's `value` or `max` wants it. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-');
}

/** Local calendar days from `onset` to `now`: 0 on the day itself, negative for a future onset. */
export function daysSince(onset: CalendarDate, now: Date): number {
  return (
    dayNumber(now.getFullYear(), now.getMonth(), now.getDate()) - dayNumber(onset.year, onset.month - 1, onset.day)
  );
}

/** The phase a day falls in, or `undefined` for a day that is not a whole number of days, 0 or more. */
export function phaseForDay<P extends DaySpan>(day: number, phases: readonly P[]): P | undefined {
  if (!Number.isInteger(day) || day < 0) return undefined;
  return phases.find((phase) => day >= phase.fromDay && (phase.toDay === null || day <= phase.toDay));
}

/**
 * The "N minutes left" mark to announce when the clock moves from `before` to
 * `after` seconds left: a multiple of 5 minutes, below the session length,
 * just crossed, and still what the clock shows rounded up to the minute
 * (after a jump back from the background, a mark long passed is not announced).
 */
export function minuteMarkReached(before: number, after: number, sessionMinutes: number): number | undefined {
  const minutes = Math.ceil(after / 60);
  return minutes > 0 && minutes % 5 === 0 && minutes < sessionMinutes && before > minutes * 60 ? minutes : undefined;
}
