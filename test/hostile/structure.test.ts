/**
 * The structurer given hostile pastes: random rows of cells (text, numbers, dates, booleans, blanks,
 * ragged), real documents with hostile cells spliced in, and text past what a cell holds. Every
 * paste gives records or a problem, never a throw; records it gives can be written to a sheet; and
 * the server's structureActiveTab, over the same pastes in a tab, answers or refuses cleanly.
 */

import fc from 'fast-check';
import type { DocumentTypeId } from '../../src/core/documents/document-type';
import { documentHeaderSchema } from '../../src/core/documents/header';
import { MAX_CELL_LENGTH, recordSchema } from '../../src/core/documents/record-schema';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES } from '../../src/core/documents/types';
import { describeProblem } from '../../src/core/problems/messages';
import { parsePastedText } from '../../src/core/structure/paste';
import { structureDocument } from '../../src/core/structure/structure';
import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { MemoryWorkbook } from '../../src/sheets/memory';
import { ensureSheetSize } from '../../src/sheets/sheet-size';
import { fixture } from '../support/fixtures';
import {
  assertProperty,
  CRASH_WORDS,
  hostileCell,
  hostileDate,
  hostileNumber,
  hostileRuns,
  hostileText,
  hostileTimeout,
  isThaiWithGloss,
  raggedRows,
} from '../support/hostile';
import { snapshot, testWorkbook } from '../support/workbook';

const RUNS = hostileRuns(100);
jest.setTimeout(hostileTimeout(RUNS));

/** A real document of each type, to splice hostile cells into (a type without one gets its headings). */
const FIXTURES: Partial<Record<DocumentTypeId, string>> = {
  measures: fixture('measures-fy2568.txt'),
  results: fixture('results-fy2568-6-months.txt'),
  ethics: fixture('ethics-fy2568.txt'),
  'action-plan': fixture('action-plan-tambon-nong-phai-ngam.txt'),
  'ita-analysis': fixture('ita-analysis-tambon-fy2566.txt'),
};

function sourceRows(type: DocumentTypeId): unknown[][] {
  const text = FIXTURES[type];
  if (text !== undefined) return parsePastedText(text);
  return [DOCUMENT_TYPES[type].fields.map((f) => f.th)];
}

/** An edit of a paste: a cell replaced, a row inserted, a row cut short, or a row repeated. */
type Edit =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number; readonly value: unknown }
  | { readonly kind: 'insert'; readonly row: number; readonly cells: unknown[] }
  | { readonly kind: 'cut'; readonly row: number; readonly length: number }
  | { readonly kind: 'repeat'; readonly row: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), row: fc.nat(), column: fc.nat(12), value: hostileCell }),
  fc.record({
    kind: fc.constant('insert' as const),
    row: fc.nat(),
    cells: fc.array(hostileCell, { maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), row: fc.nat(), length: fc.nat(8) }),
  fc.record({ kind: fc.constant('repeat' as const), row: fc.nat() }),
);

function applyEdits(source: readonly unknown[][], edits: readonly Edit[]): unknown[][] {
  const rows = source.map((r) => [...r]);
  for (const e of edits) {
    const at = rows.length === 0 ? 0 : e.row % rows.length;
    if (e.kind === 'cell' && rows[at]) rows[at][e.column] = e.value;
    else if (e.kind === 'insert') rows.splice(at, 0, e.cells);
    else if (e.kind === 'cut' && rows[at]) rows[at] = rows[at].slice(0, e.length);
    else if (e.kind === 'repeat' && rows[at]) rows.splice(at, 0, [...rows[at]]);
  }
  // A cell set past the end of a row leaves holes, as a script's sparse array would.
  return rows;
}

const typeId = fc.constantFrom(...DOCUMENT_TYPE_IDS);

/** A type and a paste of it: the real document with hostile edits, or anything at all. */
const paste: fc.Arbitrary<[DocumentTypeId, string | unknown[][]]> = typeId.chain((type) =>
  fc.tuple(
    fc.constant(type),
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(edit, { maxLength: 12 }).map((es) => applyEdits(sourceRows(type), es)),
      },
      { weight: 2, arbitrary: raggedRows(hostileCell) },
      { weight: 1, arbitrary: hostileText },
      {
        weight: 1,
        arbitrary: fc.array(edit, { maxLength: 6 }).map((es) =>
          applyEdits(sourceRows(type), es)
            .map((r) =>
              r.map((c) => (typeof c === 'string' || typeof c === 'number' ? String(c) : '')).join('\t'),
            )
            .join('\n'),
        ),
      },
    ),
  ),
);

/** The length a field takes in its cell: a list is one item a line. */
function cellLength(value: string | readonly string[]): number {
  return typeof value === 'string' ? value.length : value.join('\n').length;
}

describe('structureDocument, given hostile pastes', () => {
  it('gives records that fit their schema and a cell, or a problem with Thai and English words', () => {
    assertProperty(
      fc.property(paste, ([type, input]) => {
        const result = structureDocument(type, input);

        if (!result.ok) {
          const words = describeProblem(result.problem);
          expect(isThaiWithGloss(`${words.th} (${words.en})`)).toBe(true);
          return;
        }
        const schema = recordSchema(DOCUMENT_TYPES[type]);
        for (const record of result.value.records) {
          expect(schema.safeParse(record).success).toBe(true);
          for (const value of Object.values(record))
            expect(cellLength(value)).toBeLessThanOrEqual(MAX_CELL_LENGTH);
        }
        const { title: _title, ...header } = result.value.header;
        expect(documentHeaderSchema.safeParse(header).error?.issues ?? []).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(['measures', 'results', 'ethics'] as const)(
    'refuses a %s paste whose continuation rows join past a cell, naming the record and field',
    (type) => {
      const rows = sourceRows(type);
      const headerAt = rows.findIndex((r) => r.some((c) => c === DOCUMENT_TYPES[type].fields[1]?.th));
      const width = rows[headerAt + 1]?.length ?? 6;
      // Two continuation rows (their key cell empty) of 30,000 characters each, under the first record.
      const long = Array.from({ length: width }, (_, c) => (c === width - 1 ? 'ข'.repeat(30_000) : ''));
      const input = [...rows.slice(0, headerAt + 2), long, long, ...rows.slice(headerAt + 2)];

      const result = structureDocument(type, input);

      expect(result.ok).toBe(false);
      const words = result.ok ? undefined : describeProblem(result.problem);
      expect(words?.th).toContain(`${DOCUMENT_TYPES[type].recordTh}ที่ 1`);
      expect(words?.en).toContain('50000');
    },
  );
});

describe('structureDocument, on what the properties found', () => {
  it('keeps the text of a row that runs past the header, ragged as a file can be', () => {
    const rows = sourceRows('measures');
    const headerAt = rows.findIndex((r) => r.includes('ขั้นตอนหรือวิธีการ'));
    const ragged = [
      ...rows.slice(0, headerAt + 1),
      ['1', 'มาตรการ', '', '', '', '', '', '', '', '', 'ไกลสุด'],
    ];

    const result = structureDocument('measures', ragged);

    expect(result.ok && JSON.stringify(result.value.records)).toContain('ไกลสุด');
  });

  it.each(DOCUMENT_TYPE_IDS)('reads a %s paste whose rows have holes (a sparse array) as blanks', (type) => {
    const rows = sourceRows(type).map((r) => [...r]);
    rows[0]![rows[0]!.length + 3] = 'ท้ายแถว';

    expect(() => structureDocument(type, rows)).not.toThrow();
  });

  it('does not read a year past the header range (2899) or a 60,000-character "name"', () => {
    const rows = sourceRows('measures');
    const table = rows.slice(rows.findIndex((r) => r.includes('ขั้นตอนหรือวิธีการ')));
    const input = [[`ประจำปี พ.ศ. 2899 องค์การบริหารส่วนตำบล${'ก'.repeat(60_000)}`], ...table];

    const result = structureDocument('measures', input);

    expect(result.ok && result.value.header.organization).toBeUndefined();
    // Not the title's 2899: a year, if any, is read from the periods, with a warning saying so.
    const year = result.ok ? result.value.header.fiscalYear : 2899;
    expect(year).not.toBe(2899);
    if (year !== undefined) {
      expect(result.ok && result.value.warnings[0]?.problem).toEqual({ code: 'year-from-periods', year });
    }
  });
});

/** What a cell of a pasted tab can hold: text up to a cell's length, a number, a boolean, a valid date. */
const sheetCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileText.map((t) => t.slice(0, MAX_CELL_LENGTH)) },
  { weight: 2, arbitrary: hostileNumber.filter(Number.isFinite) },
  { weight: 1, arbitrary: hostileDate.filter((d) => !Number.isNaN(d.getTime())) },
  { weight: 1, arbitrary: fc.boolean() },
);

/** Writes rows into a new active tab as a paste leaves them (text exactly as it is, no formulas). */
function pasteInto(workbook: MemoryWorkbook, rows: readonly unknown[][]): void {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const sheet = workbook.insertSheet('วาง', workbook.getSheets().length);
  if (rows.length > 0) {
    ensureSheetSize(sheet, rows.length, width);
    // Plain-text format: a paste of "=SUM(…)" stays text, as when it is pasted from Word.
    sheet.getRange(1, 1, rows.length, width).setNumberFormat('@');
    sheet
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
  }
  workbook.setActiveSheet(sheet);
}

const tabPaste: fc.Arbitrary<[DocumentTypeId, unknown[][]]> = typeId.chain((type) =>
  fc.tuple(
    fc.constant(type),
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .array(
            fc.oneof(
              edit.filter((e) => e.kind !== 'cell' && e.kind !== 'insert'),
              fc.record({
                kind: fc.constant('cell' as const),
                row: fc.nat(),
                column: fc.nat(8),
                value: sheetCell,
              }),
            ),
            { maxLength: 10 },
          )
          .map((es) => applyEdits(sourceRows(type), es)),
      },
      { weight: 1, arbitrary: raggedRows(sheetCell, 10, 8) },
    ),
  ),
);

describe("the server's structureActiveTab, given hostile pasted tabs", () => {
  it('makes a document tab holding exactly the records, or refuses and leaves every tab as it was', () => {
    assertProperty(
      fc.property(tabPaste, ([type, rows]) => {
        const { workbook, context } = testWorkbook();
        pasteInto(workbook, rows);
        const before = workbook.getSheets().map(snapshot);
        const api = createServerApi(() => context, singleProcessLock);

        const result = api.structureActiveTab({ type });

        if (result.ok) {
          const written = workbook.getSheets().find((s) => s.getSheetId() === result.value.tab.sheetId)!;
          expect(written.getLastRow()).toBe(result.value.records + 1);
          return;
        }
        expect(isThaiWithGloss(result.error)).toBe(true);
        expect(result.error).not.toMatch(CRASH_WORDS);
        expect(result.error).not.toContain('ทำรายการไม่สำเร็จ');
        expect(workbook.getSheets().map(snapshot)).toEqual(before);
      }),
      RUNS,
    );
  });
});
