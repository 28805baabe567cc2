/**
 * The memory workbook as an .xlsx file, for the local preview and for officers without Sheets at hand.
 * Carried over: values (a formula as its text, since neither side evaluates it here), merges, fonts,
 * solid fills, thin borders, wrap and alignment, number formats, column widths (px / 7 ≈ Excel's
 * character width), frozen rows, notes as comments, dropdowns that fit Excel's inline list, hidden tabs,
 * the active tab, and the print mark (A4, orientation, fit to one page wide, repeated rows, no gridlines).
 * Not carried over: charts (exceljs cannot write them), the warning-only protection (Excel's is a
 * lock, not a warning) and developer metadata (Excel has no such thing).
 */

import type { DataValidation, Worksheet, Borders as XlsxBorders, Cell as XlsxCell } from 'exceljs';
import ExcelJS from 'exceljs';
import { a1 } from '../core/layout/a1';
import {
  type Cell,
  type CellFormat,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT_FAMILY,
  DEFAULT_FONT_SIZE,
} from '../sheets/memory/cell';
import { STATE } from '../sheets/memory/internal';
import type { MemoryWorkbook } from '../sheets/memory/memory-workbook';
import { printSetupOf } from '../sheets/memory/print-setup';
import { lastColumnOf, lastRowOf } from '../sheets/memory/region';
import { rowHeightPt, wrappedLines } from '../sheets/memory/row-height';
import type { SheetState } from '../sheets/memory/sheet-state';
import type { WorkbookState } from '../sheets/memory/workbook-state';

/** Excel's width unit is about the width of a digit, 7 px in its default font. */
const PIXELS_PER_WIDTH_UNIT = 7;
const A4_PAPER = 9;
/** Excel keeps an inline dropdown list to 255 characters. */
const MAX_INLINE_LIST = 255;

/** Excel's ARGB for a #rrggbb color; undefined for a color name Sheets took but Excel would not. */
// Excel's default row height, in points.
const DEFAULT_ROW_HEIGHT_PT = 15;

function argb(color: string): string | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  return m ? `FF${m[1]?.toUpperCase()}` : undefined;
}

/** Excel refuses * ? : \ / [ ] in a tab name, a quote at either end, more than 31 characters and case-only twins. */
export function excelSheetName(name: string, taken: Set<string>): string {
  const clean = name.replace(/[*?:\\/[\]]/g, '_').replace(/^'+|'+$/g, '') || 'Sheet';
  let candidate = clean.slice(0, 31);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${clean.slice(0, 31 - `~${n}`.length)}~${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function writeFormat(target: XlsxCell, format: CellFormat): void {
  const { fontFamily, fontSize, bold, fontColor, background, border } = format;
  if (fontFamily !== undefined || fontSize !== undefined || bold || fontColor !== undefined) {
    const color = fontColor === undefined ? undefined : argb(fontColor);
    target.font = {
      name: fontFamily ?? DEFAULT_FONT_FAMILY,
      size: fontSize ?? DEFAULT_FONT_SIZE,
      bold: bold === true,
      ...(color ? { color: { argb: color } } : {}),
    };
  }
  const fill = background === undefined ? undefined : argb(background);
  if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (border) {
    const thin = { style: 'thin' } as const;
    const sides: Partial<XlsxBorders> = {};
    if (border.top) sides.top = thin;
    if (border.left) sides.left = thin;
    if (border.bottom) sides.bottom = thin;
    if (border.right) sides.right = thin;
    target.border = sides;
  }
  if (format.wrap || format.horizontalAlignment || format.verticalAlignment) {
    target.alignment = {
      ...(format.wrap ? { wrapText: true } : {}),
      ...(format.horizontalAlignment ? { horizontal: format.horizontalAlignment } : {}),
      ...(format.verticalAlignment ? { vertical: format.verticalAlignment } : {}),
    };
  }
  if (format.numberFormat !== undefined) target.numFmt = format.numberFormat;
}

/** Excel's list rule inline ("a,b,c"), or undefined when a choice holds a comma or quote or the list is too long. */
function listRule(cell: Cell): DataValidation | undefined {
  const rule = cell.validation;
  if (!rule || rule.values.some((v) => /[,"]/.test(v))) return undefined;
  const list = rule.values.join(',');
  if (list.length > MAX_INLINE_LIST) return undefined;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText === undefined ? {} : { showInputMessage: true, prompt: rule.helpText }),
  };
}

function writeCell(target: XlsxCell, cell: Cell): void {
  if (cell.formula !== undefined) target.value = cell.formula;
  else if (cell.value !== undefined) target.value = cell.value;
  if (cell.format) writeFormat(target, cell.format);
  if (cell.note !== undefined) target.note = cell.note;
  const validation = listRule(cell);
  if (validation) target.dataValidation = validation;
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetState, taken: Set<string>): Worksheet {
  const print = printSetupOf(sheet);
  const { frozenRows } = sheet;
  const worksheet = book.addWorksheet(excelSheetName(sheet.name, taken), {
    state: sheet.hidden ? 'hidden' : 'visible',
    views:
      frozenRows > 0
        ? [{ state: 'frozen', xSplit: 0, ySplit: frozenRows, topLeftCell: a1(frozenRows + 1, 1) }]
        : [],
    ...(print
      ? {
          pageSetup: {
            paperSize: A4_PAPER,
            orientation: print.landscape ? 'landscape' : 'portrait',
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
            showGridLines: false,
            ...(print.repeatRows > 0 ? { printTitlesRow: `1:${print.repeatRows}` } : {}),
          },
        }
      : {}),
  });
  for (let column = 1; column <= sheet.grid.maxColumns; column++) {
    const pixels = sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
    worksheet.getColumn(column).width = pixels / PIXELS_PER_WIDTH_UNIT;
  }
  const heights = new Map<number, number>();
  const merged = (row: number, column: number) =>
    sheet.merges.some(
      (m) => row >= m.row && row <= lastRowOf(m) && column >= m.column && column <= lastColumnOf(m),
    );
  for (const { row, column, cell } of sheet.grid.cells()) {
    writeCell(worksheet.getCell(row, column), cell);
    const text = cell.formula ?? (typeof cell.value === 'string' ? cell.value : undefined);
    // A merged cell's text spans the region's width; only single cells set their row's height.
    if (!cell.format?.wrap || text === undefined || merged(row, column)) continue;
    const size = cell.format.fontSize ?? DEFAULT_FONT_SIZE;
    const width = sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
    heights.set(row, Math.max(heights.get(row) ?? 0, rowHeightPt(wrappedLines(text, width, size), size)));
  }
  for (const [row, height] of heights)
    if (height > DEFAULT_ROW_HEIGHT_PT) worksheet.getRow(row).height = height;
  // Merged after the values are in: exceljs routes a later write to a merged cell to the region's master.
  for (const m of sheet.merges)
    worksheet.mergeCellsWithoutStyle(m.row, m.column, lastRowOf(m), lastColumnOf(m));
  return worksheet;
}

/** The workbook as .xlsx bytes. */
export async function workbookToXlsx(state: WorkbookState): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const sheet of state.sheets) addSheet(book, sheet, taken);
  const activeTab = Math.max(
    0,
    state.sheets.findIndex((s) => s.id === state.activeSheetId),
  );
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A memory workbook as an .xlsx file: what the command line writes and the preview offers (not a counted call). */
export function memoryWorkbookToXlsx(workbook: MemoryWorkbook): Promise<Buffer> {
  return workbookToXlsx(workbook[STATE].state);
}
