import { join } from 'node:path';
import { loadDistFunctions } from '../../src/preview/formula/dist-functions';
import { type Computed, evaluateFormulas } from '../../src/preview/formula/evaluate-formula';
import { parseFormula } from '../../src/preview/formula/parse-formula';
import type { CellJson } from '../../src/sheets/memory';

const DIST = join(__dirname, '..', '..', 'dist');
const FUNCTIONS = loadDistFunctions(DIST, () => 'Asia/Bangkok');
const SCORES = [99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50];

/** A tab from cells given as typed: '=…' a formula, else a value. */
function tab(cells: Record<string, string | number | boolean>): Map<string, CellJson> {
  return new Map(
    Object.entries(cells).map(([cell, v]) => [
      cell,
      typeof v === 'string' && v.startsWith('=') ? { cell, formula: v } : { cell, value: v },
    ]),
  );
}

function computed(
  cells: Record<string, string | number | boolean>,
  others: Record<string, Map<string, CellJson>> = {},
) {
  const shown = tab(cells);
  return evaluateFormulas({
    cells: (sheet) => (sheet === undefined ? shown : others[sheet]),
    functions: FUNCTIONS,
  });
}

const scoreRow = Object.fromEntries(SCORES.map((s, i) => [`${String.fromCharCode(66 + i)}2`, s]));

describe('parseFormula', () => {
  it('reads calls, ranges, cells, numbers, text, booleans and nested calls', () => {
    expect(parseFormula('=ITA_GRADE(ITA_SCORE(B2:K2, 2562), TRUE, "a""b")')).toEqual({
      ok: true,
      expr: {
        kind: 'call',
        name: 'ITA_GRADE',
        args: [
          {
            kind: 'call',
            name: 'ITA_SCORE',
            args: [
              { kind: 'range', row: 2, column: 2, rows: 1, columns: 10 },
              { kind: 'number', value: 2562 },
            ],
          },
          { kind: 'boolean', value: true },
          { kind: 'text', value: 'a"b' },
        ],
      },
    });
    expect(parseFormula("='คะแนน ITA'!$B$2")).toEqual({
      ok: true,
      expr: { kind: 'cell', sheet: 'คะแนน ITA', row: 2, column: 2 },
    });
  });

  it('refuses what Sheets would not parse, saying where', () => {
    expect(parseFormula('=ITA_SCORE(B2:K2')).toEqual({ ok: false, message: 'expected ")"' });
    expect(parseFormula('=THAI_DIGITS("๑๒)').ok).toBe(false);
    expect(parseFormula('=1 +').ok).toBe(false);
    expect(parseFormula('ITA_SCORE(B2)').ok).toBe(false);
  });
});

describe('evaluateFormulas with the built custom functions', () => {
  it('computes ITA_SCORE over a range, ITA_GRADE of a literal, THAI_DIGITS of Thai digits', () => {
    const result = computed({
      ...scoreRow,
      L2: '=ITA_SCORE(B2:K2, 2562)',
      M2: '=ITA_GRADE(77.21, 2562)',
      N2: '=THAI_DIGITS("๑๒")',
      O2: '=THAI_DIGITS(L2)',
      P2: '=ITA_GRADE(ITA_SCORE(B2:K2, 2562), 2562)',
    });

    expect(Object.fromEntries(result)).toEqual({
      L2: { value: 77.21 },
      M2: { value: 'B' },
      N2: { value: expect.any(String) },
      O2: { value: '๗๗.๒๑' },
      P2: { value: 'B' },
    });
  });

  it('recomputes a formula that depends on another when a score changes', () => {
    const before = computed({ ...scoreRow, L2: '=ITA_SCORE(B2:K2, 2562)', M2: '=ITA_GRADE(L2, 2562)' });
    const after = computed({
      ...scoreRow,
      K2: 100,
      L2: '=ITA_SCORE(B2:K2, 2562)',
      M2: '=ITA_GRADE(L2, 2562)',
    });

    expect(before.get('M2')).toEqual({ value: 'B' });
    const score = after.get('L2') as { value: number };
    expect(score.value).toBeGreaterThan(77.21);
    expect(after.get('M2')).not.toEqual(before.get('M2'));
  });

  it('shows the error as Sheets does, with the message for the hover', () => {
    const result = computed({
      B2: 'abc',
      L2: '=ITA_SCORE(B2:C2, 2562)',
      M2: '=NO_SUCH(1)',
      N2: '=ITA_SCORE(B2',
      O2: '=P2',
      P2: '=O2',
      Q2: '=THAI_DIGITS(L2)',
      R2: '=-B2',
    });

    expect(result.get('L2')).toEqual({ error: '#ERROR!', message: expect.stringContaining('ITA_SCORE:') });
    expect((result.get('L2') as { message: string }).message).toMatch(/[ก-๙].*\(.*[a-z]/);
    expect(result.get('M2')).toEqual({ error: '#NAME?', message: "Unknown function: 'NO_SUCH'." });
    expect(result.get('N2')).toMatchObject({
      error: '#ERROR!',
      message: expect.stringContaining('parse error'),
    });
    expect(result.get('O2')).toMatchObject({ error: '#REF!' });
    // An argument that is an error is that error: the function is not called.
    expect(result.get('Q2')).toEqual(result.get('L2'));
    expect(result.get('R2')).toMatchObject({ error: '#VALUE!' });
  });

  it('reads another tab by its name, and says when the project is not built', () => {
    const other = tab({ A1: 80 });
    const result = computed({ A1: "=ITA_GRADE('คะแนน'!A1, 2562)" }, { คะแนน: other });
    expect(result.get('A1')).toEqual({ value: expect.any(String) });

    const missing = evaluateFormulas({
      cells: () => tab({ A1: '=THAI_DIGITS(1)' }),
      functions: loadDistFunctions(join(DIST, 'nowhere'), () => 'Asia/Bangkok'),
    });
    expect(missing.get('A1')).toMatchObject({
      error: '#NAME?',
      message: expect.stringContaining('npm run build'),
    });
  });

  it('passes a date cell as a Date, as Sheets does', () => {
    const shown = new Map<string, CellJson>([
      ['A1', { cell: 'A1', date: '2024-10-01T03:00:00.000Z' }],
      ['B1', { cell: 'B1', formula: '=FISCAL_YEAR(A1)' }],
    ]);
    const result: Map<string, Computed> = evaluateFormulas({ cells: () => shown, functions: FUNCTIONS });
    expect(result.get('B1')).toEqual({ value: 2568 });
  });
});

describe('a range too large for the preview', () => {
  it('answers an error naming the size, at once, rather than building millions of cells', () => {
    const result = computed({ A1: '=ITA_SCORE(B1:K9999999)' }).get('A1');

    expect(result).toMatchObject({ error: '#ERROR!' });
    expect(JSON.stringify(result)).toContain('ช่วงใหญ่เกิน');
  });
});
