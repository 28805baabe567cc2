/**
 * IMPORTRANGE(spreadsheet_url_or_id, "NAME") in the memory workbook: what a cell holding the formula
 * reads, and the block its values spill into (right and down from the formula's cell, as an array
 * result does in Sheets).
 *
 * Modelled (workbook-registry.ts keeps the workbooks, their sharing and the Allow access state):
 * - the two arguments as string literals; the first a Sheets link (…/spreadsheets/d/ID/…) or a bare id;
 *   the second a named range of the source (an A1 range is not modelled: #REF!);
 * - #REF! with IMPORT_MESSAGES.connect until the importing workbook's officer clicks Allow access;
 *   #REF! with IMPORT_MESSAGES.permission when the source is unknown to the registry or not shared with
 *   the importing workbook (Sheets does not tell a missing spreadsheet from one not shared);
 * - the source's values after, spilled; #REF! when a cell of the spill holds something, or the sheet is
 *   too small, as Sheets refuses to overwrite;
 * - a chain of imports (a province importing districts importing organizations) up to IMPORT_DEPTH.
 * Not modelled: Sheets' refresh delay (the values here are always the source's current ones), other
 * arguments (cell references, A1 ranges), and the per-user nature of Allow access (here per workbook).
 */

import { a1 } from '../../core/layout/a1';
import type { CellValue } from './cell';
import { hasContent } from './cell';
import { readValue } from './entered-value';
import type { SheetState } from './sheet-state';

/** What Sheets shows as the error of an import (the value the cell reads is REF_ERROR). */
export const IMPORT_MESSAGES = {
  /** Shown with the "Allow access" button until the officer allows the import (Sheets' wording). */
  connect: 'You need to connect these sheets.',
  /** The source does not exist or is not shared with the importing officer. */
  permission: "You don't have permissions to access that sheet.",
  /** The source has no named range of that name (assumed wording). */
  noRange: (name: string): string => `Unable to parse range: ${name}`,
  /** The arguments are not a link or id and a range name given as text (assumed wording). */
  badArguments: 'IMPORTRANGE: the spreadsheet URL and the range must be given as text.',
  blocked: (cell: string): string =>
    `Array result was not expanded because it would overwrite data in ${cell}.`,
  tooSmall: (rows: number): string =>
    `Result was not automatically expanded, please insert more rows (${rows}).`,
  circular: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
} as const;

/** The value a cell with a failed import reads. */
export const REF_ERROR = '#REF!';

/** How many imports deep a chain is followed before it is taken for a loop. */
export const IMPORT_DEPTH = 8;

/** An import's outcome: the block of values, or the message of its #REF!. */
export type ImportResult =
  | { readonly ok: true; readonly values: readonly (readonly CellValue[])[] }
  | { readonly ok: false; readonly message: string };

/** How a workbook resolves an import of (source link or id, range name) at a depth of the chain. */
export type ImportResolver = (source: string, rangeName: string, depth: number) => ImportResult;

/** The resolver of the workbook a sheet belongs to; unset while the workbook is in no registry. */
export interface ImportLink {
  resolve: ImportResolver | undefined;
}

const LINKS = new WeakMap<SheetState, ImportLink>();

/** Ties a sheet to its workbook's link (done when the workbook hands out the sheet). */
export function linkSheet(sheet: SheetState, link: ImportLink): void {
  LINKS.set(sheet, link);
}

/** The link of a sheet, if its workbook handed it out. */
export function linkOf(sheet: SheetState): ImportLink | undefined {
  return LINKS.get(sheet);
}

const IMPORT_CALL = /^=\s*IMPORTRANGE\s*\(/i;
const ARGUMENTS = /^=\s*IMPORTRANGE\s*\(\s*"((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\s*\)\s*$/i;

/** Whether a formula is an IMPORTRANGE call. */
export function isImportFormula(formula: string): boolean {
  return IMPORT_CALL.test(formula);
}

/** The two text arguments of an IMPORTRANGE formula, or undefined when they are not both text. */
export function importArguments(formula: string): { source: string; rangeName: string } | undefined {
  const match = ARGUMENTS.exec(formula);
  if (!match) return undefined;
  return { source: (match[1] ?? '').replace(/""/g, '"'), rangeName: (match[2] ?? '').replace(/""/g, '"') };
}

const LINK = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)(?:[/?#].*)?$/;
const BARE_ID = /^[A-Za-z0-9_-]+$/;

/** The spreadsheet id of IMPORTRANGE's first argument, or undefined when it is neither a link nor an id. */
export function spreadsheetIdOf(source: string): string | undefined {
  const text = source.trim();
  return LINK.exec(text)?.[1] ?? (BARE_ID.test(text) ? text : undefined);
}

/** What the cells of a sheet read with the sheet's imports applied: by "row,column". */
export interface SpillMap {
  readonly values: Map<string, CellValue>;
  /** The message of each import's #REF!, by the formula cell's A1 name. */
  readonly messages: Map<string, string>;
}

const key = (row: number, column: number): string => `${row},${column}`;

/** The values the imports of a sheet put into it (empty when the sheet has none or no resolver). */
export function spillOf(sheet: SheetState, link: ImportLink | undefined, depth = 0): SpillMap {
  const spill: SpillMap = { values: new Map(), messages: new Map() };
  const anchors = sheet.grid
    .cells()
    .filter(({ cell }) => cell.formula !== undefined && isImportFormula(cell.formula));
  for (const { row, column, cell } of anchors) {
    const result = resolveAt(cell.formula ?? '', link, depth);
    const fail = (message: string): void => {
      spill.values.set(key(row, column), REF_ERROR);
      spill.messages.set(a1(row, column), message);
    };
    if (!result.ok) {
      fail(result.message);
      continue;
    }
    const rows = result.values.length;
    const columns = Math.max(0, ...result.values.map((r) => r.length));
    if (row + rows - 1 > sheet.grid.maxRows || column + columns - 1 > sheet.grid.maxColumns) {
      fail(IMPORT_MESSAGES.tooSmall(Math.max(0, row + rows - 1 - sheet.grid.maxRows)));
      continue;
    }
    const blocked = blockingCell(sheet, row, column, rows, columns);
    if (blocked !== undefined) {
      fail(IMPORT_MESSAGES.blocked(blocked));
      continue;
    }
    result.values.forEach((line, i) => {
      for (let j = 0; j < columns; j++) spill.values.set(key(row + i, column + j), line[j] ?? '');
    });
  }
  return spill;
}

function resolveAt(formula: string, link: ImportLink | undefined, depth: number): ImportResult {
  const args = importArguments(formula);
  if (!args) return { ok: false, message: IMPORT_MESSAGES.badArguments };
  if (depth >= IMPORT_DEPTH) return { ok: false, message: IMPORT_MESSAGES.circular };
  if (!link?.resolve) return { ok: false, message: IMPORT_MESSAGES.permission };
  return link.resolve(args.source, args.rangeName, depth + 1);
}

/** The first cell of the spill other than its own that holds something, by A1 name. */
function blockingCell(
  sheet: SheetState,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string | undefined {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (i === 0 && j === 0) continue;
      if (hasContent(sheet.grid.peek(row + i, column + j))) return a1(row + i, column + j);
    }
  }
  return undefined;
}

/** A cell's value with the sheet's imports applied. */
export function valueWithImports(sheet: SheetState, spill: SpillMap, row: number, column: number): CellValue {
  const imported = spill.values.get(key(row, column));
  if (imported !== undefined) return imported instanceof Date ? new Date(imported.getTime()) : imported;
  return readValue(sheet.grid.peek(row, column));
}
