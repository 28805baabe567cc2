/**
 * Periods written as words relative to the fiscal year, as officers write them in a plan:
 * ตลอดปีงบประมาณ, ตลอดปี, ทั้งปี (the whole fiscal year), ไตรมาส ๑–๔ (its quarters: ๑ is Oct–Dec),
 * ภายในเดือนมีนาคม (from the year's start to the end of that month), ภายใน ๓๑ มี.ค. ๖๘. A phrase
 * without a year of its own takes the document's fiscal year.
 */

import { type CalendarDate, daysInMonth } from './calendar-date';
import { fiscalYear as fiscalYearOf, fiscalYearRange } from './fiscal-year';
import { readCellDate } from './read-date';
import { monthFromThaiName } from './thai-months';

type Period =
  | { readonly kind: 'fiscal-years'; readonly from: number; readonly to: number }
  | { readonly kind: 'dates'; readonly start: CalendarDate; readonly end: CalendarDate };

/** What a phrase gives: a period, or the need of a fiscal year it does not state. */
export type PhraseReading =
  | { readonly period: Period }
  | { readonly needsYear: true }
  | { readonly noSuchQuarter: true }
  | undefined;

const BUDDHIST_ERA_OFFSET = 543;
const YEAR_TAIL = '(?: ?(?:ของ ?)?(?:ปีงบประมาณ|ปีงบ|ปี)?(?: ?พ\\. ?ศ\\.?)? ?(\\d{4}|\\d{2}))?';
// ตลอดปีงบประมาณ, ตลอดทั้งปี, ทั้งปีงบประมาณ, ตลอดปีงบประมาณนี้ (a year after it is read by period.ts).
const WHOLE_YEAR = /^(?:ตลอด ?(?:ทั้ง ?)?|ทั้ง ?)(?:ปีงบประมาณ|ปีงบ|ปี)(?: ?นี้)?$/;
// ไตรมาส ๑, ไตรมาสที่ 2 - 3, ไตรมาส 1-2 ปีงบประมาณ 2568.
const QUARTERS = new RegExp(
  `^ไตรมาส(?: ?ที่)? ?([1-4])(?: ?(?:-|ถึง|และ|,) ?(?:ไตรมาส(?: ?ที่)? ?)?([1-4]))?${YEAR_TAIL}$`,
);
// ไตรมาส ๕, ไตรมาสที่ 0, ไตรมาส ๓ - ๖: a quarter a fiscal year does not have (it has ๑–๔).
const ANY_QUARTER = /^ไตรมาส(?: ?ที่)? ?\d+(?: ?(?:-|ถึง|และ|,) ?(?:ไตรมาส(?: ?ที่)? ?)?\d+)?(?: |$)/;
// ภายในเดือนมีนาคม, ภายใน มี.ค. 2568, ภายในวันที่ 31 มีนาคม 2568.
const WITHIN = /^ภายใน ?(?:เดือน|วันที่)? ?(.+)$/;
const MONTH_AND_YEAR = /^([^\d]+?)(?: ?(?:พ\. ?ศ\.?)? ?(\d{4}|\d{2}))?$/;

/** A B.E. year as written, two digits being 25xx. */
const buddhistYear = (digits: string): number =>
  digits.length === 2 ? 2500 + Number(digits) : Number(digits);

/** The calendar year C.E. in which month 1–12 falls in fiscal year fy (Oct–Dec in the year before). */
const yearOfMonth = (fy: number, month: number): number => fy - BUDDHIST_ERA_OFFSET - (month >= 10 ? 1 : 0);

/** Quarter 1–4 of a fiscal year as days: ๑ = 1 Oct – 31 Dec, ๒ = Jan–Mar, ๓ = Apr–Jun, ๔ = Jul–Sep. */
function quarter(fy: number, q: number): { start: CalendarDate; end: CalendarDate } {
  const firstMonth = (((q - 1) * 3 + 9) % 12) + 1;
  const lastMonth = firstMonth + 2;
  const year = yearOfMonth(fy, firstMonth);
  return {
    start: { year, month: firstMonth, day: 1 },
    end: { year, month: lastMonth, day: daysInMonth(year, lastMonth) },
  };
}

/** Reads `text` (digits Arabic, spaces single) as a phrase, in fiscal year `fy` when it names none. */
export function readPeriodPhrase(text: string, fy: number | undefined): PhraseReading {
  if (WHOLE_YEAR.test(text))
    return fy === undefined ? { needsYear: true } : { period: { kind: 'fiscal-years', from: fy, to: fy } };

  const q = QUARTERS.exec(text);
  if (q) {
    const first = Number(q[1]);
    const last = q[2] === undefined ? first : Number(q[2]);
    const year = q[3] === undefined ? fy : buddhistYear(q[3]);
    if (last < first) return undefined;
    if (year === undefined) return { needsYear: true };
    return { period: { kind: 'dates', start: quarter(year, first).start, end: quarter(year, last).end } };
  }

  if (ANY_QUARTER.test(text)) return { noSuchQuarter: true };

  const within = WITHIN.exec(text);
  if (!within) return undefined;
  const rest = within[1] ?? '';
  const day = /^\d/.test(rest) ? readCellDate(rest) : undefined;
  if (day?.ok) {
    return {
      period: { kind: 'dates', start: fiscalYearRange(fiscalYearOf(day.value)).start, end: day.value },
    };
  }
  const m = MONTH_AND_YEAR.exec(rest);
  const month = m ? monthFromThaiName(m[1] ?? '') : undefined;
  if (!m || month === undefined) return undefined;
  let year: number;
  if (m[2] !== undefined) year = buddhistYear(m[2]) - BUDDHIST_ERA_OFFSET;
  else if (fy !== undefined) year = yearOfMonth(fy, month);
  else return { needsYear: true };
  const end = { year, month, day: daysInMonth(year, month) };
  return { period: { kind: 'dates', start: fiscalYearRange(fiscalYearOf(end)).start, end } };
}
