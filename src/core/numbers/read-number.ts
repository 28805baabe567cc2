/** Reads a cell value (a number, or text with Thai or Arabic digits) into an exact decimal. */

import { fail, ok, type Result } from '../problems/problem';
import { toArabicDigits } from '../thai/digits';
import { trimCell } from '../thai/whitespace';
import { type Decimal, decimalAsShown, parseDecimal } from './decimal';

// 1,234,567.89 — commas only where they group thousands, so "1,2" is not silently read as 12.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
// U+2212 MINUS SIGN and U+2013 EN DASH arrive in place of "-" from Word.
const MINUS_LOOKALIKE = /^[\u2212\u2013]/;

/** True for what Sheets hands a custom function for an empty cell. */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && trimCell(value) === '')
  );
}

/** Reads number text such as `"๙๙.๖๕"`, `" 99.65 "`, `"50,000"`; undefined when it is not a number. */
export function parseNumberText(text: string): Decimal | undefined {
  const plain = toArabicDigits(trimCell(text)).replace(MINUS_LOOKALIKE, '-');
  return parseDecimal(GROUPED.test(plain) ? plain.replace(/,/g, '') : plain);
}

/**
 * Reads one cell: a finite number or number text. A blank cell is the `blank` problem, so the caller
 * decides what blank means; anything else that is not a number is `not-a-number` with the value.
 */
export function readCellNumber(value: unknown): Result<Decimal> {
  if (isBlank(value)) return fail({ code: 'blank' });
  if (typeof value === 'number') {
    return Number.isFinite(value) ? ok(decimalAsShown(value)) : fail({ code: 'not-a-number', value });
  }
  if (typeof value === 'string') {
    const parsed = parseNumberText(value);
    return parsed ? ok(parsed) : fail({ code: 'not-a-number', value });
  }
  return fail({ code: 'not-a-number', value });
}
