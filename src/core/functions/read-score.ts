/** Reads one ITA score from a cell: a number or number text from 0 to 100. */

import { type Decimal, pow10 } from '../numbers/decimal';
import { readCellNumber } from '../numbers/read-number';
import { fail, type Result } from '../problems/problem';

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/** A score from 0 to 100; a blank cell is the `blank` problem. */
export function readScore(value: unknown): Result<Decimal> {
  const read = readCellNumber(value);
  if (!read.ok) return read;
  const { units, scale } = read.value;
  if (units < 0n || units > BigInt(MAX_SCORE) * pow10(scale))
    return fail({ code: 'out-of-range', value, min: MIN_SCORE, max: MAX_SCORE });
  return read;
}
