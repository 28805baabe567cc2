/**
 * Reading and writing the records of a document tab. A record is checked on the server before it is
 * written (its shape by the record schema at the API, its meaning here); a record with an error is
 * refused and nothing is written; a write touches only the record's own row.
 */

import type { DocumentRecord } from '../../core/documents/document-type';
import { sameRecord } from '../../core/layout/document-tab-layout';
import { findingMessage } from '../../core/validation/finding-message';
import { validateRecord } from '../../core/validation/validate';
import type { ApiProblem, RecordsView, SavedRecord } from '../../shared/api';
import {
  appendRecord,
  asDocumentTab,
  type DocumentTab,
  readRecords,
  readRowAt,
  recordAsWritten,
  writeRecordRow,
} from '../document-tab';
import { replacedFormulaNotice } from '../record-write';
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

/**
 * The record on a row as the tab holds it after a write, for the sidebar to hold on to. Worked out, not
 * read back: the write is the operation's last call, so a failure after it cannot report a written
 * record as not saved (and an officer's retry add it twice).
 */
function savedAt(tab: DocumentTab, row: number, written: DocumentRecord, notice?: string): SavedRecord {
  return { row, record: recordAsWritten(tab.type, written), ...(notice === undefined ? {} : { notice }) };
}

/** Appends a checked record under the tab's last row. */
export function appendTabRecord(
  context: SheetsContext,
  sheetId: number,
  record: DocumentRecord,
): SavedRecord {
  const tab = documentTabById(context, sheetId);
  checkRecord(context, tab, record);
  return savedAt(tab, appendRecord(tab, record), record);
}

/**
 * Replaces the record on `row` with a checked record. `expected` is the record as the officer opened
 * it: when the row no longer holds it (another user changed it, or rows were inserted, deleted or
 * sorted since), the update is refused, so it never lands on another record.
 */
export function updateTabRecord(
  context: SheetsContext,
  sheetId: number,
  row: number,
  record: DocumentRecord,
  expected: DocumentRecord,
): SavedRecord {
  const tab = documentTabById(context, sheetId);
  const name = tab.sheet.getName();
  const read = row > tab.sheet.getLastRow() ? undefined : readRowAt(tab, row);
  const current = read?.record;
  if (read === undefined || current === undefined) {
    throw new OperationError(
      `แถวที่ ${row} ของแท็บ "${name}" ไม่มีรายการให้แก้ไขแล้ว อาจถูกลบหรือย้ายไป โปรดเปิดรายการจากแท็บอีกครั้ง (row ${row} holds no record to update: it may have been deleted or moved; open the record again)`,
    );
  }
  // A retry of an update that was written (its answer lost): the row already holds it, nothing to do.
  if (!sameRecord(tab.type, current, expected) && sameRecord(tab.type, current, record)) {
    return savedAt(tab, row, record);
  }
  if (!sameRecord(tab.type, current, expected)) {
    throw new OperationError(
      `รายการในแถวที่ ${row} ของแท็บ "${name}" เปลี่ยนไปหลังจากที่เปิดมาแก้ไข (มีผู้อื่นแก้ไข หรือมีการเพิ่ม ลบ หรือเรียงแถว) จึงไม่บันทึกทับ โปรดเปิดรายการจากแท็บอีกครั้ง (the record on row ${row} changed since it was opened — edited by someone else, or rows were inserted, deleted or sorted — so it was not overwritten; open the record again)`,
    );
  }
  checkRecord(context, tab, record);
  const replaced = writeRecordRow(tab, row, record, read);
  return savedAt(tab, row, record, replacedFormulaNotice(tab.type, replaced));
}
