/** A day of the (proleptic Gregorian) calendar with no time and no time zone, and where one comes from. */

/** A calendar day: the year C.E., the month 1–12 and the day of the month. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Asia/Bangkok has kept UTC+7 without daylight saving since 1920 (IANA tz database).
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
// Sheets counts days from 1899-12-30 (day 0), without Lotus 1-2-3's phantom 29 February 1900.
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

/** True for a leap year C.E.: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month 1–12 of a year C.E. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the date names a day that exists: whole numbers, month 1–12, day within the month. */
export function isValidCalendarDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function utcDayOf(time: number): CalendarDate {
  const shifted = new Date(time);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * The Bangkok calendar day of an instant. Apps Script hands a custom function a date cell as a Date
 * made in the script's time zone, which appsscript.json fixes at Asia/Bangkok; reading it with a fixed
 * offset keeps the answer independent of the time zone of whatever runs the code (Node in tests).
 */
export function bangkokCalendarDate(date: Date): CalendarDate {
  return utcDayOf(date.getTime() + BANGKOK_OFFSET_MS);
}

/** The day of a Sheets date serial (day 0 = 1899-12-30); a fractional part is the time and is ignored. */
export function fromSheetsSerial(serial: number): CalendarDate {
  return utcDayOf(SHEETS_EPOCH_MS + Math.floor(serial) * DAY_MS);
}
