/**
 * The layout of a document tab (a measures table, a results table …): one header row with the
 * official Thai column headings, frozen; Sarabun; wrapped text; widths by field kind; a dropdown of
 * the organization's units in the responsible column, and of the four statuses in an OIT checklist's;
 * developer metadata naming the type.
 */

import { DOCUMENT_CATALOG } from '../catalog';
import type { DocumentRecord, DocumentType } from '../documents/document-type';
import type { FieldSpec } from '../documents/field';
import type { DocumentHeader } from '../documents/header';
import { OIT_STATUSES } from '../oit/oit-status';
import { a1Range, columnLetters } from './a1';
import { type LayoutValue, REPORT_FONT, type SheetLayout } from './sheet-layout';

/** The version of the document tab's layout, kept in its metadata for later migrations. */
export const DOCUMENT_TAB_VERSION = '1';

/** Rows below the header that get the units and status dropdowns: enough for a year's records. */
const VALIDATED_ROWS = 500;

const WIDTH_BY_KIND: Readonly<Record<FieldSpec['kind'], number>> = {
  ordinal: 60,
  text: 280,
  list: 320,
  units: 160,
  period: 170,
  budget: 140,
  score: 80,
  section: 220,
  code: 60,
  'sub-indicator': 200,
  url: 260,
  status: 160,
  date: 120,
};

/** A record as a row of the tab: lists one item a line. */
export function recordRow(type: DocumentType, record: DocumentRecord): string[] {
  return type.fields.map((field) => {
    const value = record[field.key];
    return typeof value === 'string' ? value : (value ?? []).join('\n');
  });
}

/** Two records hold the same cells: what the tab would show for each is the same. */
export function sameRecord(type: DocumentType, a: DocumentRecord, b: DocumentRecord): boolean {
  const cellsA = recordRow(type, a);
  const cellsB = recordRow(type, b);
  return cellsA.every((cell, i) => cell.trim() === (cellsB[i] ?? '').trim());
}

/** The tab's name: the type's short name and the fiscal year when known ("มาตรการ 2568"). */
export function documentTabName(type: DocumentType, header: DocumentHeader): string {
  // The catalog's short name: the officer's tab bar is narrow.
  const name = DOCUMENT_CATALOG[type.id].tab;
  return header.fiscalYear === undefined ? name : `${name} ${header.fiscalYear}`;
}

/** A pasted column the type has no field for: written after the fields, under its own heading. */
export interface ExtraColumn {
  readonly heading: string;
  /** One value a record, in record order. */
  readonly values: readonly string[];
}

const EXTRA_WIDTH = 200;

/**
 * The layout of a new document tab of `type`, with `records` under its header row and the paste's
 * kept columns after the fields: the tab reads and writes fields by heading, so they stay the
 * officer's, never read as a field nor overwritten.
 */
export function documentTabLayout(
  type: DocumentType,
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  units: readonly string[],
  extra: readonly ExtraColumn[] = [],
): SheetLayout {
  const columns = type.fields.length + extra.length;
  const lastRow = Math.max(2, records.length + 1);
  const values: LayoutValue[][] = [
    [...type.fields.map((f) => f.th), ...extra.map((c) => c.heading)],
    ...records.map((r, i) => [...recordRow(type, r), ...extra.map((c) => c.values[i] ?? '')]),
  ];
  const columnsOf = (kind: FieldSpec['kind']) =>
    type.fields.flatMap((f, i) => (f.kind === kind ? [i + 1] : []));
  const below = (c: number) => `${columnLetters(c)}2:${columnLetters(c)}${VALIDATED_ROWS + 1}`;
  return {
    name: documentTabName(type, header),
    values,
    styles: [
      {
        style: { fontFamily: REPORT_FONT, fontSize: 14, wrap: true, verticalAlignment: 'top' },
        ranges: [a1Range(1, 1, lastRow, columns)],
      },
      {
        style: {
          bold: true,
          background: '#e8f0fe',
          horizontalAlignment: 'center',
          verticalAlignment: 'middle',
          border: true,
        },
        ranges: [a1Range(1, 1, 1, columns)],
      },
    ],
    merges: [],
    columnWidths: [...type.fields.map((f) => WIDTH_BY_KIND[f.kind]), ...extra.map(() => EXTRA_WIDTH)],
    frozenRows: 1,
    validations: [
      ...(units.length === 0 ? [] : columnsOf('units')).map((c) => ({
        range: below(c),
        values: units,
        help: 'เลือกหน่วยงานจากข้อมูลหน่วยงาน หลายหน่วยงานให้ขึ้นบรรทัดใหม่ (choose a unit; several: one a line)',
      })),
      ...columnsOf('status').map((c) => ({
        range: below(c),
        values: OIT_STATUSES.map((s) => s.th),
        help: 'เลือกสถานะ ถ้าไม่ต้องเผยแพร่ให้เขียนเหตุผลในหมายเหตุ (choose a status; if not required, give the reason in the note)',
      })),
    ],
    metadata: {
      'ita-sheets.type': type.id,
      'ita-sheets.version': DOCUMENT_TAB_VERSION,
      // The title stays out: developer metadata is small (30,000 characters a spreadsheet).
      'ita-sheets.header': JSON.stringify({ ...header, title: undefined }),
    },
  };
}
