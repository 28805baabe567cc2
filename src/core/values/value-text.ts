/** A cell's value as text, as records keep it: what Sheets shows, a date as its day in the spreadsheet's zone. */

import { decimalAsShown, decimalToString } from '../numbers/decimal';
import { BANGKOK, calendarDateIn } from '../thai/time-zone';
import { isDate } from './is-date';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Text as it is; a number as Sheets shows it (0.1 + 0.2 is "0.3"); a date as yyyy-mm-dd of its day
 * in the spreadsheet's time zone (Sheets hands midnight of 1 Oct in Bangkok as 30 Sep 17:00 UTC);
 * blank for the rest.
 */
export function valueText(value: unknown, timeZone: string = BANGKOK): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? decimalToString(decimalAsShown(value)) : '';
  if (typeof value === 'boolean') return String(value);
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return '';
    const day = calendarDateIn(value, timeZone);
    return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
  }
  return '';
}
