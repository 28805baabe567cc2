/**
 * What a tab's IMPORTRANGE cells show in the preview's grid: the values each import spilled (right and
 * down from its cell), or #REF! with Sheets' message; and the card Sheets shows on a selected #REF!
 * import, with the Allow access button when the sheets only need connecting.
 */

import type { CellJson, CellValue, MemoryWorkbook } from '../sheets/memory';
import { IMPORT_MESSAGES, REF_ERROR } from '../sheets/memory';
import type { Computed } from './formula/evaluate-formula';

/** A tab's imports: each spilled cell's value by A1 name, and each failed import's message. */
export interface SheetImports {
  readonly values: ReadonlyMap<string, CellValue>;
  readonly messages: ReadonlyMap<string, string>;
}

/** The card of a selected import that failed. */
export interface ImportCard {
  readonly a1: string;
  /** Sheets' words (English, as Sheets shows them to a Thai officer too). */
  readonly message: string;
  /** The Thai line under them. */
  readonly thai: string;
  /** Whether the card has the Allow access button (only for "You need to connect these sheets."). */
  readonly canAllow: boolean;
}

const NONE: SheetImports = { values: new Map(), messages: new Map() };

/** The imports of the tab `sheetName` of `workbook` (none when it has no import). */
export function importsOf(workbook: MemoryWorkbook, sheetName: string): SheetImports {
  return workbook.importedCells(sheetName) ?? NONE;
}

/** The cells as a formula reads them: a spilled cell holds the value its import put there. */
export function cellsWithImports(cells: readonly CellJson[], imports: SheetImports): Map<string, CellJson> {
  const map = new Map(cells.map((c) => [c.cell, c]));
  for (const [name, value] of imports.values) {
    map.set(name, value instanceof Date ? { cell: name, date: value.toISOString() } : { cell: name, value });
  }
  return map;
}

/** What each cell of the imports shows: a value, or #REF! with its message for the cell's hover. */
export function importsComputed(imports: SheetImports): Map<string, Computed> {
  const computed = new Map<string, Computed>();
  for (const [name, value] of imports.values) {
    const message = imports.messages.get(name);
    if (message !== undefined && value === REF_ERROR) computed.set(name, { error: REF_ERROR, message });
    else computed.set(name, { value });
  }
  return computed;
}

function thaiLine(message: string): string {
  if (message === IMPORT_MESSAGES.connect) return 'ต้องอนุญาตให้เข้าถึงสเปรดชีตนี้ก่อน';
  if (message === IMPORT_MESSAGES.permission) {
    return 'ไม่มีสิทธิ์เข้าถึงสเปรดชีตนี้: ให้หน่วยงานแชร์สเปรดชีตกับท่านก่อน (แชร์ › ผู้มีสิทธิ์อ่าน) หรือตรวจลิงก์';
  }
  return 'นำเข้าข้อมูลไม่ได้';
}

/** The card of the selected cell (its top-left) when it is an import that failed; else undefined. */
export function importCard(imports: SheetImports, selected: string | undefined): ImportCard | undefined {
  const a1 = selected?.split(':')[0];
  const message = a1 === undefined ? undefined : imports.messages.get(a1);
  if (a1 === undefined || message === undefined) return undefined;
  return { a1, message, thai: thaiLine(message), canAllow: message === IMPORT_MESSAGES.connect };
}
