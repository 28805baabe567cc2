/**
 * The API between the sidebar and the server: what crosses google.script.run, and nothing else.
 * Requests are checked on the server by the schemas of src/shared/requests.ts, and typed from them here,
 * so the sidebar cannot send what the server would refuse by its shape; every answer is a result.
 */

import type { ReportKindId } from '../core/catalog';
import type { DocumentRecord, DocumentTypeId } from '../core/documents/document-type';
import type { DocumentHeader, Profile } from '../core/documents/header';
import type { Severity } from '../core/problems/finding';
import type { PastedColumn } from '../core/structure/column-guess';
import type { Checker } from '../core/problems/schema-check';
import type * as Requests from './requests';

/** What a request schema lets through: the type a sidebar call sends. */
type RequestOf<C> = C extends Checker<infer T> ? T : never;

/** An answer: the value, or why not in Thai with an English gloss (and the problems, when a check failed). */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string; readonly problems?: readonly ApiProblem[] };

/** A problem as the sidebar shows it: its words and, when it is in a tab, its cell. */
export interface ApiProblem {
  readonly severity: Severity;
  readonly message: string;
  readonly field?: string;
  /** 1-based record number. */
  readonly record?: number;
  /** The cell in A1 notation, for the sidebar to select. */
  readonly a1?: string;
}

export interface TabSummary {
  readonly sheetId: number;
  readonly name: string;
  readonly type: DocumentTypeId;
  readonly header: DocumentHeader;
  /** What the officer should know of a tab just made (e.g. no built-in OIT list for its year). */
  readonly notice?: string;
}

export interface RecordsView {
  readonly tab: TabSummary;
  readonly records: readonly { readonly row: number; readonly record: DocumentRecord }[];
}

export interface StructureSummary {
  readonly tab: TabSummary;
  readonly records: number;
  /** The structurer's notes on the paste, then the errors the check finds in the new tab, each with its severity. */
  readonly warnings: readonly ApiProblem[];
}

/** The columns of a pasted tab, for the officer to say what each is (the column-mapping step). */
export interface PastedColumnsView {
  readonly sheetId: number;
  readonly sheetName: string;
  readonly type: DocumentTypeId;
  /** True when the paste has a header row: the guesses come from its headings. */
  readonly headed: boolean;
  readonly columns: readonly PastedColumn[];
  /** The type's fields, for each column's dropdown. */
  readonly fields: readonly { readonly key: string; readonly th: string; readonly required: boolean }[];
}

/** The reports' ids, from the catalog (src/core/catalog.ts). */
export type ReportKind = ReportKindId;

export interface ReportSummary {
  readonly sheetId: number;
  readonly name: string;
  /** The tab's link in the spreadsheet. */
  readonly url: string;
  /** True when an earlier report of the same document and kind was replaced. */
  readonly replaced: boolean;
  /** The earlier reports an officer had renamed or edited, kept under these names rather than replaced. */
  readonly kept?: readonly string[];
}

/** A print view shown in its dialog. */
export interface PrintSummary {
  readonly title: string;
}

/** Where the officer is: the active tab (when it is a document tab) and the selected row. */
export interface ActiveContext {
  /** The open spreadsheet's id: the sidebar keeps its drafts per spreadsheet, since every first tab is sheetId 0. */
  readonly spreadsheetId: string;
  readonly sheetId: number;
  readonly sheetName: string;
  /** The active tab as a document tab, or null for a tab the add-in did not make. */
  readonly tab: TabSummary | null;
  /** The selected row, 1-based. */
  readonly row: number;
}

/** A record as the tab holds it after a save, and its row. */
export interface SavedRecord {
  readonly row: number;
  readonly record: DocumentRecord;
  /** What the officer must know of the save (a formula in a field they changed replaced), Thai + English. */
  readonly notice?: string;
}

/** Where the officer stands in the start page's five steps, read from the workbook in one call. */
export interface StartState {
  /** Step 1: the organization's profile is saved. */
  readonly profile: boolean;
  /** Step 2: the document tabs, their types and how many records each holds (rows under the headings). */
  readonly documents: readonly {
    readonly sheetId: number;
    readonly name: string;
    readonly type: DocumentTypeId;
    readonly records: number;
  }[];
  /** Step 3: the last run of the check (of a tab still there), or null when none was run. */
  readonly lastCheck: {
    readonly sheetId: number;
    readonly name: string;
    readonly errors: number;
    readonly warnings: number;
  } | null;
  /** Step 4: the report tabs made. */
  readonly reports: number;
  /** Step 5: an OIT checklist tab is there. */
  readonly oitChecklist: boolean;
  /** The spreadsheet is a district's roll-up (it has the roll-up's links tab): the organization's steps do not apply. */
  readonly rollup: boolean;
}

/**
 * The server functions the sidebar calls, each taking one request object typed from its schema. The
 * server still checks each request (createServerApi takes `unknown`): what crosses google.script.run is
 * only JSON from a page.
 */
export interface ServerApi {
  getActiveContext(): ApiResult<ActiveContext>;
  /** The start page's steps and their state (profile, document tabs, last check, reports, OIT checklist). */
  getStartState(): ApiResult<StartState>;
  /** Selects a cell ({sheetId, a1}) and shows its tab: a click on a problem in the sidebar. */
  selectCell(request: RequestOf<typeof Requests.selectRequest>): ApiResult<{ readonly a1: string }>;
  getProfile(): ApiResult<Profile | null>;
  saveProfile(profile: Profile): ApiResult<Profile>;
  listDocumentTabs(): ApiResult<readonly TabSummary[]>;
  createDocumentTab(request: RequestOf<typeof Requests.createTabRequest>): ApiResult<TabSummary>;
  /**
   * {type, columns?, sheetId?}: `columns` maps each pasted column to a field key or `-` (kept aside);
   * `sheetId`, the tab they were read from, must still be the active tab.
   */
  structureActiveTab(request: RequestOf<typeof Requests.structureRequest>): ApiResult<StructureSummary>;
  /** {type, fileName, documentXml, numberingXml?, stylesXml?}: a Word file's parts structured into a new document tab. */
  structureWordFile(request: RequestOf<typeof Requests.wordFileRequest>): ApiResult<StructureSummary>;
  /** {type, text, fiscalYear?}: text pasted into the sidebar, structured into a new document tab. */
  structurePastedText(request: RequestOf<typeof Requests.structureTextRequest>): ApiResult<StructureSummary>;
  /** {sheetId, fiscalYear?, organization?, round?}: a document tab's header fields (null clears one). */
  setTabHeader(request: RequestOf<typeof Requests.tabHeaderRequest>): ApiResult<TabSummary>;
  /** {type}: the active pasted tab's columns with their first values and guessed fields. */
  readPastedColumns(request: RequestOf<typeof Requests.pastedColumnsRequest>): ApiResult<PastedColumnsView>;
  readRecords(request: RequestOf<typeof Requests.tabRequest>): ApiResult<RecordsView>;
  appendRecord(request: RequestOf<typeof Requests.appendRequest>): ApiResult<SavedRecord>;
  /** {sheetId, row, record, expected}: `expected` is the record as it was read, refused when the row changed. */
  updateRecord(request: RequestOf<typeof Requests.updateRequest>): ApiResult<SavedRecord>;
  validateTab(
    request: RequestOf<typeof Requests.validateRequest>,
  ): ApiResult<{ readonly problems: readonly ApiProblem[] }>;
  makeReport(request: RequestOf<typeof Requests.reportRequest>): ApiResult<ReportSummary>;
  /** The report's print view in a dialog (พิมพ์ / บันทึกเป็น PDF), from the same request as makeReport. */
  printReport(request: RequestOf<typeof Requests.reportRequest>): ApiResult<PrintSummary>;
  /** {sheetId}: the print view of a report tab as it was made, or of a document tab's usual report. */
  printTab(request: RequestOf<typeof Requests.tabRequest>): ApiResult<PrintSummary>;
  /** {sheetId, fiscalYear?, as?}: a new tab of the document rolled into a later year (the next unless given). */
  rolloverTab(request: RequestOf<typeof Requests.rolloverRequest>): ApiResult<StructureSummary>;
  /** The organization's summary for its district (ITA_SUMMARY) brought up to date now. */
  updateSummary(): ApiResult<SummaryUpdate>;
  /** {thaiDigits?, signerName?, signerPosition?}: the district's roll-up brought up to date (its links tab made first). */
  updateRollup(request: RequestOf<typeof Requests.rollupRequest>): ApiResult<RollupAnswer>;
  /** The district report's print view, from the imports as they are. */
  printRollup(request: RequestOf<typeof Requests.rollupRequest>): ApiResult<PrintSummary>;
}

/** One link of the roll-up's list and what became of it. */
export interface RollupSourceView {
  readonly row: number;
  /** The officer's name for it, else the organization's name as imported ('' when neither). */
  readonly label: string;
  readonly status: 'ok' | 'invalid-link' | 'duplicate' | 'self' | 'not-connected' | 'loading' | 'no-summary';
  readonly message: string;
  /** The import's cell on the imports tab (A1), where Sheets shows Allow access. */
  readonly importCell?: string;
  readonly organizations: number;
}

/** An organization in the roll-up's ranking, as the sidebar lists it. */
export interface RankedView {
  readonly rank: number;
  readonly organization: string;
  readonly district: string;
  readonly projectedLevel: string;
  readonly projectedTotal: number | null;
  readonly oitScoreToday: number | null;
  readonly oitPublished: number | null;
  readonly oitRequired: number | null;
  readonly documentsReady: number;
  readonly oitMissing: number;
  readonly atRisk: boolean;
  readonly notStarted: boolean;
}

/** What updateRollup did and found. */
export interface RollupAnswer {
  /** True when this call made the links tab: the officer lists the links there next. */
  readonly madeLinksTab: boolean;
  /**
   * True when the roll-up tab and the block for the province were written; false while an import is
   * still being fetched (they stay as they were: update again in a moment) or before any link is listed.
   */
  readonly updated: boolean;
  readonly linksSheetId: number;
  readonly importsSheetId?: number;
  readonly rollupSheetId?: number;
  readonly scope: 'district' | 'province';
  readonly name: string;
  readonly fiscalYear: number | null;
  readonly asOf: string;
  readonly sources: readonly RollupSourceView[];
  readonly ranked: readonly RankedView[];
  readonly levelCounts: readonly { readonly level: string; readonly count: number }[];
  readonly commonMissing: readonly { readonly code: string; readonly count: number }[];
}

/** What updateSummary did: whether it made the summary's tab, and the time the summary states. */
export interface SummaryUpdate {
  readonly made: boolean;
  readonly updatedAt: string;
  /** Set when nothing was written: the spreadsheet is a district's roll-up, whose ITA_SUMMARY is its own. */
  readonly skipped?: 'rollup';
}

export type ServerFunctionName = keyof ServerApi;

/** The request a server function takes: none for a function without a parameter. */
export type ServerRequest<K extends ServerFunctionName> =
  Parameters<ServerApi[K]> extends [infer R] ? R : undefined;

/**
 * The server functions as the server implements them (createServerApi): each takes whatever JSON a page
 * sent and checks it before anything is read or written, answering a refusal as an ApiResult.
 */
export type ServerHandlers = {
  readonly [K in ServerFunctionName]: (request?: unknown) => ReturnType<ServerApi[K]>;
};

/** The server functions that only read the spreadsheet: nothing to save or redraw after them (the preview). */
export const READ_ONLY_CALLS: readonly ServerFunctionName[] = [
  'getActiveContext',
  'getStartState',
  'getProfile',
  'listDocumentTabs',
  'readRecords',
  'readPastedColumns',
];
