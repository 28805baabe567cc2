/**
 * Looking inside a memory sheet without a counted call: what tests and the preview need to see that
 * Sheets' API does not hand back (formulas, the apostrophe flag, formats, dropdowns, merges, charts).
 */

import type { SheetApi } from '../spreadsheet-api';
import type { CellFormat, CellValue, ValidationRule } from './cell';
import { readValue } from './entered-value';
import { STATE } from './internal';
import { MemorySheet } from './memory-sheet';
import { lastColumnOf, lastRowOf, parseRegion } from './region';
import type { SheetState } from './sheet-state';
import { type SheetJson, sheetToJson } from './snapshot';

/** Everything kept for one cell. */
export interface CellSnapshot {
  /** What getValues reads: '' when empty, '#ERROR!' for a formula. */
  readonly value: CellValue;
  readonly formula?: string;
  readonly quotePrefix: boolean;
  readonly format: Readonly<CellFormat>;
  readonly note?: string;
  readonly validation?: ValidationRule;
}

function stateOf(sheet: SheetApi, what: string): SheetState {
  if (!(sheet instanceof MemorySheet)) throw new Error(`${what}: the sheet is not a memory sheet`);
  return sheet[STATE];
}

/** One cell of a memory sheet, by A1 name. */
export function inspectCell(sheet: SheetApi, cellName: string): CellSnapshot {
  const state = stateOf(sheet, 'inspectCell');
  const { row, column } = parseRegion(cellName);
  const cell = state.grid.peek(row, column);
  return {
    value: readValue(cell),
    ...(cell?.formula === undefined ? {} : { formula: cell.formula }),
    quotePrefix: cell?.quotePrefix === true,
    format: structuredClone(cell?.format ?? {}),
    ...(cell?.note === undefined ? {} : { note: cell.note }),
    ...(cell?.validation === undefined ? {} : { validation: cell.validation }),
  };
}

/** The formulas of a block (the data range when a1 is left out), '' where there is none, like Range.getFormulas. */
export function getFormulas(sheet: SheetApi, a1?: string): string[][] {
  const state = stateOf(sheet, 'getFormulas');
  const region = a1
    ? parseRegion(a1)
    : {
        row: 1,
        column: 1,
        numRows: Math.max(1, state.grid.lastRow()),
        numColumns: Math.max(1, state.grid.lastColumn()),
      };
  const rows: string[][] = [];
  for (let row = region.row; row <= lastRowOf(region); row++) {
    const formulas: string[] = [];
    for (let column = region.column; column <= lastColumnOf(region); column++) {
      formulas.push(state.grid.peek(row, column)?.formula ?? '');
    }
    rows.push(formulas);
  }
  return rows;
}

/** A memory sheet's whole state as its saved JSON: merges, widths, frozen rows, metadata, charts… */
export function inspectSheet(sheet: SheetApi): SheetJson {
  return sheetToJson(stateOf(sheet, 'inspectSheet'));
}
