/**
 * Sheet.insertRowsAfter and insertColumnsAfter for the memory workbook: the only way a sheet grows, as in
 * Sheets. Everything past the insertion point moves with its rows or columns: cells, merges, widths,
 * frozen rows, charts' anchors and the chart ranges that point at the sheet. A block that spans the
 * insertion point grows.
 *
 * Not followed: formula text is kept as written (Sheets rewrites =SUM(B3:B9) to =SUM(B3:B10); nothing here
 * evaluates formulas, so nothing reads the difference).
 */

import type { ValidationRule } from './cell';
import { chartRangeParts, qualified } from './chart-builder';
import type { Grid } from './grid';
import { isA1, parseRegion, type Region, regionA1 } from './region';
import type { ChartState, SheetState } from './sheet-state';
import { sameSheetName } from './workbook-state';

/** Which way the sheet grows. */
export type Dimension = 'rows' | 'columns';

/** The part of a block along one dimension: where it starts and how many rows or columns it covers. */
interface Span {
  readonly start: number;
  readonly size: number;
}

function spanOf(region: Region, dimension: Dimension): Span {
  return dimension === 'rows'
    ? { start: region.row, size: region.numRows }
    : { start: region.column, size: region.numColumns };
}

function withSpan(region: Region, dimension: Dimension, span: Span): Region {
  return dimension === 'rows'
    ? { ...region, row: span.start, numRows: span.size }
    : { ...region, column: span.start, numColumns: span.size };
}

/** A position after the insertion point moves on; one at or before it stays. */
function shiftPosition(position: number, after: number, howMany: number): number {
  return position > after ? position + howMany : position;
}

/** The block after the insertion: moved when wholly past it, grown when it spans it. */
export function shiftRegion(region: Region, dimension: Dimension, after: number, howMany: number): Region {
  const { start, size } = spanOf(region, dimension);
  const first = shiftPosition(start, after, howMany);
  const last = shiftPosition(start + size - 1, after, howMany);
  return withSpan(region, dimension, { start: first, size: last - first + 1 });
}

/** Two dropdown rules alike: the same object on cells of one setDataValidation, equal ones after a load. */
function sameRule(a: ValidationRule, b: ValidationRule): boolean {
  return (
    a === b ||
    (a.showDropdown === b.showDropdown &&
      a.allowInvalid === b.allowInvalid &&
      a.helpText === b.helpText &&
      a.values.length === b.values.length &&
      a.values.every((value, i) => value === b.values[i]))
  );
}

/** Sheets' checks, made inside the counted call as Sheets makes them. */
function assertInsertion(grid: Grid, dimension: Dimension, after: number, howMany: number): void {
  for (const n of [after, howMany]) {
    if (!Number.isInteger(n)) throw new Error(`Cannot convert '${n}' to int.`);
  }
  const max = dimension === 'rows' ? grid.maxRows : grid.maxColumns;
  // Sheets lets a script insert after the last row or column (that is how a sheet is made longer), not
  // before the first: that is insertRowsBefore. A count below 1 gets the same words (not checked against
  // Sheets, which may word it differently).
  if (after < 1 || after > max || howMany < 1) throw new Error(`Those ${dimension} are out of bounds.`);
}

/**
 * What the new rows or columns start with. Sheets' insert "after" extends the row or column before it
 * (InsertDimensionRequest.inheritFromBefore): its formats and, for columns, its width. Values and notes
 * are not carried. A dropdown is kept only where the cells on both sides carry the same rule, as a rule
 * over a block that spans the insertion point grows in Sheets (a rule that ends at the row before is
 * assumed not to grow; not checked against Sheets).
 */
function fillInserted(sheet: SheetState, dimension: Dimension, after: number, howMany: number): void {
  const { grid } = sheet;
  const across = dimension === 'rows' ? grid.maxColumns : grid.maxRows;
  const at = (along: number, other: number): [number, number] =>
    dimension === 'rows' ? [along, other] : [other, along];
  for (let other = 1; other <= across; other++) {
    const before = grid.peek(...at(after, other));
    const next = grid.peek(...at(after + howMany + 1, other));
    const format = before?.format;
    const rule: ValidationRule | undefined =
      before?.validation && next?.validation && sameRule(before.validation, next.validation)
        ? before.validation
        : undefined;
    if (!format && !rule) continue;
    for (let along = after + 1; along <= after + howMany; along++) {
      const cell = grid.touch(...at(along, other));
      // A copy: a later format edit on the old row must not reach the new ones.
      if (format) cell.format = structuredClone(format);
      if (rule) cell.validation = rule;
    }
  }
}

function shiftWidths(widths: Map<number, number>, after: number, howMany: number): void {
  const right = [...widths].filter(([column]) => column > after);
  for (const [column] of right) widths.delete(column);
  for (const [column, width] of right) widths.set(column + howMany, width);
  const inherited = widths.get(after);
  if (inherited === undefined) return;
  for (let column = after + 1; column <= after + howMany; column++) widths.set(column, inherited);
}

/** The chart ranges that point at the target sheet, moved with it; the anchor too when the chart is on it. */
function shiftChart(
  chart: ChartState,
  chartSheet: SheetState,
  target: SheetState,
  dimension: Dimension,
  after: number,
  howMany: number,
): ChartState {
  const ranges = chart.ranges.map((range) => {
    const { sheetName, a1 } = chartRangeParts(range);
    const onTarget = sheetName === undefined ? chartSheet === target : sameSheetName(sheetName, target.name);
    // A range that is not A1 came from a hand-written file; it is kept as it was.
    if (!onTarget || !isA1(a1)) return range;
    const moved = regionA1(shiftRegion(parseRegion(a1), dimension, after, howMany));
    return sheetName === undefined ? moved : qualified(sheetName, moved);
  });
  const { position } = chart;
  const anchored =
    position && chartSheet === target
      ? dimension === 'rows'
        ? { ...position, anchorRow: shiftPosition(position.anchorRow, after, howMany) }
        : { ...position, anchorColumn: shiftPosition(position.anchorColumn, after, howMany) }
      : position;
  return {
    ...(chart.type === undefined ? {} : { type: chart.type }),
    ranges,
    ...(anchored === undefined ? {} : { position: anchored }),
    options: chart.options,
  };
}

/**
 * Inserts howMany rows or columns after position `after` of the sheet, as Sheet.insertRowsAfter and
 * insertColumnsAfter do; workbookSheets are every sheet, whose charts may point at this one.
 */
export function insertAfter(
  sheet: SheetState,
  dimension: Dimension,
  after: number,
  howMany: number,
  workbookSheets: readonly SheetState[],
): void {
  assertInsertion(sheet.grid, dimension, after, howMany);
  if (dimension === 'rows') sheet.grid.insertRows(after, howMany);
  else sheet.grid.insertColumns(after, howMany);
  fillInserted(sheet, dimension, after, howMany);
  sheet.merges = sheet.merges.map((m) => shiftRegion(m, dimension, after, howMany));
  if (dimension === 'rows') {
    // Rows inserted above the last frozen row are frozen with it; rows inserted right below it are
    // assumed to stay unfrozen, like a merge that ends there (not checked against Sheets).
    sheet.frozenRows = shiftPosition(sheet.frozenRows, after, howMany);
  } else {
    shiftWidths(sheet.columnWidths, after, howMany);
  }
  for (const chartSheet of workbookSheets) {
    chartSheet.charts = chartSheet.charts.map((chart) =>
      shiftChart(chart, chartSheet, sheet, dimension, after, howMany),
    );
  }
}
