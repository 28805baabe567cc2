/**
 * A link the district officer lists, read strictly: a Google Sheets link (docs.google.com/spreadsheets/
 * d/ID, with or without https://, /u/N/, /edit#gid=…) or a bare spreadsheet id. Anything else is refused
 * with a Thai message naming the row and the text, and no import is written for it. The formula is built
 * from the id alone (letters, digits, - and _), so nothing the officer typed reaches it.
 */

/** A spreadsheet's id: Google's are 44 characters today; older ones are shorter. */
const ID = /^[A-Za-z0-9_-]{25,100}$/;

const SHEETS_LINK =
  /^(?:https:\/\/)?docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)(?:[/?#][^\s]*)?$/i;

/** Where a published-to-the-web copy lives: it is a web page, not a spreadsheet IMPORTRANGE can read. */
const PUBLISHED = /^(?:https:\/\/)?docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/e\//i;

/** A link read: the spreadsheet id, or why it is refused. */
export type SheetLink =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly reason: string };

const shown = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** Reads a link or id as the officer typed it (surrounding spaces ignored). */
export function readSheetLink(text: string): SheetLink {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'ยังไม่มีลิงก์ (no link)' };
  if (PUBLISHED.test(trimmed)) {
    return {
      ok: false,
      reason: `"${shown(trimmed)}" เป็นลิงก์ที่เผยแพร่ทางเว็บ ใช้ลิงก์จากปุ่ม แชร์ ของสเปรดชีตแทน (a published-to-the-web link: use the spreadsheet's own link from Share)`,
    };
  }
  const linked = SHEETS_LINK.exec(trimmed)?.[1];
  const id = linked ?? trimmed;
  if (ID.test(id)) return { ok: true, id };
  // Text with no address in it may be a link Sheets turned into the file's name (a smart chip), whose
  // value a script reads as the name: pasted again as plain text, the link stays a link.
  const chip = trimmed.includes('/')
    ? ''
    : ' หากวางลิงก์แล้วกลายเป็นชื่อไฟล์ ให้วางใหม่ด้วย Ctrl+Shift+V (วางเป็นข้อความ)';
  return {
    ok: false,
    reason: `"${shown(trimmed)}" ไม่ใช่ลิงก์ของ Google Sheets ต้องขึ้นต้นด้วย https://docs.google.com/spreadsheets/d/${chip} (not a Google Sheets link or id${chip ? '; a link turned into a file chip: paste it again with Ctrl+Shift+V' : ''})`,
  };
}

/** The canonical link of a spreadsheet id, as the import formula names it. */
export const sheetLinkOf = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}`;

/**
 * The IMPORTRANGE formula of a spreadsheet's named range. Both arguments are checked here again, so a
 * caller's slip cannot put a quote, a bracket or another formula into the cell.
 */
export function importFormula(id: string, rangeName: string): string {
  if (!ID.test(id)) throw new Error(`importFormula: not a spreadsheet id: ${JSON.stringify(id)}`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rangeName)) {
    throw new Error(`importFormula: not a range name: ${JSON.stringify(rangeName)}`);
  }
  return `=IMPORTRANGE("${sheetLinkOf(id)}", "${rangeName}")`;
}

const IMPORT =
  /^=IMPORTRANGE\("https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)", "([A-Za-z_][A-Za-z0-9_]*)"\)$/;

/** The spreadsheet an import formula of importFormula's reads from, if `formula` is one of them. */
export function importedId(formula: string, rangeName: string): string | undefined {
  const match = IMPORT.exec(formula);
  return match && match[2] === rangeName ? match[1] : undefined;
}
