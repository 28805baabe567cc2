/** Sheet for the memory workbook: one tab's cells, merges, widths, frozen rows, metadata, protection, charts. */

import { MAX_SHEET_METADATA } from '../metadata';
import type { EmbeddedChartApi, SheetApi, SpreadsheetApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import { MemoryEmbeddedChart, MemoryEmbeddedChartBuilder } from './chart-builder';
import { MemoryDeveloperMetadata } from './developer-metadata';
import type { Grid } from './grid';
import { linkOf, spillOf } from './import-range';
import { insertAfter } from './insert-dimension';
import { STATE } from './internal';
import { MemoryRange } from './memory-range';
import { MemoryRangeList } from './memory-range-list';
import { MemoryProtection } from './protection';
import { lastColumnOf, lastRowOf, parseRegion, type Region } from './region';
import { assertLive, freezeRows, type SheetState } from './sheet-state';

/** What a sheet needs of its workbook. */
export interface SheetContext {
  readonly ledger: CallLedger;
  /** The sheet's 1-based position among the tabs. */
  indexOf(sheet: SheetState): number;
  /** Throws Sheets' error when another sheet has the name. */
  assertNameFree(name: string, except?: SheetState): void;
  visibleCount(): number;
  nextMetadataId(): number;
  /** Every live sheet: inserting rows moves the chart ranges of other sheets that point at this one. */
  sheets(): readonly SheetState[];
  /** Makes the sheet the active one (setActiveSelection shows the selected range's tab). */
  activate(sheet: SheetState): void;
  /** The workbook the sheet is in. */
  parent(): SpreadsheetApi;
}

/** The last row and column holding content, the values spilled by the sheet's imports included. */
function lastCellWithImports(sheet: SheetState): { row: number; column: number } {
  let row = sheet.grid.lastRow();
  let column = sheet.grid.lastColumn();
  const link = linkOf(sheet);
  if (!link?.resolve) return { row, column };
  for (const [at, value] of spillOf(sheet, link).values) {
    if (value === '') continue;
    const [r, c] = at.split(',').map(Number) as [number, number];
    row = Math.max(row, r);
    column = Math.max(column, c);
  }
  return { row, column };
}

function wholeNumber(n: number): number {
  if (!Number.isInteger(n)) throw new Error(`Cannot convert '${n}' to int.`);
  return n;
}

/** The region of getRange(row, column, numRows, numColumns), checked as Sheets checks it. */
function gridRegion(row: number, column: number, numRows: number, numColumns: number): Region {
  if (wholeNumber(row) < 1) throw new Error('The starting row of the range is too small.');
  if (wholeNumber(column) < 1) throw new Error('The starting column of the range is too small.');
  if (wholeNumber(numRows) < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (wholeNumber(numColumns) < 1) throw new Error('The number of columns in the range must be at least 1.');
  return { row, column, numRows, numColumns };
}

/** Sheets never grows a sheet to fit a range: a script inserts rows or columns first. */
function insideSheet(region: Region, grid: Grid): Region {
  if (lastRowOf(region) > grid.maxRows || lastColumnOf(region) > grid.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return region;
}

/** Sheet: one tab of a MemoryWorkbook. */
export class MemorySheet implements SheetApi {
  readonly [STATE]: SheetState;

  constructor(
    private readonly context: SheetContext,
    state: SheetState,
  ) {
    this[STATE] = state;
  }

  private enter(method: string): SheetState {
    this.context.ledger.enter(`Sheet.${method}`);
    assertLive(this[STATE]);
    return this[STATE];
  }

  private range(region: Region): MemoryRange {
    return new MemoryRange(this.context.ledger, this[STATE], region);
  }

  getName(): string {
    return this.enter('getName').name;
  }

  getParent(): SpreadsheetApi {
    this.enter('getParent');
    return this.context.parent();
  }

  setName(name: string): MemorySheet {
    const sheet = this.enter('setName');
    this.context.assertNameFree(name, sheet);
    sheet.name = name;
    return this;
  }

  getSheetId(): number {
    return this.enter('getSheetId').id;
  }

  getIndex(): number {
    return this.context.indexOf(this.enter('getIndex'));
  }

  getRange(row: number, column: number, numRows?: number, numColumns?: number): MemoryRange;
  getRange(a1Notation: string): MemoryRange;
  getRange(rowOrA1: number | string, column = 1, numRows = 1, numColumns = 1): MemoryRange {
    const { grid } = this.enter('getRange');
    const region =
      typeof rowOrA1 === 'string' ? parseRegion(rowOrA1) : gridRegion(rowOrA1, column, numRows, numColumns);
    return this.range(insideSheet(region, grid));
  }

  getRangeList(a1Notations: string[]): MemoryRangeList {
    const { grid } = this.enter('getRangeList');
    const ranges = a1Notations.map((name) => this.range(insideSheet(parseRegion(name), grid)));
    return new MemoryRangeList(this.context.ledger, ranges);
  }

  /** A1 to the last row and column with content, at least A1. */
  getDataRange(): MemoryRange {
    const sheet = this.enter('getDataRange');
    const last = lastCellWithImports(sheet);
    return this.range({
      row: 1,
      column: 1,
      numRows: Math.max(1, last.row),
      numColumns: Math.max(1, last.column),
    });
  }

  getActiveRange(): MemoryRange {
    const sheet = this.enter('getActiveRange');
    return this.range(sheet.selection ?? { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  setActiveSelection(a1Notation: string): MemoryRange {
    const sheet = this.enter('setActiveSelection');
    const region = parseRegion(a1Notation);
    sheet.selection = region;
    this.context.activate(sheet);
    return this.range(region);
  }

  // As in Sheets, the values an IMPORTRANGE spills are content: they count for the last row and column.
  getLastRow(): number {
    return lastCellWithImports(this.enter('getLastRow')).row;
  }

  getLastColumn(): number {
    return lastCellWithImports(this.enter('getLastColumn')).column;
  }

  getMaxRows(): number {
    return this.enter('getMaxRows').grid.maxRows;
  }

  getMaxColumns(): number {
    return this.enter('getMaxColumns').grid.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): MemorySheet {
    insertAfter(this.enter('insertRowsAfter'), 'rows', afterPosition, howMany, this.context.sheets());
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): MemorySheet {
    insertAfter(this.enter('insertColumnsAfter'), 'columns', afterPosition, howMany, this.context.sheets());
    return this;
  }

  getFrozenRows(): number {
    return this.enter('getFrozenRows').frozenRows;
  }

  setFrozenRows(rows: number): void {
    freezeRows(this.enter('setFrozenRows'), rows);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): MemorySheet {
    const sheet = this.enter('setColumnWidths');
    const last = wholeNumber(startColumn) + wholeNumber(numColumns) - 1;
    if (startColumn < 1 || numColumns < 1 || last > sheet.grid.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (!Number.isFinite(width) || width < 0) throw new Error(`Invalid argument: width (${width})`);
    for (let column = startColumn; column <= last; column++) sheet.columnWidths.set(column, width);
    return this;
  }

  /** Refuses, as Sheets does, metadata past 30,000 characters (keys and values) on one sheet. */
  addDeveloperMetadata(key: string, value: string): MemorySheet {
    const sheet = this.enter('addDeveloperMetadata');
    const used = sheet.metadata.reduce((sum, m) => sum + m.key.length + (m.value ?? '').length, 0);
    if (used + key.length + value.length > MAX_SHEET_METADATA) {
      throw new Error(
        `Developer metadata on the sheet would reach ${used + key.length + value.length} characters; the limit is ${MAX_SHEET_METADATA}.`,
      );
    }
    sheet.metadata = [...sheet.metadata, { id: this.context.nextMetadataId(), key, value }];
    return this;
  }

  getDeveloperMetadata(): MemoryDeveloperMetadata[] {
    const sheet = this.enter('getDeveloperMetadata');
    return sheet.metadata.map((entry) => new MemoryDeveloperMetadata(this.context.ledger, sheet, entry));
  }

  /** A sheet has one sheet-wide protection in Sheets: protecting again hands back the same one. */
  protect(): MemoryProtection {
    const sheet = this.enter('protect');
    let state = sheet.protections[0];
    if (!state) {
      state = { description: '', warningOnly: false };
      sheet.protections.push(state);
    }
    return new MemoryProtection(this.context.ledger, state);
  }

  newChart(): MemoryEmbeddedChartBuilder {
    return new MemoryEmbeddedChartBuilder(this.context.ledger, this.enter('newChart'));
  }

  insertChart(chart: EmbeddedChartApi): void {
    const sheet = this.enter('insertChart');
    if (!(chart instanceof MemoryEmbeddedChart))
      throw new Error('insertChart: the chart was not built by the memory workbook');
    sheet.charts = [...sheet.charts, chart];
  }

  hideSheet(): MemorySheet {
    const sheet = this.enter('hideSheet');
    if (!sheet.hidden && this.context.visibleCount() <= 1)
      throw new Error("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    return this.enter('isSheetHidden').hidden;
  }
}
