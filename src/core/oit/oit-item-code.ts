/** The codes of the OIT's items as the NACC numbers them: o1, o2 … (O1, o๑ and o 1 read the same). */

import { toArabicDigits } from '../thai/digits';
import { trimCell } from '../thai/whitespace';

// "o1", "O12", "o๑", "o 1", "o01": a Latin o and a number 1–999; never "o1.2" or "online".
const CODE = /^[oO] ?0*([1-9]\d{0,2})$/;

/** The canonical code ("o1") of a cell's text, or undefined when the text is not an item code. */
export function readOitItemCode(text: string): string | undefined {
  const match = CODE.exec(trimCell(toArabicDigits(text)));
  return match ? `o${match[1]}` : undefined;
}
