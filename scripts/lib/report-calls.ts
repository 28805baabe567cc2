/**
 * Service calls per report, the add-in's way and cell by cell: the figure that matters in Apps Script,
 * where each call costs a round trip. The cell-by-cell writer is kept here only as the baseline.
 */

import type { DocumentRecord, DocumentTypeId } from '../../src/core/documents/document-type';
import type { CellStyle, SheetLayout } from '../../src/core/layout/sheet-layout';
import { parseA1 } from '../../src/core/layout/a1';
import { REPORT_KINDS } from '../../src/core/reports/report-kinds';
import { applyLayout } from '../../src/sheets/apply-layout';
import { toCellValue } from '../../src/sheets/cell-value';
import { MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { ensureSheetSize } from '../../src/sheets/sheet-size';
import type { SheetApi } from '../../src/sheets/spreadsheet-api';

export interface ReportCalls {
  readonly kind: string;
  readonly key: string;
  readonly records: number;
  readonly calls: number;
  readonly naive: number;
}

const SOURCE: Readonly<Record<string, DocumentTypeId>> = {
  results: 'results',
  'ita-analysis': 'ita-analysis',
  'action-plan': 'action-plan',
  ethics: 'ethics',
};

function records(type: DocumentTypeId, count: number): DocumentRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    if (type === 'results') {
      return {
        no: String(n),
        measure: `มาตรการที่ ${n}`,
        steps: ['จัดทำ', 'เผยแพร่'],
        period: 'ปีงบประมาณ 2568',
        responsible: ['กองคลัง'],
        output: n % 2 ? 'ดำเนินการแล้ว' : '',
        outcome: '',
      };
    }
    if (type === 'ita-analysis') {
      return {
        no: String(((n - 1) % 10) + 1),
        indicator: `ตัวชี้วัด ${n}`,
        score: String(40 + (n % 60)),
        weaknesses: ['ข้อบกพร่อง'],
      };
    }
    if (type === 'action-plan') {
      const project: DocumentRecord = {
        section: `2.${(n % 5) + 1} มิติ`,
        name: `โครงการ ${n}`,
        rationale: 'เหตุผล',
        objectives: ['ก'],
        targets: 'เป้าหมาย',
        area: 'ตำบล',
        methods: ['ข'],
        period: 'ปีงบประมาณ 2568',
        budget: '10,000 บาท',
        responsible: 'สำนักปลัด',
        indicators: ['ค'],
      };
      return project;
    }
    return {
      behavior: [`พฤติกรรม ${n}`],
      standard: `มาตรฐาน ${n}`,
      meaning: 'ความหมาย',
      practices: ['ก'],
      indicators: ['ข'],
    };
  });
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
      const type = SOURCE[kind.id]!;
      const layout = kind.make(
        { type, header: { fiscalYear: 2568 }, records: records(type, size) },
        { thaiDigits: false },
      );
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
