/**
 * The cells of a sheet, kept sparse (row → column → cell), and the sheet's size. Sheets starts a tab at
 * 1000 × 26 and never grows it on a write: Sheet.getRange past the edge throws, and a script makes room
 * with insertRowsAfter / insertColumnsAfter (see insert-dimension.ts), so the grid grows only there.
 */

import { type Cell, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, hasContent, isBlank } from './cell';
import { lastColumnOf, lastRowOf, type Region } from './region';

/** A kept cell with its 1-based position. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly cell: Cell;
}

/** A sheet's cells and size. */
export class Grid {
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  private readonly rows = new Map<number, Map<number, Cell>>();

  /** The cell if anything was ever written to it; reading never creates one. */
  peek(row: number, column: number): Cell | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** The cell to write to, created when needed; the sheet's ranges are checked first, so outside is a bug. */
  touch(row: number, column: number): Cell {
    if (row < 1 || column < 1 || row > this.maxRows || column > this.maxColumns) {
      throw new Error(
        `Grid.touch: bug: row ${row}, column ${column} is outside the ${this.maxRows} × ${this.maxColumns} grid`,
      );
    }
    let cells = this.rows.get(row);
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = {};
      cells.set(column, cell);
    }
    return cell;
  }

  /** Calls edit on every cell of the region, creating them. */
  edit(region: Region, edit: (cell: Cell, row: number, column: number) => void): void {
    for (let row = region.row; row <= lastRowOf(region); row++) {
      for (let column = region.column; column <= lastColumnOf(region); column++) {
        edit(this.touch(row, column), row, column);
      }
    }
  }

  /** Adds howMany empty rows after row `after`: the rows below move down with everything they carry. */
  insertRows(after: number, howMany: number): void {
    // Highest first, so a moved row never lands on one that has yet to move.
    const below = [...this.rows].filter(([row]) => row > after).sort(([a], [b]) => b - a);
    for (const [row, cells] of below) {
      this.rows.delete(row);
      this.rows.set(row + howMany, cells);
    }
    this.maxRows += howMany;
  }

  /** Adds howMany empty columns after column `after`: the columns to the right move with what they carry. */
  insertColumns(after: number, howMany: number): void {
    for (const cells of this.rows.values()) {
      const right = [...cells].filter(([column]) => column > after).sort(([a], [b]) => b - a);
      for (const [column, cell] of right) {
        cells.delete(column);
        cells.set(column + howMany, cell);
      }
    }
    this.maxColumns += howMany;
  }

  /** The last row with a value or a formula, 0 when there is none. */
  lastRow(): number {
    let last = 0;
    for (const [row, cells] of this.rows) {
      if (row > last && [...cells.values()].some(hasContent)) last = row;
    }
    return last;
  }

  /** The last column with a value or a formula, 0 when there is none. */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows.values()) {
      for (const [column, cell] of cells) if (column > last && hasContent(cell)) last = column;
    }
    return last;
  }

  /** Every cell that carries something, row by row then column by column. */
  cells(): PlacedCell[] {
    const placed: PlacedCell[] = [];
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const cells = this.rows.get(row);
      if (!cells) continue;
      for (const column of [...cells.keys()].sort((a, b) => a - b)) {
        const cell = cells.get(column);
        if (cell && !isBlank(cell)) placed.push({ row, column, cell });
      }
    }
    return placed;
  }
}
