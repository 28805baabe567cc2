/** Ranges in, arrays out: how every custom function treats a scalar or a range argument. */

import type { Place } from '../problems/problem';

/** What Sheets passes for one argument: a single value, or a range as rows of values. */
export type SheetArgument = unknown;

/** A 2D range as Sheets passes it. */
export type Rows = readonly (readonly unknown[])[];

export function isRange(value: SheetArgument): value is Rows {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** The place of one cell inside a range argument (1-based, counted from the range's top left). */
export function cellPlace(row: number, column: number, rows: number, columns: number): Place {
  if (rows === 1 && columns === 1) return { th: 'ค่า', en: 'the value' };
  if (columns === 1) return { th: `แถวที่ ${row} ของช่วง`, en: `row ${row} of the range` };
  if (rows === 1) return { th: `คอลัมน์ที่ ${column} ของช่วง`, en: `column ${column} of the range` };
  return { th: `แถวที่ ${row} คอลัมน์ที่ ${column} ของช่วง`, en: `row ${row}, column ${column} of the range` };
}

/**
 * Applies `convert` to a single value, or to every cell of a range keeping its shape, as Sheets
 * expects of a function that is given a range. `convert` gets the cell's place for its messages.
 */
export function mapCells<T>(
  argument: SheetArgument,
  convert: (value: unknown, place: Place) => T,
): T | T[][] {
  if (!isRange(argument)) return convert(argument, { th: 'ค่า', en: 'the value' });
  const rows = argument.length;
  const columns = argument[0]?.length ?? 0;
  return argument.map((row, r) =>
    row.map((value, c) => convert(value, cellPlace(r + 1, c + 1, rows, columns))),
  );
}

/** A scalar argument: a range of one cell is that cell's value (Sheets passes `A1` as a value, `A1:A1` as [[v]]). */
export function singleValue(argument: SheetArgument): unknown {
  if (isRange(argument) && argument.length === 1 && argument[0]?.length === 1) return argument[0][0];
  return argument;
}
