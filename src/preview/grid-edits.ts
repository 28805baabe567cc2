/**
 * What the preview's grid does with the keyboard: a cell typed into (or cleared with Delete) is written
 * through the in-memory workbook as Sheets takes typed text (entered-value rules: "=…" a formula, "12"
 * a number, "'12" text); each edit is kept, so Ctrl+Z puts back what the cell held before, the last
 * edit first. Only the grid's own edits are undone: the sidebar's writes are not the grid's to undo.
 */

import { parseA1 } from '../core/layout/a1';
import { inspectCell } from '../sheets/memory';
import { ensureSheetSize } from '../sheets/sheet-size';
import { readPasteRequest } from './paste-into-tab';
import type { SheetApi, SpreadsheetApi } from '../sheets/spreadsheet-api';

/** An edit request: the tab, the cell and the text typed ('' clears), as a paste's, at most a cell's worth; or why not. */
export function readEditRequest(
  body: unknown,
): { ok: true; sheetId: number; a1: string; text: string } | { ok: false; error: string } {
  const request = readPasteRequest(body);
  if (request.ok && request.text.length > 50_000) {
    return {
      ok: false,
      error: 'ต้องส่งข้อความที่พิมพ์ไม่เกิน 50,000 ตัวอักษร (text must be text of 50,000 characters at most)',
    };
  }
  return request;
}

type Typed = string | number | boolean | Date;

interface Edit {
  readonly sheetId: number;
  readonly a1: string;
  /** What to type back to get the cell as it was. */
  readonly before: Typed;
}

/** What a cell holds, as the value to write back to get it again. */
function asTyped(sheet: SheetApi, a1: string): Typed {
  const cell = inspectCell(sheet, a1);
  if (cell.formula !== undefined) return cell.formula;
  if (typeof cell.value === 'string') return cell.quotePrefix ? `'${cell.value}` : cell.value;
  return cell.value;
}

function write(sheet: SheetApi, a1: string, value: Typed): void {
  const { row, column } = parseA1(a1);
  ensureSheetSize(sheet, row, column);
  sheet.getRange(row, column, 1, 1).setValues([[value]]);
}

/** The grid's edits of one workbook, and their undo. */
export class GridEdits {
  private readonly done: Edit[] = [];

  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly limit = 100,
  ) {}

  private sheet(sheetId: number): SheetApi | undefined {
    return this.spreadsheet.getSheets().find((s) => s.getSheetId() === sheetId);
  }

  /** Writes the typed text into the cell (as Sheets reads typing); false when there is no such tab. */
  edit(sheetId: number, a1: string, text: string): boolean {
    const sheet = this.sheet(sheetId);
    if (!sheet) return false;
    const before = asTyped(sheet, a1);
    write(sheet, a1, text);
    this.done.push({ sheetId, a1, before });
    if (this.done.length > this.limit) this.done.shift();
    return true;
  }

  /** Undoes the last edit (its cell as it was, and selected); undefined when there is none to undo. */
  undo(): { sheetId: number; a1: string } | undefined {
    for (;;) {
      const last = this.done.pop();
      if (!last) return undefined;
      const sheet = this.sheet(last.sheetId);
      // A tab deleted since: its edits cannot be undone; the one before may be.
      if (!sheet) continue;
      write(sheet, last.a1, last.before);
      this.spreadsheet.setActiveSheet(sheet);
      sheet.setActiveSelection(last.a1);
      return { sheetId: last.sheetId, a1: last.a1 };
    }
  }
}
