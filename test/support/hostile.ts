/**
 * Random and hostile values for the property tests of test/hostile: what an officer's paste, a
 * script, a tampered sidebar or a broken file can hand an entry point. Each entry point must answer
 * with a result or a typed error with a clear message, never crash or hang.
 */

import fc from 'fast-check';

/** A Sheets cell holds at most this many characters; hostile text goes past it. */
export const CELL_LIMIT = 50_000;

/** Text that breaks naive code: controls, invisible marks, lone surrogates, markup, formulas, odd numbers. */
export const HOSTILE_WORDS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00ก',
  'x\ud83d',
  '\u00ad',
  '\u2028',
  '\r',
  '\r\n',
  '\t',
  '๑๒๓',
  '12๓',
  '๙๙.๖๕',
  '๙9.6๕',
  '٣',
  '٣٫٥',
  '<b>',
  '</td>',
  '<script>alert(1)</script>',
  '<p',
  '<br/>',
  '&nbsp;',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  '[image: x]',
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1,2',
  '1,234.5',
  '50,000 บาท',
  '฿',
  'บาท',
  '−5',
  '=SUM(A1:A9)',
  '+1',
  '-1',
  '@x',
  ' =1',
  '\ufeff=1',
  '\t-x',
  "'",
  "'=1",
  'TRUE',
  'false',
  '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘',
  '31 ก.พ. 2569',
  '2569',
  'ปีงบประมาณ พ.ศ. 2562 - 2564',
  'ประจำปี พ.ศ. 2899',
  'ปีงบประมาณ 2801 - 2899',
  'คะแนนรวม 150 คะแนน',
  'ระดับ AAA',
  'ไม่ใช้งบประมาณ',
  '๑. ',
  '(๑)',
  '- ',
  'ลำดับ',
  'มาตรการ',
  'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๙.๖๕ คะแนน',
  '2.1',
  '"',
  '""',
  '{}',
  '[]',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
];

/** Strings long enough to find quadratic regular expressions and missing length checks. */
export const HUGE_WORDS: readonly string[] = [
  'ก'.repeat(60_000),
  '9'.repeat(60_000),
  `1${'0'.repeat(60_000)}`,
  `0.${'0'.repeat(60_000)}1`,
  '๙'.repeat(60_000),
  '<'.repeat(60_000),
  '<b '.repeat(20_000),
  '&#'.repeat(30_000),
  '1. '.repeat(20_000),
  '(1'.repeat(30_000),
  ' '.repeat(60_000),
  '\u200b'.repeat(60_000),
  `${'1 '.repeat(30_000)}x`,
  `1${' ก'.repeat(30_000)}`,
  'ก\n'.repeat(30_000),
  '\t'.repeat(60_000),
  `องค์การบริหารส่วนตำบล${'ก'.repeat(60_000)}`,
  `ปี ${'2'.repeat(60_000)}`,
  'a'.repeat(CELL_LIMIT + 1),
];

const pieces = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...'0123456789๐๑๒๓๔๕๖๗๘๙.,-+ eE%'), { maxLength: 10 })
      .map((cs) => cs.join('')),
  },
);

/** Hostile text: a few hostile pieces run together, now and then a huge one. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.array(pieces, { maxLength: 5 }).map((ps) => ps.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_WORDS) },
);

/** Numbers that are not what a score sheet holds: NaN, infinities, -0, the extremes. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    1e21,
    1e15 - 0.01,
    84.995,
    2562,
    2569,
    45_000,
    2_958_466,
  ),
);

/** Dates, valid and not, at the ends of what a Date holds. */
export const hostileDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(0),
    new Date('2026-09-30T17:00:00Z'),
  ),
);

/** Objects where text or a number is expected, including ones that cannot be turned into text. */
export const hostileObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    {},
    { a: 1 },
    { toString: 1, valueOf: 1 },
    Object.create(null),
    { length: -1 },
    { length: 1e10 },
    new Map(),
    () => 1,
    Symbol('x'),
    10n,
  ),
  fc.object({ maxDepth: 1, maxKeys: 3 }),
);

/** One cell as a script, Sheets or a tampered caller could hand it. */
export const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') },
  { weight: 1, arbitrary: hostileObject },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileNumber, hostileText), { maxLength: 3 }) },
);

/** Rows of cells of any lengths (ragged), or none. */
export function raggedRows<T>(cell: fc.Arbitrary<T>, maxRows = 12, maxColumns = 12): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { maxLength: maxColumns }), { maxLength: maxRows });
}

/** An argument of any shape: a single value, a ragged range, an empty or nested array. */
export const hostileArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileCell },
  { weight: 4, arbitrary: raggedRows(hostileCell) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[], []], [[[1]]], [[[[]]]], [1, [2]]) },
);

/** What JSON (and so google.script.run) can carry, with hostile text and numbers inside. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...HOSTILE_WORDS)), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** True when text holds Thai letters and an English gloss in parentheses, as every message does. */
export function isThaiWithGloss(message: string): boolean {
  return /[\u0e01-\u0e4f]/.test(message) && /\([^()]*?[A-Za-z]{2}/.test(message);
}

/** What our own code must never leak as a message: the words of a crash inside it. */
export const CRASH_WORDS =
  /Cannot read properties|Cannot convert|Maximum call stack|Invalid array length|BigInt|is not a function|is not iterable|undefined is not|Invalid time value|Invalid string length|\bbug\b/;

/** A value with every long string cut short, so a failure's counterexample can be read. */
function shortened(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.length > 120 ? `${value.slice(0, 60)}…(${value.length} chars)…${value.slice(-20)}` : value;
  }
  if (depth > 6) return value;
  if (Array.isArray(value)) return value.map((v) => shortened(v, depth + 1));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortened(v, depth + 1)]));
  }
  return value;
}

/**
 * fc.assert, with a readable report: hostile counterexamples hold strings of 60,000 characters,
 * which the default report prints whole.
 */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts>,
  numRuns: number,
): void {
  const details = fc.check(property, { numRuns });
  if (!details.failed) return;
  const cause =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    [
      `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")`,
      `Counterexample: ${fc.stringify(shortened(details.counterexample))}`,
      `Cause: ${cause.slice(0, 2000)}`,
    ].join('\n'),
  );
}

/** The runs of a property: the suite's own number, or HOSTILE_RUNS (e.g. 2000) to search deeper by hand. */
export function hostileRuns(usual: number): number {
  return Number(process.env.HOSTILE_RUNS ?? usual);
}

/** A test's time limit: a guard against a hang, not a measure of speed; more for a deeper search. */
export function hostileTimeout(runs: number): number {
  return Math.max(60_000, runs * 300);
}
