/**
 * Two officers at two sidebars on one spreadsheet. Their calls interleave (each call is one Apps
 * Script execution under the document lock), and meanwhile anyone may insert, delete or sort rows by
 * hand. No record is lost, none is written over another: an update whose row no longer holds the
 * record the officer opened is refused and says why.
 */

import fc from 'fast-check';
import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { createServerApi } from '../../../src/server/api';
import type { ServerHandlers } from '../../../src/shared/api';
import { sheetById } from '../../../src/sheets/operations/context';
import { createDocumentTab } from '../../../src/sheets/operations/document-tabs';
import type { SheetApi } from '../../../src/sheets/spreadsheet-api';
import { SharedDocumentLock } from '../../support/document-lock';
import { measureNamed } from '../../support/records';
import { testWorkbook } from '../../support/workbook';

const measure = measureNamed;

function office() {
  const { workbook, context } = testWorkbook();
  const lock = new SharedDocumentLock();
  const { sheetId } = createDocumentTab(context, 'measures', { fiscalYear: 2568 });
  // Each call of each sidebar is its own execution with its own handle on the one document lock.
  const sidebar = (): ServerHandlers =>
    createServerApi(
      () => context,
      () => lock.handle(),
    );
  return {
    workbook,
    lock,
    sheetId,
    sheet: sheetById(workbook, sheetId),
    a: sidebar(),
    b: sidebar(),
    sidebar,
  };
}

const names = (api: ServerHandlers, sheetId: number) => {
  const read = api.readRecords({ sheetId });
  if (!read.ok) throw new Error(read.error);
  return read.value.records.map((r) => [r.row, r.record.measure]);
};

function opened(api: ServerHandlers, sheetId: number, row: number): DocumentRecord {
  const read = api.readRecords({ sheetId });
  if (!read.ok) throw new Error(read.error);
  const found = read.value.records.find((r) => r.row === row);
  if (!found) throw new Error(`no record on row ${row}`);
  return found.record;
}

/** What an officer's hand does to the data rows: delete one (the rows under it move up). */
function deleteRowByHand(sheet: SheetApi, row: number): void {
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const below = last > row ? sheet.getRange(row + 1, 1, last - row, width).getValues() : [];
  if (below.length > 0) sheet.getRange(row, 1, below.length, width).setValues(below);
  sheet.getRange(last, 1, 1, width).setValues([Array.from({ length: width }, () => '')]);
}

/** Sorts the data rows by hand on the measure column, Z to A or A to Z. */
function sortRowsByHand(sheet: SheetApi, descending = true): void {
  const last = sheet.getLastRow();
  if (last < 3) return;
  const width = sheet.getLastColumn();
  const range = sheet.getRange(2, 1, last - 1, width);
  const order = descending ? -1 : 1;
  range.setValues([...range.getValues()].sort((x, y) => order * String(x[1]).localeCompare(String(y[1]))));
}

/** Types a record by hand into a new row inserted at `row` (the rows under it move down). */
function insertRowByHand(sheet: SheetApi, row: number, cells: (string | number)[]): void {
  const last = Math.max(sheet.getLastRow(), row - 1);
  const width = Math.max(sheet.getLastColumn(), cells.length);
  if (last >= row) {
    const moved = sheet.getRange(row, 1, last - row + 1, width).getValues();
    sheet.getRange(row + 1, 1, moved.length, width).setValues(moved);
  }
  sheet.getRange(row, 1, 1, width).setValues([Array.from({ length: width }, (_, c) => cells[c] ?? '')]);
}

describe('two sidebars on one spreadsheet', () => {
  it('appending in turn, each record gets its own row and none is lost', () => {
    const { a, b, sheetId } = office();

    for (let i = 0; i < 15; i++) {
      expect(a.appendRecord({ sheetId, record: measure(`ก-${i}`) })).toMatchObject({ ok: true });
      expect(b.appendRecord({ sheetId, record: measure(`ข-${i}`) })).toMatchObject({ ok: true });
    }

    const saved = names(a, sheetId);
    expect(saved).toHaveLength(30);
    expect(new Set(saved.map(([, name]) => name)).size).toBe(30);
    expect(saved.map(([row]) => row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  it('answers a save with the row and the record as the tab now holds it', () => {
    const { a, sheetId } = office();

    const saved = a.appendRecord({ sheetId, record: measure('=SUM(A1:A9)') });

    expect(saved).toEqual({ ok: true, value: { row: 2, record: measure('=SUM(A1:A9)') } });
  });

  it('refuses an update over a record the other officer changed since it was opened, and keeps theirs', () => {
    const { a, b, sheetId } = office();
    a.appendRecord({ sheetId, record: measure('เดิม') });
    const openedByA = opened(a, sheetId, 2);
    const openedByB = opened(b, sheetId, 2);
    expect(b.updateRecord({ sheetId, row: 2, record: measure('ของ ข'), expected: openedByB })).toMatchObject({
      ok: true,
    });

    const result = a.updateRecord({ sheetId, row: 2, record: measure('ของ ก'), expected: openedByA });

    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/แถวที่ 2 .*เปลี่ยนไป.*changed since it was opened.*not overwritten/),
    });
    expect(names(a, sheetId)).toEqual([[2, 'ของ ข']]);
  });

  it('refuses an update aimed at a row whose record moved up when a row above was deleted', () => {
    const { a, sheetId, sheet } = office();
    for (const name of ['หนึ่ง', 'สอง', 'สาม']) a.appendRecord({ sheetId, record: measure(name) });
    const openedSaam = opened(a, sheetId, 4);
    deleteRowByHand(sheet, 2);

    const stale = a.updateRecord({ sheetId, row: 4, record: measure('สามใหม่'), expected: openedSaam });
    const aimedAtSong = a.updateRecord({ sheetId, row: 3, record: measure('สามใหม่'), expected: openedSaam });

    expect(stale).toMatchObject({
      ok: false,
      error: expect.stringMatching(/แถวที่ 4 .*ไม่มีรายการ.*deleted or moved/),
    });
    expect(aimedAtSong).toMatchObject({ ok: true });
    expect(names(a, sheetId)).toEqual([
      [2, 'สอง'],
      [3, 'สามใหม่'],
    ]);
  });

  it('refuses an update after the rows were sorted, never writing over the record now on that row', () => {
    const { a, sheetId, sheet } = office();
    for (const name of ['ก', 'ข', 'ค']) a.appendRecord({ sheetId, record: measure(name) });
    const openedKo = opened(a, sheetId, 2);
    sortRowsByHand(sheet);

    const result = a.updateRecord({ sheetId, row: 2, record: measure('กใหม่'), expected: openedKo });

    expect(result).toMatchObject({ ok: false });
    expect(names(a, sheetId)).toEqual([
      [2, 'ค'],
      [3, 'ข'],
      [4, 'ก'],
    ]);
  });

  it('refuses an update that does not say which record it expects', () => {
    const { a, sheetId } = office();
    a.appendRecord({ sheetId, record: measure('เดิม') });

    expect(a.updateRecord({ sheetId, row: 2, record: measure('ใหม่') })).toMatchObject({
      ok: false,
      error: expect.stringContaining('expected: the record as it was opened is required'),
    });
    expect(names(a, sheetId)).toEqual([[2, 'เดิม']]);
  });

  it("waits for the other officer's write and, when it runs too long, says so and writes nothing", () => {
    const { workbook, lock, sheetId, a } = office();
    lock.handle().waitLock(1000);
    workbook.resetCalls();

    const result = a.appendRecord({ sheetId, record: measure('ระหว่างรอ') });

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('another user is writing') });
    expect(workbook.totalCalls()).toBe(0);
  });
});

/** One step of two officers and a hand on the tab. */
type Step =
  | { readonly kind: 'append'; readonly by: 0 | 1 }
  | { readonly kind: 'open'; readonly by: 0 | 1; readonly pick: number }
  | { readonly kind: 'save'; readonly by: 0 | 1 }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'insert'; readonly pick: number }
  | { readonly kind: 'sort'; readonly descending: boolean };

const officer = fc.constantFrom(0 as const, 1 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('append' as const), by: officer }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), by: officer, pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('save' as const), by: officer }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort' as const), descending: fc.boolean() }) },
);

describe('any interleaving of two officers and a hand on the rows', () => {
  it('loses no record, duplicates none, and lands every update on the record it was opened from', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 40 }), (steps) => {
        const { sheet, sheetId, sidebar } = office();
        const officers = [sidebar(), sidebar()] as const;
        // What each officer has open: the row and the record as read then.
        const open: ({ row: number; record: DocumentRecord } | null)[] = [null, null];
        // The measures that must be in the tab: none lost, none twice.
        const expected = new Map<string, number>();
        let made = 0;
        const add = (name: string, delta: number) => expected.set(name, (expected.get(name) ?? 0) + delta);

        for (const s of steps) {
          const rows = names(officers[0], sheetId);
          if (s.kind === 'append') {
            const name = `รายการ ${++made}`;
            const result = officers[s.by].appendRecord({ sheetId, record: measure(name) });
            expect(result.ok).toBe(true);
            add(name, 1);
          } else if (s.kind === 'open') {
            const at = rows[s.pick % Math.max(rows.length, 1)];
            open[s.by] = at
              ? { row: Number(at[0]), record: opened(officers[s.by], sheetId, Number(at[0])) }
              : null;
          } else if (s.kind === 'save') {
            const held = open[s.by];
            if (!held) continue;
            const before = rows.find(([row]) => row === held.row)?.[1];
            const name = `แก้ ${++made}`;
            const result = officers[s.by].updateRecord({
              sheetId,
              row: held.row,
              record: measure(name),
              expected: held.record,
            });
            // Written only over the very record that was opened; refused otherwise.
            expect(result.ok).toBe(before === held.record.measure);
            if (result.ok) {
              add(String(before), -1);
              add(name, 1);
              open[s.by] = result.value;
            }
          } else if (s.kind === 'delete') {
            const at = rows[s.pick % Math.max(rows.length, 1)];
            if (!at) continue;
            deleteRowByHand(sheet, Number(at[0]));
            add(String(at[1]), -1);
          } else if (s.kind === 'insert') {
            const at = rows[s.pick % Math.max(rows.length, 1)];
            const name = `มือ ${++made}`;
            insertRowByHand(sheet, at ? Number(at[0]) : 2, ['9', name, 'ขั้นตอน', '2568', 'กองคลัง', 'ติดตาม']);
            add(name, 1);
          } else {
            sortRowsByHand(sheet, s.descending);
          }
        }

        const kept = new Map<string, number>();
        for (const [, name] of names(officers[0], sheetId))
          kept.set(String(name), (kept.get(String(name)) ?? 0) + 1);
        expect(kept).toEqual(new Map([...expected].filter(([, count]) => count > 0)));
      }),
      { numRuns: 100 },
    );
  });
});
