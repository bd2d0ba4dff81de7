import { expect } from '@open-wc/testing';
import type { CalendarDate } from '../../src/core/attributes.js';
import { calendarDateOf, daysSince, isoDate, minuteMarkReached, phaseForDay } from '../../src/core/phase.js';
import { notEasing, onsetChoices, phases, sessionKinds, sessionMinutes } from '../../src/data/index.js';

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
/** Local time on a calendar day (month 1–12). */
const at = (year: number, month: number, day: number, hour: number, minute = 0) =>
  new Date(year, month - 1, day, hour, minute);

/** The local calendar days of a year on which the UTC offset changes (none in UTC). */
function offsetChangeDays(year: number): Date[] {
  const days: Date[] = [];
  for (let d = new Date(year, 0, 1, 12); d.getFullYear() === year; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12)) {
    const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, 30);
    const end = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 30);
    if (start.getTimezoneOffset() !== end.getTimezoneOffset()) days.push(d);
  }
  return days;
}

describe('daysSince', () => {
  it('is 0 all through the day of onset, from just after midnight to just before the next', () => {
    expect(daysSince(date(2026, 11, 21), at(2026, 11, 21, 0, 30))).to.equal(0);
    expect(daysSince(date(2026, 11, 21), at(2026, 11, 21, 23, 30))).to.equal(0);
    expect(daysSince(date(2026, 11, 21), at(2026, 11, 21, 23, 59))).to.equal(0);
  });

  it('counts local calendar days, not 24-hour periods', () => {
    // 00:30 and 23:30 local are far from UTC midnight in most zones: only local parts give these answers.
    expect(daysSince(date(2026, 11, 20), at(2026, 11, 21, 0, 30))).to.equal(1);
    expect(daysSince(date(2026, 11, 20), at(2026, 11, 21, 23, 30))).to.equal(1);
    expect(daysSince(date(2026, 11, 18), at(2026, 11, 21, 0, 30))).to.equal(3);
    expect(daysSince(date(2026, 11, 18), at(2026, 11, 21, 23, 30))).to.equal(3);
  });

  it('agrees with counting calendar days one by one for every day of two years', () => {
    const onset = date(2025, 1, 1);
    let cursor = new Date(2025, 0, 1);
    for (let expected = 0; expected < 731; expected += 1) {
      const morning = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate(), 0, 30);
      const night = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate(), 23, 30);
      expect(daysSince(onset, morning), isoDate(calendarDateOf(morning))).to.equal(expected);
      expect(daysSince(onset, night), isoDate(calendarDateOf(night))).to.equal(expected);
      cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate() + 1);
    }
  });

  it('is right across the daylight-saving changes of the US (March 8 and November 1, 2026)', () => {
    // Spring forward: the night of 7–8 March has 23 hours in US zones.
    expect(daysSince(date(2026, 3, 7), at(2026, 3, 8, 0, 30))).to.equal(1);
    expect(daysSince(date(2026, 3, 7), at(2026, 3, 8, 23, 30))).to.equal(1);
    expect(daysSince(date(2026, 3, 8), at(2026, 3, 9, 0, 30))).to.equal(1);
    expect(daysSince(date(2026, 3, 6), at(2026, 3, 10, 23, 30))).to.equal(4);
    // Fall back: 1 November has 25 hours.
    expect(daysSince(date(2026, 10, 31), at(2026, 11, 1, 23, 30))).to.equal(1);
    expect(daysSince(date(2026, 11, 1), at(2026, 11, 1, 23, 59))).to.equal(0);
    expect(daysSince(date(2026, 11, 1), at(2026, 11, 2, 0, 30))).to.equal(1);
    expect(daysSince(date(2026, 10, 30), at(2026, 11, 3, 0, 30))).to.equal(4);
  });

  it("is right across the daylight-saving changes of the test browser's own zone, if it has any", () => {
    const changes = [...offsetChangeDays(2026), ...offsetChangeDays(2027)];
    for (const day of changes) {
      const before = calendarDateOf(new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1));
      expect(daysSince(before, new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, 30))).to.equal(1);
      expect(daysSince(before, new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 30))).to.equal(1);
      expect(daysSince(before, new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 0, 30))).to.equal(2);
    }
    // UTC has none; a zone with daylight saving has two a year.
    expect(changes.length % 2).to.equal(0);
  });

  it('crosses month and year ends', () => {
    expect(daysSince(date(2026, 1, 31), at(2026, 2, 1, 0, 30))).to.equal(1);
    expect(daysSince(date(2026, 4, 30), at(2026, 5, 1, 23, 30))).to.equal(1);
    expect(daysSince(date(2026, 12, 31), at(2027, 1, 1, 0, 30))).to.equal(1);
    expect(daysSince(date(2026, 12, 20), at(2027, 1, 3, 12))).to.equal(14);
    expect(daysSince(date(2026, 2, 28), at(2026, 3, 1, 12))).to.equal(1);
  });

  it('counts the leap day 2024-02-29', () => {
    expect(daysSince(date(2024, 2, 28), at(2024, 2, 29, 0, 30))).to.equal(1);
    expect(daysSince(date(2024, 2, 29), at(2024, 2, 29, 23, 30))).to.equal(0);
    expect(daysSince(date(2024, 2, 29), at(2024, 3, 1, 0, 30))).to.equal(1);
    expect(daysSince(date(2024, 2, 28), at(2024, 3, 1, 12))).to.equal(2);
    expect(daysSince(date(2024, 2, 29), at(2025, 3, 1, 12))).to.equal(366);
  });

  it('is negative for a future onset', () => {
    expect(daysSince(date(2026, 11, 22), at(2026, 11, 21, 23, 59))).to.equal(-1);
    expect(daysSince(date(2027, 11, 21), at(2026, 11, 21, 12))).to.equal(-365);
  });

  it('counts years 0–99 as themselves, not as 19xx', () => {
    expect(daysSince(date(50, 1, 1), at(2026, 1, 1, 12))).to.be.greaterThan(700_000);
  });
});

describe('calendarDateOf and isoDate', () => {
  it('give the local calendar day as YYYY-MM-DD', () => {
    expect(calendarDateOf(at(2026, 3, 8, 23, 30))).to.deep.equal(date(2026, 3, 8));
    expect(calendarDateOf(at(2026, 3, 8, 0, 30))).to.deep.equal(date(2026, 3, 8));
    expect(isoDate(date(2026, 3, 8))).to.equal('2026-03-08');
    expect(isoDate(date(987, 12, 31))).to.equal('0987-12-31');
  });
});

describe('phaseForDay', () => {
  it('puts every day 0–400 in exactly one phase', () => {
    for (let day = 0; day <= 400; day += 1) {
      const matching = phases.filter((p) => day >= p.fromDay && (p.toDay === null || day <= p.toDay));
      expect(matching, `day ${day}`).to.have.length(1);
      expect(phaseForDay(day, phases)).to.equal(matching[0]);
    }
  });

  it('switches phase at the boundaries of the reference: 0, 2 cold; 3, 14 heat; 15 recovery', () => {
    const id = (day: number) => phaseForDay(day, phases)?.id;
    expect([0, 1, 2].map(id)).to.deep.equal(['acute', 'acute', 'acute']);
    expect([3, 7, 14].map(id)).to.deep.equal(['subacute', 'subacute', 'subacute']);
    expect([15, 42, 100_000].map(id)).to.deep.equal(['recovery', 'recovery', 'recovery']);
    expect(phases.map((p) => [p.id, p.fromDay, p.toDay])).to.deep.equal([
      ['acute', 0, 2],
      ['subacute', 3, 14],
      ['recovery', 15, null],
    ]);
  });

  it('has no phase for a negative or fractional day', () => {
    for (const day of [-1, -15, 0.5, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(phaseForDay(day, phases), String(day)).to.equal(undefined);
    }
  });
});

describe('"When did the pain start?" choices', () => {
  it('cover every day from 0 on, in order, with no gap and no overlap', () => {
    let next = 0;
    for (const choice of onsetChoices) {
      expect(choice.fromDay, choice.id).to.equal(next);
      expect(choice.toDay === null || choice.toDay >= choice.fromDay, choice.id).to.equal(true);
      next = choice.toDay === null ? Number.POSITIVE_INFINITY : choice.toDay + 1;
    }
    expect(next).to.equal(Number.POSITIVE_INFINITY);
  });

  it('each lie within one phase: no choice straddles day 2/3 or day 14/15', () => {
    for (const choice of onsetChoices) {
      const phase = phaseForDay(choice.fromDay, phases)!;
      for (let day = choice.fromDay; day <= (choice.toDay ?? 400); day += 1) {
        expect(phaseForDay(day, phases)?.id, `${choice.id}, day ${day}`).to.equal(phase.id);
      }
    }
    expect(onsetChoices.map((c) => phaseForDay(c.fromDay, phases)!.id)).to.deep.equal([
      'acute',
      'acute',
      'acute',
      'subacute',
      'subacute',
      'recovery',
    ]);
  });

  it('each lie on one side of the day from which "see a doctor if it has not started to ease" shows', () => {
    for (const choice of onsetChoices) {
      const last = choice.toDay ?? 400;
      expect(choice.fromDay >= notEasing.fromDay, choice.id).to.equal(last >= notEasing.fromDay);
    }
  });
});

describe('cold and heat sessions', () => {
  it('are never longer than 20 minutes, and default within the allowed range', () => {
    expect(sessionMinutes.max).to.equal(20);
    expect(sessionMinutes.default).to.be.within(sessionMinutes.min, sessionMinutes.max);
  });

  it('are offered in every phase, heat in each: the therapy of a cold or heat phase first, heat only in the exercise phase', () => {
    for (const phase of phases) {
      expect(phase.sessions.some((kind) => sessionKinds[kind].therapy === 'heat'), phase.id).to.equal(true);
      if (phase.therapy === 'exercise') expect(phase.sessions.map((kind) => sessionKinds[kind].therapy), phase.id).to.deep.equal(['heat', 'heat']);
      else expect(sessionKinds[phase.sessions[0]].therapy, phase.id).to.equal(phase.therapy);
    }
    // Heat instead is fine from day 0 (S-NHS, S-COCH, S-ACP), and still from day 15 if it helps (S-COCH, S-ACP).
    expect(phases[0].sessions).to.include('heat-pack');
    expect(phases[2].sessions).to.deep.equal(['heat-pack', 'warm-bath']);
  });
});

describe('minuteMarkReached', () => {
  /** The marks announced while a session of `minutes` ticks down second by second. */
  const marksOf = (minutes: number) => {
    const marks: number[] = [];
    for (let s = minutes * 60; s > 0; s -= 1) {
      const mark = minuteMarkReached(s, s - 1, minutes);
      if (mark !== undefined) marks.push(mark);
    }
    return marks;
  };

  it('announces each 5 minutes left below the session length, and never 0', () => {
    expect(marksOf(15)).to.deep.equal([10, 5]);
    expect(marksOf(20)).to.deep.equal([15, 10, 5]);
    expect(marksOf(12)).to.deep.equal([10, 5]);
    expect(marksOf(5)).to.deep.equal([]);
    expect(marksOf(6)).to.deep.equal([5]);
  });

  it('fires exactly when the clock shows the mark', () => {
    expect(minuteMarkReached(601, 600, 15)).to.equal(10);
    expect(minuteMarkReached(600, 599, 15)).to.equal(undefined);
    expect(minuteMarkReached(600, 600, 15)).to.equal(undefined);
  });

  it('after a jump, names a mark only while the clock still rounds up to it', () => {
    expect(minuteMarkReached(720, 570, 15)).to.equal(10);
    expect(minuteMarkReached(720, 270, 15)).to.equal(5);
    expect(minuteMarkReached(720, 180, 15)).to.equal(undefined);
    expect(minuteMarkReached(720, 0, 15)).to.equal(undefined);
  });
});
