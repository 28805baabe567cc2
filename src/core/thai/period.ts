/**
 * When a measure or project runs, as officers write it in a cell: fiscal years
 * (`ปีงบประมาณ พ.ศ. 2562 - 2564`) or calendar days (`๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘`, `ต.ค. 2567 – ก.ย. 2568`).
 */

import { fail, ok, type Result } from '../problems/problem';
import { type CalendarDate, daysInMonth, isValidCalendarDate } from './calendar-date';
import { toArabicDigits, toThaiDigits } from './digits';
import { fiscalYear, fiscalYearRange, sixMonthRoundEnd } from './fiscal-year';
import { readPeriodPhrase } from './period-phrases';
import { readCellDate } from './read-date';
import { monthFromThaiName, thaiMonthName } from './thai-months';
import { trimCell } from './whitespace';

/** A period: fiscal years B.E. (inclusive; one year has from === to) or inclusive calendar days. */
export type Period =
  | { readonly kind: 'fiscal-years'; readonly from: number; readonly to: number }
  | { readonly kind: 'dates'; readonly start: CalendarDate; readonly end: CalendarDate };

const BUDDHIST_ERA_OFFSET = 543;
// A four-digit year from here on can only be B.E. (2400 B.E. is 1857 C.E.), as read-date.ts reads it.
const FIRST_BUDDHIST_YEAR = 2400;
// The longest way of writing a period (`ตั้งแต่วันที่ 1 ตุลาคม พ.ศ. 2567 ถึงวันที่ 30 กันยายน พ.ศ. 2568`)
// is about 60 characters; the cap bounds the work of trying every dash as the separator.
const MAX_LENGTH = 160;

// En dash, em dash, figure dash and minus sign arrive from Word in place of "-".
const DASH_LOOKALIKE = /[\u2012\u2013\u2014\u2212]/g;
// What separates the two ends; "-" is also inside dates such as 01-10-2567, so each one is tried.
const SEPARATOR = /-|ถึง/g;
const LABEL = '(?:(ตลอด) ?)?(?:(ปีงบประมาณ|ปีงบ|ปี) ?)?(?:(พ\\. ?ศ\\.?|พศ) ?)?';
// ปีงบประมาณ พ.ศ. 2562 - 2564, 2562-2564, ปี 63, ตลอดปีงบประมาณ 2563; the second year may repeat the label.
const FISCAL_YEARS = new RegExp(
  `^${LABEL}(\\d{4}|\\d{2})(?: ?(?:-|ถึง) ?(?:(?:ปีงบประมาณ|ปีงบ|ปี) ?)?(?:(?:พ\\. ?ศ\\.?|พศ) ?)?(\\d{4}|\\d{2}))?$`,
);
// Words that may open the whole period or one of its ends.
const PERIOD_OPENING = /^(?:ตั้งแต่|ระหว่าง) ?/;
const END_OPENING = /^(?:วันที่|เดือน) ?/;
// 1 ต.ค., 1ต.ค: a day and a month without a year.
const DAY_MONTH = /^(\d{1,2}) ?([^\d]+)$/;

/** One end as written: the days it can stand for, or a day and month still waiting for a year. */
type End =
  | { readonly kind: 'span'; readonly first: CalendarDate; readonly last: CalendarDate }
  | { readonly kind: 'yearless'; readonly month: number; readonly day: number };

/** Orders days: negative when a is before b. */
function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A year as written in a fiscal-year period: two digits are B.E. 25xx, four digits must be B.E. */
function fiscalYearOf(digits: string): number | undefined {
  const year = Number(digits);
  if (digits.length === 2) return 2500 + year;
  return year >= FIRST_BUDDHIST_YEAR ? year : undefined;
}

/** Reads fiscal years; a bare two-digit year needs a label, since `62-64` alone could be anything. */
function readFiscalYears(text: string): Period | undefined {
  const m = FISCAL_YEARS.exec(text);
  if (!m) return undefined;
  const labelled = m[1] !== undefined || m[2] !== undefined || m[3] !== undefined;
  const fromDigits = m[4] ?? '';
  const toDigits = m[5] ?? fromDigits;
  if (!labelled && (fromDigits.length === 2 || toDigits.length === 2)) return undefined;
  const from = fiscalYearOf(fromDigits);
  const to = fiscalYearOf(toDigits);
  if (from === undefined || to === undefined || to < from) return undefined;
  return { kind: 'fiscal-years', from, to };
}

/** Reads one end: a day (`1 ต.ค. 67`, `01/10/2567`), a month (`ต.ค. 2567`), or a day or month without a year. */
function readEnd(written: string): End | undefined {
  const text = written.trim().replace(END_OPENING, '');
  if (text === '') return undefined;
  if (/^\d/.test(text)) {
    const day = readCellDate(text);
    if (day.ok) return { kind: 'span', first: day.value, last: day.value };
    const m = DAY_MONTH.exec(text);
    const month = m ? monthFromThaiName(m[2] ?? '') : undefined;
    return m && month !== undefined ? { kind: 'yearless', month, day: Number(m[1]) } : undefined;
  }
  // A month and year: read as its first day, so the era rules are read-date.ts's own.
  const first = readCellDate(`1 ${text}`);
  if (first.ok) {
    const { year, month } = first.value;
    return { kind: 'span', first: first.value, last: { year, month, day: daysInMonth(year, month) } };
  }
  const month = monthFromThaiName(text);
  return month === undefined ? undefined : { kind: 'yearless', month, day: 1 };
}

/** The latest year that puts a yearless start on or before the end (`1 ต.ค. - 31 มี.ค. 2568` → 2567). */
function inferStart(start: { month: number; day: number }, end: CalendarDate): CalendarDate | undefined {
  // Eight years back reaches a 29 February from any end.
  for (let year = end.year; year >= end.year - 8; year -= 1) {
    const date = { year, month: start.month, day: start.day };
    if (isValidCalendarDate(date) && compareDates(date, end) <= 0) return date;
  }
  return undefined;
}

/** Reads two ends as a range of days; undefined when either is not a day or month, or they are reversed. */
function readDates(startText: string, endText: string): Period | undefined {
  const startEnd = readEnd(startText);
  const finish = readEnd(endText);
  if (startEnd === undefined || finish === undefined || finish.kind !== 'span') return undefined;
  const end = finish.last;
  const start = startEnd.kind === 'span' ? startEnd.first : inferStart(startEnd, end);
  if (start === undefined || compareDates(start, end) > 0) return undefined;
  return { kind: 'dates', start, end };
}

/** Tries each dash or ถึง as the separator, then the whole text as one day or one month. */
function readDateRange(text: string): Period | undefined {
  const body = text.replace(PERIOD_OPENING, '');
  for (const m of body.matchAll(SEPARATOR)) {
    const at = m.index ?? 0;
    const period = readDates(body.slice(0, at), body.slice(at + m[0].length));
    if (period) return period;
  }
  const single = readEnd(body);
  return single?.kind === 'span' ? { kind: 'dates', start: single.first, end: single.last } : undefined;
}

/**
 * Reads a period cell: fiscal years (`ปีงบประมาณ พ.ศ. 2562 - 2564`, `ปี 63`, `2562-2564`), days
 * (`๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘`, `ต.ค. 2567 – ก.ย. 2568`, `1 ต.ค. - 31 มี.ค. 2568`) or a phrase of the
 * fiscal year (`ตลอดปีงบประมาณ`, `ไตรมาส ๒`, `ภายในเดือนมีนาคม`), read in `fiscalYear`, the
 * document's, when it names no year. Blank text is `blank`; a phrase with no year to read it in is
 * `period-needs-year`; a quarter other than ๑–๔ is `no-such-quarter`; anything else, a reversed range included, is `not-a-period` with the text.
 */
export function parsePeriod(text: string, fiscalYear?: number): Result<Period> {
  const trimmed = trimCell(text);
  if (trimmed === '') return fail({ code: 'blank' });
  if (trimmed.length > MAX_LENGTH) return fail({ code: 'not-a-period', value: text });
  const plain = toArabicDigits(trimmed)
    .replace(/\s+/g, ' ')
    .replace(DASH_LOOKALIKE, '-')
    // A full stop closing the sentence, not the dot of a short month name such as ก.ย.
    .replace(/(\d) ?\.$/, '$1');
  const years = readFiscalYears(plain);
  if (years) return ok(years);
  const phrase = readPeriodPhrase(plain, fiscalYear);
  if (phrase) {
    if ('period' in phrase) return ok(phrase.period);
    if ('noSuchQuarter' in phrase) return fail({ code: 'no-such-quarter', value: text });
    return fail({ code: 'period-needs-year', value: text });
  }
  const dates = readDateRange(plain);
  return dates ? ok(dates) : fail({ code: 'not-a-period', value: text });
}

/** A day the short way; the year in two digits within B.E. 2500–2599, else in four so it reads back. */
function formatDay(date: CalendarDate): string {
  const buddhistYear = date.year + BUDDHIST_ERA_OFFSET;
  const year =
    buddhistYear >= 2500 && buddhistYear <= 2599 ? String(buddhistYear % 100).padStart(2, '0') : buddhistYear;
  return `${date.day} ${thaiMonthName(date.month, 'short')} ${year}`;
}

/** Writes a period the official way: `ปีงบประมาณ พ.ศ. ๒๕๖๒ – ๒๕๖๔`, `๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘`. */
export function formatPeriod(period: Period, digits: 'thai' | 'arabic' = 'thai'): string {
  const text =
    period.kind === 'fiscal-years'
      ? `ปีงบประมาณ พ.ศ. ${period.from}${period.to === period.from ? '' : ` – ${period.to}`}`
      : `${formatDay(period.start)} – ${formatDay(period.end)}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}

/** The fiscal years B.E. a period touches, first and last. */
export function periodFiscalYears(period: Period): { from: number; to: number } {
  if (period.kind === 'fiscal-years') return { from: period.from, to: period.to };
  return { from: fiscalYear(period.start), to: fiscalYear(period.end) };
}

/**
 * True when the period lies within fiscal year fy: days between 1 Oct fy−1 and 30 Sep fy, or fiscal
 * years that include fy (a plan for 2562–2564 covers 2563).
 */
export function periodWithinFiscalYear(period: Period, fy: number): boolean {
  if (period.kind === 'fiscal-years') return period.from <= fy && fy <= period.to;
  const range = fiscalYearRange(fy);
  return compareDates(period.start, range.start) >= 0 && compareDates(period.end, range.end) <= 0;
}

/** The whole fiscal year fy as days: 1 Oct fy−1 – 30 Sep fy, the yearly report round. */
export function wholeFiscalYear(fy: number): Period {
  const { start, end } = fiscalYearRange(fy);
  return { kind: 'dates', start, end };
}

/** The six-month report round of fiscal year fy: 1 Oct fy−1 – 31 Mar fy. */
export function sixMonthRound(fy: number): Period {
  return { kind: 'dates', start: fiscalYearRange(fy).start, end: sixMonthRoundEnd(fy) };
}
