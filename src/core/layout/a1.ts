/** A1 notation: the column letters and range names Sheets and Excel use. */

/** The letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`columnLetters: bug: column ${column}`);
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1 name of a cell (1-based row and column): a1(2, 3) → "C2". */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The A1 name of a block: a1Range(1, 1, 2, 3) → "A1:C2"; a single cell is named alone. */
export function a1Range(row: number, column: number, lastRow: number, lastColumn: number): string {
  const start = a1(row, column);
  const end = a1(lastRow, lastColumn);
  return start === end ? start : `${start}:${end}`;
}

/** The 1-based row, column and size of an A1 name ("B2:C4" → row 2, column 2, 3 rows, 2 columns). */
export function parseA1(name: string): { row: number; column: number; numRows: number; numColumns: number } {
  const m = /^([A-Z]{1,3})(\d{1,8})(?::([A-Z]{1,3})(\d{1,8}))?$/.exec(name);
  if (!m) throw new RangeError(`parseA1: not an A1 range: ${name}`);
  const column = lettersToColumn(m[1]!);
  const row = Number(m[2]);
  const lastColumn = m[3] ? lettersToColumn(m[3]) : column;
  const lastRow = m[4] ? Number(m[4]) : row;
  return {
    row: Math.min(row, lastRow),
    column: Math.min(column, lastColumn),
    numRows: Math.abs(lastRow - row) + 1,
    numColumns: Math.abs(lastColumn - column) + 1,
  };
}

function lettersToColumn(letters: string): number {
  let column = 0;
  for (const c of letters) column = column * 26 + (c.charCodeAt(0) - 64);
  return column;
}
