/**
 * A cell merged down in a table's key column (the measure, its number, the standard) is one record
 * over several rows, not one record a row: those rows are left empty there, so that the structurer
 * reads them as continuation rows and appends their own cells to the record. Other merged cells (a
 * period or a unit over several measures) stay filled in the rows that start records. The key column is the one the table's header row
 * names first among the type's keys, or the officer's column mapping says.
 */

import type { DocumentTypeId } from '../documents/document-type';
import { DOCUMENT_TYPES } from '../documents/types';
import type { ColumnMapping } from '../structure/column-mapping';
import { readHeader } from '../structure/header-match';
import { STRUCTURE_RULES } from '../structure/rules';
import type { WordFill, WordRows } from './word-rows';

function tableKeys(type: DocumentTypeId): readonly string[] {
  const rules = STRUCTURE_RULES[type];
  if (rules.kind === 'table') return rules.keys;
  if (rules.kind === 'checklist') return rules.table.keys;
  return [];
}

/** The 1-based column a table's key is in, from its header row (or the mapping), if any. */
function keyColumn(
  rows: readonly (readonly string[])[],
  fill: WordFill,
  keys: readonly string[],
  type: DocumentTypeId,
  columns: ColumnMapping | undefined,
): number | undefined {
  let named: readonly (string | undefined)[] | undefined = columns;
  // The header is the table's first row that reads as one, or the row just above the table.
  for (let r = Math.max(1, fill.table.first - 1); named === undefined && r < fill.from; r++) {
    named = readHeader(rows[r - 1] ?? [], DOCUMENT_TYPES[type].fields, keys)?.columns;
  }
  const key = keys.find((k) => named?.includes(k));
  return key === undefined || !named ? undefined : named.indexOf(key) + 1;
}

/**
 * The rows with the key column's merged cells left as continuation rows — every merged cell filled
 * into such a row left empty there too, since the record already has it — and the fills that remain.
 */
export function unfillKeys(type: DocumentTypeId, read: WordRows, columns?: ColumnMapping): WordRows {
  const keys = tableKeys(type);
  if (keys.length === 0 || read.fills.length === 0) return read;
  const continuing = new Set(
    read.fills
      .filter((fill) => keyColumn(read.rows, fill, keys, type, columns) === fill.column)
      .flatMap((fill) => fill.rows),
  );
  if (continuing.size === 0) return read;
  const rows = read.rows.map((row) => [...row]);
  const fills = read.fills.flatMap((fill) => {
    for (const r of fill.rows) if (continuing.has(r)) rows[r - 1]![fill.column - 1] = '';
    const left = fill.rows.filter((r) => !continuing.has(r));
    return left.length > 0 ? [{ ...fill, rows: left }] : [];
  });
  return { rows, fills };
}
