/** How a record too tall for a page is shared among rows: its cells' text in pieces of a few lines. */

import { printedSizePt, wrappedLines } from '../layout/text-metrics';
import { BODY_FONT_SIZE } from './report-options';

/**
 * The most printed lines a row of a record holds: a record longer than that goes on several rows, its
 * lists shared among them, so that no row is taller than a page (a row never breaks across pages, and
 * what does not fit is not printed). An A4 landscape page holds about 18 body lines.
 */
export const MAX_ROW_LINES = 4;

/**
 * A cell's text in pieces of at most MAX_ROW_LINES printed lines each, in order: at its line breaks
 * (a list's items), and a paragraph longer than that at the spaces between its words.
 */
export function splitText(text: string, widthPx: number): string[] {
  const size = printedSizePt(BODY_FONT_SIZE);
  const linesOf = (piece: string) => wrappedLines(piece, widthPx, size);
  if (linesOf(text) <= MAX_ROW_LINES) return [text];
  const pieces: string[] = [];
  let current = '';
  const push = (unit: string, separator: string) => {
    const joined = current === '' ? unit : `${current}${separator}${unit}`;
    if (current !== '' && linesOf(joined) > MAX_ROW_LINES) {
      pieces.push(current);
      current = unit;
    } else current = joined;
  };
  for (const line of text.split('\n')) {
    if (linesOf(line) <= MAX_ROW_LINES) push(line, '\n');
    else {
      for (const [i, word] of line.split(' ').entries()) push(word, i === 0 ? '\n' : ' ');
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** A merged line is filled to this share of its width, so that it stays one line in Sheets' Sarabun too. */
const ONE_LINE_SHARE = 0.9;

/**
 * A line across the page (a title, a note) as pieces that each print on one line, broken at spaces:
 * a merged cell is sized by neither Sheets nor LibreOffice, so each piece gets a row of its own. A
 * piece with no space to break at stays whole (and wraps).
 */
export function oneLinePieces(text: string, widthPx: number, sizePt: number, bold: boolean): string[] {
  const fits = (piece: string) => wrappedLines(piece, widthPx * ONE_LINE_SHARE, sizePt, bold) <= 1;
  if (fits(text)) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const joined = current === '' ? word : `${current} ${word}`;
    if (current !== '' && !fits(joined)) {
      pieces.push(current);
      current = word;
    } else current = joined;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}
