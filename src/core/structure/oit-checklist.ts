/**
 * Structures a pasted OIT checklist: a table headed with the checklist's columns, read like the other
 * tables, or else the NACC's bare item list (sub-indicator headings and `o1 …` lines), each item a
 * record not yet started. An item without a status is not started: an item scores only when published.
 */

import type { DocumentRecord, DocumentType } from '../documents/document-type';
import { checklistRecords } from '../oit/oit-checklist-records';
import { readOitItemCell, splitCodeAndTitle } from '../oit/oit-item-code';
import { type OitItemList, oitItemList } from '../oit/oit-item-lists';
import { oitStatusLabel } from '../oit/oit-status';
import { knownSubIndicator, readOitItemList } from '../oit/read-oit-item-list';
import { parseSubIndicatorCode } from '../oit/sub-indicator-code';
import type { Finding } from '../problems/finding';
import { fail, ok, type Result } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import { webAddressHost } from '../values/web-address';
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

/** A sub-indicator's text as the year's list names it ("9.1 ข้อมูลพื้นฐาน"), from its code or its name alone. */
function listedSubIndicator(list: OitItemList | undefined, text: string, code: string): string {
  const named = (sub: { code: string; th: string }) => (sub.th === '' ? sub.code : `${sub.code} ${sub.th}`);
  if (text.trim() !== '') {
    // A group label without its code ("ข้อมูลพื้นฐาน"), as some websites head their items.
    if (parseSubIndicatorCode(text) !== undefined) return text;
    const label = text.replace(/\s+/g, '');
    const sub = list
      ? list.subIndicators.find((s) => s.th.replace(/\s+/g, '') === label)
      : knownSubIndicator(text);
    return sub ? named(sub) : text;
  }
  const item = list?.items.find((i) => i.code === code);
  const sub = item && list?.subIndicators.find((s) => s.code === item.subIndicator);
  return sub ? named(sub) : (item?.subIndicator ?? '');
}

/** Lines of a link cell that are web addresses, and the rest (text such as อยู่ระหว่างจัดทำ). */
function splitLinks(text: string): { urls: string[]; other: string[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return {
    urls: lines.filter((l) => webAddressHost(l) !== undefined),
    other: lines.filter((l) => webAddressHost(l) === undefined),
  };
}

const joined = (...parts: string[]) => parts.filter((p) => p !== '').join('\n');
const textOf = (value: DocumentRecord[string] | undefined) => (typeof value === 'string' ? value : '');

/**
 * A table row's item as the NACC codes it: "OIT1", "O-14", "o 1", "(O5)" or a bare 14 in the ข้อ
 * column read as o1, o14; a code cell holding the title too ("o1 โครงสร้าง") split; a link cell's text
 * that is no web address moved to the note; an item without a sub-indicator (a website's list has no
 * such column, or no heading above the item) takes the one the year's built-in list gives its code,
 * and a group label ("ข้อมูลพื้นฐาน") the code the list gives it.
 */
function asListed(record: DocumentRecord, list: OitItemList | undefined, notes: ItemNotes): DocumentRecord {
  const written = textOf(record.code);
  const split = readOitItemCell(written) === undefined ? splitCodeAndTitle(written) : undefined;
  const code = split?.code ?? readOitItemCell(written) ?? written;
  const title = split ? joined(split.title, textOf(record.title)) : textOf(record.title);
  const links = splitLinks(textOf(record.url));
  if (links.other.length > 0) notes.linkText.push({ code, text: links.other.join(' ') });
  const note = joined(textOf(record.note), ...links.other);
  const subIndicator = listedSubIndicator(list, textOf(record.subIndicator), code);
  if (subIndicator === '') notes.noSubIndicator.push(code);
  return { ...record, code, title, url: links.urls.join('\n'), note, subIndicator };
}

/** What asListed noticed, for the officer's warnings. */
interface ItemNotes {
  readonly linkText: { code: string; text: string }[];
  readonly noSubIndicator: string[];
}

function itemWarnings(notes: ItemNotes, fiscalYear: number | undefined): Finding<Note>[] {
  const warnings: Finding<Note>[] = notes.linkText.map(({ code, text }) => ({
    severity: 'warning',
    problem: { code: 'oit-link-not-address', item: code, text },
  }));
  if (notes.noSubIndicator.length > 0) {
    warnings.push({
      severity: 'warning',
      problem: {
        code: 'oit-no-sub-indicator',
        items: notes.noSubIndicator,
        ...(fiscalYear === undefined ? {} : { fiscalYear }),
      },
    });
  }
  return warnings;
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
    // The document's year first; else the year the officer gave (the sidebar's, --year).
    const year = table.value.header.fiscalYear ?? options.fiscalYear;
    const list = year === undefined ? undefined : oitItemList(year);
    const notes: ItemNotes = { linkText: [], noSubIndicator: [] };
    const records = table.value.records.map((r) => withStatus(asListed(r, list, notes), notStarted));
    const header = year === undefined ? table.value.header : { ...table.value.header, fiscalYear: year };
    return ok({
      ...table.value,
      header,
      records,
      warnings: [...table.value.warnings, ...itemWarnings(notes, year)],
    });
  }
  // A mapping says the paste is a table: it is never read as an item list instead.
  if (table.problem.code !== 'not-this-document' || options.columns) return table;
  const list = readOitItemList(input, options.fiscalYear);
  if (list.ok) {
    const header = readHeaderLines(list.titleLines);
    const year = header.fiscalYear ?? options.fiscalYear;
    const unplaced = list.value.items.filter((i) => i.subIndicator === '').map((i) => i.code);
    return ok({
      type: type.id,
      header: year === undefined ? header : { ...header, fiscalYear: year },
      records: checklistRecords(list.value),
      warnings: itemWarnings({ linkText: [], noSubIndicator: unplaced }, year),
    });
  }
  const first = list.problems[0];
  return !first || first.code === 'no-oit-items'
    ? fail({ code: 'not-this-document', expected: type.id, reason: NEITHER })
    : fail(first);
}
