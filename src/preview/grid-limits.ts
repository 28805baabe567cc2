/**
 * Google Sheets' grid limits, which the preview keeps as Sheets does: a tab has at most 18,278
 * columns (A … ZZZ), and a spreadsheet at most 10,000,000 cells over all its tabs (so at most
 * 10,000,000 rows). A paste past them is refused, as Sheets refuses it, before anything changes, so
 * the workbook never holds what a save file cannot name.
 * (support.google.com/drive/answer/37603: "Up to 10 million cells or 18,278 columns (column ZZZ)".)
 */

import type { SheetApi } from '../sheets/spreadsheet-api';

export const MAX_COLUMNS = 18_278;
export const MAX_CELLS = 10_000_000;
export const MAX_ROWS = MAX_CELLS;

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Why a block of `rows` × `columns` from (row, column) cannot be written on `sheet`, in Thai with an
 * English gloss; undefined when it fits (the tab grown to hold it included).
 */
export function gridLimitError(
  sheet: SheetApi,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string | undefined {
  const lastRow = row + rows - 1;
  const lastColumn = column + columns - 1;
  if (lastColumn > MAX_COLUMNS) {
    return `วางไม่ได้: ข้อความที่วางกว้างถึงคอลัมน์ที่ ${thousands(lastColumn)} แต่ Google ชีตมีได้ไม่เกิน ${thousands(MAX_COLUMNS)} คอลัมน์ (ZZZ) ไม่มีอะไรเปลี่ยน (cannot paste: it reaches column ${thousands(lastColumn)}, past Sheets' ${thousands(MAX_COLUMNS)} columns; nothing changed)`;
  }
  if (lastRow > MAX_ROWS) {
    return `วางไม่ได้: ข้อความที่วางยาวถึงแถวที่ ${thousands(lastRow)} แต่ Google ชีตมีได้ไม่เกิน ${thousands(MAX_ROWS)} แถว ไม่มีอะไรเปลี่ยน (cannot paste: it reaches row ${thousands(lastRow)}, past Sheets' ${thousands(MAX_ROWS)} rows; nothing changed)`;
  }
  const grown = Math.max(sheet.getMaxRows(), lastRow) * Math.max(sheet.getMaxColumns(), lastColumn);
  const others = sheet
    .getParent()
    .getSheets()
    .filter((s) => s.getSheetId() !== sheet.getSheetId())
    .reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
  if (grown + others > MAX_CELLS) {
    return `วางไม่ได้: สมุดงานจะมี ${thousands(grown + others)} เซลล์ เกิน ${thousands(MAX_CELLS)} เซลล์ที่ Google ชีตรับได้ ไม่มีอะไรเปลี่ยน (cannot paste: the spreadsheet would have ${thousands(grown + others)} cells, past Sheets' ${thousands(MAX_CELLS)}; nothing changed)`;
  }
  return undefined;
}
