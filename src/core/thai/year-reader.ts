/**
 * The one year reader: a fiscal year B.E. as an officer writes it, in a cell (2562, "๒๕๖๒",
 * "พ.ศ. 2562"; a year A.D. refused with its B.E.) or after its words in a line of a document
 * ("ประจำปีงบประมาณ พ.ศ.๒๕๖๒", "ปีงบประมาณ พ.ศ. 2562 - 2564"). Both hold a year to the same range.
 */

import { decimalToInteger } from '../numbers/decimal';
import { isBlank, readCellNumber } from '../numbers/read-number';
import { fail, ok, type Result } from '../problems/problem';
import { toArabicDigits } from './digits';

const BUDDHIST_ERA_OFFSET = 543;
/** The fiscal years B.E. the add-in reads: from here a four-digit year can only be B.E. */
export const FIRST_FISCAL_YEAR = 2400;
export const LAST_FISCAL_YEAR = 2800;
// "ปีงบประมาณ พ.ศ. ๒๕๖๒", "พ.ศ.2562", "ปี 2562": the words around a year are dropped.
const YEAR_WORDS = /ปีงบประมาณ|ปี|พ\.\s*ศ\.?|FY/gi;

/** Reads a fiscal year B.E. from a cell: 2562, "๒๕๖๒", "พ.ศ. 2562". A year A.D. is refused with its B.E. */
export function readFiscalYear(value: unknown): Result<number> {
  const text = typeof value === 'string' ? toArabicDigits(value).replace(YEAR_WORDS, '') : value;
  const read = readCellNumber(text);
  if (!read.ok) return isBlank(value) ? read : fail({ code: 'not-a-year', value });
  const whole = decimalToInteger(read.value);
  if (whole === undefined) return fail({ code: 'not-a-year', value });
  const year = Number(whole);
  if (year >= 1900 && year < 2200)
    return fail({ code: 'gregorian-year', value, buddhistEra: year + BUDDHIST_ERA_OFFSET });
  if (year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR) return fail({ code: 'not-a-year', value });
  return ok(year);
}

const isFiscalYear = (year: number): boolean => year >= FIRST_FISCAL_YEAR && year <= LAST_FISCAL_YEAR;

const patterns = new Map<string, RegExp>();

function yearsPattern(label: string): RegExp {
  let pattern = patterns.get(label);
  if (!pattern) {
    pattern = new RegExp(
      `(?:${label})\\s*(?:พ\\.\\s?ศ\\.)?\\s*(\\d{4})(?!\\d)(?:\\s*[-–—]\\s*(\\d{4})(?!\\d))?`,
      'g',
    );
    patterns.set(label, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * The first fiscal year B.E. a line writes after one of the words of `label` (a regular expression's
 * alternatives, e.g. `ปีงบประมาณ|ประจำปี`), with the era or without, in Thai digits or Arabic; and the
 * last year of a span ("2562 - 2564") when it follows. A year outside the range is passed over.
 */
export function fiscalYearsAfter(line: string, label: string): { from: number; to?: number } | undefined {
  for (const m of toArabicDigits(line).matchAll(yearsPattern(label))) {
    const from = Number(m[1]);
    if (!isFiscalYear(from)) continue;
    const to = Number(m[2]);
    return isFiscalYear(to) && to > from ? { from, to } : { from };
  }
  return undefined;
}
