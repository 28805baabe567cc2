/**
 * The parts of a Word file (a zip archive) that the structurer reads: word/document.xml and
 * word/numbering.xml. The archive's directory is read here (pure byte work); inflating a part and
 * decoding its UTF-8 are the shell's (Node's zlib on the command line, the browser's
 * DecompressionStream in the sidebar), passed in.
 */

/**
 * The most XML characters a Word file's parts may hold: a long plan's document.xml is a few million;
 * the sidebar sends them over google.script.run, which carries tens of megabytes.
 */
export const MAX_WORD_XML = 20_000_000;

/** The XML of a Word file's parts as text. */
export interface WordParts {
  readonly documentXml: string;
  readonly numberingXml?: string;
  /** word/styles.xml: the numbering a paragraph takes from its style. */
  readonly stylesXml?: string;
}

/** The parts, or why the file cannot be read, in Thai and English. */
export type WordPartsResult =
  | { readonly ok: true; readonly parts: WordParts }
  | { readonly ok: false; readonly th: string; readonly en: string };

export interface ZipTools {
  /** Raw DEFLATE data (zip method 8) → its bytes; throws or rejects on broken data. */
  inflateRaw(data: Uint8Array): Promise<Uint8Array>;
  /** UTF-8 bytes → text. */
  decodeUtf8(bytes: Uint8Array): string;
}

interface ZipEntry {
  readonly method: number;
  readonly data: Uint8Array;
}

const NOT_ZIP = {
  th: 'ไม่ใช่ไฟล์ Word (.docx) หรือไฟล์เสียหาย',
  en: 'not a Word (.docx) file or damaged: not a zip archive',
};
const NO_DOCUMENT = {
  th: 'ไม่ใช่ไฟล์ Word (.docx) ไฟล์ .doc ให้บันทึกเป็น .docx ก่อน',
  en: 'not a Word (.docx) file: no word/document.xml; save a .doc as .docx first',
};
const BROKEN = {
  th: 'ไฟล์ Word เสียหาย ให้เปิดใน Word แล้วบันทึกใหม่',
  en: 'the Word file is damaged: open it in Word and save it again',
};

/** True when the bytes start as a zip archive does (PK\x03\x04): a .docx, .xlsx or other zip. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

/** The archive's entries by name, from its central directory; undefined when it is not a readable zip. */
function zipEntries(b: Uint8Array): Map<string, ZipEntry> | undefined {
  // The end-of-directory record is last, after a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    const name = String.fromCharCode(...b.subarray(at + 46, at + 46 + nameLength));
    const local = u32(b, at + 42);
    const size = u32(b, at + 20);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return undefined;
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + size > b.length) return undefined;
    entries.set(name, { method: u16(b, at + 10), data: b.subarray(start, start + size) });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

async function entryText(entry: ZipEntry, tools: ZipTools): Promise<string | undefined> {
  try {
    if (entry.method === 0) return tools.decodeUtf8(entry.data);
    if (entry.method === 8) return tools.decodeUtf8(await tools.inflateRaw(entry.data));
  } catch {
    return undefined;
  }
  return undefined;
}

/** Reads a Word file's document and numbering parts. */
export async function readWordParts(bytes: Uint8Array, tools: ZipTools): Promise<WordPartsResult> {
  const entries = isZip(bytes) ? zipEntries(bytes) : undefined;
  if (!entries) return { ok: false, ...NOT_ZIP };
  const document = entries.get('word/document.xml');
  if (!document) return { ok: false, ...NO_DOCUMENT };
  const documentXml = await entryText(document, tools);
  if (documentXml === undefined) return { ok: false, ...BROKEN };
  const numbering = entries.get('word/numbering.xml');
  const numberingXml = numbering ? await entryText(numbering, tools) : undefined;
  const styles = numbering ? entries.get('word/styles.xml') : undefined;
  const stylesXml = styles ? await entryText(styles, tools) : undefined;
  return {
    ok: true,
    parts: {
      documentXml,
      ...(numberingXml === undefined ? {} : { numberingXml }),
      ...(stylesXml === undefined ? {} : { stylesXml }),
    },
  };
}
