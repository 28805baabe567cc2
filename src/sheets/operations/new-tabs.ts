/**
 * Making new tabs as one step: when a service call fails halfway (a quota, a timeout, a lost
 * connection: Apps Script fails any call now and then), the tabs this step began are removed, so no
 * half-made document tab or report is left looking finished. Tabs that existed before are only read.
 */

import type { SpreadsheetApi } from '../spreadsheet-api';
import { OperationError } from './context';

/** Runs `make`; if it throws, deletes the tabs it inserted and says what failed and that nothing was lost. */
export function makingNewTabs<T>(spreadsheet: SpreadsheetApi, what: string, make: () => T): T {
  const before = new Set(spreadsheet.getSheets().map((s) => s.getSheetId()));
  try {
    return make();
  } catch (error) {
    if (error instanceof OperationError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    let removed = true;
    try {
      for (const sheet of spreadsheet.getSheets())
        if (!before.has(sheet.getSheetId())) spreadsheet.deleteSheet(sheet);
    } catch {
      removed = false;
    }
    throw new OperationError(
      removed
        ? `${what}ไม่สำเร็จ: ${reason} ข้อมูลเดิมไม่สูญหาย โปรดลองอีกครั้ง (${what} failed: ${reason}; nothing was lost, try again)`
        : `${what}ไม่สำเร็จ: ${reason} ข้อมูลเดิมไม่สูญหาย แต่อาจมีแท็บที่สร้างไม่เสร็จค้างอยู่ ลบได้ (failed; nothing was lost, but an unfinished new tab may remain)`,
      [],
      error,
    );
  }
}
