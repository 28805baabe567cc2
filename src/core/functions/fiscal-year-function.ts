/** FISCAL_YEAR(date): the Thai government fiscal year B.E. of a date, or of each date of a range. */

import { fiscalYear } from '../thai/fiscal-year';
import { mapCells, type SheetArgument } from './cells';
import { readFunctionDate } from './read-function-date';
import { BANGKOK_CLOCK, type SheetClock } from './sheet-clock';
import { SheetFunctionError } from './sheet-function-error';

const OPERATION = 'FISCAL_YEAR';

/**
 * The body of FISCAL_YEAR: 22 พ.ย. 2569 → 2570, a date cell read as its day in the spreadsheet's time
 * zone; a range keeps its shape and a blank cell stays blank.
 */
export function fiscalYearFunction(
  date: SheetArgument,
  clock: SheetClock = BANGKOK_CLOCK,
): number | '' | (number | '')[][] {
  return mapCells(date, (value, place): number | '' => {
    const read = readFunctionDate(value, clock);
    if (read.ok) return fiscalYear(read.value);
    if (read.problem.code === 'blank') return '';
    throw new SheetFunctionError(OPERATION, place, read.problem);
  });
}
