/** Developer metadata: how the add-in marks the tabs it made and finds them again, whatever their name. */

import type { SheetApi, SpreadsheetApi } from './spreadsheet-api';

export const META = {
  /** On a document tab: its type (measures …). */
  type: 'ita-sheets.type',
  version: 'ita-sheets.version',
  /** On a document tab: its header (organization, fiscal year …) as JSON. */
  header: 'ita-sheets.header',
  /** On a generated tab: 'report'. */
  generated: 'ita-sheets.generated',
  /** On a report tab: its kind (results …). */
  kind: 'ita-sheets.kind',
  /** On a report tab: the sheet id of the document it was made from. */
  source: 'ita-sheets.source',
  /** The report's options (round, Thai digits) as JSON, so the same report is recognised again. */
  options: 'ita-sheets.options',
  /** How the tab prints (JSON {landscape, repeatRows}): read by the .xlsx export. */
  print: 'ita-sheets.print',
  /** On a report tab: its name and a fingerprint of its values as made (JSON), to see an officer's edits. */
  made: 'ita-sheets.made',
  /** The cells the validation marked (JSON A1 list), so it clears its own marks and nothing else. */
  marks: 'ita-sheets.marks',
} as const;

/**
 * The most characters of developer metadata (keys and values) one sheet holds: the Sheets API's
 * guide (developers.google.com/sheets/api/guides/metadata, metadata size limits) gives 30,000 a
 * sheet and 30,000 for the spreadsheet itself.
 */
export const MAX_SHEET_METADATA = 30_000;

/** The characters a set of metadata entries takes of a sheet's MAX_SHEET_METADATA (keys and values). */
export function metadataSize(entries: Readonly<Record<string, string>>): number {
  return Object.entries(entries).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
}

/** The developer metadata of a tab as a map (the last value wins for a repeated key). */
export function readMetadata(sheet: SheetApi): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of sheet.getDeveloperMetadata()) map.set(meta.getKey(), meta.getValue() ?? '');
  return map;
}

/** Sets one key, removing what the key held before (metadata keys repeat otherwise). */
export function writeMetadata(sheet: SheetApi, key: string, value: string): void {
  for (const meta of sheet.getDeveloperMetadata()) if (meta.getKey() === key) meta.remove();
  sheet.addDeveloperMetadata(key, value);
}

/** The tabs whose metadata includes every given key and value. */
export function findTabs(spreadsheet: SpreadsheetApi, wanted: Readonly<Record<string, string>>): SheetApi[] {
  return spreadsheet.getSheets().filter((sheet) => {
    const meta = readMetadata(sheet);
    return Object.entries(wanted).every(([k, v]) => meta.get(k) === v);
  });
}

/** The most characters Sheets allows in a tab name. */
export const MAX_TAB_NAME = 100;

/** The first of `candidate(1)`, `candidate(2)` … that no tab has, compared regardless of case as Sheets does. */
export function firstFreeTabName(spreadsheet: SpreadsheetApi, candidate: (n: number) => string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName().toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(candidate(n).toLowerCase())) return candidate(n);
}

/**
 * A tab name not yet taken: "รายงานผล", else "รายงานผล (2)" … so an officer's tab is never replaced.
 * Sheets compares tab names regardless of case: "วิเคราะห์ ita 2567" takes "วิเคราะห์ ITA 2567".
 */
export function freeTabName(spreadsheet: SpreadsheetApi, wanted: string): string {
  // Room for " (99999)" within the limit.
  const base = wanted.slice(0, MAX_TAB_NAME - 10);
  return firstFreeTabName(spreadsheet, (n) => (n === 1 ? base : `${base} (${n})`));
}
