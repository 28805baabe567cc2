/** The Thai government fiscal year: B.E. N runs from 1 October N−1 to 30 September N. */

import type { CalendarDate } from './calendar-date';

const BUDDHIST_ERA_OFFSET = 543;
const FIRST_MONTH = 10;

/** The fiscal year B.E. a day falls in: 30 Sep 2026 → 2569, 1 Oct 2026 → 2570. */
export function fiscalYear(date: CalendarDate): number {
  return date.year + BUDDHIST_ERA_OFFSET + (date.month >= FIRST_MONTH ? 1 : 0);
}

/** The first and last day of a fiscal year B.E.: 2570 → 1 Oct 2026 … 30 Sep 2027. */
export function fiscalYearRange(fy: number): { readonly start: CalendarDate; readonly end: CalendarDate } {
  const endYear = fy - BUDDHIST_ERA_OFFSET;
  return {
    start: { year: endYear - 1, month: FIRST_MONTH, day: 1 },
    end: { year: endYear, month: 9, day: 30 },
  };
}

/** The last day of a fiscal year's six-month round (1 Oct – 31 Mar): 2570 → 31 Mar 2027. */
export function sixMonthRoundEnd(fy: number): CalendarDate {
  return { year: fy - BUDDHIST_ERA_OFFSET, month: 3, day: 31 };
}
