/** FISCAL_YEAR(date): the Thai government fiscal year B.E. of a date, or of each date of a range. */

import { fiscalYear } from '../thai/fiscal-year';
import { readCellDate } from '../thai/read-date';
import { mapCells, type SheetArgument } from './cells';
import { SheetFunctionError } from './sheet-function-error';

const OPERATION = 'FISCAL_YEAR';

/** The body of FISCAL_YEAR: 22 พ.ย. 2569 → 2570; a range keeps its shape and a blank cell stays blank. */
export function fiscalYearFunction(date: SheetArgument): number | '' | (number | '')[][] {
  return mapCells(date, (value, place): number | '' => {
    const read = readCellDate(value);
    if (read.ok) return fiscalYear(read.value);
    if (read.problem.code === 'blank') return '';
    throw new SheetFunctionError(OPERATION, place, read.problem);
  });
}
