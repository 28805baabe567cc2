/** A list field as the print view writes it: one item a line, its own numbering kept, in the document's digits. */

import type { DocumentRecord } from '../../documents/document-type';
import { lineMarker, numberList } from '../../thai/numbered-list';
import { fieldList } from '../record-text';

/** The digits a document writes its numbers in: Thai when most of its digits are Thai. */
export type DocumentDigits = 'thai' | 'arabic';

/** The digits most of the records' text is written in (Arabic when it has none). */
export function documentDigits(records: readonly DocumentRecord[]): DocumentDigits {
  let thai = 0;
  let arabic = 0;
  for (const record of records) {
    for (const value of Object.values(record)) {
      const text = typeof value === 'string' ? value : (value ?? []).join(' ');
      thai += (text.match(/[๐-๙]/g) ?? []).length;
      arabic += (text.match(/[0-9]/g) ?? []).length;
    }
  }
  return thai > arabic ? 'thai' : 'arabic';
}

/**
 * The items of a list field one a line. An item that carries its own marker (a lead line "- …", the
 * document's own "๑.") is printed as written; a list with none is numbered `1. …` (in the document's
 * digits) when `numberIt` and it has more than one item.
 */
export function listText(
  record: DocumentRecord,
  key: string,
  numberIt = true,
  digits: DocumentDigits = 'arabic',
): string {
  const items = fieldList(record, key);
  if (items.length <= 1) return items[0] ?? '';
  if (!numberIt || items.some((item) => lineMarker(item) !== undefined)) return items.join('\n');
  return numberList(items, digits);
}
