/**
 * Reads a cell as a calendar day: a date cell, a Sheets date serial, or a date written the Thai way
 * (`๒๒ พ.ย. ๖๙`, `22 พฤศจิกายน พ.ศ. 2569`, `22/11/2569`) or as ISO text (`2026-11-22`).
 */

import { isBlank } from '../numbers/read-number';
import { fail, ok, type Result } from '../problems/problem';
import { isDate } from '../values/is-date';
import { type CalendarDate, fromSheetsSerial, isValidCalendarDate } from './calendar-date';
import { toArabicDigits } from './digits';
import { monthFromThaiName } from './thai-months';
import { BANGKOK, calendarDateIn } from './time-zone';
import { trimCell } from './whitespace';

// Serial 1 is 1899-12-31 and 2958465 is 9999-12-31, the last day Sheets and Excel can show.
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2958465;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const BUDDHIST_ERA_OFFSET = 543;
// A four-digit year from here on can only be B.E.: 2400 B.E. is 1857 C.E.
const FIRST_BUDDHIST_YEAR = 2400;

/** Which era the text names, if it names one (พ.ศ. or ค.ศ.). */
type Era = 'be' | 'ce' | undefined;

// 2026-11-22, and 2026/11/22.
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
// 22/11/2569, 22-11-69, 22.11.2026: day first, as Thai documents write it.
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
// 22 พ.ย. 69, 22พย69, 22 พฤศจิกายน พ.ศ. 2569: the middle is the month name and maybe the era.
const DAY_MONTHNAME_YEAR = /^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{2}|\d{4})$/;
// The era, read off the end of the month part once dots and spaces are gone.
const ERA_SUFFIX = /(พศ|คศ)$/;

/** The year C.E. of a two- or four-digit year: two digits are B.E. (69 → 2569), four from 2400 are B.E. */
function yearCE(digits: string, era: Era): number {
  const year = Number(digits);
  if (digits.length === 2) return era === 'ce' ? 2000 + year : 2500 + year - BUDDHIST_ERA_OFFSET;
  if (era === 'be' || (era === undefined && year >= FIRST_BUDDHIST_YEAR)) return year - BUDDHIST_ERA_OFFSET;
  return year;
}

/** The parts as a date: no-such-date for a day the calendar lacks (31 ก.ย.), not-a-date for a far year. */
function checkedDate(value: unknown, year: number, month: number, day: number): Result<CalendarDate> {
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail({ code: 'not-a-date', value });
  const date = { year, month, day };
  return isValidCalendarDate(date) ? ok(date) : fail({ code: 'no-such-date', value });
}

/** Reads date text with Thai or Arabic digits; not-a-date when it is not written as a date at all. */
function readDateText(value: string): Result<CalendarDate> {
  const text = toArabicDigits(trimCell(value))
    .replace(/\s+/g, ' ')
    .replace(/^วันที่\s*/, '');

  const iso = ISO_DATE.exec(text);
  if (iso) return checkedDate(value, yearCE(iso[1] ?? '', undefined), Number(iso[2]), Number(iso[3]));

  const numeric = DAY_MONTH_YEAR.exec(text);
  if (numeric) {
    return checkedDate(value, yearCE(numeric[3] ?? '', undefined), Number(numeric[2]), Number(numeric[1]));
  }

  const named = DAY_MONTHNAME_YEAR.exec(text);
  if (named) {
    const monthPart = (named[2] ?? '').replace(/[.\s]/g, '');
    const eraMatch = ERA_SUFFIX.exec(monthPart);
    const era: Era = eraMatch ? (eraMatch[1] === 'พศ' ? 'be' : 'ce') : undefined;
    const month = monthFromThaiName(monthPart.replace(ERA_SUFFIX, ''));
    if (month !== undefined) return checkedDate(value, yearCE(named[3] ?? '', era), month, Number(named[1]));
  }

  return fail({ code: 'not-a-date', value });
}

/**
 * Reads one cell as a calendar day. A blank cell is the `blank` problem, so the caller decides what
 * blank means; a day the calendar lacks is `no-such-date`; anything else that is not a date is
 * `not-a-date`. A date cell is read as its day in `timeZone`, the spreadsheet's.
 */
export function readCellDate(value: unknown, timeZone: string = BANGKOK): Result<CalendarDate> {
  if (isBlank(value)) return fail({ code: 'blank' });
  if (isDate(value)) {
    // Near the ends of what a Date holds (±8.64e15 ms) the shift to a zone leaves them: no day then.
    const day = Number.isNaN(value.getTime()) ? undefined : dayOfInstant(value, timeZone);
    return day && isValidCalendarDate(day) ? ok(day) : fail({ code: 'not-a-date', value });
  }
  if (typeof value === 'number') {
    const plausible = Number.isFinite(value) && value >= FIRST_SERIAL && value < LAST_SERIAL + 1;
    return plausible ? ok(fromSheetsSerial(value)) : fail({ code: 'not-a-date', value });
  }
  if (typeof value === 'string') return readDateText(value);
  return fail({ code: 'not-a-date', value });
}

function dayOfInstant(instant: Date, timeZone: string): CalendarDate | undefined {
  try {
    return calendarDateIn(instant, timeZone);
  } catch (error) {
    // Intl cannot format an instant past ±8.64e15 ms once shifted into the zone.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
