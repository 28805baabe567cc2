/**
 * Date cells as the day they show. Sheets keeps a date cell as midnight of its day in the
 * spreadsheet's time zone and getValues hands that instant over as a Date; the day is read back in
 * the same zone. The zone is asked (one service call) only when a Date is among the values.
 */

import { isDate } from '../core/values/is-date';
import { valueText } from '../core/values/value-text';
import type { SheetApi } from './spreadsheet-api';

/** The values with each Date as `yyyy-mm-dd` of its day in the zone `timeZone()` gives, asked once. */
export function withDaysAsText(values: readonly (readonly unknown[])[], timeZone: () => string): unknown[][] {
  if (!values.some((row) => row.some(isDate))) return values.map((row) => [...row]);
  const zone = timeZone();
  return values.map((row) => row.map((cell) => (isDate(cell) ? valueText(cell, zone) : cell)));
}

/** The time zone of a tab's spreadsheet, as a function to call only when needed. */
export function zoneOf(sheet: SheetApi): () => string {
  return () => sheet.getParent().getSpreadsheetTimeZone();
}
