/** THAI_DATE(date, [style]): a date, or each date of a range, written the Thai way in B.E. */

import type { Place } from '../problems/problem';
import { formatThaiDate, readDateStyle } from '../thai/thai-date';
import { mapCells, type SheetArgument, singleValue } from './cells';
import { readFunctionDate } from './read-function-date';
import { BANGKOK_CLOCK, type SheetClock } from './sheet-clock';
import { SheetFunctionError } from './sheet-function-error';

const OPERATION = 'THAI_DATE';
const STYLE_PLACE: Place = { th: 'รูปแบบ', en: 'style' };

/**
 * The body of THAI_DATE: `๒๒ พฤศจิกายน ๒๕๖๙` for a date (a date cell read as its day in the
 * spreadsheet's time zone), or for each cell of a range in its shape.
 */
export function thaiDateFunction(
  date: SheetArgument,
  style?: SheetArgument,
  clock: SheetClock = BANGKOK_CLOCK,
): string | string[][] {
  const readStyle = readDateStyle(singleValue(style));
  if (!readStyle.ok) throw new SheetFunctionError(OPERATION, STYLE_PLACE, readStyle.problem);
  const chosen = readStyle.value;

  return mapCells(date, (value, place) => {
    const read = readFunctionDate(value, clock);
    if (read.ok) return formatThaiDate(read.value, chosen);
    if (read.problem.code === 'blank') return '';
    throw new SheetFunctionError(OPERATION, place, read.problem);
  });
}
