/**
 * `ita-sheets rollover --type TYPE --to YEAR [--as results] [--items LIST] FILE`: the document of FILE (a
 * paste, or the JSON `structure` prints) rolled into fiscal year YEAR, printed as the JSON `structure`
 * prints. An OIT checklist is matched by title to the new year's list: LIST as pasted, else the built-in one.
 */

import type { DocumentTypeId } from '../core/documents/document-type';
import { documentHeaderSchema } from '../core/documents/header';
import { recordSchema } from '../core/documents/record-schema';
import { DOCUMENT_TYPES } from '../core/documents/types';
import type { OitItemList } from '../core/oit/oit-item-lists';
import { readOitItemList } from '../core/oit/read-oit-item-list';
import { describeProblem } from '../core/problems/messages';
import { issuesText } from '../core/problems/schema-issues';
import { type RolloverSource, rollover } from '../core/rollover/rollover';
import { structureDocument } from '../core/structure/structure';
import type { StructuredDocument } from '../core/structure/structured-document';

export interface RolloverInput {
  readonly type: DocumentTypeId;
  readonly to: number;
  readonly as?: DocumentTypeId;
  readonly text: string;
  /** --items: the new year's OIT item list as pasted from its manual (an OIT checklist is matched by title). */
  readonly itemsText?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The document of a JSON file as `structure` prints it, checked with the header and record schemas. */
function fromJson(text: string, type: DocumentTypeId): RolloverSource | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `ไฟล์ JSON อ่านไม่ได้ (not valid JSON: ${error instanceof Error ? error.message : error})`;
  }
  if (!isObject(parsed) || !Array.isArray(parsed.records)) {
    return 'เอกสาร JSON ต้องมี "records" เป็นรายการ (the document must be an object with a "records" list)';
  }
  if (parsed.type !== type) {
    return `เอกสาร JSON เป็นประเภท ${JSON.stringify(parsed.type)} ไม่ใช่ ${type} (the JSON is not a ${type} document)`;
  }
  const header = documentHeaderSchema.safeParse(parsed.header ?? {});
  if (!header.success) return `หัวเอกสาร JSON ไม่ถูกต้อง: ${issuesText(header.error.issues)}`;
  const schema = recordSchema(DOCUMENT_TYPES[type]);
  const records = [];
  for (const [i, record] of parsed.records.entries()) {
    const checked = schema.safeParse(record);
    if (!checked.success) return `รายการที่ ${i + 1}: ${issuesText(checked.error.issues)}`;
    records.push(checked.data);
  }
  return { type, header: header.data, records };
}

/** The rolled document, or the one line that says why there is none. */
export function rolloverDocument(input: RolloverInput): StructuredDocument | string {
  let source: RolloverSource | string;
  if (input.text.trimStart().startsWith('{')) source = fromJson(input.text, input.type);
  else {
    const structured = structureDocument(input.type, input.text);
    if (!structured.ok) {
      const words = describeProblem(structured.problem);
      return `${words.th} (${words.en})`;
    }
    source = structured.value;
  }
  if (typeof source === 'string') return source;
  let itemList: OitItemList | undefined;
  if (input.itemsText !== undefined) {
    const read = readOitItemList(input.itemsText, input.to);
    if (!read.ok) {
      const words = read.problems.slice(0, 3).map((p) => describeProblem(p));
      return `รายการ OIT ของ --items อ่านไม่ได้: ${words.map((w) => w.th).join('; ')} (the --items list cannot be read: ${words.map((w) => w.en).join('; ')})`;
    }
    itemList = read.value;
  }
  const rolled = rollover(source, input.to, input.as, itemList);
  if (!rolled.ok) {
    const words = describeProblem(rolled.problem);
    return `${words.th} (${words.en})`;
  }
  return rolled.value;
}
