/**
 * A memory workbook as plain JSON: every sheet's cells (values, formulas, the apostrophe flag, formats,
 * notes, dropdowns), merges, widths, frozen rows, size, metadata, protections, charts and hidden flag,
 * and the active sheet. What inspectSheet shows and toJSON copies; the preview saves it to a file and
 * reads it back checked (src/preview/workbook-json.ts). Call counts and a pending fault are not in it.
 */

import { a1 } from '../../core/layout/a1';
import type { Cell, CellFormat, ValidationRule } from './cell';
import type { JsonValue } from './json-value';
import { regionA1 } from './region';
import type { ChartPosition, MetadataEntry, ProtectionState, SheetState } from './sheet-state';
import type { WorkbookState } from './workbook-state';

/** A cell: its A1 name and what it carries (at most one of value, date and formula). */
export interface CellJson {
  cell: string;
  value?: string | number | boolean;
  /** A date value, as toISOString writes it. */
  date?: string;
  formula?: string;
  quotePrefix?: true;
  format?: CellFormat;
  note?: string;
  validation?: { values: string[]; showDropdown: boolean; allowInvalid: boolean; helpText?: string };
}

/** A sheet. */
export interface SheetJson {
  id: number;
  name: string;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  columnWidths: { column: number; width: number }[];
  merges: string[];
  cells: CellJson[];
  metadata: MetadataEntry[];
  protections: ProtectionState[];
  charts: { type?: string; ranges: string[]; position?: ChartPosition; options: Record<string, JsonValue> }[];
}

/** A workbook. */
export interface WorkbookJson {
  format: 'ita-sheets/memory-workbook';
  version: 1;
  id: string;
  name: string;
  url: string;
  activeSheetId: number;
  /** The spreadsheet's time zone (absent in files saved before the workbook kept one: Asia/Bangkok). */
  timeZone?: string;
  sheets: SheetJson[];
  /** Named ranges (absent in files saved before the workbook kept them): name, sheet id, A1 block. */
  namedRanges?: NamedRangeJson[];
}

/** A named range: its name, the id of its tab and its block. */
export interface NamedRangeJson {
  name: string;
  sheetId: number;
  range: string;
}

/** A dropdown rule as JSON: its values copied. */
function validationToJson(rule: ValidationRule): NonNullable<CellJson['validation']> {
  return { ...rule, values: [...rule.values] };
}

function cellToJson(row: number, column: number, cell: Cell): CellJson {
  const { value } = cell;
  return {
    cell: a1(row, column),
    ...(value instanceof Date ? { date: value.toISOString() } : value === undefined ? {} : { value }),
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
    ...(cell.quotePrefix ? { quotePrefix: true as const } : {}),
    ...(cell.format ? { format: structuredClone(cell.format) } : {}),
    ...(cell.note === undefined ? {} : { note: cell.note }),
    ...(cell.validation ? { validation: validationToJson(cell.validation) } : {}),
  };
}

/** One sheet as JSON (also what inspectSheet shows). */
export function sheetToJson(sheet: SheetState): SheetJson {
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    maxRows: sheet.grid.maxRows,
    maxColumns: sheet.grid.maxColumns,
    frozenRows: sheet.frozenRows,
    columnWidths: [...sheet.columnWidths.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, width]) => ({ column, width })),
    merges: sheet.merges.map(regionA1),
    cells: sheet.grid.cells().map(({ row, column, cell }) => cellToJson(row, column, cell)),
    metadata: sheet.metadata.map((m) => ({ ...m })),
    protections: sheet.protections.map((p) => ({ ...p })),
    charts: sheet.charts.map((c) => ({
      ...(c.type === undefined ? {} : { type: c.type }),
      ranges: [...c.ranges],
      ...(c.position === undefined ? {} : { position: { ...c.position } }),
      options: structuredClone({ ...c.options }),
    })),
  };
}

/** The saved form of a workbook. */
export function workbookToJson(state: WorkbookState): WorkbookJson {
  return {
    format: 'ita-sheets/memory-workbook',
    version: 1,
    id: state.id,
    name: state.name,
    url: state.url,
    activeSheetId: state.activeSheetId,
    timeZone: state.timeZone,
    sheets: state.sheets.map(sheetToJson),
    namedRanges: state.namedRanges.map((n) => ({
      name: n.name,
      sheetId: n.sheetId,
      range: regionA1(n.region),
    })),
  };
}
