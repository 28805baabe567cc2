/**
 * A Word file on the command line: its parts unzipped with Node's zlib (the archive's directory is read
 * by the core's zip-entries.ts), and its rows as tab-separated text for the commands that take a paste.
 */

import { inflateRawSync } from 'node:zlib';
import { unfillKeys } from '../core/docx/merged-keys';
import { wordFileRows } from '../core/docx/structure-word-file';
import type { DocumentTypeId } from '../core/documents/document-type';
import { isZip, readWordParts, type WordParts, type WordPartsResult } from '../core/docx/zip-entries';
import { decodeText } from './read-input';

/** The document and numbering parts of a .docx file's bytes, or why they cannot be read. */
export function readWordFile(bytes: Uint8Array): Promise<WordPartsResult> {
  return readWordParts(bytes, {
    inflateRaw: async (data) => inflateRawSync(data),
    decodeUtf8: (data) => new TextDecoder('utf-8').decode(data),
  });
}

/** One cell as a paste writes it: quoted (its quotes doubled) when it holds a tab, a line break or starts with a quote. */
function pastedCell(text: string): string {
  return /[\t\r\n]|^"/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A Word document as the tab-separated text a paste of it would be (for report and rollover); with
 * the type, a merged key cell is left as continuation rows as structureWordFile leaves it.
 */
export function wordFileText(parts: WordParts, type?: DocumentTypeId): string | undefined {
  const read = wordFileRows(parts);
  if (!read) return undefined;
  const rows = type === undefined ? read.rows : unfillKeys(type, read).rows;
  return rows.map((row) => row.map(pastedCell).join('\t')).join('\n');
}

/** A file's text (a paste, or a Word document as one) and, for a Word file, its parts. */
export type DecodedDocument =
  | { readonly ok: true; readonly text: string; readonly word?: WordParts }
  | { readonly ok: false; readonly th: string; readonly en: string };

const NO_BODY = {
  th: 'ไม่ใช่ไฟล์ Word ที่อ่านได้: word/document.xml ไม่มีเนื้อหาเอกสาร (w:body)',
  en: 'not a readable Word file: word/document.xml has no document body (w:body)',
};

/** Reads a file's bytes: a zip (PK\x03\x04) as a Word file of the type if known, anything else as text (read-input.ts). */
export async function decodeDocument(bytes: Uint8Array, type?: DocumentTypeId): Promise<DecodedDocument> {
  if (!isZip(bytes)) return decodeText(bytes);
  const read = await readWordFile(bytes);
  if (!read.ok) return read;
  const text = wordFileText(read.parts, type);
  return text === undefined ? { ok: false, ...NO_BODY } : { ok: true, text, word: read.parts };
}
