/**
 * The API between the sidebar and the server: what crosses google.script.run, and nothing else.
 * Requests are checked with zod schemas on the server (src/server/requests.ts); every answer is a result.
 */

import type { DocumentRecord, DocumentTypeId } from '../core/documents/document-type';
import type { DocumentHeader, Profile } from '../core/documents/header';
import type { Severity } from '../core/problems/finding';

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
  readonly warnings: readonly ApiProblem[];
}

export type ReportKind = 'results' | 'ita-analysis' | 'action-plan' | 'ethics' | 'oit-readiness';

export interface ReportSummary {
  readonly sheetId: number;
  readonly name: string;
  /** The tab's link in the spreadsheet. */
  readonly url: string;
  /** The tab as PDF: A4, fit to width, no gridlines, frozen rows repeated. */
  readonly pdfUrl: string;
  /** True when an earlier report of the same document and kind was replaced. */
  readonly replaced: boolean;
  /** The earlier reports an officer had renamed or edited, kept under these names rather than replaced. */
  readonly kept?: readonly string[];
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
}

/** The server functions the sidebar calls, each taking one request object. */
export interface ServerApi {
  getActiveContext(): ApiResult<ActiveContext>;
  /** Selects a cell ({sheetId, a1}) and shows its tab: a click on a problem in the sidebar. */
  selectCell(request: unknown): ApiResult<{ readonly a1: string }>;
  getProfile(): ApiResult<Profile | null>;
  saveProfile(profile: unknown): ApiResult<Profile>;
  listDocumentTabs(): ApiResult<readonly TabSummary[]>;
  createDocumentTab(request: unknown): ApiResult<TabSummary>;
  structureActiveTab(request: unknown): ApiResult<StructureSummary>;
  readRecords(request: unknown): ApiResult<RecordsView>;
  appendRecord(request: unknown): ApiResult<SavedRecord>;
  /** {sheetId, row, record, expected}: `expected` is the record as it was read, refused when the row changed. */
  updateRecord(request: unknown): ApiResult<SavedRecord>;
  validateTab(request: unknown): ApiResult<{ readonly problems: readonly ApiProblem[] }>;
  makeReport(request: unknown): ApiResult<ReportSummary>;
}

export type ServerFunctionName = keyof ServerApi;
