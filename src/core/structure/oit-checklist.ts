/**
 * Structures a pasted OIT checklist: a table headed with the checklist's columns, read like the other
 * tables, or else the NACC's bare item list (sub-indicator headings and `o1 …` lines), each item a
 * record not yet started. An item without a status is not started: an item scores only when published.
 */

import type { DocumentRecord, DocumentType } from '../documents/document-type';
import { checklistRecords } from '../oit/oit-checklist-records';
import { readOitItemCell } from '../oit/oit-item-code';
import { oitItemList } from '../oit/oit-item-lists';
import { oitStatusLabel } from '../oit/oit-status';
import { readOitItemList } from '../oit/read-oit-item-list';
import { fail, ok, type Result } from '../problems/problem';
import { readHeaderLines } from './header-lines';
import type { TableRules } from './rules';
import type { PastedRows, StructuredDocument } from './structured-document';
import { structureTable, type TableOptions } from './table';
import type { Rival } from './table-refusal';

const NEITHER = {
  th: 'ไม่พบแถวหัวตารางของแบบตรวจ และไม่พบรายการข้อ OIT (เช่น 9.1 ข้อมูลพื้นฐาน แล้วตามด้วย o1 โครงสร้าง)',
  en: 'no checklist header row and no OIT item list (such as "9.1 …" followed by "o1 …")',
};

function withStatus(record: DocumentRecord, notStarted: string): DocumentRecord {
  const status = record.status;
  return typeof status === 'string' && status.trim() !== '' ? record : { ...record, status: notStarted };
}

/**
 * A table row's item as the NACC codes it: "OIT1", "O-14", "o 1" or a bare 14 in the ข้อ column read
 * as o1, o14; an item without a sub-indicator (a website's list has no such column, or no heading
 * above the item) takes the one the year's built-in list gives its code.
 */
function asListed(record: DocumentRecord, fiscalYear: number | undefined): DocumentRecord {
  const written = typeof record.code === 'string' ? record.code : '';
  const code = readOitItemCell(written) ?? written;
  const sub = typeof record.subIndicator === 'string' ? record.subIndicator : '';
  if (sub.trim() !== '' || fiscalYear === undefined) return { ...record, code };
  const list = oitItemList(fiscalYear);
  const item = list?.items.find((i) => i.code === code);
  if (!list || !item) return { ...record, code };
  const name = list.subIndicators.find((s) => s.code === item.subIndicator)?.th ?? '';
  return { ...record, code, subIndicator: name === '' ? item.subIndicator : `${item.subIndicator} ${name}` };
}

/** The checklist of a paste: its table, or else the item list it holds. */
export function structureOitChecklist(
  type: DocumentType,
  rules: TableRules,
  input: string | PastedRows,
  rivals: readonly Rival[] = [],
  options: TableOptions = {},
): Result<StructuredDocument> {
  const table = structureTable(type, rules, input, rivals, options);
  const notStarted = oitStatusLabel('not-started');
  if (table.ok) {
    const year = table.value.header.fiscalYear;
    const records = table.value.records.map((r) => withStatus(asListed(r, year), notStarted));
    return ok({ ...table.value, records });
  }
  // A mapping says the paste is a table: it is never read as an item list instead.
  if (table.problem.code !== 'not-this-document' || options.columns) return table;
  const list = readOitItemList(input);
  if (list.ok) {
    return ok({
      type: type.id,
      header: readHeaderLines(list.titleLines),
      records: checklistRecords(list.value),
      warnings: [],
    });
  }
  const first = list.problems[0];
  return !first || first.code === 'no-oit-items'
    ? fail({ code: 'not-this-document', expected: type.id, reason: NEITHER })
    : fail(first);
}
