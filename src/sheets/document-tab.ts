/**
 * A document tab as records: read with one getValues, one record appended or updated with one
 * setValues on its row (one per run of field columns when the officer added columns between them,
 * undone together when one fails: record-write.ts).
 * The header row maps columns to fields every time, so a column the officer moved or a heading
 * they reworded is still found, and a column they added is never read or written.
 */

import type { DocumentRecord, DocumentType, DocumentTypeId } from '../core/documents/document-type';
import { isListField } from '../core/documents/field';
import { type DocumentHeader, documentHeaderSchema } from '../core/documents/header';
import { DOCUMENT_TYPES, isDocumentTypeId } from '../core/documents/types';
import { recordRow } from '../core/layout/document-tab-layout';
import { mapHeadings } from '../core/structure/header-match';
import { splitList } from '../core/thai/numbered-list';
import { repairThai } from '../core/thai/text-repair';
import type { DocumentTabRef } from '../core/validation/validation-context';
import { valueText } from '../core/values/value-text';
import { META, readMetadata } from './metadata';
import { OperationError } from './operations/context';
import {
  emptyRow,
  type ReplacedFormula,
  type RowState,
  readRowState,
  refuseFieldsWithoutColumn,
  writeRecordCells,
} from './record-write';
import { withDaysAsText, zoneOf } from './sheet-dates';
import { ensureSheetSize } from './sheet-size';
import type { SheetApi, SpreadsheetApi } from './spreadsheet-api';

/** A record with the row it is on (1-based, as Sheets counts). */
export interface RowRecord {
  readonly row: number;
  readonly record: DocumentRecord;
}

export interface DocumentTab {
  readonly sheet: SheetApi;
  readonly type: DocumentType;
  readonly header: DocumentHeader;
}

/** The document tab a sheet is, from its metadata; undefined for a tab the add-in did not make. */
export function asDocumentTab(sheet: SheetApi): DocumentTab | undefined {
  return documentTabOf(sheet, readMetadata(sheet));
}

/** The document tab a sheet is, from its metadata already read (readMetadata). */
export function documentTabOf(sheet: SheetApi, meta: ReadonlyMap<string, string>): DocumentTab | undefined {
  const type = meta.get(META.type);
  if (type === undefined || !isDocumentTypeId(type)) return undefined;
  let header: DocumentHeader = {};
  try {
    const parsed = documentHeaderSchema.safeParse(JSON.parse(meta.get(META.header) ?? '{}'));
    if (parsed.success) header = parsed.data;
  } catch {
    // A header the officer could not have written (metadata is not editable in the UI): start empty.
    header = {};
  }
  return { sheet, type: DOCUMENT_TYPES[type], header };
}

/** The document tabs of a spreadsheet, of one type or all. */
export function documentTabs(spreadsheet: SpreadsheetApi, type?: DocumentTypeId): DocumentTab[] {
  return spreadsheet
    .getSheets()
    .map(asDocumentTab)
    .filter((tab): tab is DocumentTab => tab !== undefined && (type === undefined || tab.type.id === type));
}

/** A document tab as the core's rules about other documents name it: type, tab name and year. */
export function tabRef(tab: DocumentTab): DocumentTabRef {
  return {
    type: tab.type.id,
    name: tab.sheet.getName(),
    ...(tab.header.fiscalYear === undefined ? {} : { fiscalYear: tab.header.fiscalYear }),
  };
}

/** A record as the tab will read it back once written: each field's text as its cell shows it. */
export function recordAsWritten(type: DocumentType, record: DocumentRecord): DocumentRecord {
  return recordFromCells(
    type,
    type.fields.map((f) => f.key),
    recordRow(type, record),
  );
}

function recordFromCells(
  type: DocumentType,
  columns: readonly (string | undefined)[],
  cells: readonly unknown[],
): DocumentRecord {
  const record: Record<string, string | string[]> = {};
  for (const field of type.fields) {
    const c = columns.indexOf(field.key);
    // A cell pasted into the tab from a PDF reads as the officer meant it (ํา → ำ …).
    const text = c < 0 ? '' : repairThai(valueText(cells[c]).trim());
    record[field.key] = isListField(field) ? splitList(text) : text;
  }
  return record;
}

/**
 * The column → field map of the tab's header row (its first row), read by the same matcher as a
 * paste: a column the officer added (หมายเหตุ …) maps to no field and is left alone; a column the
 * officer moved or reworded is still found. Refuses a tab whose header lacks a required field's
 * column, naming it, rather than guess the order and write a record a column off.
 */
function columnsOf(tab: DocumentTab, headerCells: readonly unknown[]): (string | undefined)[] {
  const { columns } = mapHeadings(
    headerCells.map((c) => valueText(c)),
    tab.type.fields,
  );
  const missing = tab.type.fields.filter((f) => f.required && !columns.includes(f.key));
  if (missing.length > 0) {
    const name = tab.sheet.getName();
    const th = missing.map((f) => `"${f.th}"`).join(', ');
    const en = missing.map((f) => f.en).join(', ');
    throw new OperationError(
      `แท็บ "${name}" ไม่มีคอลัมน์ ${th} ในแถวหัวตาราง จึงไม่อ่านและไม่บันทึกอะไร ให้เพิ่มหรือแก้หัวคอลัมน์แล้วลองใหม่ (the tab "${name}" has no ${en} column in its header row; nothing was read or written)`,
    );
  }
  return [...columns];
}

/** Every record of the tab with its row; blank rows are skipped. Two service calls (four with a date cell). */
export function readRecords(tab: DocumentTab): RowRecord[] {
  const values = withDaysAsText(tab.sheet.getDataRange().getValues(), zoneOf(tab.sheet));
  const [headerCells, ...rows] = values;
  const columns = columnsOf(tab, headerCells ?? []);
  const fieldColumns = columns.flatMap((key, c) => (key === undefined ? [] : [c]));
  return rows.flatMap((cells, i) =>
    // A row with text only in the officer's own columns holds no record.
    fieldColumns.every((c) => valueText(cells[c]).trim() === '')
      ? []
      : [{ row: i + 2, record: recordFromCells(tab.type, columns, cells) }],
  );
}

/** A row read for an update: the tab's columns, the row's cells and the record they hold (none if blank). */
export interface RowRead {
  readonly columns: readonly (string | undefined)[];
  readonly state: RowState;
  readonly record: DocumentRecord | undefined;
}

/**
 * The record on one row with its cells: one getValues of the header, then one getValues,
 * getFormulas and getNumberFormats of the row (a formula in a field cell is known, never written over).
 */
export function readRowAt(tab: DocumentTab, row: number): RowRead {
  const columns = tabColumns(tab);
  const state = readRowState(tab.sheet, row, columns.length);
  const [cells] = withDaysAsText([state.values], zoneOf(tab.sheet));
  const blank = !cells || columns.every((key, c) => key === undefined || valueText(cells[c]).trim() === '');
  return { columns, state, record: blank ? undefined : recordFromCells(tab.type, columns, cells) };
}

/** The record on one row, read with one getValues of the header and three batched reads of the row. */
export function readRecordAt(tab: DocumentTab, row: number): DocumentRecord | undefined {
  return readRowAt(tab, row).record;
}

/** The tab's columns as its header row maps them (one getValues). */
export function tabColumns(tab: DocumentTab): (string | undefined)[] {
  const width = Math.max(tab.type.fields.length, tab.sheet.getLastColumn());
  const [headerCells] = tab.sheet.getRange(1, 1, 1, width).getValues();
  return columnsOf(tab, headerCells ?? []);
}

/**
 * Writes a record on a row, each field under its own heading (the officer may have moved columns),
 * as text that never runs as a formula (record-write.ts): a column without a field (one the officer
 * added) is not written at all; a field's formula stays unless the field changed; a field the tab has
 * no column for is refused when it holds a value. `read` is the row as read for the update (one read
 * is made when not given). Returns the formulas the officer's changes replaced.
 */
export function writeRecordRow(
  tab: DocumentTab,
  row: number,
  record: DocumentRecord,
  read: RowRead = readRowAt(tab, row),
): ReplacedFormula[] {
  refuseFieldsWithoutColumn(tab.sheet.getName(), tab.type, read.columns, record);
  return writeRecordCells(tab.sheet, tab.type, read.columns, row, record, read.state, read.record);
}

/** Appends a record under the last row (refused, nothing written, for a value without a column); returns its row. */
export function appendRecord(tab: DocumentTab, record: DocumentRecord): number {
  const columns = tabColumns(tab);
  refuseFieldsWithoutColumn(tab.sheet.getName(), tab.type, columns, record);
  const row = Math.max(tab.sheet.getLastRow(), 1) + 1;
  ensureSheetSize(tab.sheet, row, columns.length);
  // An officer may format a column as plain text, where Sheets would keep the apostrophe as a character.
  const formats = tab.sheet.getRange(row, 1, 1, columns.length).getNumberFormats()[0] ?? [];
  writeRecordCells(tab.sheet, tab.type, columns, row, record, emptyRow(formats));
  return row;
}
