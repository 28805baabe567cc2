/**
 * Values as they go into and come out of cells. Sheets reads a written string as the officer's typing
 * would be read: "=…" (and "+…", "-…", "@…") becomes a formula, "50000" a number, "TRUE" a boolean,
 * "1 Oct 2024" or "Mar 1 2016" a date, "1 1/2" a fraction, "10 %" or "$ 5" a number. Text the add-in
 * writes must stay the text it is, and read back equal: such a string is written with a leading
 * apostrophe, which Sheets keeps as "this is text" and does not return — except in a cell formatted as
 * plain text ("@"), where Sheets keeps every string as typed and the apostrophe as a character.
 */

import type { LayoutValue } from '../core/layout/sheet-layout';

/** The number format of a cell formatted as plain text (Format › Number › Plain text). */
export const PLAIN_TEXT = '@';

// A formula start, after any spaces or a byte-order mark Sheets would skip.
const FORMULA_START = /^[\s\ufeff]*[=+\-@]/;
const BOOLEAN = /^(true|false)$/i;
const DIGIT = /[\d๐-๙]/;
// A Thai letter or vowel (not a Thai digit, not the baht sign ฿): Sheets (en-US) reads no Thai word
// as a date or a number, so text with one is text.
const THAI_LETTER = /[\u0e01-\u0e3e\u0e40-\u0e4f]/;

/**
 * True when Sheets might not keep `text` as the text it is. Deliberately wider than what Sheets parses
 * (any text with a digit and no Thai word): an apostrophe Sheets did not need costs nothing, a date
 * made of an officer's text loses it.
 */
export function needsTextMark(text: string): boolean {
  return (
    text.startsWith("'") ||
    FORMULA_START.test(text) ||
    BOOLEAN.test(text.trim()) ||
    (DIGIT.test(text) && !THAI_LETTER.test(text))
  );
}

/**
 * The value to hand setValues so the cell holds exactly this value; `numberFormat` is the cell's
 * (from getNumberFormats) when the add-in writes into a tab an officer may have formatted.
 */
export function toCellValue(value: LayoutValue, numberFormat?: string): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  if (numberFormat === PLAIN_TEXT) return value;
  return needsTextMark(value) ? `'${value}` : value;
}
