/**
 * Recognises a table's header row, which repeats at every page break and whose wording varies
 * between documents and even between pages: a row is a header when its short cells name fields of
 * the document type, matched loosely on the words each field's column is known by.
 */

import type { FieldSpec } from '../documents/field';
import { toArabicDigits } from '../thai/digits';

/** Cells longer than this are content, never a column heading. */
const MAX_HEADING_LENGTH = 60;

/** Spaces, digits, punctuation and markers removed: "๑. ชื่อ โครงการ/กิจกรรม" → "ชื่อโครงการกิจกรรม". */
function normalize(text: string): string {
  return toArabicDigits(text).replace(/[\s\d.,:;()/\\\-–—"'“”*]+/g, '');
}

/** Share of a heading a field's words cover: "การกำกับติดตาม" is mostly "กำกับติดตาม", a heading. */
function coverage(heading: string, field: FieldSpec): number {
  const covered = new Uint8Array(heading.length);
  for (const word of [field.th, ...field.headerWords]) {
    const w = normalize(word);
    if (w === '') continue;
    for (let at = heading.indexOf(w); at >= 0; at = heading.indexOf(w, at + w.length))
      covered.fill(1, at, at + w.length);
  }
  return covered.reduce((sum, c) => sum + c, 0) / heading.length;
}

// A heading is mostly its field's words; a short content cell ("ติดตามผลปีละ ๒ ครั้ง") only mentions one.
const MIN_COVERAGE = 0.6;

/** The field a heading names: the one whose words cover most of it; undefined for none. */
export function matchHeading(cell: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  const heading = normalize(cell);
  if (heading === '' || cell.length > MAX_HEADING_LENGTH) return undefined;
  let best: { field: FieldSpec; score: number } | undefined;
  for (const field of fields) {
    const score = coverage(heading, field);
    if (score >= MIN_COVERAGE && (best === undefined || score > best.score)) best = { field, score };
  }
  return best?.field;
}

/**
 * The column → field map of a header row, or undefined when the row is not a header: at least two
 * cells must name distinct fields and every non-empty cell must be a heading.
 */
export function readHeaderRow(
  cells: readonly string[],
  fields: readonly FieldSpec[],
): (string | undefined)[] | undefined {
  const columns: (string | undefined)[] = [];
  const taken = new Set<string>();
  let named = 0;
  for (const cell of cells) {
    if (cell.trim() === '') {
      columns.push(undefined);
      continue;
    }
    const field = matchHeading(
      cell,
      fields.filter((f) => !taken.has(f.key)),
    );
    if (!field) return undefined;
    taken.add(field.key);
    columns.push(field.key);
    named += 1;
  }
  return named >= 2 ? columns : undefined;
}
