/**
 * A project's budget as officers write it in a cell: an amount of baht (`50,000 บาท`, `๕๐,๐๐๐.- บาท`)
 * or none (`ไม่ใช้งบประมาณ`).
 */

import { type Decimal, pow10, roundDecimal } from '../numbers/decimal';
import { parseNumberText } from '../numbers/read-number';
import { fail, ok, type Result } from '../problems/problem';
import { toArabicDigits, toThaiDigits } from './digits';
import { trimCell } from './whitespace';

/** A budget: none, or an amount in baht (whole, or with satang at scale 2). */
export type Budget = { readonly kind: 'none' } | { readonly kind: 'amount'; readonly baht: Decimal };

// No budget cell is longer than a sentence; the cap keeps a hostile paste from costing anything.
const MAX_LENGTH = 300;
const NONE_TEXT = 'ไม่ใช้งบประมาณ';
// Compared with the spaces removed; a lone dash is how a table says "nothing here".
const NONE_WORDS: ReadonlySet<string> = new Set([
  NONE_TEXT,
  'ไม่ใช้งบ',
  'ไม่ได้ใช้งบประมาณ',
  'ไม่มีงบประมาณ',
  'ไม่มีงบ',
  '-',
]);

// En dash, em dash, figure dash and minus sign arrive from Word in place of "-".
const DASH_LOOKALIKE = /[\u2012\u2013\u2014\u2212]/g;
// Words in brackets spell the amount out (ห้าหมื่นบาทถ้วน) or name its source: neither changes it.
const BRACKETED = /\([^()]*\)/g;
// Thousands grouped by commas or not at all; `.-` after it (20,000.-) is the Thai way of writing a whole
// amount. Each piece can match in one way only, so the match is linear in the text.
const AMOUNT = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\.-|\\.)? ?(?:บาท)?(?:ถ้วน)?';
const AMOUNT_LABEL = '(?:(?:งบประมาณ|จำนวนเงิน|จำนวน|เป็นเงิน|งบ) ?:? ?)';
const SINGLE_AMOUNT = new RegExp(`^${AMOUNT_LABEL}*(?:฿ ?)?${AMOUNT}$`);
// One amount for one year: ปี 62 = 10,000 บาท, ปีงบประมาณ พ.ศ. 2563 จำนวน 10,000 บาท.
const YEAR_AMOUNT = new RegExp(
  `(?:ปีงบประมาณ|ปีงบ|ปี) ?(?:(?:พ\\. ?ศ\\.?|พศ) ?)?(\\d{4}|\\d{2})(?!\\d) ?(?:[=:] ?)?${AMOUNT_LABEL}?(?:฿ ?)?${AMOUNT}(?: ?(?:,|;|และ) ?| |$)`,
  'y',
);

/** An amount as a budget: whole baht at scale 0, else satang at scale 2; undefined below a satang. */
function amountOf(text: string): bigint | undefined {
  const decimal = parseNumberText(text);
  if (decimal === undefined) return undefined;
  if (decimal.scale <= 2) return decimal.units * pow10(2 - decimal.scale);
  const divisor = pow10(decimal.scale - 2);
  return decimal.units % divisor === 0n ? decimal.units / divisor : undefined;
}

/** Satang as a budget, at the scale formatBudget writes it, so a round trip gives the same value. */
function budgetOf(satang: bigint): Budget {
  const baht = satang % 100n === 0n ? { units: satang / 100n, scale: 0 } : { units: satang, scale: 2 };
  return { kind: 'amount', baht };
}

/**
 * Sums amounts given year by year (`ปี 62 = 10,000 บาท ปี 63 = 10,000 บาท`). A cell of several amounts
 * is summed only when every amount carries its own year and no year comes twice: then the amounts are
 * the project's yearly shares and their sum is its budget. Any other cell of several amounts
 * (`10,000 บาท 20,000 บาท`, `ปีละ 10,000 บาท`) could mean more than one thing and is not read.
 */
function readYearlyAmounts(text: string): bigint | undefined {
  const years = new Set<string>();
  let total = 0n;
  let at = 0;
  while (at < text.length) {
    YEAR_AMOUNT.lastIndex = at;
    const m = YEAR_AMOUNT.exec(text);
    if (!m) return undefined;
    const year = m[1] ?? '';
    const key = year.length === 2 ? `25${year}` : year;
    const satang = amountOf(m[2] ?? '');
    if (years.has(key) || satang === undefined) return undefined;
    years.add(key);
    total += satang;
    at = YEAR_AMOUNT.lastIndex;
  }
  return years.size > 0 ? total : undefined;
}

/**
 * Reads a budget cell: `ไม่ใช้งบประมาณ` or `-` is none; `50,000 บาท`, `งบประมาณ ๕๐,๐๐๐ บาท`,
 * `จำนวน 20,000.- บาท`, `฿1,500.50` is an amount. Blank text is `blank`; anything else, a negative or
 * ambiguous amount included, is `not-a-budget` with the text.
 */
export function parseBudget(text: string): Result<Budget> {
  const trimmed = trimCell(text);
  if (trimmed === '') return fail({ code: 'blank' });
  const notABudget = fail<Budget>({ code: 'not-a-budget', value: text });
  if (trimmed.length > MAX_LENGTH) return notABudget;
  const plain = toArabicDigits(trimmed)
    .replace(DASH_LOOKALIKE, '-')
    .replace(BRACKETED, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(บาท|ถ้วน)\.$/, '$1');
  if (NONE_WORDS.has(plain.replace(/ /g, ''))) return ok({ kind: 'none' });
  const single = SINGLE_AMOUNT.exec(plain);
  const satang = single ? amountOf(single[1] ?? '') : readYearlyAmounts(plain);
  return satang === undefined ? notABudget : ok(budgetOf(satang));
}

/** Whole digits with a comma every three from the right: 1234567 → 1,234,567. */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}

/** Writes a budget: `ไม่ใช้งบประมาณ`, `50,000 บาท`, `1,500.50 บาท` (satang only when not zero). */
export function formatBudget(budget: Budget, digits: 'thai' | 'arabic' = 'arabic'): string {
  if (budget.kind === 'none') return NONE_TEXT;
  const satang = roundDecimal(budget.baht, 2).units;
  const magnitude = satang < 0n ? -satang : satang;
  const fraction = magnitude % 100n;
  const text =
    `${satang < 0n ? '-' : ''}${groupThousands((magnitude / 100n).toString())}` +
    `${fraction === 0n ? '' : `.${fraction.toString().padStart(2, '0')}`} บาท`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}
