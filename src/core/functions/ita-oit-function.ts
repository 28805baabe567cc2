/** ITA_OIT(results, subIndicators, [part]): the OIT score of a checklist, or of indicator 9, 10 or one sub-indicator. */

import { decimalAsShown, decimalToString, hundredthsToNumber } from '../numbers/decimal';
import { type Fraction, fractionToHundredths } from '../numbers/fraction';
import { isBlank } from '../numbers/read-number';
import { type CheckedOitItem, scoreOit, scoreOitIndicator, scoreSubIndicators } from '../oit/oit-score';
import { readOitItemResult } from '../oit/read-oit-item-result';
import { parseSubIndicatorCode, type SubIndicatorCode } from '../oit/sub-indicator-code';
import { fail, ok, type Place, type Result } from '../problems/problem';
import { toArabicDigits } from '../thai/digits';
import { trimCell } from '../thai/whitespace';
import { mapCells, type SheetArgument, singleValue } from './cells';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'ITA_OIT';
const CODES_PLACE: Place = { th: 'ช่วงรหัสตัวชี้วัดย่อย', en: 'the subIndicators range' };
const RESULTS_PLACE: Place = { th: 'ผลการตรวจ OIT:', en: 'the OIT results:' };
const PART_PLACE: Place = { th: 'ส่วนที่ต้องการ', en: 'part' };
const RESULT_CELL: Place = { th: 'ผลการตรวจ', en: 'results' };
const CODE_CELL: Place = { th: 'รหัสตัวชี้วัดย่อย', en: 'subIndicators' };

interface Cell {
  readonly value: unknown;
  readonly place: Place;
}

function cellsOf(argument: SheetArgument): Cell[] {
  const cells = mapCells(argument, (value, place): Cell => ({ value, place }));
  return Array.isArray(cells) ? cells.flat() : [cells];
}

const within = (what: Place, place: Place): Place => ({
  th: `${what.th} ${place.th}`,
  en: `${what.en}, ${place.en}`,
});

/** A number cell is read as Sheets shows it: 9.1 is "9.1" (a typed 9.10 is also 9.1: write it as text). */
function codeText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return decimalToString(decimalAsShown(value));
  return typeof value === 'string' ? value : undefined;
}

function readCode(value: unknown): Result<SubIndicatorCode> {
  if (isBlank(value)) return fail({ code: 'blank' });
  const text = codeText(value);
  const code = text === undefined ? undefined : parseSubIndicatorCode(text);
  return code ? ok(code) : fail({ code: 'not-a-sub-indicator', value });
}

/**
 * The items of the rows: a row whose result and code are both blank is skipped; a row with a code and
 * a blank result is an item not (yet) published, which scores 0.
 */
function readItems(results: SheetArgument, subIndicators: SheetArgument): CheckedOitItem[] {
  const resultCells = cellsOf(results);
  const codeCells = cellsOf(subIndicators);
  if (codeCells.length !== resultCells.length) {
    throw new SheetFunctionError(NAME, CODES_PLACE, {
      code: 'wrong-count',
      count: codeCells.length,
      expected: [resultCells.length],
    });
  }
  const items: CheckedOitItem[] = [];
  resultCells.forEach(({ value, place }, i) => {
    const codeCell = codeCells[i]!;
    if (isBlank(value) && isBlank(codeCell.value)) return;
    const code = readCode(codeCell.value);
    if (!code.ok) throw new SheetFunctionError(NAME, within(CODE_CELL, codeCell.place), code.problem);
    const result = readOitItemResult(value);
    if (!result.ok && result.problem.code !== 'blank') {
      throw new SheetFunctionError(NAME, within(RESULT_CELL, place), result.problem);
    }
    items.push({ subIndicator: code.value.code, result: result.ok ? result.value : 'missing' });
  });
  return items;
}

const orThrow = <T>(result: Result<T>, place: Place): T => {
  if (!result.ok) throw new SheetFunctionError(NAME, place, result.problem);
  return result.value;
};

/**
 * The score of `part`: "9" or "10", a sub-indicator such as "9.3", or the OIT when blank. A number
 * 10.1 is 10.1, or 10.10 when only that code is in the list (Sheets shows a typed 10.10 as 10.1).
 */
function scoreOfPart(items: readonly CheckedOitItem[], part: unknown): Fraction {
  if (isBlank(part)) return orThrow(scoreOit(items), RESULTS_PLACE).oit;
  const text = trimCell(toArabicDigits(codeText(part) ?? ''));
  const codes = [...new Set(items.map((item) => item.subIndicator))];
  if (text === '9' || text === '10') {
    const own = items.filter((item) => item.subIndicator.startsWith(`${text}.`));
    const subIndicators = orThrow(scoreSubIndicators(own), RESULTS_PLACE);
    return orThrow(scoreOitIndicator(subIndicators, text === '9' ? 9 : 10), RESULTS_PLACE);
  }
  let code = parseSubIndicatorCode(text)?.code;
  if (typeof part === 'number' && code && !codes.includes(code) && codes.includes(`${code}0`))
    code = `${code}0`;
  const own = items.filter((item) => item.subIndicator === code);
  if (own.length === 0) {
    throw new SheetFunctionError(NAME, PART_PLACE, {
      code: 'unknown-option',
      value: part,
      allowed: ['9', '10', ...codes],
    });
  }
  return orThrow(scoreSubIndicators(own), RESULTS_PLACE)[0]!.score;
}

/** The body of the custom function ITA_OIT: a 2-decimal score, or blank when no row has an item. */
export function itaOitFunction(
  results: SheetArgument,
  subIndicators: SheetArgument,
  part?: SheetArgument,
): number | '' {
  const items = readItems(results, subIndicators);
  if (items.length === 0) return '';
  return hundredthsToNumber(fractionToHundredths(scoreOfPart(items, singleValue(part))));
}
