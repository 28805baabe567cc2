/**
 * A column mapping: what each pasted column of a table is, one entry a column, a field key or `-`
 * for a column kept aside (its text kept in a column of its own, never dropped). The officer gives
 * one when a paste has no header row or its header is read wrongly; it then replaces header detection.
 */

import type { DocumentType, DocumentTypeId } from '../documents/document-type';
import type { Place } from '../problems/problem';
import { type HeaderRow, matchHeading } from './header-match';
import { cellText } from './paste';
import type { TableRules } from './rules';
import { STRUCTURE_RULES } from './rules';
import type { PastedRows } from './structured-document';

/** What is wrong with a column mapping; columns are 1-based, `allowed` the type's field keys. */
export type MappingFault =
  | { readonly kind: 'not-a-table'; readonly expected: string }
  | {
      readonly kind: 'unknown-field';
      readonly column: number;
      readonly value: string;
      readonly allowed: readonly string[];
    }
  | { readonly kind: 'field-twice'; readonly field: string; readonly columns: readonly [number, number] }
  | { readonly kind: 'key-missing'; readonly keys: readonly Place[] }
  | { readonly kind: 'wrong-width'; readonly given: number; readonly pasted: number };

/** The mapping entry of a column used as no field. */
export const KEEP_ASIDE = '-';

/** One entry a pasted column, left to right: a field key or KEEP_ASIDE. */
export type ColumnMapping = readonly string[];

/** The table rules of a type read as a table (a checklist's table too); undefined for forms and memos. */
export function tableRulesOf(type: DocumentTypeId): TableRules | undefined {
  const rules = STRUCTURE_RULES[type];
  if (rules.kind === 'table') return rules;
  if (rules.kind === 'checklist') return rules.table;
  return undefined;
}

/** The paste's width: up to its last column holding any text (trailing empty columns do not count). */
export function pasteWidth(rows: PastedRows): number {
  let width = 0;
  for (const row of rows)
    for (let c = row.length - 1; c >= width; c--)
      if (cellText(row[c]).trim() !== '') {
        width = c + 1;
        break;
      }
  return width;
}

/** A mapping as the command line and the sidebar write it: `no,measure,-,…`, spaces ignored. */
export function parseColumnMapping(text: string): string[] {
  return text.split(',').map((entry) => entry.trim());
}

/** The first fault of a mapping for a paste `width` columns wide, or undefined for a good one. */
export function mappingFault(
  type: DocumentType,
  mapping: ColumnMapping,
  width: number,
): MappingFault | undefined {
  const rules = tableRulesOf(type.id);
  if (!rules) return { kind: 'not-a-table', expected: type.id };
  const allowed = type.fields.map((f) => f.key);
  const seen = new Map<string, number>();
  for (const [i, entry] of mapping.entries()) {
    if (entry === KEEP_ASIDE) continue;
    if (!allowed.includes(entry)) return { kind: 'unknown-field', column: i + 1, value: entry, allowed };
    const before = seen.get(entry);
    if (before !== undefined) return { kind: 'field-twice', field: entry, columns: [before, i + 1] };
    seen.set(entry, i + 1);
  }
  if (!rules.keys.some((k) => seen.has(k))) {
    const keys = rules.keys.map((k) => {
      const field = type.fields.find((f) => f.key === k);
      return { th: `${k} (${field?.th ?? k})`, en: k };
    });
    return { kind: 'key-missing', keys };
  }
  if (mapping.length !== width) return { kind: 'wrong-width', given: mapping.length, pasted: width };
  return undefined;
}

/** A cell longer than this is content, never a heading (as header-match.ts has it). */
const MAX_HEADING = 60;

/** The heading a kept column is written under in the new tab: its pasted heading, or its place. */
export function keptHeading(column: number, pasted: string | undefined): string {
  const heading = (pasted ?? '').replace(/\s+/g, ' ').trim();
  return heading === '' ? `คอลัมน์ที่ ${column} ที่วางมา` : heading;
}

/** A row above a header-less table: one cell of text across the page (a title, the organization). */
export function isTitleRow(cells: readonly string[]): boolean {
  return cells.filter((c) => c.trim() !== '').length === 1;
}

/** The cells of a header row in mapped field columns that name no field: text the header drops. */
export function unreadHeadings(
  type: DocumentType,
  cells: readonly string[],
  mapping: ColumnMapping,
): { readonly column: number; readonly text: string; readonly field: string }[] {
  return mapping.flatMap((entry, c) => {
    const text = (cells[c] ?? '').trim();
    if (entry === KEEP_ASIDE || text === '' || matchHeading(text, type.fields)) return [];
    return [{ column: c + 1, text, field: entry }];
  });
}

/**
 * A header row as a mapped paste may show it: its key column's cell and at least half of its other
 * cells (two or more) are column headings of the type. Without a mapping, any key field's heading
 * will do. A heading the structurer does not know (หมายเหตุ) does not hide the header.
 */
export function looksLikeHeader(
  type: DocumentType,
  keys: readonly string[],
  cells: readonly string[],
  mapping?: ColumnMapping,
): boolean {
  // Most rows are content: a long cell or a key column's cell that is no heading tells at once.
  const heading = (cell: string) => cell.length <= MAX_HEADING && matchHeading(cell, type.fields);
  if (mapping && !mapping.some((entry, c) => keys.includes(entry) && heading(cells[c] ?? ''))) return false;
  const filled = cells.filter((cell) => cell.trim() !== '');
  const named = filled.flatMap((cell) => {
    const field = heading(cell);
    return field ? [field.key] : [];
  });
  if (named.length < 2 || named.length * 2 < filled.length) return false;
  return mapping !== undefined || named.some((key) => keys.includes(key));
}

/**
 * A mapping as the header row the structurer reads: each column's field, the kept-aside columns
 * unknown headings named by the pasted header's cells (`cells`, when the paste has one) or by place.
 */
export function mappedHeader(mapping: ColumnMapping, cells: readonly string[] | undefined): HeaderRow {
  return {
    columns: mapping.map((entry) => (entry === KEEP_ASIDE ? undefined : entry)),
    unknown: mapping.flatMap((entry, c) =>
      entry === KEEP_ASIDE ? [{ column: c, heading: keptHeading(c + 1, cells?.[c]) }] : [],
    ),
  };
}
