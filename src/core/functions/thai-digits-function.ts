/** THAI_DIGITS(value, [decimals]): the value's text with Thai digits (๐–๙). */

import { decimalAsShown, decimalToInteger, decimalToString, roundDecimal } from '../numbers/decimal';
import { isBlank, parseNumberText, readCellNumber } from '../numbers/read-number';
import { fail, ok, type Place, type Result } from '../problems/problem';
import { toThaiDigits } from '../thai/digits';
import { mapCells, type SheetArgument, singleValue } from './cells';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'THAI_DIGITS';
const DECIMALS_PLACE: Place = { th: 'จำนวนตำแหน่งทศนิยม', en: 'decimals' };
const MAX_DECIMALS = 20;

/** Reads the decimals argument: blank (keep the number's own places) or a whole number 0–20. */
export function readDecimalPlaces(value: unknown): Result<number | undefined> {
  if (isBlank(value)) return ok(undefined);
  const read = readCellNumber(value);
  if (!read.ok) return read;
  const whole = decimalToInteger(read.value);
  if (whole === undefined) return fail({ code: 'not-an-integer', value });
  const places = Number(whole);
  if (places < 0 || places > MAX_DECIMALS)
    return fail({ code: 'out-of-range', value, min: 0, max: MAX_DECIMALS });
  return ok(places);
}

/** The body of the custom function THAI_DIGITS. */
export function thaiDigitsFunction(value: SheetArgument, decimals?: SheetArgument): string | string[][] {
  const places = readDecimalPlaces(singleValue(decimals));
  if (!places.ok) throw new SheetFunctionError(NAME, DECIMALS_PLACE, places.problem);
  return mapCells(value, (cell, place) => {
    if (isBlank(cell)) return '';
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell))
        throw new SheetFunctionError(NAME, place, { code: 'not-a-number', value: cell });
      const d = decimalAsShown(cell);
      return toThaiDigits(decimalToString(places.value === undefined ? d : roundDecimal(d, places.value)));
    }
    if (typeof cell === 'string') {
      const number = places.value === undefined ? undefined : parseNumberText(cell);
      return toThaiDigits(number ? decimalToString(roundDecimal(number, places.value!)) : cell);
    }
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    throw new SheetFunctionError(NAME, place, { code: 'not-a-number', value: cell });
  });
}
