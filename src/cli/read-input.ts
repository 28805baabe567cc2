/** Reads a document file (or standard input) as text, refusing what is not text with one clear line. */

/** A document file is refused past this size: a paste is never 20 MB (a year's documents are < 1 MB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** A profile (the organization's name, units, officers) is refused past this size. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** The one line that refuses a file past its cap, naming the file and the cap. */
export function tooLarge(file: string, maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024);
  return `ไฟล์ ${file} ใหญ่เกิน ${mb} MB จึงไม่อ่าน (${file} is larger than ${mb} MB: not read)`;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];

/** The text of a file, or why it cannot be read, in Thai and English. */
export type DecodedInput =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly th: string; readonly en: string };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const NOT_TEXT: DecodedInput = { ok: false, th: 'ไฟล์นี้ไม่ใช่ข้อความ UTF-8', en: 'the file is not UTF-8 text' };
const EMPTY: DecodedInput = { ok: false, th: 'ไฟล์ว่าง', en: 'the file is empty' };
const OFFICE: DecodedInput = {
  ok: false,
  th: 'ไฟล์นี้เป็นไฟล์ Word/Excel/PDF ไม่ใช่ข้อความ ให้คัดลอกเนื้อหามาวางเป็นไฟล์ข้อความ (.txt) ก่อน',
  en: 'this is a Word/Excel/PDF file, not text; copy its content into a .txt file first',
};

/**
 * The text of a file's bytes: UTF-8 (a byte-order mark dropped) or UTF-16 with its byte-order mark,
 * as Windows Notepad saves "Unicode". A Word, Excel or PDF file, or bytes that are not text, are refused.
 */
export function decodeText(bytes: Uint8Array): DecodedInput {
  if (startsWith(bytes, ZIP) || startsWith(bytes, PDF)) return OFFICE;
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return NOT_TEXT;
    }
  }
  // Control characters other than tab and line breaks do not occur in a document's text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return NOT_TEXT;
  return text.trim() === '' ? EMPTY : { ok: true, text };
}
