/**
 * The codes of the OIT's items as the NACC numbers them: o1, o2 … (O1, o๑, o 1, OIT1, O-14 and O.14
 * read the same, as organizations' websites write them).
 */

import { toArabicDigits } from '../thai/digits';
import { trimCell } from '../thai/whitespace';

// "o1", "O12", "o๑", "o 1", "o01", "OIT1", "O-14", "O.14": a Latin o (or OIT) and a number 1–999;
// never "o1.2" or "online".
const CODE = /^(?:oit|o)\s?[-–.]?\s?0*([1-9]\d{0,2})$/i;
// A bare number in a checklist's ข้อ column: "1", "๑", "14."; never "1.2".
const NUMBER = /^0*([1-9]\d{0,2})\.?$/;

/** The canonical code ("o1") of a cell's text, or undefined when the text is not an item code. */
export function readOitItemCode(text: string): string | undefined {
  const match = CODE.exec(trimCell(toArabicDigits(text)));
  return match ? `o${match[1]}` : undefined;
}

// "(O5)", "[o5]": a website's list may bracket its codes.
const BRACKETED = /^[([]\s*([^()[\]]{1,12}?)\s*[)\]]$/;

/** The code of a cell of a checklist's ข้อ column, where a bare number ("14") is the item o14, "(O5)" o5. */
export function readOitItemCell(text: string): string | undefined {
  const trimmed = trimCell(toArabicDigits(text));
  const inner = BRACKETED.exec(trimmed)?.[1] ?? trimmed;
  const match = NUMBER.exec(inner);
  return match ? `o${match[1]}` : readOitItemCode(inner);
}

// "o1 โครงสร้าง", "(O5) ข้อมูลการติดต่อ", "O-14. แผน…": a code, then the item's title in the same cell.
const CODE_THEN_TITLE = /^[([]?\s*(?:oit|o)\s?[-–.]?\s?0*([1-9]\d{0,2})(?![\d.]\d)\s*[)\]]?[\s.:)–-]+(?=\S)/i;

/** A cell holding a code and a title ("o1 โครงสร้าง"): the code and the title as written; else undefined. */
export function splitCodeAndTitle(text: string): { code: string; title: string } | undefined {
  const trimmed = trimCell(text);
  // Thai digits map one to one onto Arabic: the match's length is the same in the original.
  const match = CODE_THEN_TITLE.exec(toArabicDigits(trimmed));
  return match ? { code: `o${match[1]}`, title: trimmed.slice(match[0].length).trim() } : undefined;
}
