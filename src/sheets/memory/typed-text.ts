/**
 * What Sheets (locale en-US) reads typed text as, besides plain text: a number, a percentage, a
 * currency amount, a mixed fraction, a date, a date and time, or a time. The memory workbook uses it
 * for strings written with setValues (USER_ENTERED), so a test sees text turn into a value where
 * real Sheets would turn it.
 *
 * Modelled (surrounding spaces allowed): "50000", "-5", "+7", "1,234.5" (thousands only in groups of
 * three), "1e3", "12%" and "10 %" (→ 0.12, 0.1), "$5", "$ 5", "-$5", "(5)" and "($5)" (→ -5),
 * "1 1/2" (→ 1.5); dates "10/1/2024", "10/1/24", "10/1" (this year), "2024-10-01", "2024/10/01",
 * "10-1-2024", "1-Oct-2024", "1 Oct 2024", "Oct 1 2024", "Oct 1, 2024", "October 1, 2024", "Oct 2024",
 * each with an optional time after it ("2024-10-01 10:00", "10/1/2024 1:30:15 PM"); a time alone
 * ("10:00", "1:30 PM"). A date that does not exist (2/30/2024) stays text. Two-digit years 00–29 are
 * 2000–2029, 30–99 are 1930–1999, as in Sheets.
 * Not modelled: other locales (a Thai-locale spreadsheet reads d/m/y and may read Thai month names),
 * other currency signs, and the number format Sheets sets on the cell. Dates are built in UTC: the
 * spreadsheet's time zone is not modelled.
 */

const NUMBER = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?$/i;

function plainNumber(text: string): number | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const [, sign = '', digits = '', exponent] = m;
  const n = Number(`${sign}${digits.replace(/,/g, '')}${exponent === undefined ? '' : `e${exponent}`}`);
  return Number.isFinite(n) ? n : undefined;
}

// "$5", "$ 5", "-$5", "$-5": the sign may stand on either side of the dollar sign.
const CURRENCY = /^([+-]?)\$\s*([+-]?)(.+)$/;
const NEGATIVE = /^\((.+)\)$/;
const MIXED_FRACTION = /^([+-]?)(\d+) +(\d+)\/(\d+)$/;

/** The number a text reads as in Sheets (en-US), or undefined. */
export function numberFromText(text: string): number | undefined {
  const t = text.trim();
  const negative = NEGATIVE.exec(t);
  if (negative?.[1] !== undefined) {
    const n = numberFromText(negative[1]);
    return n === undefined || n < 0 ? undefined : -n;
  }
  // endsWith, not a regex: /(.+?)\s*%$/ backtracks quadratically over a long run of spaces.
  if (t.endsWith('%')) {
    const n = plainNumber(t.slice(0, -1).trim());
    return n === undefined ? undefined : n / 100;
  }
  const currency = CURRENCY.exec(t);
  if (currency) {
    const [, before = '', after = '', rest = ''] = currency;
    if (before !== '' && after !== '') return undefined;
    const n = plainNumber(rest.trim());
    return n === undefined || /^[+-]/.test(rest) ? undefined : (before || after) === '-' ? -n : n;
  }
  const fraction = MIXED_FRACTION.exec(t);
  if (fraction) {
    const [, sign = '', whole = '', top = '', bottom = ''] = fraction;
    const n = Number(whole) + Number(top) / Number(bottom);
    return Number(bottom) === 0 || !Number.isFinite(n) ? undefined : sign === '-' ? -n : n;
  }
  return plainNumber(t);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 for an English month name or its three-letter (or "Sept") abbreviation. */
function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const full = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ];
  const i = n === 'sept' ? 8 : n.length === 3 ? MONTHS.indexOf(n) : full.indexOf(n);
  return i < 0 ? undefined : i + 1;
}

function fullYear(text: string | undefined): number {
  if (text === undefined) return new Date().getUTCFullYear();
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

interface DayOfYear {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const M = '([A-Za-z]{3,9}\\.?)';
const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray) => DayOfYear | undefined][] = [
  // 10/1/2024, 10/1/24, 10/1, 10-1-2024
  [
    /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/,
    (m) => ({ month: Number(m[1]), day: Number(m[3]), year: fullYear(m[4]) }),
  ],
  // 2024-10-01, 2024/10/01
  [
    /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/,
    (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
  ],
  // 1-Oct-2024, 1 Oct 2024, 1 Oct
  [new RegExp(`^(\\d{1,2})[ -]${M}(?:[ -](\\d{2}|\\d{4}))?$`), (m) => named(m[2], Number(m[1]), m[3])],
  // Oct 1 2024, Oct 1, 2024, October 1, 2024, Oct 1
  [new RegExp(`^${M} (\\d{1,2})(?:,? (\\d{2}|\\d{4}))?$`), (m) => named(m[1], Number(m[2]), m[3])],
  // Oct 2024
  [new RegExp(`^${M} (\\d{4})$`), (m) => named(m[1], 1, m[2])],
];

function named(month: string | undefined, day: number, year: string | undefined): DayOfYear | undefined {
  const n = month === undefined ? undefined : monthFromName(month);
  return n === undefined ? undefined : { month: n, day, year: fullYear(year) };
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;

/** Hours, minutes and seconds of a time of day, or undefined. */
function timeFromText(text: string): [number, number, number] | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (m[4] !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  }
  return hours > 23 || minutes > 59 || seconds > 59 ? undefined : [hours, minutes, seconds];
}

function dayFromText(text: string): DayOfYear | undefined {
  for (const [form, read] of DATE_FORMS) {
    const m = form.exec(text);
    if (m) return read(m);
  }
  return undefined;
}

/** Sheets' day 0: a time without a date is a time on 30 Dec 1899. */
const TIME_ONLY_DAY: DayOfYear = { year: 1899, month: 12, day: 30 };

/** The date (and time) a text reads as in Sheets (en-US), or undefined. */
export function dateFromText(text: string): Date | undefined {
  // The longest form ("September 30, 2024 12:59:59 PM") is 32 characters.
  if (text.length > 64) return undefined;
  const t = text.trim().replace(/\s+/g, ' ');
  const alone = timeFromText(t);
  const split = /^(.*?)(?:,? (\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?))?$/.exec(t);
  const day = alone ? TIME_ONLY_DAY : dayFromText(split?.[1] ?? t);
  const time = alone ?? (split?.[2] === undefined ? [0, 0, 0] : timeFromText(split[2]));
  if (!day || !time) return undefined;
  const { year, month, day: d } = day;
  const date = new Date(Date.UTC(year, month - 1, d, ...time));
  // Date.UTC rolls 2/30 over into March and treats years below 100 as 19xx: neither is a date typed.
  if (year < 100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}
