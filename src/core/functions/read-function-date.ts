/** A date argument of a custom function: a date cell, a Sheets date serial or Thai date text. */

import { fail, type Result } from '../problems/problem';
import type { CalendarDate } from '../thai/calendar-date';
import { readCellDate } from '../thai/read-date';
import { isDate } from '../values/is-date';
import type { SheetClock } from './sheet-clock';

// A whole number in these ranges is a year someone typed (2569, 2026), not the serial of a day in
// 1906 or 1905: Sheets hands a date cell to a custom function as a Date, never as its serial.
const BUDDHIST_YEARS = { min: 2400, max: 2800 };
const COMMON_ERA_YEARS = { min: 1900, max: 2200 };

function looksLikeYear(value: number): boolean {
  const within = (r: { min: number; max: number }) => value >= r.min && value <= r.max;
  return Number.isInteger(value) && (within(BUDDHIST_YEARS) || within(COMMON_ERA_YEARS));
}

/** Reads one cell as a day; a date cell is read in the spreadsheet's time zone, asked only then. */
export function readFunctionDate(value: unknown, clock: SheetClock): Result<CalendarDate> {
  if (typeof value === 'number' && looksLikeYear(value)) return fail({ code: 'year-not-date', value });
  return isDate(value) ? readCellDate(value, clock.timeZone()) : readCellDate(value);
}
