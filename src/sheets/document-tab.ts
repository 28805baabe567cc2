/**
 * A document tab as records: read with one getValues, one record appended or updated with one
 * setValues on its row. The header row maps columns to fields, so a column the officer moved or a
 * heading they reworded is still found.
 */

import type { DocumentRecord, DocumentType, DocumentTypeId } from '../core/documents/document-type';
import { isListField } from '../core/documents/field';
import { type DocumentHeader, documentHeaderSchema } from '../core/documents/header';
import { DOCUMENT_TYPES, isDocumentTypeId } from '../core/documents/types';
import { recordRow } from '../core/layout/document-tab-layout';
import { readHeaderRow } from '../core/structure/header-match';
import { splitList } from '../core/thai/numbered-list';
import type { DocumentTabRef } from '../core/validation/validation-context';
import { valueText } from '../core/values/value-text';
import { toCellValue } from './cell-value';
import { META, readMetadata } from './metadata';
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
  const meta = readMetadata(sheet);
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
    const text = c < 0 ? '' : valueText(cells[c]).trim();
    record[field.key] = isListField(field) ? splitList(text) : text;
  }
  return record;
}

/** The column → field map of the tab's header row (its first row); the type's order when it is unreadable. */
function columnsOf(type: DocumentType, headerCells: readonly unknown[]): (string | undefined)[] {
  const mapped = readHeaderRow(
    headerCells.map((c) => valueText(c)),
    type.fields,
  );
  return mapped ?? type.fields.map((f) => f.key);
}

/** Every record of the tab with its row; blank rows are skipped. Two service calls (four with a date cell). */
export function readRecords(tab: DocumentTab): RowRecord[] {
  const values = withDaysAsText(tab.sheet.getDataRange().getValues(), zoneOf(tab.sheet));
  const [headerCells, ...rows] = values;
  const columns = columnsOf(tab.type, headerCells ?? []);
  return rows.flatMap((cells, i) =>
    cells.every((c) => valueText(c).trim() === '')
      ? []
      : [{ row: i + 2, record: recordFromCells(tab.type, columns, cells) }],
  );
}

/** The record on one row, read with one getValues of that row and the header. */
export function readRecordAt(tab: DocumentTab, row: number): DocumentRecord | undefined {
  const columns = tabColumns(tab);
  const [cells] = withDaysAsText(
    tab.sheet.getRange(row, 1, 1, columns.length).getValues(),
    zoneOf(tab.sheet),
  );
  if (!cells || cells.every((c) => valueText(c).trim() === '')) return undefined;
  return recordFromCells(tab.type, columns, cells);
}

/** The tab's columns as its header row maps them (one getValues). */
export function tabColumns(tab: DocumentTab): (string | undefined)[] {
  const width = Math.max(tab.type.fields.length, tab.sheet.getLastColumn());
  const [headerCells] = tab.sheet.getRange(1, 1, 1, width).getValues();
  return columnsOf(tab.type, headerCells ?? []);
}

/**
 * Writes a record on a row, each field under its own heading (the officer may have moved columns),
 * as text that never runs as a formula; a column without a field keeps what it holds. One
 * getNumberFormats, one setValues (and a getValues and a getFormulas when a column has no field).
 */
export function writeRecordRow(tab: DocumentTab, row: number, record: DocumentRecord): void {
  const columns = tabColumns(tab);
  const values = recordRow(tab.type, record);
  const range = tab.sheet.getRange(row, 1, 1, columns.length);
  const kept = columns.some((c) => c === undefined);
  const keep = kept ? (range.getValues()[0] ?? []) : [];
  // A formula there is written back as the formula, not as its value.
  const keepFormulas = kept ? (range.getFormulas()[0] ?? []) : [];
  // An officer may format a column as plain text, where Sheets would keep the apostrophe as a character.
  const formats = range.getNumberFormats()[0] ?? [];
  const cells = columns.map((key, c) => {
    const i = key === undefined ? -1 : tab.type.fields.findIndex((f) => f.key === key);
    // A kept cell's text is written back as text too ("1 Oct 2024" would become a date).
    const value = keep[c] ?? '';
    if (i < 0) {
      if (keepFormulas[c]) return keepFormulas[c];
      return typeof value === 'string' ? toCellValue(value, formats[c]) : value;
    }
    return toCellValue(values[i] ?? '', formats[c]);
  });
  range.setValues([cells as (string | number | boolean)[]]);
}

/** Appends a record under the last row; returns its row. */
export function appendRecord(tab: DocumentTab, record: DocumentRecord): number {
  const row = Math.max(tab.sheet.getLastRow(), 1) + 1;
  ensureSheetSize(tab.sheet, row, tab.type.fields.length);
  writeRecordRow(tab, row, record);
  return row;
}
