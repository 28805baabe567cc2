/**
 * The preview's grid: a sheet of the memory workbook (its saved JSON, as inspectSheet gives it) drawn
 * as an HTML table, with its tabs and a cell bar. Pure: JSON in, an HTML string out, every piece of
 * workbook text escaped, since a cell holds whatever an officer (or a paste from the web) put there.
 */

import { escapeHtml } from '../core/html/escape-html';
import { a1, columnLetters, parseA1 } from '../core/layout/a1';
import type { CellJson, SheetJson } from '../sheets/memory';
import { type Computed, isSheetError } from './formula/evaluate-formula';
import type { ImportCard } from './grid-imports';

/** A tab of the tab bar. */
export interface GridTab {
  readonly sheetId: number;
  readonly name: string;
}

/** What the grid pane shows: the tabs, the active sheet and its selected cell. */
export interface GridView {
  readonly tabs: readonly GridTab[];
  readonly sheet: SheetJson;
  /** The selection in A1 notation; its top-left cell is highlighted and shown in the cell bar. */
  readonly selected?: string;
  /**
   * What each formula cell shows, computed (formula/evaluate-formula.ts), and each cell an import spilled
   * into; a formula is shown as written without.
   */
  readonly computed?: ReadonlyMap<string, Computed>;
  /** The card of the selected cell when it is an IMPORTRANGE that shows #REF! (grid-imports.ts). */
  readonly importCard?: ImportCard;
}

/** Rows drawn at most: a preview of a 5,000-row paste need not build a 5,000-row table to be useful. */
export const MAX_GRID_ROWS = 2000;

// Sheets' own default, in pixels, for a column without a width.
const DEFAULT_WIDTH = 100;
const ROW_HEADING_WIDTH = 46;
// Only plain colors reach a style attribute: a value such as "red;background:url(…)" is not one.
const CSS_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/;

// The add-in's spreadsheets are in Asia/Bangkok (appsscript.json): a date is the day it is there.
const SHEET_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' });

interface Span {
  readonly rows: number;
  readonly columns: number;
}

/** What a computed formula shows: its value as Sheets writes it, or its error code. */
export function computedText(computed: Computed): string {
  if (isSheetError(computed)) return computed.error;
  const { value } = computed;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return SHEET_DATE.format(value);
}

/** The text Sheets would show for a cell (formulas as written: the memory workbook does not compute them). */
export function cellText(cell: CellJson | undefined): string {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  if (cell.date !== undefined) return SHEET_DATE.format(new Date(cell.date));
  const { value } = cell;
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const decimals = /^[#,]*0\.(0+)$/.exec(cell.format?.numberFormat ?? '')?.[1]?.length;
    return decimals === undefined ? String(value) : value.toFixed(decimals);
  }
  return value;
}

function hasContent(cell: CellJson): boolean {
  return cellText(cell) !== '' || cell.note !== undefined || cell.format?.background !== undefined;
}

/** The rows and columns to draw: to the last cell with content, fill or note, merges and spills included. */
function extent(
  sheet: SheetJson,
  computed?: ReadonlyMap<string, Computed>,
): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  for (const name of computed?.keys() ?? []) {
    const { row, column } = parseA1(name);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  for (const cell of sheet.cells) {
    if (!hasContent(cell)) continue;
    const { row, column } = parseA1(cell.cell);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  for (const merge of sheet.merges) {
    const m = parseA1(merge);
    rows = Math.max(rows, m.row + m.numRows - 1);
    columns = Math.max(columns, m.column + m.numColumns - 1);
  }
  return { rows: Math.min(rows, sheet.maxRows), columns: Math.min(columns, sheet.maxColumns) };
}

/** The top-left cell of each merge with its span, and the cells a merge covers (not drawn). */
function mergeSpans(sheet: SheetJson): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const m = parseA1(merge);
    spans.set(a1(m.row, m.column), { rows: m.numRows, columns: m.numColumns });
    for (let r = m.row; r < m.row + m.numRows; r++) {
      for (let c = m.column; c < m.column + m.numColumns; c++) {
        if (r !== m.row || c !== m.column) covered.add(a1(r, c));
      }
    }
  }
  return { spans, covered };
}

function styleOf(cell: CellJson | undefined): string {
  const format = cell?.format;
  if (!format) return '';
  const rules: string[] = [];
  if (format.background && CSS_COLOR.test(format.background)) rules.push(`background:${format.background}`);
  if (format.fontColor && CSS_COLOR.test(format.fontColor)) rules.push(`color:${format.fontColor}`);
  if (format.horizontalAlignment) rules.push(`text-align:${format.horizontalAlignment}`);
  if (format.verticalAlignment) rules.push(`vertical-align:${format.verticalAlignment}`);
  if (format.fontSize !== undefined && Number.isFinite(format.fontSize))
    rules.push(`font-size:${format.fontSize}pt`);
  return rules.length === 0 ? '' : ` style="${escapeHtml(rules.join(';'))}"`;
}

/**
 * Whether a cell's text runs on into the cells to its right, as Sheets draws it: text not wrapped, not
 * merged, aligned left (or not aligned: text is left by default); it stops at the first cell with content.
 */
function overflowsRight(cell: CellJson | undefined, span: Span | undefined): boolean {
  if (!cell || cell.format?.wrap || span !== undefined) return false;
  const align = cell.format?.horizontalAlignment;
  return (align === undefined || align === 'left') && typeof cell.value === 'string' && cell.value !== '';
}

function isEmpty(cell: CellJson | undefined, computed: Computed | undefined, covered: boolean): boolean {
  const blank =
    cell === undefined ||
    ((cell.value === undefined || cell.value === '') &&
      cell.formula === undefined &&
      cell.date === undefined);
  return !covered && computed === undefined && blank;
}

function cellHtml(
  name: string,
  cell: CellJson | undefined,
  span: Span | undefined,
  selected: boolean,
  computed: Computed | undefined,
  overflows = false,
): string {
  const error = computed && isSheetError(computed) ? computed : undefined;
  const classes = [
    cell?.format?.bold ? 'bold' : '',
    cell?.format?.wrap ? 'wrap' : '',
    cell?.formula !== undefined ? (computed ? 'computed' : 'formula') : '',
    // A value an import put there, as Sheets draws a spill: the cell itself holds nothing.
    cell?.formula === undefined && computed ? 'spilled' : '',
    error ? 'cell-error' : '',
    selected ? 'selected' : '',
    overflows ? 'overflow' : '',
  ].filter((c) => c !== '');
  // The hover of an error cell says why, as Sheets' does; a note follows it.
  const title = [error?.message, cell?.note].filter((t) => t !== undefined).join('\n');
  const attributes = [
    `data-a1="${name}"`,
    classes.length > 0 ? `class="${classes.join(' ')}"` : '',
    span && span.rows > 1 ? `rowspan="${span.rows}"` : '',
    span && span.columns > 1 ? `colspan="${span.columns}"` : '',
    title !== '' ? `title="${escapeHtml(title)}"` : '',
  ].filter((a) => a !== '');
  const mark = cell?.note !== undefined ? '<span class="note-mark" aria-hidden="true"></span>' : '';
  const text = computed ? computedText(computed) : cellText(cell);
  return `<td ${attributes.join(' ')}${styleOf(cell)}>${mark}${escapeHtml(text)}</td>`;
}

/** The sheet as a table: column letters, row numbers, merges, formats, notes; frozen rows in the head. */
export function gridTableHtml(
  sheet: SheetJson,
  selected?: string,
  computed?: ReadonlyMap<string, Computed>,
): string {
  const drawn = extent(sheet, computed);
  // The selected cell is drawn even past the last with content: the keyboard moves the selection there.
  const at = selected === undefined ? undefined : parseA1(selected.split(':')[0] ?? 'A1');
  const rows = Math.min(Math.max(drawn.rows, at?.row ?? 1), sheet.maxRows);
  const columns = Math.min(Math.max(drawn.columns, at?.column ?? 1), sheet.maxColumns);
  const shown = Math.min(rows, MAX_GRID_ROWS);
  const cells = new Map(sheet.cells.map((c) => [c.cell, c]));
  const { spans, covered } = mergeSpans(sheet);
  const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
  const selectedCell = selected === undefined ? undefined : selected.split(':')[0];

  const cols = [`<col style="width:${ROW_HEADING_WIDTH}px">`];
  const letters = ['<td class="corner"></td>'];
  let tableWidth = ROW_HEADING_WIDTH;
  for (let c = 1; c <= columns; c++) {
    const width = Math.round(widths.get(c) ?? DEFAULT_WIDTH);
    tableWidth += width;
    cols.push(`<col style="width:${width}px">`);
    letters.push(`<th scope="col">${columnLetters(c)}</th>`);
  }
  const head = [`<tr class="column-headings">${letters.join('')}</tr>`];
  const body: string[] = [];
  for (let r = 1; r <= shown; r++) {
    const row = [`<th scope="row">${r}</th>`];
    for (let c = 1; c <= columns; c++) {
      const name = a1(r, c);
      if (covered.has(name)) continue;
      const cell = cells.get(name);
      const next = a1(r, c + 1);
      row.push(
        cellHtml(
          name,
          cell,
          spans.get(name),
          name === selectedCell,
          computed?.get(name),
          overflowsRight(cell, spans.get(name)) &&
            isEmpty(cells.get(next), computed?.get(next), covered.has(next)),
        ),
      );
    }
    const frozen = r <= sheet.frozenRows;
    (frozen ? head : body).push(`<tr data-row="${r}"${frozen ? ' class="frozen"' : ''}>${row.join('')}</tr>`);
  }
  const more =
    rows > shown
      ? `<caption class="grid-more">แสดง ${shown.toLocaleString('en-US')} แถวแรกจาก ${rows.toLocaleString('en-US')} แถว (showing the first ${shown} rows)</caption>`
      : '';
  return (
    `<table data-testid="grid-table" class="grid" style="width:${tableWidth}px" data-sheet-id="${sheet.id}" aria-label="${escapeHtml(sheet.name)}">` +
    `${more}<colgroup>${cols.join('')}</colgroup><thead>${head.join('')}</thead><tbody>${body.join('')}</tbody></table>`
  );
}

/** The tab bar: one button a visible tab, the active one selected. */
export function gridTabsHtml(tabs: readonly GridTab[], activeId: number): string {
  const buttons = tabs.map((tab) => {
    const active = tab.sheetId === activeId;
    return (
      `<button type="button" role="tab" data-testid="grid-tab" data-sheet-id="${tab.sheetId}" ` +
      `aria-selected="${active}"${active ? ' class="active"' : ''}>${escapeHtml(tab.name)}</button>`
    );
  });
  return `<div class="grid-tabs" role="tablist" aria-label="แท็บของสเปรดชีต">${buttons.join('')}</div>`;
}

/** The cell bar: the selected cell's name and its whole text, which a narrow column clips. */
export function cellBarHtml(sheet: SheetJson, selected: string | undefined): string {
  const name = selected?.split(':')[0] ?? '';
  const cell = sheet.cells.find((c) => c.cell === name);
  return (
    `<div class="cell-bar" data-testid="cell-bar"><span class="cell-name">${escapeHtml(name)}</span>` +
    `<span class="cell-text">${escapeHtml(cellText(cell))}</span></div>`
  );
}

/** Sheets' card on a selected import that reads #REF!: its message, and Allow access when it only needs connecting. */
export function importCardHtml(card: ImportCard): string {
  const button = card.canAllow
    ? `<button type="button" data-testid="allow-access" data-a1="${escapeHtml(card.a1)}">อนุญาตให้เข้าถึง (Allow access)</button>`
    : '';
  return (
    `<div class="import-card" data-testid="import-card" role="group" aria-label="${escapeHtml(`#REF! ${card.a1}`)}">` +
    `<p lang="en">${escapeHtml(card.message)}</p><p>${escapeHtml(card.thai)}</p>${button}</div>`
  );
}

/** The whole grid pane: cell bar, the card of a selected import, table and tab bar. */
export function gridHtml(view: GridView): string {
  return (
    cellBarHtml(view.sheet, view.selected) +
    (view.importCard ? importCardHtml(view.importCard) : '') +
    // Focusable, so a keyboard can scroll a grid wider than the window.
    `<div class="grid-scroll" tabindex="0" role="region" aria-label="ตาราง ${escapeHtml(view.sheet.name)}">` +
    `${gridTableHtml(view.sheet, view.selected, view.computed)}</div>` +
    gridTabsHtml(view.tabs, view.sheet.id)
  );
}
