/**
 * The custom functions as Sheets calls them: the globals of the built dist/, loaded as Apps Script
 * loads a project, given random and hostile arguments of every shape. Each call returns what a cell
 * can show (a value or a 2-D array of values) or throws the function's own error, whose message
 * Sheets shows in the cell's tooltip: it names the function and is Thai with an English gloss.
 */

import fc from 'fast-check';
import { type AppsScriptProject, loadDist } from '../../scripts/lib/apps-script-vm';
import { CATALOG } from '../../src/core/functions/catalog';
import {
  assertProperty,
  CRASH_WORDS,
  hostileArgument,
  hostileCell,
  hostileRuns,
  hostileText,
  hostileTimeout,
  isThaiWithGloss,
} from '../support/hostile';

const RUNS = hostileRuns(150);
jest.setTimeout(hostileTimeout(RUNS));

/** What a cell can show of a custom function's result. */
function isCellValue(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  return typeof value === 'number' && Number.isFinite(value);
}

/** A value, or a 2-D array of values (every row an array of values). */
function isSheetResult(value: unknown): boolean {
  if (isCellValue(value)) return true;
  return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isCellValue));
}

interface Outcome {
  readonly kind: 'value' | 'error' | 'crash';
  readonly detail: string;
}

/** Calls a global and says what came out; a crash is anything but a result or the function's own error. */
function callOutcome(project: AppsScriptProject, name: string, args: readonly unknown[]): Outcome {
  let result: unknown;
  try {
    result = project.call(name, ...args);
  } catch (error) {
    // An Error made inside the vm is not `instanceof Error` here: read its tag and fields instead.
    const isError = Object.prototype.toString.call(error) === '[object Error]';
    const { name: errorName, message } = isError ? (error as Error) : { name: typeof error, message: '' };
    const clear =
      errorName === 'SheetFunctionError' &&
      message.startsWith(`${name}: `) &&
      isThaiWithGloss(message) &&
      !CRASH_WORDS.test(message);
    return { kind: clear ? 'error' : 'crash', detail: `${errorName}: ${message.slice(0, 300)}` };
  }
  return isSheetResult(result)
    ? { kind: 'value', detail: '' }
    : { kind: 'crash', detail: `not a cell value: ${String(result).slice(0, 100)}` };
}

// Arguments an officer plausibly types, so that calls also get past the first check.
const score = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}`) },
  { weight: 1, arbitrary: fc.constantFrom('๙๙.๖๕', ' 84.995 ', '', '١٠٠', '-0', '100.0000000000000001') },
  { weight: 1, arbitrary: hostileCell },
);
const scoreRow = fc.oneof(
  fc.array(score, { minLength: 10, maxLength: 10 }),
  fc.array(score, { minLength: 3, maxLength: 3 }),
  fc.array(score, { minLength: 9, maxLength: 12 }),
);
const scores = fc.oneof(
  scoreRow.map((row) => [row]),
  scoreRow.map((row) => row.map((s) => [s])),
  fc.array(scoreRow, { minLength: 1, maxLength: 6 }),
);
const year = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    '',
    2562,
    2566,
    2568,
    '๒๕๖๒',
    'พ.ศ. 2567',
    2019,
    2562.5,
    [[2562]],
    [[2562, 2563]],
  ),
  hostileCell,
);
const style = fc.oneof(
  fc.constantFrom<unknown>(undefined, 'pass', 'grade', 'ผ่าน', 'short', 'long-arabic', 'Short Arabic'),
  hostileCell,
);
const dateCell = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom('22 พ.ย. 69', '๓๐ ก.ย. ๒๕๖๙', '2026-11-22', '29/02/2567', '31/04/2569', 'วันที่ ๑ ต.ค. ๖๗'),
  hostileCell,
);
const amount = fc.oneof(
  fc.double({ min: -1e16, max: 1e16, noNaN: true }),
  fc.constantFrom('๕๐,๐๐๐ บาท', '฿1,234.50', '999999999999999.99', '1e15', '-0.005'),
  hostileCell,
);

const itemResult = fc.oneof(
  fc.constantFrom<unknown>(100, 0, '100', '✓', '✗', 'เผยแพร่แล้ว', 'ยังไม่ดำเนินการ', 'ไม่ต้องเผยแพร่', '', 50),
  hostileCell,
);
const subIndicator = fc.oneof(
  fc.constantFrom<unknown>('9.1', '9.2', '9.3', '10.1', '10.2', '๙.๑', '11.1', '9', ''),
  hostileCell,
);
const column = <T>(cell: fc.Arbitrary<T>) =>
  fc.array(cell, { minLength: 1, maxLength: 45 }).map((cells) => cells.map((c) => [c]));

/** Plausible arguments of each function, mixed with anything at all. */
const PLAUSIBLE: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  ITA_SCORE: fc.tuple(scores, year),
  ITA_LEVEL: fc.tuple(scores, year),
  ITA_GRADE: fc.tuple(
    fc.oneof(score, fc.array(fc.array(score, { maxLength: 4 }), { maxLength: 4 })),
    year,
    style,
  ),
  THAI_DIGITS: fc.tuple(
    fc.oneof(amount, hostileText, hostileArgument),
    fc.oneof(fc.constantFrom<unknown>(undefined, 0, 2, 20, 21, -1, 2.5, '๒'), hostileCell),
  ),
  BAHT_TEXT: fc.tuple(fc.oneof(amount, fc.array(fc.array(amount, { maxLength: 3 }), { maxLength: 3 }))),
  THAI_DATE: fc.tuple(
    fc.oneof(dateCell, fc.array(fc.array(dateCell, { maxLength: 3 }), { maxLength: 3 })),
    style,
  ),
  ITA_OIT: fc.oneof(
    fc.nat(45).chain((n) =>
      fc.tuple(
        fc.array(itemResult, { minLength: n, maxLength: n }).map((cells) => cells.map((c) => [c])),
        fc.array(subIndicator, { minLength: n, maxLength: n }).map((cells) => cells.map((c) => [c])),
        fc.oneof(fc.constantFrom<unknown>(undefined, '9', '10', '9.3', '10.2', 9, '11'), hostileCell),
      ),
    ),
    fc.tuple(column(itemResult), column(subIndicator), fc.oneof(fc.constant(undefined), hostileCell)),
  ),
  ITA_NEEDED: fc.tuple(
    fc.oneof(
      scores,
      scoreRow.map((row) => [row.map((s, i) => (i === row.length - 1 ? '' : s))]),
    ),
    fc.constantFrom<unknown>(
      undefined,
      85,
      80,
      100,
      0,
      101,
      -1,
      '๘๕',
      84.995,
      'ผ่านดี',
      'ระดับผ่านดีเยี่ยม',
      'AA',
      'ดี',
    ),
    fc.constantFrom<unknown>(undefined, 'OIT', 'iit', 'EIT', 'XYZ', ''),
    year,
  ),
  FISCAL_YEAR: fc.tuple(fc.oneof(dateCell, fc.array(fc.array(dateCell, { maxLength: 3 }), { maxLength: 3 }))),
};

const anyArguments = fc.array(hostileArgument, { maxLength: 4 });

describe('the custom functions of dist/, given hostile arguments', () => {
  let project: AppsScriptProject;

  beforeAll(() => {
    project = loadDist();
  });

  it('covers every function of the catalog', () => {
    expect(Object.keys(PLAUSIBLE).sort()).toEqual(CATALOG.map((f) => f.name).sort());
  });

  // What the properties found, kept as examples so that they are tried on every run.
  it.each([
    ['THAI_DATE', new Date(8.64e15)],
    ['FISCAL_YEAR', new Date(8.64e15)],
    ['THAI_DIGITS', { toString: 1, valueOf: 1 }],
    ['ITA_SCORE', [[Object.create(null)]]],
    ['BAHT_TEXT', [[1, Object.create(null)]]],
  ])('%s gives its own error for %p, not a crash of its internals', (name, value) => {
    expect(callOutcome(project, name, [value]).kind).toBe('error');
  });

  describe.each(CATALOG.map((f) => [f.name]))('%s', (name) => {
    it('returns a cell value or throws its own Thai error for any arguments', () => {
      assertProperty(
        fc.property(fc.oneof(anyArguments, PLAUSIBLE[name]!), (args) => {
          const outcome = callOutcome(project, name, args);

          expect(outcome.kind === 'crash' ? outcome.detail : 'no crash').toBe('no crash');
        }),
        RUNS,
      );
    });

    it('answers a whole column of hostile cells in one call', () => {
      assertProperty(
        fc.property(fc.array(hostileCell, { minLength: 1, maxLength: 40 }), (cells) => {
          const outcome = callOutcome(
            project,
            name,
            cells.map((c) => [c]),
          );

          expect(outcome.kind === 'crash' ? outcome.detail : 'no crash').toBe('no crash');
        }),
        40,
      );
    });
  });
});
