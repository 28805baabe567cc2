/** Reading a report layout as an officer reads the printed tab: cells by A1 name, rows by their text. */

import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { parseA1 } from '../../../src/core/layout/a1';
import type { CellStyle, LayoutValue, SheetLayout } from '../../../src/core/layout/sheet-layout';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';

/** A document structured from its text; a test fails loudly if it cannot be read. */
export function structured(type: DocumentTypeId, text: string): StructuredDocument {
  const result = structureDocument(type, text);
  if (!result.ok) throw new Error(`cannot structure the ${type} text: ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** The value of a cell (1-based row and column). */
export function cellAt(layout: SheetLayout, row: number, column: number): LayoutValue | undefined {
  return layout.values[row - 1]?.[column - 1];
}

/** The 1-based number of the first row whose cell in `column` is `text` (or starts with it); 0 if none. */
export function rowWith(layout: SheetLayout, column: number, text: string, from = 1): number {
  for (let row = from; row <= layout.values.length; row++) {
    const value = cellAt(layout, row, column);
    if (typeof value === 'string' && (value === text || value.startsWith(text))) return row;
  }
  return 0;
}

/** True when the cell lies inside one of the ranges. */
export function covers(ranges: readonly string[], row: number, column: number): boolean {
  return ranges.some((range) => {
    const r = parseA1(range);
    return row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns;
  });
}

/** The styles that apply to a cell, in order. */
export function stylesAt(layout: SheetLayout, row: number, column: number): CellStyle[] {
  return layout.styles.filter((s) => covers(s.ranges, row, column)).map((s) => s.style);
}

/** The cell's effective style: later styles override earlier ones, as the adapter applies them. */
export function styleAt(layout: SheetLayout, row: number, column: number): CellStyle {
  return Object.assign({}, ...stylesAt(layout, row, column));
}

/**
 * A cell's text as printed when its record runs over several rows (ReportSheet.addRecord): the values of
 * the run shown as one cell, joined by a line break (a list's items) — compare with spaces normalized.
 */
export function joinedText(layout: SheetLayout, row: number, column: number): string {
  const joined = layout.styles.find((s) => s.style.joinedDown)?.ranges ?? [];
  const run = joined.map(parseA1).find((r) => r.column === column && r.row === row);
  const last = run ? run.row + run.numRows - 1 : row;
  const parts: string[] = [];
  for (let r = row; r <= last; r++) {
    const value = cellAt(layout, r, column);
    if (value !== null && value !== undefined && value !== '') parts.push(String(value));
  }
  return parts.join('\n');
}

/** Text with every run of spaces and line breaks as one space. */
export const normalized = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A line across the page as printed: a title or note too long for one line is written on several
 * merged rows, kept together (ReportSheet.line); their texts joined by a space.
 */
export function lineText(layout: SheetLayout, row: number): string {
  const run = (layout.print?.keepTogether ?? []).find(([first]) => first === row);
  const merged = (r: number) => layout.merges.some((m) => parseA1(m).row === r);
  let last = row;
  if (run) while (last < run[1] && merged(last + 1)) last += 1;
  return layout.values
    .slice(row - 1, last)
    .map((values) => String(values[0] ?? ''))
    .join(' ');
}
