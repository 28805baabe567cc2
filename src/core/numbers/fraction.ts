/**
 * Exact fractions of bigints, for means and weighted sums that must round at 2 decimals exactly
 * (a tool score of 69.3533… is never truncated on the way to the total).
 */

import { type Decimal, divideRoundHalfUp, pow10 } from './decimal';

export interface Fraction {
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

export const ZERO: Fraction = { numerator: 0n, denominator: 1n };

export function fractionFromDecimal(d: Decimal): Fraction {
  return { numerator: d.units, denominator: pow10(d.scale) };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator)
    return { numerator: a.numerator + b.numerator, denominator: a.denominator };
  return {
    numerator: a.numerator * b.denominator + b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  };
}

/** a × n / d for whole numbers n and d > 0. */
export function scaleFraction(a: Fraction, n: bigint, d: bigint): Fraction {
  if (d <= 0n) throw new RangeError('scaleFraction: the divisor must be positive');
  return { numerator: a.numerator * n, denominator: a.denominator * d };
}

/** The mean of fractions; there must be at least one. */
export function meanOfFractions(values: readonly Fraction[]): Fraction {
  if (values.length === 0) throw new RangeError('meanOfFractions: bug: the mean of nothing');
  return scaleFraction(values.reduce(addFractions, ZERO), 1n, BigInt(values.length));
}

/** The fraction rounded to hundredths, halves away from zero: 84.995 → 8500n. */
export function fractionToHundredths(a: Fraction): bigint {
  return divideRoundHalfUp(a.numerator * 100n, a.denominator);
}
