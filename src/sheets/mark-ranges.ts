/**
 * The cells validation marks, kept in a tab's developer metadata so the next run clears them and
 * nothing else. Sheets holds 30,000 characters of metadata a sheet, so the list is kept short: cells
 * one under another in a column become one range ("C2:C40"), and past a budget the rest of the cells
 * are not filled (their problems are still listed and noted).
 */

import { a1Range, parseA1 } from '../core/layout/a1';

/** The cells as A1 ranges: each column's runs of consecutive rows joined, in the order first seen. */
export function joinedRanges(cells: readonly string[]): string[] {
  const columns = new Map<number, number[]>();
  for (const cell of cells) {
    const { row, column } = parseA1(cell);
    const rows = columns.get(column) ?? [];
    rows.push(row);
    columns.set(column, rows);
  }
  const ranges: string[] = [];
  for (const [column, rows] of columns) {
    const [first, ...rest] = [...new Set(rows)].sort((a, b) => a - b);
    if (first === undefined) continue;
    let start = first;
    let last = first;
    for (const row of rest) {
      if (row !== last + 1) {
        ranges.push(a1Range(start, column, last, column));
        start = row;
      }
      last = row;
    }
    ranges.push(a1Range(start, column, last, column));
  }
  return ranges;
}

/** The leading ranges whose JSON list stays within `budget` characters. */
export function withinBudget(ranges: readonly string[], budget: number): string[] {
  const kept: string[] = [];
  let size = 2;
  for (const range of ranges) {
    size += range.length + 3;
    if (size > budget) break;
    kept.push(range);
  }
  return kept;
}
