/** A list field as the print view writes it: one item a line, its own numbering kept. */

import type { DocumentRecord } from '../../documents/document-type';
import { lineMarker } from '../../thai/numbered-list';
import { fieldList, numbered } from '../record-text';

/**
 * The items of a list field one a line. An item that carries its own marker (a lead line "- …", the
 * document's own "๑.") is printed as written; a list with none is numbered `1. …` when `numberIt`
 * and has more than one item, as the reports number it.
 */
export function listText(record: DocumentRecord, key: string, numberIt = true): string {
  const items = fieldList(record, key);
  if (items.length <= 1) return items[0] ?? '';
  if (!numberIt || items.some((item) => lineMarker(item) !== undefined)) return items.join('\n');
  return numbered(items);
}
