/** BAHT_TEXT(amount): an amount, or each amount of a range, in Thai words as Excel's BAHTTEXT writes it. */

import { type Decimal, decimalAsShown, roundDecimal } from '../numbers/decimal';
import { isBlank, parseNumberText } from '../numbers/read-number';
import { fail, ok, type Place, type Result } from '../problems/problem';
import { bahtText } from '../thai/baht-text';
import { parseBudget } from '../thai/budget';
import { trimCell } from '../thai/whitespace';
import { mapCells, type SheetArgument } from './cells';
import { SheetFunctionError } from './sheet-function-error';

const OPERATION = 'BAHT_TEXT';
// A double holds about 15–17 significant digits, so from 10^15 baht on the satang of a number typed
// into a cell are no longer the ones the officer typed.
const LIMIT_IN_SATANG = 10n ** 17n;
const LARGEST_AMOUNT = '999,999,999,999,999.99';

// Amount text as it is written on forms: "๕๐,๐๐๐ บาท", "฿1,234.50".
const LEADING_BAHT_SIGN = /^฿\s*/;
const TRAILING_BAHT = /\s*บาท$/;

/** An amount as forms write it (`50,000.-`, `๕๐,๐๐๐.- บาท`, `งบประมาณ 20,000 บาท`), read as a budget cell is. */
function amountText(text: string): Decimal | undefined {
  const budget = parseBudget(text);
  return budget.ok && budget.value.kind === 'amount' ? budget.value.baht : undefined;
}

/** Reads one amount: a number, or number text with Thai or Arabic digits, ฿ before or บาท after, `.-` for a whole amount. */
function readAmount(value: unknown): Result<Decimal> {
  let amount: Decimal | undefined;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return fail({ code: 'not-a-number', value });
    // Sheets never passes Infinity, but a script might; it is an amount too large, not a non-number.
    if (!Number.isFinite(value)) return fail({ code: 'too-large', value, max: LARGEST_AMOUNT });
    amount = decimalAsShown(value);
  } else if (typeof value === 'string') {
    amount =
      parseNumberText(trimCell(value).replace(LEADING_BAHT_SIGN, '').replace(TRAILING_BAHT, '')) ??
      amountText(value);
  }
  if (amount === undefined) return fail({ code: 'not-a-number', value });
  const satang = roundDecimal(amount, 2).units;
  if (satang >= LIMIT_IN_SATANG || satang <= -LIMIT_IN_SATANG) {
    return fail({ code: 'too-large', value, max: LARGEST_AMOUNT });
  }
  return ok(amount);
}

function cellBahtText(value: unknown, place: Place): string {
  if (isBlank(value)) return '';
  const amount = readAmount(value);
  if (!amount.ok) throw new SheetFunctionError(OPERATION, place, amount.problem);
  return bahtText(amount.value);
}

/** The body of BAHT_TEXT: Thai words for an amount, or for each cell of a range in its shape; blank stays blank. */
export function bahtTextFunction(amount: SheetArgument): string | string[][] {
  return mapCells(amount, cellBahtText);
}
