/**
 * What a custom function knows of where and when it runs: the spreadsheet's time zone and the
 * moment. Both are asked only when needed (a date cell to read, a year left out), so a call that
 * needs neither costs no service call.
 */

import type { CalendarDate } from '../thai/calendar-date';
import { fiscalYear } from '../thai/fiscal-year';
import { BANGKOK, calendarDateIn } from '../thai/time-zone';

export interface SheetClock {
  /** The spreadsheet's time zone, an IANA name (`Asia/Bangkok`). */
  timeZone(): string;
  /** The moment of the call. */
  now(): Date;
}

/** A spreadsheet in Bangkok at this moment: what tests and the command line run as. */
export const BANGKOK_CLOCK: SheetClock = { timeZone: () => BANGKOK, now: () => new Date() };

/** A clock whose time zone is asked once, the first time it is needed. */
export function lazyClock(timeZone: () => string, now: () => Date = () => new Date()): SheetClock {
  let zone: string | undefined;
  return {
    timeZone: () => {
      zone ??= timeZone();
      return zone;
    },
    now,
  };
}

/** Today in the spreadsheet's time zone. */
export function today(clock: SheetClock): CalendarDate {
  return calendarDateIn(clock.now(), clock.timeZone());
}

/** The current fiscal year B.E. in the spreadsheet's time zone: 1 Oct 2026 (Bangkok) → 2570. */
export function currentFiscalYear(clock: SheetClock): number {
  return fiscalYear(today(clock));
}
