/**
 * Structures a pasted table (measures, results, ethics): header rows found wherever they repeat,
 * continuation rows appended to the record above, merged cells inherited, lists split into items.
 * Every word of the paste ends up in a field, except markup, list markers and repeated headers.
 */

import type { DocumentRecord, DocumentType } from '../documents/document-type';
import { isListField } from '../documents/field';
import type { Finding } from '../problems/finding';
import { fail, ok, type Result } from '../problems/problem';
import { lineMarker, splitList } from '../thai/numbered-list';
import {
  type ColumnMapping,
  isTitleRow,
  KEEP_ASIDE,
  keptHeading,
  looksLikeHeader,
  unreadHeadings,
} from './column-mapping';
import { readHeaderLines } from './header-lines';
import { readHeaderRow } from './header-match';
import { cellText, pastedRows } from './paste';
import type { TableRules } from './rules';
import type { KeptColumn, PastedRows, StructuredDocument } from './structured-document';

/** A record being gathered: each field's lines of text, in paste order. */
type Draft = Map<string, string[]>;

function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}

/** Splits a units cell: one unit a line, or several separated by commas. */
function splitUnits(text: string): string[] {
  return text
    .split(/\n|,|，/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

function finishRecord(type: DocumentType, rules: TableRules, draft: Draft): DocumentRecord {
  const record: Record<string, string | string[]> = {};
  for (const field of type.fields) {
    const text = (draft.get(field.key) ?? []).join('\n');
    if (field.kind === 'units') record[field.key] = splitUnits(text);
    else if (isListField(field)) record[field.key] = splitList(text);
    else record[field.key] = text;
  }
  const { numberedField, numberField } = rules;
  if (numberedField && numberField && record[numberField] === '') {
    const text = record[numberedField] as string;
    const marker = lineMarker(text);
    if (marker?.number !== undefined) {
      record[numberField] = String(marker.number);
      record[numberedField] = text.slice(marker.text.length);
    }
  }
  return record;
}

function nearestField(columns: readonly (string | undefined)[], column: number): string {
  // A row may run past the header's last column (a ragged paste): look as far left as it reaches.
  for (let d = 1; column - d >= 0 || column + d < columns.length; d++) {
    const left = columns[column - d];
    if (left !== undefined) return left;
    const right = columns[column + d];
    if (right !== undefined) return right;
  }
  throw new Error('nearestField: bug: a header row names no column');
}

/** How to read a table: `columns`, a checked mapping (column-mapping.ts), replaces header detection. */
export interface TableOptions {
  readonly columns?: ColumnMapping;
}

/** Structures the rows of a pasted table of the given type. */
export function structureTable(
  type: DocumentType,
  rules: TableRules,
  input: string | PastedRows,
  options: TableOptions = {},
): Result<StructuredDocument> {
  const rows = pastedRows(input).map((row) => row.map(cellText));
  if (rows.every(isEmptyRow)) return fail({ code: 'blank' });
  // A mapping's kept-aside columns gather their text under keys no field has ("-3"), one value a record.
  const mapped = options.columns?.map((entry, c) => (entry === KEEP_ASIDE ? `${KEEP_ASIDE}${c}` : entry));
  const isHeader = (cells: readonly string[]) => {
    if (options.columns)
      return looksLikeHeader(type, rules.keys, cells, options.columns) ? mapped : undefined;
    const header = readHeaderRow(cells, type.fields);
    return header && rules.keys.some((k) => header.includes(k)) ? header : undefined;
  };
  const keptColumns = (options.columns ?? []).flatMap((entry, c) => (entry === KEEP_ASIDE ? [c] : []));
  // Each header row's cell of a kept column names it; repeated headers may word it differently.
  const kept: { headings: string[]; values: string[] }[] = keptColumns.map(() => ({
    headings: [],
    values: [],
  }));
  const headed = mapped !== undefined && rows.some((cells) => isHeader(cells));
  const warnings: Finding[] = [];
  const titleLines: string[] = [];
  const records: DocumentRecord[] = [];
  let columns: (string | undefined)[] | undefined;
  let key: string | undefined;
  let draft: Draft | undefined;
  let previous: DocumentRecord | undefined;

  const close = () => {
    if (!draft) return;
    previous = finishRecord(type, rules, draft);
    records.push(previous);
    for (const [i, c] of keptColumns.entries())
      kept[i]?.values.push((draft.get(`${KEEP_ASIDE}${c}`) ?? []).join('\n'));
    draft = undefined;
  };

  rows.forEach((cells, r) => {
    if (isEmptyRow(cells)) return;
    // A header without a key column cannot tell one record from the next: not this document's table.
    const header = isHeader(cells);
    if (header) {
      // A header repeated at a page break may be worded differently: take its columns again, or the
      // mapping's, which the officer gave; the header's cells name the kept columns.
      columns = header;
      key = rules.keys.find((k) => columns?.includes(k));
      for (const unread of options.columns ? unreadHeadings(type, cells, options.columns) : [])
        warnings.push({ severity: 'warning', problem: { code: 'heading-not-read', ...unread }, row: r + 1 });
      for (const [i, c] of keptColumns.entries()) {
        const heading = (cells[c] ?? '').trim();
        if (heading !== '' && !kept[i]?.headings.includes(heading)) kept[i]?.headings.push(heading);
      }
      return;
    }
    if (!columns && mapped && !headed && !isTitleRow(cells)) {
      // A mapped table without a header starts at its first row of more than one cell.
      columns = mapped;
      key = rules.keys.find((k) => mapped.includes(k));
    }
    if (!columns) {
      // Above the first header row: the title block. A table without a header row is refused rather
      // than read by position, where any table of as many columns would pass for this document.
      titleLines.push(cells.filter((c) => c !== '').join(' '));
      return;
    }
    const keyColumn = key === undefined ? -1 : columns.indexOf(key);
    const continues = draft !== undefined && keyColumn >= 0 && (cells[keyColumn] ?? '') === '';
    if (!continues) {
      close();
      draft = new Map();
      for (const inherited of rules.inherited) {
        const column = columns.indexOf(inherited);
        const value = previous?.[inherited];
        if (column >= 0 && (cells[column] ?? '') === '' && value !== undefined) {
          draft.set(inherited, typeof value === 'string' ? [value] : [...value]);
        }
      }
    }
    cells.forEach((cell, c) => {
      if (cell === '' || !columns) return;
      let field = columns[c];
      if (field === undefined) {
        // A column the header left unnamed: its text joins the nearest named column, never vanishes.
        field = nearestField(columns, c);
        warnings.push({
          severity: 'warning',
          problem: { code: 'column-without-heading', column: c + 1, field },
          row: r + 1,
          field,
        });
      }
      const lines = draft?.get(field) ?? [];
      lines.push(cell);
      draft?.set(field, lines);
    });
  });
  close();
  if (!columns) return fail({ code: 'not-this-document', expected: type.id, reason: NO_HEADER });
  if (records.length === 0) return fail({ code: 'not-this-document', expected: type.id, reason: NO_RECORDS });
  // A kept column with any text, heading or values, goes to the new tab, with a warning.
  const keptAside: KeptColumn[] = keptColumns.flatMap((c, i) => {
    const { headings = [], values = [] } = kept[i] ?? {};
    if (headings.length === 0 && values.every((v) => v === '')) return [];
    const heading = keptHeading(c + 1, headings.join(' / '));
    warnings.push({ severity: 'warning', problem: { code: 'kept-column', column: c + 1, heading } });
    return [{ heading, values }];
  });
  return ok({
    type: type.id,
    header: readHeaderLines(titleLines),
    records,
    warnings,
    ...(keptAside.length > 0 ? { keptColumns: keptAside } : {}),
  });
}

const NO_HEADER = {
  th: 'ไม่พบแถวหัวตารางที่มีชื่อคอลัมน์ของเอกสารนี้',
  en: "no header row naming this document's columns",
};
const NO_RECORDS = { th: 'ไม่พบรายการในตาราง', en: 'no record under the header row' };
