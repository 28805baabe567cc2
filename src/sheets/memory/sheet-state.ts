/** A sheet's state as plain data, and the rules Sheets enforces on merges and frozen rows. */

import { Grid } from './grid';
import type { JsonValue } from './json-value';
import { contains, intersects, lastRowOf, type Region } from './region';

/** A developer metadata entry; the id tells twins with the same key apart. */
export interface MetadataEntry {
  readonly id: number;
  readonly key: string;
  readonly value: string | null;
}

/** A sheet's protection as the add-in sets it. */
export interface ProtectionState {
  description: string;
  warningOnly: boolean;
}

/** Where a chart's top-left corner sits: a cell and a pixel offset from it. */
export interface ChartPosition {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** An inserted chart: kept, never drawn. */
export interface ChartState {
  readonly type?: string;
  /** A1 names; a range of another sheet is qualified ('Other'!A1:B3). */
  readonly ranges: readonly string[];
  readonly position?: ChartPosition;
  readonly options: Readonly<Record<string, JsonValue>>;
}

/** Everything a sheet keeps, as plain data. */
export interface SheetState {
  readonly id: number;
  name: string;
  hidden: boolean;
  /** Set by deleteSheet: every later call through the sheet or its ranges throws. */
  deleted: boolean;
  readonly grid: Grid;
  merges: Region[];
  frozenRows: number;
  /** Pixel widths set by setColumnWidths, by 1-based column; others are 100 px. */
  readonly columnWidths: Map<number, number>;
  metadata: MetadataEntry[];
  protections: ProtectionState[];
  charts: ChartState[];
  /** The selection (getActiveRange); not saved: a selection is the session's, not the document's. */
  selection?: Region;
}

/** An empty sheet of 1000 × 26 cells. */
export function newSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    hidden: false,
    deleted: false,
    grid: new Grid(),
    merges: [],
    frozenRows: 0,
    columnWidths: new Map(),
    metadata: [],
    protections: [],
    charts: [],
  };
}

/** Throws when the sheet was deleted (Sheets refuses to work through a stale sheet too). */
export function assertLive(sheet: SheetState): void {
  if (sheet.deleted) throw new Error(`The sheet "${sheet.name}" has been deleted.`);
}

function crossesFrozenEdge(region: Region, frozenRows: number): boolean {
  return frozenRows > 0 && region.row <= frozenRows && lastRowOf(region) > frozenRows;
}

/**
 * Merges a region as Range.merge does: one cell is left alone; merges wholly inside are absorbed; a
 * partly overlapped merge or a frozen edge through the region is refused; only the top-left content stays.
 */
export function mergeRegion(sheet: SheetState, region: Region): void {
  if (region.numRows === 1 && region.numColumns === 1) return;
  if (sheet.merges.some((m) => intersects(m, region) && !contains(region, m))) {
    throw new Error('You must select all cells in a merged range to merge or unmerge them.');
  }
  if (crossesFrozenEdge(region, sheet.frozenRows))
    throw new Error("You can't merge frozen and non-frozen rows.");
  sheet.merges = [...sheet.merges.filter((m) => !contains(region, m)), region];
  sheet.grid.edit(region, (cell, row, column) => {
    if (row === region.row && column === region.column) return;
    delete cell.value;
    delete cell.formula;
    delete cell.quotePrefix;
  });
}

/** Freezes rows as setFrozenRows does: not through a merge, not every row. */
export function freezeRows(sheet: SheetState, rows: number): void {
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`Cannot convert '${rows}' to int.`);
  if (rows >= sheet.grid.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
  if (sheet.merges.some((m) => crossesFrozenEdge(m, rows))) {
    throw new Error("You can't freeze rows which contain only part of a merged cell.");
  }
  sheet.frozenRows = rows;
}
