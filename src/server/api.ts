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
  pastedColumnsRequest,
  reportRequest,
  rolloverRequest,
  rollupRequest,
  selectRequest,
  structureRequest,
  structureTextRequest,
  tabHeaderRequest,
  tabRequest,
  updateRequest,
  validateRequest,
  wordFileRequest,
} from '../shared/requests';
import { asDocumentTab } from '../sheets/document-tab';
import { refreshMarksAfterSave } from '../sheets/operations/check-after-write';
import { OperationError, type SheetsContext, sheetById } from '../sheets/operations/context';
import {
  createDocumentTab,
  listDocumentTabs,
  readPastedColumns,
  structureActiveTab,
  tabSummary,
} from '../sheets/operations/document-tabs';
import { loadProfile, storeProfile } from '../sheets/operations/profile';
import { readStartState } from '../sheets/operations/start-state';
import {
  appendTabRecord,
  documentTabById,
  readTabRecords,
  updateTabRecord,
} from '../sheets/operations/records';
import { printReport, printRequestFor } from '../sheets/operations/print-report';
import { makeReportTab } from '../sheets/operations/report-tab';
import { rolloverTab } from '../sheets/operations/rollover-tab';
import { printRollup, type RollupOptions, rollupTabOptions, updateRollup } from '../sheets/operations/rollup';
import { structurePastedText } from '../sheets/operations/structure-text';
import { refreshSummary, writeSummary } from '../sheets/operations/summary-tab';
import { setTabHeader } from '../sheets/operations/tab-header';
import { validateTab } from '../sheets/operations/validate-tab';
import { structureWordFileTab } from '../sheets/operations/word-file-tab';

/** The part of LockService's document lock the API uses. */
export interface DocumentLock {
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
}

/**
 * The lock where one process runs one request at a time to its end (the preview, the command line,
 * the tests): nothing can interleave, so there is nothing to wait for.
 */
export function singleProcessLock(): DocumentLock {
  return { waitLock: () => undefined, releaseLock: () => undefined };
}

const NO_LOCK =
  'ไม่สามารถล็อกเอกสารเพื่อบันทึกได้ จึงยังไม่ได้บันทึกสิ่งใด โปรดเปิดแถบข้างจากสเปรดชีตแล้วลองอีกครั้ง ' +
  '(the document lock is not available, so nothing was written; open the sidebar from the spreadsheet and try again)';

// Another officer's write rarely takes long; past this the officer is told to try again.
const LOCK_WAIT_MS = 20_000;

function parse<T>(schema: Checker<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new OperationError(`ข้อมูลที่ส่งมาไม่ถูกต้อง: ${issuesMessage(result.error)}`);
  return result.data;
}

// A service can fail once (try again); an error that comes back is a bug of the add-in.
const MAYBE_A_BUG =
  'หากลองแล้วยังไม่สำเร็จ นี่เป็นข้อบกพร่องของ ita-sheets โปรดแจ้งผู้ดูแลพร้อมข้อความนี้ ' +
  "(if it fails again, it is a bug in ita-sheets: tell the add-in's owner, with this message)";

/** An error no check foresaw: into Apps Script's executions log (console.error), with its stack. */
function logUnexpected(operation: string, error: unknown): void {
  console.error(
    `ita-sheets: ${operation} failed unexpectedly`,
    error instanceof Error ? (error.stack ?? error) : error,
  );
}

function answer<T>(operation: string, run: () => T): ApiResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof OperationError) {
      if (error.unexpected === undefined)
        return { ok: false, error: error.message, problems: error.problems };
      logUnexpected(operation, error.unexpected);
      return { ok: false, error: `${error.message} ${MAYBE_A_BUG}`, problems: error.problems };
    }
    logUnexpected(operation, error);
    // The add-in writes an officer's data only as one row at a time and makes its own tabs as one step
    // (src/sheets/operations/new-tabs.ts), so a failed call leaves what was there whole.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `ทำรายการไม่สำเร็จ: ${reason} ข้อมูลเดิมไม่สูญหาย โปรดลองอีกครั้ง (the operation failed: ${reason}; nothing was lost, try again) ${MAYBE_A_BUG}`,
    };
  }
}

/**
 * After a write: SpreadsheetApp.flush() before the lock is released (LockService's guidance: the next
 * execution must read these writes), then the release. A failed flush does not change the outcome:
 * Apps Script applies pending changes when the execution ends anyway, so it is logged, not answered.
 */
function settle(context: SheetsContext | undefined, lock: DocumentLock): void {
  try {
    context?.services.flush();
  } catch (error) {
    logUnexpected('SpreadsheetApp.flush', error);
  } finally {
    lock.releaseLock();
  }
}

/**
 * The actions that change what the district's summary states (src/sheets/operations/summary-tab.ts):
 * the summary is rewritten after each (one more write; its failure is logged, never the action's).
 */
const SUMMARIZED: ReadonlySet<string> = new Set([
  'saveProfile',
  'createDocumentTab',
  'structureActiveTab',
  'structurePastedText',
  'setTabHeader',
  'structureWordFile',
  'appendRecord',
  'updateRecord',
  'validateTab',
  'makeReport',
  'rolloverTab',
]);

/** The tab an action's answer names (a tab summary, or a structure summary's tab), if any. */
function answeredSheetId(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { sheetId, tab } = value as { sheetId?: unknown; tab?: unknown };
  if (typeof sheetId === 'number') return sheetId;
  return typeof tab === 'object' && tab !== null ? answeredSheetId(tab) : undefined;
}

/** The roll-up's options from a checked request: the signer only when named. */
function rollupOptions(request: {
  thaiDigits: boolean;
  signerName?: string | undefined;
  signerPosition?: string | undefined;
}): RollupOptions {
  const name = request.signerName?.trim() ?? '';
  const position = request.signerPosition?.trim() ?? '';
  return {
    thaiDigits: request.thaiDigits,
    ...(name !== '' || position !== ''
      ? { signer: { ...(name !== '' ? { name } : {}), ...(position !== '' ? { position } : {}) } }
      : {}),
  };
}

/** The API over a context (the open spreadsheet) and its document lock. */
export function createServerApi(
  context: () => SheetsContext,
  lock: () => DocumentLock | null,
  /** The time the summary states it was brought up to date (tests fix it). */
  now: () => Date = () => new Date(),
): ServerHandlers {
  // `request`, when given, names the tab an answer does not (a saved record's), for the summary's
  // "last change": a request that reached the end of `run` was checked by its schema.
  const write = <T>(operation: string, run: (c: SheetsContext) => T, request?: unknown): ApiResult<T> =>
    answer(operation, () => {
      // getDocumentLock() is null outside a document: writing then could interleave with another officer's.
      const documentLock = lock();
      if (documentLock === null) throw new OperationError(NO_LOCK);
      try {
        documentLock.waitLock(LOCK_WAIT_MS);
      } catch {
        throw new OperationError('มีผู้ใช้อื่นกำลังบันทึกอยู่ โปรดลองอีกครั้ง (another user is writing; try again)');
      }
      let c: SheetsContext | undefined;
      try {
        c = context();
        const value = run(c);
        if (SUMMARIZED.has(operation))
          refreshSummary(c, now(), answeredSheetId(value) ?? answeredSheetId(request));
        return value;
      } finally {
        settle(c, documentLock);
      }
    });

  return {
    getActiveContext: () =>
      answer('getActiveContext', () => {
        const c = context();
        const sheet = c.spreadsheet.getActiveSheet();
        const tab = asDocumentTab(sheet);
        return {
          spreadsheetId: c.spreadsheet.getId(),
          sheetId: sheet.getSheetId(),
          sheetName: sheet.getName(),
          tab: tab ? tabSummary(tab) : null,
          row: sheet.getActiveRange()?.getRow() ?? 1,
        };
      }),
    getStartState: () => answer('getStartState', () => readStartState(context())),
    selectCell: (input) =>
      answer('selectCell', () => {
        const { sheetId, a1 } = parse(selectRequest, input);
        sheetById(context().spreadsheet, sheetId).setActiveSelection(a1);
        return { a1 };
      }),
    getProfile: () => answer('getProfile', () => loadProfile(context().properties)),
    saveProfile: (input) =>
      write('saveProfile', (c) => {
        const profile = parse(profileSchema, input);
        storeProfile(c.properties, profile);
        return profile;
      }),
    listDocumentTabs: () => answer('listDocumentTabs', () => listDocumentTabs(context())),
    createDocumentTab: (input) =>
      write('createDocumentTab', (c) => {
        const { type, fiscalYear } = parse(createTabRequest, input);
        if (!isDocumentTypeId(type)) throw new OperationError(`ไม่รู้จักประเภทเอกสาร ${type} (unknown type)`);
        return createDocumentTab(c, type, fiscalYear === undefined ? {} : { fiscalYear });
      }),
    structureActiveTab: (input) =>
      write('structureActiveTab', (c) => {
        const { type, columns, sheetId, fiscalYear } = parse(structureRequest, input);
        if (!isDocumentTypeId(type)) throw new OperationError(`ไม่รู้จักประเภทเอกสาร ${type} (unknown type)`);
        return structureActiveTab(c, type, columns, sheetId, fiscalYear);
      }),
    structurePastedText: (input) =>
      write('structurePastedText', (c) => {
        const { type, text, fiscalYear } = parse(structureTextRequest, input);
        if (!isDocumentTypeId(type)) throw new OperationError(`ไม่รู้จักประเภทเอกสาร ${type} (unknown type)`);
        return structurePastedText(c, type, text, fiscalYear);
      }),
    setTabHeader: (input) =>
      write('setTabHeader', (c) => {
        const { sheetId, ...fields } = parse(tabHeaderRequest, input);
        return setTabHeader(c, sheetId, fields);
      }),
    structureWordFile: (input) =>
      write('structureWordFile', (c) => {
        const { type, fileName, ...parts } = parse(wordFileRequest, input);
        if (!isDocumentTypeId(type)) throw new OperationError(`ไม่รู้จักประเภทเอกสาร ${type} (unknown type)`);
        return structureWordFileTab(c, type, parts, fileName);
      }),
    readPastedColumns: (input) =>
      answer('readPastedColumns', () =>
        readPastedColumns(context(), parse(pastedColumnsRequest, input).type),
      ),
    readRecords: (input) =>
      answer('readRecords', () => readTabRecords(context(), parse(tabRequest, input).sheetId)),
    appendRecord: (input) =>
      write(
        'appendRecord',
        (c) => {
          const { sheetId, record } = parse(appendRequest, input);
          const tab = documentTabById(c, sheetId);
          const saved = appendTabRecord(c, sheetId, parse(recordSchema(DOCUMENT_TYPES[tab.type.id]), record));
          refreshMarksAfterSave(c, sheetId);
          return saved;
        },
        input,
      ),
    updateRecord: (input) =>
      write(
        'updateRecord',
        (c) => {
          const { sheetId, row, record, expected } = parse(updateRequest, input);
          const tab = documentTabById(c, sheetId);
          const schema = recordSchema(tab.type);
          const saved = updateTabRecord(c, sheetId, row, parse(schema, record), parse(schema, expected));
          refreshMarksAfterSave(c, sheetId);
          return saved;
        },
        input,
      ),
    validateTab: (input) =>
      write('validateTab', (c) => {
        const { sheetId, mark } = parse(validateRequest, input);
        return { problems: validateTab(c, sheetId, mark) };
      }),
    makeReport: (input) => write('makeReport', (c) => makeReportTab(c, parse(reportRequest, input))),
    // Printing reads the document and writes nothing: no lock to wait for.
    printReport: (input) => answer('printReport', () => printReport(context(), parse(reportRequest, input))),
    printTab: (input) =>
      answer('printTab', () => {
        const c = context();
        const { sheetId } = parse(tabRequest, input);
        const sheet = sheetById(c.spreadsheet, sheetId);
        // The district's roll-up tab prints as the district report.
        const rollup = rollupTabOptions(sheet);
        return rollup ? printRollup(c, now(), rollup) : printReport(c, printRequestFor(sheet));
      }),
    rolloverTab: (input) =>
      write('rolloverTab', (c) => {
        const request = parse(rolloverRequest, input);
        const zone = () => c.spreadsheet.getSpreadsheetTimeZone();
        return rolloverTab(c, request, () => currentFiscalYear(lazyClock(zone)));
      }),
    updateSummary: () => write('updateSummary', (c) => writeSummary(c, now())),
    updateRollup: (input) =>
      write('updateRollup', (c) => updateRollup(c, now(), rollupOptions(parse(rollupRequest, input ?? {})))),
    // Printing reads the imports as they are and writes nothing: no lock to wait for.
    printRollup: (input) =>
      answer('printRollup', () =>
        printRollup(context(), now(), rollupOptions(parse(rollupRequest, input ?? {}))),
      ),
  };
}
