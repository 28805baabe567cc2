/**
 * Values as they go into and come out of cells. Sheets reads a written string as the officer's typing
 * would be read: "=…" (and "+…", "-…", "@…") becomes a formula, "50000" a number, "TRUE" a boolean.
 * Text the add-in writes must stay the text it is, and read back equal: such a string is written
 * with a leading apostrophe, which Sheets keeps as "this is text" and does not return.
 */

import type { LayoutValue } from '../core/layout/sheet-layout';

// A formula start, after any spaces or a byte-order mark Sheets would skip.
const FORMULA_START = /^[\s\ufeff]*[=+\-@]/;
// What Sheets would read as a number (1e3 too), a percentage, a currency, a date or a time instead of text.
const READS_AS_VALUE =
  /^[\s\ufeff]*[(]?[$฿€£]?[\d.,๐-๙]+[%)]?[\s\ufeff]*$|^[\s\ufeff]*[\d.,]+e[+-]?\d+[\s\ufeff]*$|^[\d๐-๙]{1,4}[/.-][\d๐-๙]{1,2}([/.-][\d๐-๙]{1,4})?$|^\d{1,2}:\d{2}/i;
const BOOLEAN = /^(true|false)$/i;

/** True when Sheets would not keep `text` as the text it is. */
export function needsTextMark(text: string): boolean {
  return (
    text.startsWith("'") || FORMULA_START.test(text) || READS_AS_VALUE.test(text) || BOOLEAN.test(text.trim())
  );
}

/** The value to hand setValues so the cell holds exactly this value. */
export function toCellValue(value: LayoutValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return needsTextMark(value) ? `'${value}` : value;
}
