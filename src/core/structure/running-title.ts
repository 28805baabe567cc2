/**
 * Title rows inside a table: at the top of a later page a document repeats its title, often shortened
 * with ฯ or marked `(ต่อ)` ("continued"), or marks the page with `(ต่อ)` alone. Such a row holds one
 * cell; it is no record, and the rows under it still continue the record above the page break.
 */

import { toArabicDigits } from '../thai/digits';

// "(ต่อ)", "( ต่อ )", "ต่อ)", "(ต่อหน้า ๒)", "ต่อหน้าที่แล้ว": a page's continuation mark.
const CONTINUED = /\(\s*ต่อ(?:\s*หน้า[^()]{0,20})?\s*\)|^\(?ต่อ(?:จากหน้า|หน้า)[^()]{0,30}\)?$/;
const MAX_TITLE_LENGTH = 300;
const MAX_TITLE_LINES = 8;

/** The letters that tell titles apart: no spaces, continuation marks, ฯ or punctuation; digits Arabic. */
function letters(text: string): string {
  return toArabicDigits(text)
    .replace(CONTINUED, '')
    .replace(/[\s.,:;()\-–—ฯ"'“”]+/g, '');
}

/** True when `short`, which may shorten with ฯ, reads as the start (or the whole) of `title`. */
function shortens(line: string, title: string): boolean {
  const t = letters(title);
  const parts = toArabicDigits(line)
    .replace(CONTINUED, '')
    .split('ฯ')
    .map(letters)
    .filter((p) => p !== '');
  const [stem, ...rest] = parts;
  if (stem === undefined || stem.length < 8 || !t.startsWith(stem)) return false;
  let at = stem.length;
  for (const part of rest) {
    at = t.indexOf(part, at);
    if (at < 0) return false;
    at += part.length;
  }
  return true;
}

/**
 * True when a row's one filled cell `line` is a running title: it bears a continuation mark, or it is
 * one of the document's title lines above the table (`titleLines`), whole or shortened with ฯ.
 */
export function isRunningTitle(line: string, titleLines: readonly string[]): boolean {
  if (line.length > MAX_TITLE_LENGTH) return false;
  if (CONTINUED.test(toArabicDigits(line).trim())) return true;
  // A title block is a few lines: a paste with thousands above its header is not read line by line
  // for every row (linear, not quadratic, on hostile input).
  return titleLines
    .slice(0, MAX_TITLE_LINES)
    .some((title) => title.trim() !== '' && title.length <= MAX_TITLE_LENGTH && shortens(line, title));
}
