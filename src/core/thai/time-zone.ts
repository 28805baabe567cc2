/**
 * The calendar day of an instant in a named time zone. A date cell is midnight of its day in the
 * spreadsheet's own time zone (File › Settings), which Apps Script hands over as that instant; the
 * day must be read back in the same zone, not in the script's or a fixed UTC+7.
 */

import type { CalendarDate } from './calendar-date';

/** The time zone appsscript.json gives the script, and Sheets' default for a Thai spreadsheet. */
export const BANGKOK = 'Asia/Bangkok';

// Asia/Bangkok has kept UTC+7 without daylight saving since 1920 (IANA tz database): no Intl needed.
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const known = formatters.get(timeZone);
  if (known) return known;
  try {
    const made = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, made);
    return made;
  } catch (error) {
    // Intl throws a RangeError for a name that is not an IANA time zone.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** True for an IANA time zone name Intl knows (`Asia/Bangkok`, `Europe/London`). */
export function isTimeZone(name: string): boolean {
  return formatterFor(name) !== undefined;
}

/**
 * The day an instant falls on in a time zone. An unknown zone name is a bug of the caller (Sheets
 * only gives IANA names), said as such.
 */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  if (timeZone === BANGKOK) {
    const shifted = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
    return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
  }
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new Error(`bug: "${timeZone}" is not an IANA time zone`);
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' || era === 'B' ? 1 - part('year') : part('year');
  return { year, month: part('month'), day: part('day') };
}
