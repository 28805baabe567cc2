/**
 * Service calls per report, the add-in's way and cell by cell: the figure that matters in Apps Script,
 * where each call costs a round trip. The cell-by-cell writer is kept here only as the baseline.
 */

import { parseA1 } from '../../src/core/layout/a1';
import type { CellStyle, SheetLayout } from '../../src/core/layout/sheet-layout';
import { REPORT_KINDS } from '../../src/core/reports/report-kinds';
import { applyLayout } from '../../src/sheets/apply-layout';
import { toCellValue } from '../../src/sheets/cell-value';
import { MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { ensureSheetSize } from '../../src/sheets/sheet-size';
import type { SheetApi } from '../../src/sheets/spreadsheet-api';
import { sampleDocument } from './sample-documents';

export interface ReportCalls {
  readonly kind: string;
  readonly key: string;
  readonly records: number;
  readonly calls: number;
  readonly naive: number;
}

/** The naive writer: every cell and every style property of every cell, one call each. */
function naiveApply(sheet: SheetApi, layout: SheetLayout): void {
  layout.values.forEach((row, r) => {
    row.forEach((value, c) => {
      sheet.getRange(r + 1, c + 1, 1, 1).setValues([[toCellValue(value)]]);
    });
  });
  for (const { style, ranges } of layout.styles) {
    const properties = Object.keys(style as CellStyle).length;
    for (const name of ranges) {
      const at = parseA1(name);
      for (let r = 0; r < at.numRows; r++) {
        for (let c = 0; c < at.numColumns; c++) {
          const cell = sheet.getRange(at.row + r, at.column + c, 1, 1);
          for (let p = 0; p < properties; p++) cell.setWrap(true);
        }
      }
    }
  }
}

function countCalls(
  layout: SheetLayout,
  write: (sheet: SheetApi, layout: SheetLayout, workbook: MemoryWorkbook) => void,
): number {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.insertSheet('รายงาน', 1);
  // Grown beforehand, so both writers are counted on the writing alone.
  ensureSheetSize(sheet, layout.values.length + 50, 30);
  workbook.resetCalls();
  write(sheet, layout, workbook);
  return workbook.totalCalls();
}

/** Calls to write each report of `sizes` records, the add-in's way and cell by cell. */
export function reportCalls(sizes: readonly number[]): ReportCalls[] {
  return REPORT_KINDS.flatMap((kind) =>
    sizes.map((size) => {
      const layout = kind.make(sampleDocument(kind.id, size), { thaiDigits: false });
      return {
        kind: kind.id,
        key: kind.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
        records: size,
        calls: countCalls(layout, (sheet, l, workbook) => applyLayout(sheet, l, memoryServices(workbook))),
        naive: countCalls(layout, naiveApply),
      };
    }),
  );
}
