/**
 * The structurer over a Word file's parts: the document read as rows (word-rows.ts), a merged key
 * cell left as continuation rows (merged-keys.ts), then structured by the type's rules as a paste
 * is, the notes of filled merged cells first among its warnings.
 */

import type { DocumentTypeId } from '../documents/document-type';
import { fail, ok, type Result } from '../problems/problem';
import { type StructureOptions, structureDocument } from '../structure/structure';
import type { StructuredDocument } from '../structure/structured-document';
import { readNumbering } from './numbering';
import { readWordDocument } from './word-document';
import { unfillKeys } from './merged-keys';
import { fillNotes, type WordRows, wordRows } from './word-rows';
import type { WordParts } from './zip-entries';

const NO_BODY = {
  th: 'ส่วน word/document.xml ไม่มีเนื้อหาเอกสาร (w:body) ไม่ใช่ไฟล์ Word ที่อ่านได้',
  en: 'word/document.xml has no document body (w:body); not a readable Word file',
};

/** The Word document as rows of text with its filled merged cells, or undefined. */
export function wordFileRows(parts: WordParts): WordRows | undefined {
  const blocks = readWordDocument(parts.documentXml, readNumbering(parts.numberingXml, parts.stylesXml));
  return blocks ? wordRows(blocks) : undefined;
}

/** Structures a Word file's document as the given type. */
export function structureWordFile(
  type: DocumentTypeId,
  parts: WordParts,
  options: StructureOptions = {},
): Result<StructuredDocument> {
  const whole = wordFileRows(parts);
  if (!whole) return fail({ code: 'not-this-document', expected: type, reason: NO_BODY });
  const read = unfillKeys(type, whole, options.columns);
  const result = structureDocument(type, read.rows, options);
  if (!result.ok || read.fills.length === 0) return result;
  return ok({ ...result.value, warnings: [...fillNotes(read.fills), ...result.value.warnings] });
}
