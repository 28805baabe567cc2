/**
 * Named ranges of the memory workbook, as Spreadsheet.setNamedRange / getRangeByName / getNamedRanges
 * have them: a name (letters, digits and underscores, not starting with a digit, not a cell name such
 * as "A1" or "TRUE") for a block of one sheet. Kept in the workbook's state and its save file.
 * Not modelled: rows or columns inserted inside the block do not move or grow it.
 */

import { isA1, type Region } from './region';
import type { SheetState } from './sheet-state';

/** A named range as plain data. */
export interface NamedRangeState {
  readonly name: string;
  readonly sheetId: number;
  readonly region: Region;
}

/** Sheets' limit on a named range's name. */
export const MAX_RANGE_NAME = 250;

const NAME_SHAPE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Throws Sheets' refusal for a name it does not take for a named range. */
export function assertRangeName(name: string): void {
  if (
    name.length === 0 ||
    name.length > MAX_RANGE_NAME ||
    !NAME_SHAPE.test(name) ||
    isA1(name) ||
    /^(true|false)$/i.test(name) ||
    /^R\d*C\d*$/i.test(name)
  ) {
    throw new Error(
      `Invalid named range name "${name}": a name starts with a letter or an underscore, holds only letters, digits and underscores, is at most ${MAX_RANGE_NAME} characters and is not a cell reference.`,
    );
  }
}

/** Names compare regardless of case in Sheets. */
export function sameRangeName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The named range of a name whose sheet still exists, with that sheet. */
export function findNamedRange(
  namedRanges: readonly NamedRangeState[],
  sheets: readonly SheetState[],
  name: string,
): { readonly named: NamedRangeState; readonly sheet: SheetState } | undefined {
  const named = namedRanges.find((n) => sameRangeName(n.name, name));
  const sheet = named ? sheets.find((s) => s.id === named.sheetId && !s.deleted) : undefined;
  return named && sheet ? { named, sheet } : undefined;
}
