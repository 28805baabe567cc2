/**
 * Exact decimal values: a number as the officer wrote it (`84.995`), kept as an integer count of
 * 10^-scale, so that rounding at 2 decimals is done on the decimal value and never on the binary
 * floating-point approximation (the double nearest 84.995 is 84.99499999…).
 */

export interface Decimal {
  /** The value times 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

const POWERS_OF_TEN: readonly bigint[] = Array.from({ length: 41 }, (_, k) => 10n ** BigInt(k));

/** 10^k as a bigint; the small powers come from a table, since they are on every score's path. */
export function pow10(k: number): bigint {
  return POWERS_OF_TEN[k] ?? 10n ** BigInt(k);
}

/** A decimal written with optional sign, digits, optional fraction and optional exponent. */
const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;

/** Reads plain ASCII decimal text (`-12.50`, `1e-7`, `.5`); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const sign = m[1] ?? m[5] ?? '';
  const whole = m[2] ?? '0';
  const fraction = m[3] ?? m[6] ?? '';
  const exponent = Number(m[4] ?? m[7] ?? '0');
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  const digits = whole + fraction;
  // BigInt of a safe integer is several times faster than BigInt of its text.
  let units = digits.length <= 15 ? BigInt(Number(digits)) : BigInt(digits);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/**
 * The decimal a finite number stands for: its shortest round-trip representation, which is what
 * Sheets shows and what the officer typed.
 */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`decimalFromNumber: not a finite number: ${value}`);
  return fewDigitsDecimal(value) ?? decimalFromText(value, String(value));
}

const SMALL_SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6] as const;

/**
 * Fast path for the numbers of a score sheet, without turning the number into text (slow in V8):
 * the fewest decimals `scale` ≤ 6 with k / 10^scale === value. For |value| < 1e9 that k / 10^scale
 * is the shortest round-trip text of the value, at most 15 digits, so also as Sheets shows it.
 */
function fewDigitsDecimal(value: number): Decimal | undefined {
  if (!(Math.abs(value) < 1e9)) return undefined;
  for (let scale = 0; scale < SMALL_SCALES.length; scale++) {
    const factor = SMALL_SCALES[scale]!;
    const k = Math.round(value * factor);
    if (k / factor === value) return { units: BigInt(k), scale };
  }
  return undefined;
}

/** The decimal of a finite number, given its shortest round-trip text. */
function decimalFromText(value: number, text: string): Decimal {
  const dot = text.indexOf('.');
  // Fast path, on every score of every row: with at most 15 significant digits, value × 10^scale is
  // within 0.5 of the integer the text spells, so rounding it gives that integer exactly.
  if (text.length <= 16 && !text.includes('e')) {
    const scale = dot < 0 ? 0 : text.length - dot - 1;
    return { units: BigInt(Math.round(value * 10 ** scale)), scale };
  }
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(`decimalFromNumber: bug: String(${value}) is not decimal text`);
  return parsed;
}

/**
 * The decimal of a number as Sheets shows it: at most 15 significant digits, the precision of its
 * display. A sum such as 0.1 + 0.2 (0.30000000000000004) is 0.3, and an average that lands on
 * 84.99499999999999 is 84.995, as the officer sees it in the cell.
 */
export function decimalAsShown(value: number): Decimal {
  if (!Number.isFinite(value)) return decimalFromNumber(value);
  const few = fewDigitsDecimal(value);
  if (few) return few;
  const text = String(value);
  // Up to 15 characters means at most 15 digits: already as shown, and toPrecision is slow.
  if (text.length <= 15) return decimalFromText(value, text);
  const shown = Number(value.toPrecision(15));
  // Next to the largest double, 15 digits round up to Infinity: keep the value itself there.
  return Number.isFinite(shown) ? decimalFromNumber(shown) : decimalFromText(value, text);
}

/** The value as a JavaScript number (the nearest double). */
export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

/** The whole number a decimal stands for (`2562.00` → 2562n), or undefined when it has a fraction. */
export function decimalToInteger(d: Decimal): bigint | undefined {
  const divisor = pow10(d.scale);
  return d.units % divisor === 0n ? d.units / divisor : undefined;
}

/** Plain decimal text with exactly `scale` fraction digits, never an exponent. */
export function decimalToString(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const fraction = digits.slice(digits.length - d.scale);
  return (negative ? '-' : '') + whole + (d.scale > 0 ? `.${fraction}` : '');
}

/**
 * Rounds to `places` decimals, halves away from zero (84.995 → 85.00, -0.125 → -0.13), as Thai
 * official documents and the NACC round.
 */
export function roundDecimal(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return { units: d.units * pow10(places - d.scale), scale: places };
  return { units: divideRoundHalfUp(d.units, pow10(d.scale - places)), scale: places };
}

/** numerator / denominator rounded to an integer, halves away from zero; denominator > 0. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('divideRoundHalfUp: the denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** The value in hundredths, rounded half away from zero: the figure an officer sees at 2 decimals. */
export function toHundredths(d: Decimal): bigint {
  return roundDecimal(d, 2).units;
}

/** Hundredths back to a number: 7721n → 77.21 (the double nearest the decimal). */
export function hundredthsToNumber(hundredths: bigint): number {
  return Number(hundredths) / 100;
}
