/** Range for the memory workbook: a live block of a sheet, as in Sheets (not a copy of its cells). */

import { a1 } from '../../core/layout/a1';
import type { DataValidationApi, RangeApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import { type CellValue, DEFAULT_BACKGROUND, DEFAULT_NUMBER_FORMAT } from './cell';
import { MemoryDataValidation } from './data-validation';
import { type CellContent, enteredContent, readValue } from './entered-value';
import { Formattable, type RangeTarget } from './formattable';
import { linkOf, spillOf, valueWithImports } from './import-range';
import { STATE } from './internal';
import { intersects, lastColumnOf, lastRowOf, type Region, regionA1 } from './region';
import { assertLive, mergeRegion, type SheetState } from './sheet-state';

/** Throws Sheets' error when a block of data is not the shape of the range. */
export function assertShape(data: readonly (readonly unknown[])[], region: Region): void {
  if (!Array.isArray(data)) throw new Error('The parameters (data) do not match the method signature.');
  if (data.length !== region.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${region.numRows}.`,
    );
  }
  for (const row of data) {
    const length = Array.isArray(row) ? row.length : 0;
    if (length !== region.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${length} but the range has ${region.numColumns}.`,
      );
    }
  }
}

function readRegion<T>(region: Region, read: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = region.row; row <= lastRowOf(region); row++) {
    const values: T[] = [];
    for (let column = region.column; column <= lastColumnOf(region); column++) values.push(read(row, column));
    rows.push(values);
  }
  return rows;
}

/** Range: values, notes, backgrounds, formats, merge and dropdowns of one block. */
export class MemoryRange extends Formattable<MemoryRange> implements RangeApi {
  readonly [STATE]: RangeTarget;

  constructor(ledger: CallLedger, sheet: SheetState, region: Region) {
    super(ledger, 'Range');
    this[STATE] = { sheet, region };
  }

  protected targets(): readonly RangeTarget[] {
    return [this[STATE]];
  }

  protected self(): MemoryRange {
    return this;
  }

  /** Counts the call and checks the sheet still exists; gives the sheet and region to work on. */
  private enter(method: string): RangeTarget {
    this.ledger.enter(`Range.${method}`);
    assertLive(this[STATE].sheet);
    return this[STATE];
  }

  getValues(): CellValue[][] {
    const { sheet, region } = this.enter('getValues');
    const link = linkOf(sheet);
    if (!link?.resolve) return readRegion(region, (row, column) => readValue(sheet.grid.peek(row, column)));
    // In a registry (workbook-registry.ts), IMPORTRANGE formulas read their source's values.
    const spill = spillOf(sheet, link);
    return readRegion(region, (row, column) => valueWithImports(sheet, spill, row, column));
  }

  getFormulas(): string[][] {
    const { sheet, region } = this.enter('getFormulas');
    return readRegion(region, (row, column) => sheet.grid.peek(row, column)?.formula ?? '');
  }

  /** Writes the block as typed into Sheets (see entered-value.ts); nothing is written if any value is refused. */
  setValues(values: unknown[][]): MemoryRange {
    const { sheet, region } = this.enter('setValues');
    assertShape(values, region);
    const contents: CellContent[][] = values.map((row, i) =>
      row.map((value, j) => {
        const at = { row: region.row + i, column: region.column + j };
        const numberFormat = sheet.grid.peek(at.row, at.column)?.format?.numberFormat;
        return enteredContent(value, numberFormat, () => a1(at.row, at.column));
      }),
    );
    sheet.grid.edit(region, (cell, row, column) => {
      const content = contents[row - region.row]?.[column - region.column];
      delete cell.value;
      delete cell.formula;
      delete cell.quotePrefix;
      Object.assign(cell, content);
    });
    return this;
  }

  getNotes(): string[][] {
    const { sheet, region } = this.enter('getNotes');
    return readRegion(region, (row, column) => sheet.grid.peek(row, column)?.note ?? '');
  }

  setNotes(notes: (string | null)[][]): MemoryRange {
    const { sheet, region } = this.enter('setNotes');
    assertShape(notes, region);
    sheet.grid.edit(region, (cell, row, column) => {
      const note = notes[row - region.row]?.[column - region.column];
      if (note === null || note === undefined || note === '') delete cell.note;
      else cell.note = note;
    });
    return this;
  }

  getBackgrounds(): string[][] {
    const { sheet, region } = this.enter('getBackgrounds');
    return readRegion(
      region,
      (row, column) => sheet.grid.peek(row, column)?.format?.background ?? DEFAULT_BACKGROUND,
    );
  }

  /** A cell without a number format of its own reads as Sheets' default, "General". */
  getNumberFormats(): string[][] {
    const { sheet, region } = this.enter('getNumberFormats');
    return readRegion(
      region,
      (row, column) => sheet.grid.peek(row, column)?.format?.numberFormat ?? DEFAULT_NUMBER_FORMAT,
    );
  }

  getA1Notation(): string {
    return regionA1(this.enter('getA1Notation').region);
  }

  getRow(): number {
    return this.enter('getRow').region.row;
  }

  getColumn(): number {
    return this.enter('getColumn').region.column;
  }

  getNumRows(): number {
    return this.enter('getNumRows').region.numRows;
  }

  getNumColumns(): number {
    return this.enter('getNumColumns').region.numColumns;
  }

  /** The merged blocks wholly inside the range or sharing a cell with it, as Range.getMergedRanges. */
  getMergedRanges(): MemoryRange[] {
    const { sheet, region } = this.enter('getMergedRanges');
    return sheet.merges
      .filter((m) => intersects(m, region))
      .map((m) => new MemoryRange(this.ledger, sheet, m));
  }

  merge(): MemoryRange {
    const { sheet, region } = this.enter('merge');
    mergeRegion(sheet, region);
    return this;
  }

  setDataValidation(rule: DataValidationApi | null): MemoryRange {
    const { sheet, region } = this.enter('setDataValidation');
    if (rule !== null && !(rule instanceof MemoryDataValidation)) {
      throw new Error(
        'setDataValidation: the rule was not built by the memory workbook (use memoryServices())',
      );
    }
    sheet.grid.edit(region, (cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule;
    });
    return this;
  }
}
