/**
 * The server's API for the sidebar: each request checked by its schema, each write under the document
 * lock, each failure a result with a Thai message rather than an exception the sidebar cannot read.
 */

import { profileSchema } from '../core/documents/header';
import { recordSchema } from '../core/documents/record-schema';
import { DOCUMENT_TYPES, isDocumentTypeId } from '../core/documents/types';
import { currentFiscalYear, lazyClock } from '../core/functions/sheet-clock';
import type { Checker } from '../core/problems/schema-check';
import type { ApiResult, ServerHandlers } from '../shared/api';
import {
  appendRequest,
  createTabRequest,
  issuesMessage,
  reportRequest,
  rolloverRequest,
  selectRequest,
  structureRequest,
  tabRequest,
  updateRequest,
  validateRequest,
} from '../shared/requests';
import { asDocumentTab } from '../sheets/document-tab';
import { OperationError, type SheetsContext, sheetById } from '../sheets/operations/context';
import {
  createDocumentTab,
  listDocumentTabs,
  structureActiveTab,
  tabSummary,
} from '../sheets/operations/document-tabs';
import { loadProfile, storeProfile } from '../sheets/operations/profile';
import {
  appendTabRecord,
  documentTabById,
  readTabRecords,
  updateTabRecord,
} from '../sheets/operations/records';
import { makeReportTab } from '../sheets/operations/report-tab';
import { rolloverTab } from '../sheets/operations/rollover-tab';
import { validateTab } from '../sheets/operations/validate-tab';

/** The part of LockService's document lock the API uses. */
export interface DocumentLock {
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
}

// Another officer's write rarely takes long; past this the officer is told to try again.
const LOCK_WAIT_MS = 20_000;

function parse<T>(schema: Checker<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new OperationError(`ข้อมูลที่ส่งมาไม่ถูกต้อง: ${issuesMessage(result.error)}`);
  return result.data;
}

function answer<T>(run: () => T): ApiResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof OperationError) return { ok: false, error: error.message, problems: error.problems };
    // The add-in writes an officer's data only as one row at a time and makes its own tabs as one step
    // (src/sheets/operations/new-tabs.ts), so a failed call leaves what was there whole.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `ทำรายการไม่สำเร็จ: ${reason} ข้อมูลเดิมไม่สูญหาย โปรดลองอีกครั้ง (the operation failed: ${reason}; nothing was lost, try again)`,
    };
  }
}

/** The API over a context (the open spreadsheet) and its document lock. */
export function createServerApi(
  context: () => SheetsContext,
  lock: () => DocumentLock | null,
): ServerHandlers {
  const write = <T>(run: (c: SheetsContext) => T): ApiResult<T> =>
    answer(() => {
      const documentLock = lock();
      try {
        documentLock?.waitLock(LOCK_WAIT_MS);
      } catch {
        throw new OperationError('มีผู้ใช้อื่นกำลังบันทึกอยู่ โปรดลองอีกครั้ง (another user is writing; try again)');
      }
      try {
        return run(context());
      } finally {
        documentLock?.releaseLock();
      }
    });

  return {
    getActiveContext: () =>
      answer(() => {
        const c = context();
        const sheet = c.spreadsheet.getActiveSheet();
        const tab = asDocumentTab(sheet);
        return {
          sheetId: sheet.getSheetId(),
          sheetName: sheet.getName(),
          tab: tab ? tabSummary(tab) : null,
          row: sheet.getActiveRange()?.getRow() ?? 1,
        };
      }),
    selectCell: (input) =>
      answer(() => {
        const { sheetId, a1 } = parse(selectRequest, input);
        sheetById(context().spreadsheet, sheetId).setActiveSelection(a1);
        return { a1 };
      }),
    getProfile: () => answer(() => loadProfile(context().properties)),
    saveProfile: (input) =>
      write((c) => {
        const profile = parse(profileSchema, input);
        storeProfile(c.properties, profile);
        return profile;
      }),
    listDocumentTabs: () => answer(() => listDocumentTabs(context())),
    createDocumentTab: (input) =>
      write((c) => {
        const { type, fiscalYear } = parse(createTabRequest, input);
        if (!isDocumentTypeId(type)) throw new OperationError(`ไม่รู้จักประเภทเอกสาร ${type} (unknown type)`);
        return createDocumentTab(c, type, fiscalYear === undefined ? {} : { fiscalYear });
      }),
    structureActiveTab: (input) =>
      write((c) => {
        const { type } = parse(structureRequest, input);
        if (!isDocumentTypeId(type)) throw new OperationError(`ไม่รู้จักประเภทเอกสาร ${type} (unknown type)`);
        return structureActiveTab(c, type);
      }),
    readRecords: (input) => answer(() => readTabRecords(context(), parse(tabRequest, input).sheetId)),
    appendRecord: (input) =>
      write((c) => {
        const { sheetId, record } = parse(appendRequest, input);
        const tab = documentTabById(c, sheetId);
        return appendTabRecord(c, sheetId, parse(recordSchema(DOCUMENT_TYPES[tab.type.id]), record));
      }),
    updateRecord: (input) =>
      write((c) => {
        const { sheetId, row, record, expected } = parse(updateRequest, input);
        const tab = documentTabById(c, sheetId);
        const schema = recordSchema(tab.type);
        return updateTabRecord(c, sheetId, row, parse(schema, record), parse(schema, expected));
      }),
    validateTab: (input) =>
      write((c) => {
        const { sheetId, mark } = parse(validateRequest, input);
        return { problems: validateTab(c, sheetId, mark) };
      }),
    makeReport: (input) => write((c) => makeReportTab(c, parse(reportRequest, input))),
    rolloverTab: (input) =>
      write((c) => {
        const request = parse(rolloverRequest, input);
        const zone = () => c.spreadsheet.getSpreadsheetTimeZone();
        return rolloverTab(c, request, () => currentFiscalYear(lazyClock(zone)));
      }),
  };
}
