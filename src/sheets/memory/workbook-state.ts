/** A workbook's state as plain data: its sheets in tab order and which one is active. */

import type { NamedRangeState } from './named-ranges';
import { newSheetState, type SheetState } from './sheet-state';

/** Everything a workbook keeps, as plain data. */
export interface WorkbookState {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  /** Tab order; deleted sheets are removed. */
  sheets: SheetState[];
  activeSheetId: number;
  /** The spreadsheet's time zone (File › Settings), an IANA name. */
  timeZone: string;
  nextSheetId: number;
  nextMetadataId: number;
  /** Named ranges (Data › Named ranges), in the order they were made. */
  namedRanges: NamedRangeState[];
}

/** Sheets gives a workbook's first sheet id 0; later ones get fresh ids. */
export function newWorkbookState(
  id: string,
  name: string,
  url: string,
  sheetNames: readonly string[],
  timeZone: string,
): WorkbookState {
  if (sheetNames.length === 0) throw new Error('MemoryWorkbook: a workbook needs at least one sheet');
  sheetNames.forEach((name, i) => {
    if (sheetNames.slice(0, i).some((other) => sameSheetName(other, name))) {
      throw new Error(
        `MemoryWorkbook: two starting sheets are named "${name}" (names are unique regardless of case)`,
      );
    }
  });
  const sheets = sheetNames.map((sheetName, i) => newSheetState(i, sheetName));
  return {
    id,
    name,
    url,
    sheets,
    activeSheetId: 0,
    timeZone,
    nextSheetId: sheets.length,
    nextMetadataId: 1,
    namedRanges: [],
  };
}

/** Sheet names are unique regardless of case in Sheets. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
