/**
 * The preview's grid and save file under hostile pastes: a paste past Sheets' grid (18,278 columns,
 * 10,000,000 rows, 10,000,000 cells a spreadsheet) is refused with a Thai message and nothing
 * changes; whatever a paste or a note puts in a tab, the save file written loads back the same.
 */

import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CELLS, MAX_COLUMNS } from '../../src/preview/grid-limits';
import { HttpError } from '../../src/preview/http-io';
import { addEmptyTab, pasteIntoTab } from '../../src/preview/paste-into-tab';
import { PreviewProperties } from '../../src/preview/preview-properties';
import { oneWorkbook, readPreviewFile, writePreviewFile } from '../../src/preview/workbook-file';
import { MemoryWorkbook } from '../../src/sheets/memory';
import { MAX_CELL_CHARACTERS } from '../../src/sheets/memory/entered-value';
import { assertProperty, HOSTILE_WORDS, hostileRuns, hostileText, hostileTimeout } from '../support/hostile';

const RUNS = hostileRuns(60);
jest.setTimeout(hostileTimeout(RUNS));

function refusal(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected the paste to be refused');
}

describe('a paste past the grid of Google Sheets', () => {
  it('is refused past column ZZZ, saying so in Thai, and the tab does not grow', () => {
    const sheet = addEmptyTab(new MemoryWorkbook({ name: 'ทดสอบ' }));
    const row = Array.from({ length: 20 }, () => 'x').join('\t');

    const error = refusal(() => pasteIntoTab(sheet, 'ZZQ1', row));

    expect(error.status).toBe(400);
    expect(error.message).toContain('วางไม่ได้: ข้อความที่วางกว้างถึงคอลัมน์ที่ 18,288');
    expect(error.message).toContain(
      `past Sheets' ${MAX_COLUMNS.toLocaleString('en-US')} columns; nothing changed`,
    );
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('is refused below row 10,000,000', () => {
    const sheet = addEmptyTab(new MemoryWorkbook({ name: 'ทดสอบ' }));

    const error = refusal(() => pasteIntoTab(sheet, 'A9999999', 'ก\nข\nค'));

    expect(error.message).toContain('ยาวถึงแถวที่ 10,000,001');
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('is refused when the spreadsheet would pass 10,000,000 cells, and fits when it does not', () => {
    const sheet = addEmptyTab(new MemoryWorkbook({ name: 'ทดสอบ' }));
    const wide = Array.from({ length: 12_000 }, () => '1').join('\t');

    const error = refusal(() => pasteIntoTab(sheet, 'A1', wide));

    expect(error.message).toContain(`เกิน ${MAX_CELLS.toLocaleString('en-US')} เซลล์`);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(pasteIntoTab(sheet, 'A1', Array.from({ length: 9_000 }, () => '1').join('\t'))).toBe('A1:MHD1');
  });
});

describe('the save file', () => {
  const cellText = fc.oneof(
    hostileText,
    fc.constantFrom(...HOSTILE_WORDS, '=', '+', '-', '@', "'", "'=1", '=A1+', '#REF!'),
  );

  it('loads back as it was written, whatever the pastes and notes held', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-save-'));
    try {
      assertProperty(
        fc.property(
          fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
          fc.array(fc.tuple(fc.nat(5), fc.nat(5), hostileText), { maxLength: 3 }),
          fc.constantFrom('A1', 'C7', 'Z999'),
          (rows, notes, at) => {
            const workbook = new MemoryWorkbook({ name: 'ทดสอบ' });
            const sheet = addEmptyTab(workbook);
            // The text as the grid's Ctrl+V sends it: cells quoted when they hold a tab, a line break or a quote.
            const quote = (c: string) => (/[\t\n\r"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
            try {
              pasteIntoTab(sheet, at, rows.map((r) => r.map(quote).join('\t')).join('\n'));
            } catch (error) {
              // Sheets refuses a value it cannot hold (a cell past 50,000 characters): nothing written.
              // Any other failure is a bug of the paste, and fails the test.
              const refused =
                error instanceof Error &&
                !(error instanceof HttpError) &&
                error.message.includes(`more than the maximum of ${MAX_CELL_CHARACTERS} characters`);
              if (!refused) throw error;
            }
            for (const [r, c, note] of notes) sheet.getRange(r + 1, c + 1, 1, 1).setNote(note);
            const file = join(dir, 'workbook.json');
            const properties = new PreviewProperties({ 'ita-sheets.profile': rows.flat().join('|') });
            writePreviewFile(file, oneWorkbook({ workbook, properties }));

            const read = readPreviewFile(file);

            expect(read?.documents[0]?.workbook.toJSON()).toEqual(workbook.toJSON());
          },
        ),
        RUNS,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writing a save file that would not load', () => {
  it('is refused, saying so in Thai, and the last good save stays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-save-'));
    try {
      const workbook = new MemoryWorkbook({ name: 'ทดสอบ' });
      const file = join(dir, 'workbook.json');
      const properties = new PreviewProperties({});
      writePreviewFile(file, oneWorkbook({ workbook, properties }));
      // A workbook whose snapshot the loader refuses (no tab at all), as a bug could make one.
      const broken = Object.assign(Object.create(workbook) as MemoryWorkbook, {
        toJSON: () => ({ ...workbook.toJSON(), sheets: [] }),
      });

      expect(() => writePreviewFile(file, oneWorkbook({ workbook: broken, properties }))).toThrow(
        /^บันทึกสมุดงานลง .* ไม่ได้ เพราะจะเปิดกลับไม่ได้ ไฟล์ที่บันทึกล่าสุดยังอยู่ครบ/,
      );
      expect(readPreviewFile(file)?.documents[0]?.workbook.toJSON()).toEqual(workbook.toJSON());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
