/**
 * A report cell cut to what a sheet cell holds. A report copies the officer's text, several fields
 * into one cell at times, and numbers each list item again ("1. " more per item), so a report cell
 * can outgrow the 50,000 characters of a cell even when every field of the document fits. The
 * officer expects the report still to be made: the document tab keeps the full text, and a refused
 * report would leave them nothing to fix. So the cell is cut, never silently: a mark at the cut says
 * so and where the whole text is.
 */

import { MAX_CELL_LENGTH } from '../documents/record-schema';

/** Ends a cut cell: it says the text goes on in the document tab. */
export const CUT_MARK = ` …[ตัดข้อความ: ช่องหนึ่งรับได้ ${MAX_CELL_LENGTH} ตัวอักษร ข้อความเต็มอยู่ในแท็บเอกสาร (cut: a cell holds ${MAX_CELL_LENGTH} characters; the full text is in the document tab)]`;

/** The text as it fits one cell: as it is, or cut with CUT_MARK at its end. */
export function fitCell(text: string): string {
  if (text.length <= MAX_CELL_LENGTH) return text;
  let end = MAX_CELL_LENGTH - CUT_MARK.length;
  // Never cut between the two halves of a surrogate pair (an emoji, a rare character).
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${CUT_MARK}`;
}
