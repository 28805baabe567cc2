/**
 * The memory workbook as an .xlsx file, for the local preview and for officers without Sheets at hand.
 * Carried over: values (a formula as its text, since neither side evaluates it here), merges, fonts
 * (Sheets' Sarabun as TH Sarabun New, the Thai office font, whose metric twin LibreOffice finds as
 * Laksaman), solid fills, thin borders, wrap and alignment, number formats, column widths (px / 7 ≈
 * Excel's character width), frozen rows, notes as comments, dropdowns that fit Excel's inline list,
 * hidden tabs, the active tab, and the print mark (A4, orientation, the printed columns, the repeated
 * rows, the page breaks reckoned with the rows kept together, no gridlines). Rows of single cells are
 * left for Excel or LibreOffice to size to their text; a row with wrapped text in merged cells (which
 * neither sizes) gets its height from the font's metrics.
 * Not carried over: charts (exceljs cannot write them: the rows kept for a chart are hidden), the
 * warning-only protection (Excel's is a lock, not a warning) and developer metadata (Excel has no
 * such thing).
 */

import type { DataValidation, Worksheet, Borders as XlsxBorders, Cell as XlsxCell } from 'exceljs';
import ExcelJS from 'exceljs';
import { a1 } from '../core/layout/a1';
import { printedSizePt } from '../core/layout/text-metrics';
import {
  type Cell,
  type CellFormat,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT_FAMILY,
  DEFAULT_FONT_SIZE,
} from '../sheets/memory/cell';
import { STATE } from '../sheets/memory/internal';
import type { MemoryWorkbook } from '../sheets/memory/memory-workbook';
import { type PrintMark, printSetupOf } from '../sheets/memory/print-setup';
import { lastColumnOf, lastRowOf, type Region } from '../sheets/memory/region';
import { rowHeightPt, wrappedLines } from '../sheets/memory/row-height';
import type { SheetState } from '../sheets/memory/sheet-state';
import type { WorkbookState } from '../sheets/memory/workbook-state';
import { pageBreaks } from './xlsx-pages';

/** Excel's width unit is about the width of a digit, 7 px in its default font. */
const PIXELS_PER_WIDTH_UNIT = 7;
const A4_PAPER = 9;
/** Excel keeps an inline dropdown list to 255 characters. */
const MAX_INLINE_LIST = 255;

/** The xlsx face of Sheets' Sarabun, and the size that matches: Sarabun 14 looks as TH Sarabun New 16. */
export const XLSX_THAI_FONT = 'TH Sarabun New';
// Excel's default row height, in points.
const DEFAULT_ROW_HEIGHT_PT = 15;
const POINTS_PER_INCH = 72;
const PX_PER_PT = 96 / 72;
const A4_SHORT_SIDE_PT = 595;
const A4_LONG_SIDE_PT = 842;
const MARGIN_INCHES = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
// The pages are reckoned a little short, so that the applications' own breaks never come first.
const PAGE_SAFETY = 0.99;
const WIDTH_SLACK = 1.06;

/** Which tabs the file holds: every tab, or the reports the add-in made (when there is one). */
export interface XlsxOptions {
  readonly reportsAlone?: boolean;
}

/** A report tab, as the add-in marks it (metadata.ts): printed alone unless the sources are asked for. */
function isReport(sheet: SheetState): boolean {
  return sheet.metadata.some((m) => m.key === 'ita-sheets.generated' && m.value === 'report');
}

/** The face and size a cell is written with in the .xlsx. */
function xlsxFont(format: CellFormat | undefined): { name: string; size: number } {
  const family = format?.fontFamily ?? DEFAULT_FONT_FAMILY;
  const size = format?.fontSize ?? DEFAULT_FONT_SIZE;
  return family === 'Sarabun' ? { name: XLSX_THAI_FONT, size: printedSizePt(size) } : { name: family, size };
}

/** Excel's ARGB for a #rrggbb color; undefined for a color name Sheets took but Excel would not. */
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
      ...xlsxFont(format),
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

function columnWidthPx(sheet: SheetState, column: number): number {
  return sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
}

/**
 * Each row's height as printed, in points (index 0 for row 1), and the rows whose height must be
 * written: those with wrapped text in a merged cell, which no application sizes by itself.
 */
function rowHeights(sheet: SheetState, rows: number): { heights: number[]; written: Map<number, number> } {
  const heights = Array<number>(rows).fill(0);
  const inMerge = new Set<number>();
  const spanOf = new Map<string, Region>();
  for (const m of sheet.merges) spanOf.set(`${m.row}|${m.column}`, m);
  const covered = (row: number, column: number) =>
    sheet.merges.some(
      (m) => row >= m.row && row <= lastRowOf(m) && column >= m.column && column <= lastColumnOf(m),
    );
  for (const { row, column, cell } of sheet.grid.cells()) {
    if (row > rows) continue;
    const { size } = xlsxFont(cell.format);
    const text = cell.formula ?? (cell.value === undefined || cell.value === null ? '' : String(cell.value));
    const span = spanOf.get(`${row}|${column}`);
    if (span === undefined && covered(row, column)) continue;
    let lines = 1;
    if (cell.format?.wrap && text !== '') {
      let width = 0;
      const last = span ? lastColumnOf(span) : column;
      for (let c = column; c <= last; c++) width += columnWidthPx(sheet, c);
      lines = wrappedLines(text, width, size, cell.format.bold === true);
      if (span && span.numRows === 1) inMerge.add(row);
    }
    const needed = rowHeightPt(lines, size);
    heights[row - 1] = Math.max(heights[row - 1] ?? 0, needed);
  }
  const written = new Map<number, number>();
  heights.forEach((height, i) => {
    if (height > DEFAULT_ROW_HEIGHT_PT) written.set(i + 1, height);
  });
  for (let i = 0; i < rows; i++) heights[i] = Math.max(heights[i] ?? 0, DEFAULT_ROW_HEIGHT_PT);
  return { heights, written };
}

/** The page setup of a tab with a print mark, with its page breaks. */
function printLayout(sheet: SheetState, print: PrintMark, rows: number) {
  const columns = print.columns ?? Math.max(1, sheet.grid.lastColumn());
  let widthPx = 0;
  for (let c = 1; c <= columns; c++) widthPx += columnWidthPx(sheet, c);
  const [pageWidth, pageHeight] = print.landscape
    ? [A4_LONG_SIDE_PT, A4_SHORT_SIDE_PT]
    : [A4_SHORT_SIDE_PT, A4_LONG_SIDE_PT];
  const printableWidth = pageWidth - (MARGIN_INCHES.left + MARGIN_INCHES.right) * POINTS_PER_INCH;
  const printableHeight = pageHeight - (MARGIN_INCHES.top + MARGIN_INCHES.bottom) * POINTS_PER_INCH;
  // Scaled to the page's width, at a scale written in the file rather than left to "fit to width": the
  // application would fit every used column (a chart's data beside the printed ones too), and the page
  // breaks are reckoned at this scale. Column widths come out a few percent wider than written (Excel's
  // width unit is the default font's digit), hence the slack.
  const percent = Math.min(100, Math.floor((100 * printableWidth) / ((widthPx * WIDTH_SLACK) / PX_PER_PT)));
  const scale = percent / 100;
  const { heights, written } = rowHeights(sheet, rows);
  const hidden = new Set<number>();
  for (const [first, last] of print.chartRows ?? []) for (let r = first; r <= last; r++) hidden.add(r);
  const printed = heights.map((h, i) => (hidden.has(i + 1) ? 0 : h));
  const repeatFrom = print.repeatFrom ?? 1;
  const repeat = print.repeatRows > 0 ? ([repeatFrom, print.repeatRows] as const) : undefined;
  const breaks = pageBreaks({
    heights: printed,
    pageHeight: (printableHeight * PAGE_SAFETY) / scale,
    keepTogether: print.keepTogether ?? [],
    ...(repeat ? { repeat } : {}),
  });
  return { columns, percent, written, hidden, breaks, repeat };
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetState, taken: Set<string>): Worksheet {
  const print = printSetupOf(sheet);
  const { frozenRows } = sheet;
  const rows = sheet.grid.cells().reduce((last, placed) => Math.max(last, placed.row), 0);
  const pages = print ? printLayout(sheet, print, rows) : undefined;
  const worksheet = book.addWorksheet(excelSheetName(sheet.name, taken), {
    state: sheet.hidden ? 'hidden' : 'visible',
    views:
      frozenRows > 0
        ? [{ state: 'frozen', xSplit: 0, ySplit: frozenRows, topLeftCell: a1(frozenRows + 1, 1) }]
        : [],
    ...(print && pages
      ? {
          pageSetup: {
            paperSize: A4_PAPER,
            orientation: print.landscape ? 'landscape' : 'portrait',
            margins: MARGIN_INCHES,
            fitToPage: false,
            scale: pages.percent,
            showGridLines: false,
            printArea: `A1:${a1(Math.max(1, rows), pages.columns)}`,
            ...(pages.repeat ? { printTitlesRow: `${pages.repeat[0]}:${pages.repeat[1]}` } : {}),
          },
        }
      : {}),
  });
  for (let column = 1; column <= sheet.grid.maxColumns; column++) {
    worksheet.getColumn(column).width = columnWidthPx(sheet, column) / PIXELS_PER_WIDTH_UNIT;
    // The columns after the printed ones hold what only the chart reads: hidden, as the chart is not
    // carried over (and LibreOffice prints every used column whatever the print area says).
    if (pages && column > pages.columns && print?.columns !== undefined)
      worksheet.getColumn(column).hidden = true;
  }
  for (const { row, column, cell } of sheet.grid.cells()) writeCell(worksheet.getCell(row, column), cell);
  const written = pages?.written ?? rowHeights(sheet, rows).written;
  for (const [row, height] of written) worksheet.getRow(row).height = height;
  for (const row of pages?.hidden ?? []) worksheet.getRow(row).hidden = true;
  for (const row of pages?.breaks ?? []) worksheet.getRow(row).addPageBreak();
  // Merged after the values are in: exceljs routes a later write to a merged cell to the region's master.
  for (const m of sheet.merges)
    worksheet.mergeCellsWithoutStyle(m.row, m.column, lastRowOf(m), lastColumnOf(m));
  return worksheet;
}

/** The workbook as .xlsx bytes. */
export async function workbookToXlsx(state: WorkbookState, options: XlsxOptions = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const taken = new Set<string>();
  const reports = state.sheets.filter(isReport);
  // The reports alone print as the district receives them; a workbook without one is written whole.
  const sheets = options.reportsAlone && reports.length > 0 ? reports : state.sheets;
  for (const sheet of sheets) addSheet(book, sheet, taken);
  const activeTab = Math.max(
    0,
    sheets.findIndex((s) => s.id === state.activeSheetId),
  );
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A memory workbook as an .xlsx file: what the command line writes and the preview offers (not a counted call). */
export function memoryWorkbookToXlsx(workbook: MemoryWorkbook, options: XlsxOptions = {}): Promise<Buffer> {
  return workbookToXlsx(workbook[STATE].state, options);
}
