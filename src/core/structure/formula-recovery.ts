/**
 * Text Sheets turned into a formula when it was pasted: a cell starting with `- ` (every bullet line of
 * a Word document), `+` or `=` is parsed as a formula and shows an error (`#ERROR!` where it does not
 * parse, `#NAME?` where the rest reads as a name). Its typed text is still in the cell's formula: a
 * typed `+`/`-` entry is stored as `=` + the text, a typed `=` entry as it was typed. Here each such
 * cell gets its typed text back, and its place is listed for a warning.
 */

import { a1 } from '../layout/a1';

/** The error values Sheets shows for a formula. */
const FORMULA_ERROR = /^#(?:ERROR!|NAME\?|VALUE!|REF!|N\/A|DIV\/0!|NUM!|NULL!)$/;

/** The text the officer typed (or pasted) into a cell Sheets stores as `formula`. */
export function typedText(formula: string): string {
  return /^=[+-]/.test(formula) ? formula.slice(1) : formula;
}

/** A paste's values with the typed text of each cell Sheets turned into a failing formula, and those cells (A1). */
export interface RecoveredPaste {
  readonly values: unknown[][];
  readonly cells: readonly string[];
  /** The 1-based row of the first recovered cell, for the warning's place. */
  readonly firstRow?: number;
}

/**
 * `values` and `formulas` are one block read from the tab's top-left cell (getValues and getFormulas of
 * the data range): a cell whose value is a formula error and whose formula is not empty gives back
 * its typed text, and so does a typed signed entry whatever Sheets computed of it (`- 2562 - 2564`, a
 * period of years, reads -5126). Any other formula that worked keeps its value.
 */
export function recoverTypedText(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
): RecoveredPaste {
  const cells: string[] = [];
  let firstRow: number | undefined;
  const recovered = values.map((row, r) =>
    Array.from(row, (value, c) => {
      const formula = formulas[r]?.[c] ?? '';
      const failed = typeof value === 'string' && FORMULA_ERROR.test(value);
      if (formula === '' || !(failed || /^=[+-]/.test(formula))) return value;
      cells.push(a1(r + 1, c + 1));
      firstRow ??= r + 1;
      return typedText(formula);
    }),
  );
  return { values: recovered, cells, ...(firstRow === undefined ? {} : { firstRow }) };
}
