/** What every operation works on: the spreadsheet, the SpreadsheetApp factories and the document's properties. */

import type { ApiProblem } from '../../shared/api';
import type { SheetApi, SheetsServices, SpreadsheetApi } from '../spreadsheet-api';

/** The part of PropertiesService's document properties the add-in uses. */
export interface KeyValueStore {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

/**
 * Where a report's print view is shown: in Sheets a modal dialog of HtmlService, in the preview an
 * overlay on its page. Absent where nothing can be shown (the command line writes a file instead).
 */
export interface PrintingPort {
  /** The embedded font's @font-face rules (dist/print-font.html), read only when a view is printed. */
  fontCss(): string;
  /** Shows a page (the print view with its print bar) in a dialog titled `title`. */
  showDialog(html: string, title: string): void;
}

export interface SheetsContext {
  readonly spreadsheet: SpreadsheetApi;
  readonly services: SheetsServices;
  readonly properties: KeyValueStore;
  readonly printing?: PrintingPort;
}

/** An operation refused: the Thai message with its English gloss, and what was wrong. */
export class OperationError extends Error {
  /**
   * `unexpected` is the error no check foresaw behind the refusal (a service call that failed): the API
   * logs it and tells the officer it may be a bug.
   */
  constructor(
    message: string,
    readonly problems: readonly ApiProblem[] = [],
    readonly unexpected?: unknown,
  ) {
    super(message);
    this.name = 'OperationError';
  }
}

/** The tab with this id, or a clear error when it is gone (deleted since the sidebar listed it). */
export function sheetById(spreadsheet: SpreadsheetApi, sheetId: number): SheetApi {
  const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === sheetId);
  if (!sheet) throw new OperationError(`ไม่พบแท็บที่เลือก อาจถูกลบไปแล้ว (the tab ${sheetId} no longer exists)`);
  return sheet;
}

/** The UTF-8 bytes of a text, as the property store counts them (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
