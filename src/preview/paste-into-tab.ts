/**
 * What the preview's grid does with Ctrl+V and its "+" button, as Sheets does: a new empty tab, and
 * tab-separated text written from the selected cell, one cell a value (one setValues). Sheets reads a
 * pasted value as if typed, and so does the in-memory workbook's setValues.
 */

import { parseA1 } from '../core/layout/a1';
import { parsePastedText } from '../core/structure/paste';
import { freeTabName } from '../sheets/metadata';
import { ensureSheetSize } from '../sheets/sheet-size';
import type { SheetApi, SpreadsheetApi } from '../sheets/spreadsheet-api';
import { gridLimitError } from './grid-limits';
import { HttpError } from './http-io';

/** A paste request: the tab, the cell it starts at and the text; or why not. */
export function readPasteRequest(
  body: unknown,
): { ok: true; sheetId: number; a1: string; text: string } | { ok: false; error: string } {
  const request = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const { sheetId, a1, text } = request;
  if (typeof sheetId !== 'number' || !Number.isSafeInteger(sheetId))
    return { ok: false, error: 'ต้องระบุแท็บ (sheetId must be a whole number)' };
  if (typeof a1 !== 'string' || !/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(a1))
    return { ok: false, error: 'ต้องระบุเซลล์แบบ A1 (a1 must be a cell such as B3)' };
  if (typeof text !== 'string') return { ok: false, error: 'ต้องส่งข้อความที่วาง (text must be text)' };
  return { ok: true, sheetId, a1, text };
}

/** A new empty tab at the end, "แผ่นงาน N" as Sheets names it, made the active tab. */
export function addEmptyTab(spreadsheet: SpreadsheetApi): SheetApi {
  const sheets = spreadsheet.getSheets();
  const sheet = spreadsheet.insertSheet(
    freeTabName(spreadsheet, `แผ่นงาน${sheets.length + 1}`),
    sheets.length,
  );
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}

/**
 * Writes pasted text into `sheet` from cell `a1`; returns the A1 range written (undefined for no text).
 * A paste past Sheets' grid (grid-limits.ts) is refused with a 400 and a Thai message; nothing changes.
 */
export function pasteIntoTab(sheet: SheetApi, a1: string, text: string): string | undefined {
  const rows = parsePastedText(text.replace(/\r?\n$/, ''));
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (text === '' || width === 0) return undefined;
  const { row, column } = parseA1(a1);
  const refused = gridLimitError(sheet, row, column, rows.length, width);
  if (refused !== undefined) throw new HttpError(400, refused);
  ensureSheetSize(sheet, row + rows.length - 1, column + width - 1);
  const range = sheet.getRange(row, column, rows.length, width);
  range.setValues(rows.map((cells) => Array.from({ length: width }, (_, c) => cells[c] ?? '')));
  return range.getA1Notation();
}
