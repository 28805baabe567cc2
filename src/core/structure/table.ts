/**
 * Structures a pasted table (measures, results, ethics): header rows found wherever they repeat
 * (wrapped over two rows or not), continuation rows appended to the record above, merged cells
 * inherited, lists split into items, columns the type has no field for kept aside under their
 * heading, the signature block and page footers listed in a warning. Every word of the paste ends
 * up in a field, a kept column or a warning, except markup, list markers and repeated headers.
 */

import type { DocumentRecord, DocumentType, FieldValue } from '../documents/document-type';
import { isListField } from '../documents/field';
import type { Finding } from '../problems/finding';
import { fail, ok, type Place, type Result } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import { toArabicDigits } from '../thai/digits';
import { lineMarker, splitList } from '../thai/numbered-list';
import {
  type ColumnMapping,
  isTitleRow,
  looksLikeHeader,
  mappedHeader,
  unreadHeadings,
} from './column-mapping';
import { readHeaderLines } from './header-lines';
import { asHeader, bestHeading, type HeaderRow, mapHeadings, readHeader } from './header-match';
import { cellText, pastedRows } from './paste';
import { type MergedBlock, mergedSources } from './merged-cells';
import type { SectionRules, TableRules } from './rules';
import type { KeptColumn, PastedRows, StructuredDocument } from './structured-document';
import { isRunningTitle } from './running-title';
import { rowLine, tableEnd } from './table-end';
import { noHeaderReason, type Rival } from './table-refusal';

/** A record being gathered: each field's lines of text, in paste order; kept columns by their index. */
interface Draft {
  readonly fields: Map<string, string[]>;
  readonly kept: Map<number, string[]>;
}

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
    const text = (draft.fields.get(field.key) ?? []).join('\n');
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

function nearestField(columns: readonly (string | undefined)[], column: number): string | undefined {
  // A row may run past the header's last column (a ragged paste): look as far left as it reaches.
  for (let d = 1; column - d >= 0 || column + d < columns.length; d++) {
    const left = columns[column - d];
    if (left !== undefined) return left;
    const right = columns[column + d];
    if (right !== undefined) return right;
  }
  return undefined;
}

const MAX_HEADING_ROW_CELL = 60;
/** Kept columns past this many distinct headings share the one at their place (see takeHeader). */
export const MAX_KEPT_COLUMNS = 200;
const CONTINUED_KEY = /^\(?\s*ต่อ\s*\)?$/;
const BARE_NUMBER = /^\(?\d{1,3}[.)]?\)?$/;

/** A row of column numbers under a header, as Thai forms print them: "(๑)", "(๒)", "(๓)" … or "1", "2", "3" …. */
function isColumnNumbers(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 3) return false;
  const numbers = filled.map((c) => /^\(?([0-9]{1,2})\)?$/.exec(toArabicDigits(c.trim()))?.[1]);
  return numbers.every((n, i) => n !== undefined && Number(n) === Number(numbers[0]) + i);
}

/** A row that heads a section (its text sets a field for the rows below) or one above those; else undefined. */
function sectionRow(cells: readonly string[], sections: SectionRules): SectionRules | 'above' | undefined {
  if (cells.filter((c) => c !== '').length > 2) return undefined;
  const line = toArabicDigits(rowLine(cells));
  if (line.length > MAX_HEADING_ROW_CELL * 2) return undefined;
  if (sections.heading.test(line)) return sections;
  return sections.above?.test(line) ? 'above' : undefined;
}

/** A group label: the row's only text in the key column, reading as `sections.label` says. */
function groupLabel(
  cells: readonly string[],
  columns: readonly (string | undefined)[],
  key: string | undefined,
  sections: SectionRules,
): SectionRules | undefined {
  if (!sections.label || key === undefined) return undefined;
  const at = columns.indexOf(key);
  const text = cells[at] ?? '';
  const alone = text !== '' && cells.every((c, i) => i === at || c === '');
  return alone && sections.label.test(text) ? sections : undefined;
}

/** A header found at a row: its reading and how many rows it takes (a heading wrapped onto a second row). */
interface FoundHeader {
  readonly header: HeaderRow;
  readonly rows: 1 | 2;
}

function named(header: HeaderRow): number {
  return header.columns.filter((c) => c !== undefined).length;
}

/**
 * The header at row `r`, if one starts there: the row alone, or joined cell by cell with the next
 * row when its headings run on there ("มาตรการส่งเสริม" over "คุณธรรมและความโปร่งใส"). The join
 * is taken only when it names more columns and renames none the first row named.
 */
function headerAt(
  rows: readonly (readonly string[])[],
  r: number,
  type: DocumentType,
  keys: readonly string[],
  readings: Map<number, HeaderRow>,
): FoundHeader | undefined {
  const reading = (i: number) => {
    let known = readings.get(i);
    if (!known) {
      known = mapHeadings(rows[i] ?? [], type.fields);
      readings.set(i, known);
    }
    return known;
  };
  const cells = rows[r] ?? [];
  const mine = reading(r);
  // Most rows are content: no cell names a field, so neither the row nor its join with the next is a header.
  if (mine.columns.every((c) => c === undefined)) return undefined;
  const one = asHeader(cells, mine, keys);
  const next = rows[r + 1];
  if (!next || isEmptyRow(next) || next.some((c) => c.length > MAX_HEADING_ROW_CELL)) {
    return one && { header: one, rows: 1 };
  }
  const width = Math.max(cells.length, next.length);
  const joined = Array.from({ length: width }, (_, c) => rowLine([cells[c] ?? '', next[c] ?? '']));
  const two = readHeader(joined, type.fields, keys);
  const alone = asHeader(next, reading(r + 1), keys);
  // The second row may name columns by itself ("คุณธรรมและความโปร่งใส" is part of the measure's
  // heading): the join wins only when it names more than either row alone.
  const most = Math.max(one ? named(one) : 0, alone ? named(alone) : 0);
  const keepsNames =
    one === undefined || one.columns.every((f, c) => f === undefined || two?.columns[c] === f);
  if (two && keepsNames && named(two) > most) return { header: two, rows: 2 };
  // Every heading of the first row may already name its column ("พฤติกรรม" over "ที่พึงประสงค์"):
  // the second row is still the headings' rest when the join names the same columns, each at least
  // as well and some better. A record under the header would make its column's heading worse.
  if (two && one && keepsNames && named(two) === named(one) && named(two) >= most) {
    const before = headingScores(cells, one, type);
    const after = headingScores(joined, two, type);
    const better = after.some((score, c) => score > (before[c] ?? 0));
    if (better && after.every((score, c) => score >= (before[c] ?? 0))) return { header: two, rows: 2 };
  }
  return one && { header: one, rows: 1 };
}

/** How well each cell of a header names the field it was given (0 for a cell naming none). */
function headingScores(cells: readonly string[], header: HeaderRow, type: DocumentType): number[] {
  return header.columns.map((key, c) => {
    const field = type.fields.find((f) => f.key === key);
    return field ? (bestHeading(cells[c] ?? '', [field])?.score ?? 0) : 0;
  });
}

/** A header that another table type reads better (more of its cells named): not this type's table. */
function betterRival(
  header: HeaderRow,
  cells: readonly string[],
  rivals: readonly Rival[],
): Rival | undefined {
  return rivals.find((rival) => {
    const theirs = readHeader(cells, rival.type.fields, rival.keys);
    return theirs !== undefined && named(theirs) > named(header);
  });
}

/** How to read a table: `columns`, a checked mapping (column-mapping.ts), replaces header detection. */
export interface TableOptions {
  readonly columns?: ColumnMapping;
  /** Merged blocks of a pasted tab, 0-based into the rows: filled into every record row they cover. */
  readonly merges?: readonly MergedBlock[];
  /** The fiscal year the officer gave (the sidebar's, `--year`): used where the document names none. */
  readonly fiscalYear?: number;
}

/** Structures the rows of a pasted table of the given type. */
export function structureTable(
  type: DocumentType,
  rules: TableRules,
  input: string | PastedRows,
  rivals: readonly Rival[] = [],
  options: TableOptions = {},
): Result<StructuredDocument> {
  const rows = pastedRows(input).map((row) => row.map(cellText));
  if (rows.every(isEmptyRow)) return fail({ code: 'blank' });
  // The officer's mapping says what each column is: a header row is only recognised, to be skipped
  // (its cells name the kept-aside columns); without one the table starts at its first full row.
  const mapping = options.columns;
  const mappedAt = (cells: readonly string[]) =>
    mapping && looksLikeHeader(type, rules.keys, cells, mapping)
      ? { header: mappedHeader(mapping, cells), rows: 1 as const }
      : undefined;
  const headed = mapping !== undefined && rows.some((cells) => mappedAt(cells) !== undefined);
  const warnings: Finding<Note>[] = [];
  const titleLines: string[] = [];
  const records: DocumentRecord[] = [];
  const kept: { heading: string; values: string[] }[] = [];
  let columns: readonly (string | undefined)[] | undefined;
  // Column → index in `kept`, for the current header's unknown headings.
  let keptAt = new Map<number, number>();
  // Heading → index in `kept`, and column → the last kept column there: a header repeated 100,000
  // times with an unknown cell is looked up, never searched.
  const keptByHeading = new Map<string, number>();
  const keptByColumn = new Map<number, number>();
  let key: string | undefined;
  let draft: Draft | undefined;
  // The value each inherited field carries down to the next record: the last record's, or a section heading's.
  const carried = new Map<string, FieldValue>();
  let ended = false;
  let aside: { row: number; lines: string[] } | undefined;
  let rival: Rival | undefined;
  const readings = new Map<number, HeaderRow>();
  const mergedFrom = mergedSources(options.merges ?? []);
  const mergeFilled: number[] = [];
  // Inherited fields carried from the record above into an empty cell (not from a section heading).
  const carriedFromRecord = new Set<string>();
  const inheritedRows = new Map<string, number[]>();

  const close = () => {
    if (!draft) return;
    const record = finishRecord(type, rules, draft);
    // Only the kept columns this record has text in: the others read '' at the end.
    for (const [k, lines] of draft.kept) {
      const column = kept[k];
      if (column) column.values[records.length] = lines.join('\n');
    }
    records.push(record);
    for (const field of rules.inherited) {
      const value = record[field];
      if (value !== undefined && value.length > 0) {
        carried.set(field, value);
        carriedFromRecord.add(field);
      }
    }
    draft = undefined;
  };
  const flushAside = () => {
    if (!aside) return;
    warnings.push({
      severity: 'warning',
      row: aside.row,
      problem: { code: 'after-table', lines: aside.lines },
    });
    aside = undefined;
  };
  const takeHeader = (header: HeaderRow, r: number) => {
    // A section heading just above the first header row ("9.1 ข้อมูลพื้นฐาน") heads the items under it.
    const sections = rules.sections;
    const above = titleLines[titleLines.length - 1];
    if (!columns && sections && above !== undefined && sections.heading.test(toArabicDigits(above))) {
      carried.set(sections.field, above);
      carriedFromRecord.delete(sections.field);
    }
    columns = header.columns;
    key = rules.keys.find((k) => header.columns.includes(k));
    keptAt = new Map();
    for (const { column, heading } of header.unknown) {
      let k = keptByHeading.get(heading);
      if (k === undefined) {
        // Past MAX_KEPT_COLUMNS headings, a new one joins the kept column already at its place (its
        // heading is in the warning): a table has a few dozen columns, and records × kept columns
        // of values must stay within memory.
        const atColumn = kept.length >= MAX_KEPT_COLUMNS ? keptByColumn.get(column) : undefined;
        k = atColumn ?? kept.push({ heading, values: [] }) - 1;
        keptByHeading.set(heading, k);
        warnings.push({
          severity: 'warning',
          row: r + 1,
          problem: { code: 'kept-column', column: column + 1, heading },
        });
      }
      keptByColumn.set(column, k);
      keptAt.set(column, k);
    }
  };

  for (let r = 0; r < rows.length; r++) {
    let cells = rows[r] ?? [];
    if (isEmptyRow(cells)) continue;
    const found = mapping ? mappedAt(cells) : headerAt(rows, r, type, rules.keys, readings);
    if (found) {
      const better = mapping ? undefined : betterRival(found.header, cells, rivals);
      if (better) {
        rival ??= better;
      } else {
        flushAside();
        ended = false;
        // A header repeated at a page break may be worded differently: take its columns again.
        takeHeader(found.header, r);
        for (const unread of mapping ? unreadHeadings(type, cells, mapping) : [])
          warnings.push({
            severity: 'warning',
            problem: { code: 'heading-not-read', ...unread },
            row: r + 1,
          });
        r += found.rows - 1;
        continue;
      }
    }
    if (!columns && mapping && !headed && !isTitleRow(cells)) takeHeader(mappedHeader(mapping, undefined), r);
    if (!columns) {
      // Above the first header row: the title block. A table without a header row is refused rather
      // than read by position, where any table of as many columns would pass for this document.
      titleLines.push(cells.filter((c) => c !== '').join(' '));
      continue;
    }
    const section =
      rules.sections && !ended
        ? (sectionRow(cells, rules.sections) ?? groupLabel(cells, columns, key, rules.sections))
        : undefined;
    if (section) {
      close();
      flushAside();
      if (section === 'above') {
        warnings.push({
          severity: 'warning',
          row: r + 1,
          problem: { code: 'section-heading', lines: [rowLine(cells)] },
        });
      } else {
        carried.set(section.field, rowLine(cells));
        carriedFromRecord.delete(section.field);
      }
      continue;
    }
    // The title block repeated at the top of a page: the header keeps it once.
    const line = cells.filter((c) => c !== '').join(' ');
    const alone = cells.filter((c) => c !== '').length === 1;
    if (titleLines.includes(line) || (alone && isRunningTitle(line, titleLines))) {
      flushAside();
      warnings.push({ severity: 'warning', row: r + 1, problem: { code: 'repeated-title', line } });
      continue;
    }
    if (isColumnNumbers(cells)) {
      warnings.push({
        severity: 'warning',
        row: r + 1,
        problem: { code: 'column-numbers', line: rowLine(cells) },
      });
      continue;
    }
    const end = ended ? 'signature' : tableEnd(cells);
    if (end) {
      if (end === 'signature' && !ended) {
        close();
        ended = true;
      }
      aside ??= { row: r + 1, lines: [] };
      aside.lines.push(rowLine(cells));
      continue;
    }
    flushAside();
    const keyColumn = key === undefined ? -1 : columns.indexOf(key);
    // "(ต่อ)" in the key column beside the rest of a record cut by a page break: the row continues it.
    if (keyColumn >= 0 && draft !== undefined && CONTINUED_KEY.test(toArabicDigits(cells[keyColumn] ?? ''))) {
      warnings.push({
        severity: 'warning',
        row: r + 1,
        problem: { code: 'repeated-title', line: cells[keyColumn] ?? '' },
      });
      cells = cells.map((c, i) => (i === keyColumn ? '' : c));
    }
    const continues = draft !== undefined && keyColumn >= 0 && (cells[keyColumn] ?? '') === '';
    if (!continues) {
      close();
      draft = { fields: new Map(), kept: new Map() };
      // A cell merged down over this record in the pasted tab: its text, as the merge shows it.
      const merged = cells.map((cell, c) => {
        const from = cell === '' ? mergedFrom.get(`${r},${c}`) : undefined;
        return from ? (rows[from.row]?.[from.column] ?? '') : cell;
      });
      if (merged.some((cell, c) => cell !== cells[c])) {
        mergeFilled.push(r + 1);
        cells = merged;
      }
      for (const inherited of rules.inherited) {
        const column = columns.indexOf(inherited);
        const value = carried.get(inherited);
        if ((column < 0 || (cells[column] ?? '') === '') && value !== undefined) {
          draft.fields.set(inherited, typeof value === 'string' ? [value] : [...value]);
          if (column >= 0 && carriedFromRecord.has(inherited)) {
            inheritedRows.set(inherited, [...(inheritedRows.get(inherited) ?? []), r + 1]);
          }
        }
      }
    }
    cells.forEach((cell, c) => {
      if (cell === '' || !columns || !draft) return;
      const keptIndex = keptAt.get(c);
      if (keptIndex !== undefined) {
        draft.kept.set(keptIndex, [...(draft.kept.get(keptIndex) ?? []), cell]);
        return;
      }
      let field = columns[c];
      let text = cell;
      const number = rules.numberField;
      // Numbers under no heading, where the type numbers its records and no column is headed ลำดับ: the number.
      if (
        field === undefined &&
        number &&
        !columns.includes(number) &&
        BARE_NUMBER.test(toArabicDigits(cell))
      ) {
        field = number;
        text = String(Number(/\d+/.exec(toArabicDigits(cell))?.[0]));
      }
      if (field === undefined) {
        // A column the header left unnamed: its text joins the nearest named column, never vanishes.
        field = nearestField(columns, c);
        if (field === undefined) return;
        warnings.push({
          severity: 'warning',
          problem: { code: 'column-without-heading', column: c + 1, field },
          row: r + 1,
          field,
        });
      }
      draft.fields.set(field, [...(draft.fields.get(field) ?? []), text]);
    });
  }
  close();
  flushAside();
  if (mergeFilled.length > 0) {
    warnings.push({
      severity: 'warning',
      row: mergeFilled[0],
      problem: { code: 'merged-cells-filled', rows: mergeFilled },
    });
  }
  for (const [field, filledRows] of inheritedRows) {
    warnings.push({
      severity: 'warning',
      row: filledRows[0],
      field,
      problem: { code: 'inherited-filled', field, rows: filledRows },
    });
  }
  if (!columns)
    return fail({
      code: 'not-this-document',
      expected: type.id,
      reason: noHeaderReason(type, rules, rows, rival),
    });
  if (records.length === 0) return fail({ code: 'not-this-document', expected: type.id, reason: NO_RECORDS });
  const keptColumns: KeptColumn[] = kept.map((c) => ({
    heading: c.heading,
    values: records.map((_, i) => c.values[i] ?? ''),
  }));
  return ok({
    type: type.id,
    header: readHeaderLines(titleLines),
    records,
    warnings,
    ...(keptColumns.length > 0 ? { keptColumns } : {}),
  });
}

const NO_RECORDS: Place = { th: 'ไม่พบรายการในตาราง', en: 'no record under the header row' };
