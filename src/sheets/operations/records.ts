/**
 * Reading and writing the records of a document tab. A record is checked on the server before it is
 * written (shape by zod at the API, meaning here); a record with an error is refused and nothing is
 * written; a write touches only the record's own row.
 */

import type { DocumentRecord } from '../../core/documents/document-type';
import { findingMessage } from '../../core/validation/finding-message';
import { validateRecord } from '../../core/validation/validate';
import type { ApiProblem, RecordsView } from '../../shared/api';
import {
  appendRecord,
  asDocumentTab,
  type DocumentTab,
  readRecordAt,
  readRecords,
  writeRecordRow,
} from '../document-tab';
import { OperationError, type SheetsContext, sheetById } from './context';
import { tabSummary } from './document-tabs';
import { loadProfile } from './profile';

/** The document tab with this id, or a clear error when the tab is not one the add-in made. */
export function documentTabById(context: SheetsContext, sheetId: number): DocumentTab {
  const sheet = sheetById(context.spreadsheet, sheetId);
  const tab = asDocumentTab(sheet);
  if (!tab) {
    throw new OperationError(
      `แท็บ "${sheet.getName()}" ไม่ใช่แท็บเอกสารของ ita-sheets (the tab "${sheet.getName()}" is not an ita-sheets document tab)`,
    );
  }
  return tab;
}

/** The records of a tab, with their rows. */
export function readTabRecords(context: SheetsContext, sheetId: number): RecordsView {
  const tab = documentTabById(context, sheetId);
  return { tab: tabSummary(tab), records: readRecords(tab) };
}

/** Refuses a record that has an error, saying each one; warnings pass. */
function checkRecord(context: SheetsContext, tab: DocumentTab, record: DocumentRecord): void {
  const profile = loadProfile(context.properties);
  const findings = validateRecord(tab.type, record, tab.header, profile ? { profile } : {});
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  const problems: ApiProblem[] = errors.map((f) => ({
    severity: f.severity,
    message: findingMessage(tab.type, f),
    ...(f.field === undefined ? {} : { field: f.field }),
  }));
  throw new OperationError(`บันทึกไม่ได้: ${problems.map((p) => p.message).join(' · ')}`, problems);
}

/** Appends a checked record under the tab's last row. */
export function appendTabRecord(
  context: SheetsContext,
  sheetId: number,
  record: DocumentRecord,
): { row: number } {
  const tab = documentTabById(context, sheetId);
  checkRecord(context, tab, record);
  return { row: appendRecord(tab, record) };
}

/** Replaces the record on `row` with a checked record; the row must hold a record. */
export function updateTabRecord(
  context: SheetsContext,
  sheetId: number,
  row: number,
  record: DocumentRecord,
): { row: number } {
  const tab = documentTabById(context, sheetId);
  if (row < 2 || row > tab.sheet.getLastRow() || readRecordAt(tab, row) === undefined) {
    throw new OperationError(
      `แถวที่ ${row} ของแท็บ "${tab.sheet.getName()}" ไม่มีรายการให้แก้ไข (row ${row} holds no record to update)`,
    );
  }
  checkRecord(context, tab, record);
  writeRecordRow(tab, row, record);
  return { row };
}
