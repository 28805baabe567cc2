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

/** The code of a cell of a checklist's ข้อ column, where a bare number ("14") is the item o14. */
export function readOitItemCell(text: string): string | undefined {
  const match = NUMBER.exec(trimCell(toArabicDigits(text)));
  return match ? `o${match[1]}` : readOitItemCode(text);
}
