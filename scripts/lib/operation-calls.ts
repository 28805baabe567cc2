/**
 * Service calls per operation on a document tab of a given size: what an officer's save, validation,
 * reading and structuring cost in Apps Script round trips. Shared by the benchmark and its test.
 */

import type { DocumentRecord } from '../../src/core/documents/document-type';
import { MEASURES } from '../../src/core/documents/types';
import { recordRow } from '../../src/core/layout/document-tab-layout';
import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { ApiResult, ServerHandlers } from '../../src/shared/api';
import { toCellValue } from '../../src/sheets/cell-value';
import { MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { MemoryProperties } from '../../src/sheets/memory-properties';
import { sheetById } from '../../src/sheets/operations/context';
import { storeProfile } from '../../src/sheets/operations/profile';
import { ensureSheetSize } from '../../src/sheets/sheet-size';

export interface OperationCalls {
  readonly records: number;
  readonly append: number;
  readonly update: number;
  readonly read: number;
  readonly validate: number;
  readonly structure: number;
}

const measure = (n: number): DocumentRecord => ({
  no: String(n),
  measure: `เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ ครั้งที่ ${n}`,
  steps: ['จัดทำรายงาน', 'เผยแพร่บนเว็บไซต์'],
  period: 'ปีงบประมาณ พ.ศ. 2568',
  responsible: ['กองคลัง'],
  monitoring: 'รายงานผู้บริหารรอบ 6 เดือน',
});

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`operation-calls: ${result.error}`);
  return result.value;
}

function office(): { workbook: MemoryWorkbook; api: ServerHandlers } {
  const workbook = new MemoryWorkbook({ name: 'bench' });
  const properties = new MemoryProperties();
  storeProfile(properties, {
    organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
    district: 'โนนสูง',
    province: 'นครราชสีมา',
    website: 'https://www.nongbuathong.go.th',
    units: ['สำนักปลัด', 'กองคลัง'],
  });
  const context = { spreadsheet: workbook, services: memoryServices(workbook), properties };
  return {
    workbook,
    api: createServerApi(() => context, singleProcessLock),
  };
}

function counted(workbook: MemoryWorkbook, run: () => unknown): number {
  workbook.resetCalls();
  run();
  return workbook.totalCalls();
}

/** Calls of each operation on a measures tab of `size` records. */
export function operationCalls(size: number): OperationCalls {
  const { workbook, api } = office();
  const tab = unwrap(api.createDocumentTab({ type: 'measures', fiscalYear: 2568 }));
  const sheet = sheetById(workbook, tab.sheetId);
  const rows = Array.from({ length: size }, (_, i) =>
    recordRow(MEASURES, measure(i + 1)).map((v) => toCellValue(v)),
  );
  ensureSheetSize(sheet, size + 1, MEASURES.fields.length);
  sheet.getRange(2, 1, size, MEASURES.fields.length).setValues(rows);

  const read = counted(workbook, () => unwrap(api.readRecords({ sheetId: tab.sheetId })));
  const validate = counted(workbook, () => unwrap(api.validateTab({ sheetId: tab.sheetId, mark: true })));
  const update = counted(workbook, () =>
    unwrap(api.updateRecord({ sheetId: tab.sheetId, row: 2, record: measure(0), expected: measure(1) })),
  );
  const append = counted(workbook, () =>
    unwrap(api.appendRecord({ sheetId: tab.sheetId, record: measure(0) })),
  );

  // The same records pasted by hand into a plain tab, then structured into a new document tab.
  const pasted = workbook.insertSheet('วาง', workbook.getSheets().length);
  ensureSheetSize(pasted, size + 1, MEASURES.fields.length);
  pasted
    .getRange(1, 1, size + 1, MEASURES.fields.length)
    .setValues([MEASURES.fields.map((f) => f.th), ...rows]);
  workbook.setActiveSheet(pasted);
  const structure = counted(workbook, () => unwrap(api.structureActiveTab({ type: 'measures' })));

  return { records: size, append, update, read, validate, structure };
}
