/**
 * The height Sheets gives a row of wrapped text, estimated for the .xlsx export: Google Sheets grows
 * such rows by itself, but Excel and LibreOffice keep a row at its stored height on opening a file,
 * so without this a wrapped measure shows only its first line when printed.
 */

// Thai vowel and tone marks above or below a consonant take no width of their own.
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200d]/g;
// Average advance of a Thai or Latin glyph in Sarabun and similar faces, in ems.
const EM_PER_CHARACTER = 0.42;
const PX_PER_PT = 96 / 72;
// A cell's inner padding, left and right, in pixels.
const PADDING_PX = 6;
const LINE_HEIGHT = 1.3;

/** How many lines `text` takes in a column `widthPx` wide at `fontSizePt`. */
export function wrappedLines(text: string, widthPx: number, fontSizePt: number): number {
  const perLine = Math.max(
    1,
    Math.floor((widthPx - PADDING_PX) / (fontSizePt * PX_PER_PT * EM_PER_CHARACTER)),
  );
  return text
    .split('\n')
    .reduce(
      (lines, line) => lines + Math.max(1, Math.ceil(line.replace(ZERO_WIDTH, '').length / perLine)),
      0,
    );
}

/** The row height in points that shows every line of its tallest wrapped cell. */
export function rowHeightPt(lines: number, fontSizePt: number): number {
  return Math.ceil(lines * fontSizePt * LINE_HEIGHT + 4);
}
