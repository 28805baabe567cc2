/**
 * The lines that end a table or sit between its pages, not records: a signature block (ลงชื่อ …,
 * a name in parentheses, ตำแหน่ง …) and page footers (หน้า ๓, -๓-, ๓/๑๐). Their text is listed in a
 * warning, never dropped.
 */

import { toArabicDigits } from '../thai/digits';

// A signature block: "ลงชื่อ.....ผู้รายงาน", "(ลงชื่อ) …", "ตำแหน่ง ปลัด…", "(นายสมชาย ใจดี)".
const SIGNED = /^\(?\s*(?:ลงชื่อ|ลายมือชื่อ)|^(?:ประกาศ|สั่ง|ให้ไว้)\s?ณ\s?วันที่/;
// Alone on a row only: a table's cell may start with these words.
const SIGNATURE_ALONE = [
  /^ตำแหน่ง/,
  /^\(\s*(?:นาย|นาง|นางสาว|น\.ส\.|ว่าที่|ดร\.|ผศ\.|รศ\.|จ\.ส\.|พ\.|ร\.|ส\.)[^()]*\)$/,
];
// A page's footer or header line: "หน้า ๓", "หน้า 3 จาก 10", "- ๓ -", "-๓-", "๓/๑๐", "Page 3", "๓".
const FOOTER = [
  /^(?:หน้า(?:ที่)?|page)\s*\d{1,3}(?:\s*(?:\/|จาก|of)\s*\d{1,3})?$/i,
  /^[-–—]\s*\d{1,3}\s*[-–—]$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  // A page number alone on its row: no record is a number and nothing else.
  /^\d{1,3}$/,
];

/** A row's text as one line: its non-empty cells, joined by a space. */
export function rowLine(cells: readonly string[]): string {
  return cells
    .filter((c) => c.trim() !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a row is, if it is not table content: the signature block that ends a table, or a page footer. */
export function tableEnd(cells: readonly string[]): 'signature' | 'footer' | undefined {
  const filled = cells.filter((c) => c.trim() !== '');
  const text = toArabicDigits(rowLine(cells));
  if (SIGNED.test(text)) return 'signature';
  if (filled.length !== 1) return undefined;
  if (SIGNATURE_ALONE.some((p) => p.test(text))) return 'signature';
  if (FOOTER.some((p) => p.test(text))) return 'footer';
  return undefined;
}
