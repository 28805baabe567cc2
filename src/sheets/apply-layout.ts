/**
 * Writes a layout to a tab with a fixed number of service calls whatever its row count: one
 * setValues for the block, one RangeList call per style property, one call per merge region, width
 * run, validation rule, chart and metadata key. Never a call per cell or per row.
 */

import { parseA1 } from '../core/layout/a1';
import type { CellStyle, SheetLayout } from '../core/layout/sheet-layout';
import { toCellValue } from './cell-value';
import { META, writeMetadata } from './metadata';
import { ensureSheetSize } from './sheet-size';
import type { RangeListApi, SheetApi, SheetsServices } from './spreadsheet-api';

type Setter = (list: RangeListApi) => void;

/** The RangeList calls a style makes: one per property it sets. */
function styleSetters(style: CellStyle): Setter[] {
  const setters: Setter[] = [];
  const {
    fontFamily,
    fontSize,
    bold,
    fontColor,
    background,
    wrap,
    horizontalAlignment,
    verticalAlignment,
    numberFormat,
    border,
    joinedDown,
  } = style;
  if (fontFamily !== undefined) setters.push((l) => l.setFontFamily(fontFamily));
  if (fontSize !== undefined) setters.push((l) => l.setFontSize(fontSize));
  if (bold !== undefined) setters.push((l) => l.setFontWeight(bold ? 'bold' : 'normal'));
  if (fontColor !== undefined) setters.push((l) => l.setFontColor(fontColor));
  if (background !== undefined) setters.push((l) => l.setBackground(background));
  if (wrap !== undefined) setters.push((l) => l.setWrap(wrap));
  if (horizontalAlignment !== undefined) setters.push((l) => l.setHorizontalAlignment(horizontalAlignment));
  if (verticalAlignment !== undefined) setters.push((l) => l.setVerticalAlignment(verticalAlignment));
  if (numberFormat !== undefined) setters.push((l) => l.setNumberFormat(numberFormat));
  if (border) setters.push((l) => l.setBorder(true, true, true, true, true, true));
  if (joinedDown) setters.push((l) => l.setBorder(null, null, null, null, null, false));
  return setters;
}

/** Runs of equal widths: [100, 100, 240] → columns 1–2 at 100, column 3 at 240. */
function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count += 1;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

/** The rows and columns a layout reaches: its block and every range it names. */
function layoutExtent(layout: SheetLayout): { rows: number; columns: number } {
  let rows = layout.values.length;
  // reduce, not Math.max(...rows): spreading 150,000 rows as arguments overflows the stack.
  let columns = layout.values.reduce((most, r) => Math.max(most, r.length), layout.columnWidths.length);
  const names = [
    ...layout.styles.flatMap((s) => s.ranges),
    ...layout.merges,
    ...(layout.validations ?? []).map((v) => v.range),
    ...(layout.charts ?? []).map((c) => c.range),
  ];
  for (const name of names) {
    const at = parseA1(name);
    rows = Math.max(rows, at.row + at.numRows - 1);
    columns = Math.max(columns, at.column + at.numColumns - 1);
  }
  return { rows, columns };
}

/** Writes `layout` to `sheet`, which must be empty (a tab the add-in has just inserted). */
export function applyLayout(sheet: SheetApi, layout: SheetLayout, services: SheetsServices): void {
  // A new tab is 1000 rows × 26 columns; a report of many records reaches further.
  const extent = layoutExtent(layout);
  ensureSheetSize(sheet, extent.rows, extent.columns);
  const rows = layout.values.length;
  const columns = layout.values.reduce((most, r) => Math.max(most, r.length), 0);
  if (rows > 0 && columns > 0) {
    const block = layout.values.map((r) =>
      Array.from({ length: columns }, (_, c) => toCellValue(r[c] ?? null)),
    );
    sheet.getRange(1, 1, rows, columns).setValues(block);
    if (layout.notes && Object.keys(layout.notes).length > 0) {
      const notes: (string | null)[][] = block.map(() => Array.from({ length: columns }, () => null));
      const range = sheet.getRange(1, 1, rows, columns);
      for (const [cell, note] of Object.entries(layout.notes)) {
        const at = parseA1(cell);
        const row = notes[at.row - 1];
        if (row && at.column <= columns) row[at.column - 1] = note;
      }
      range.setNotes(notes);
    }
  }
  for (const { style, ranges } of layout.styles) {
    if (ranges.length === 0) continue;
    const list = sheet.getRangeList([...ranges]);
    for (const set of styleSetters(style)) set(list);
  }
  for (const merge of layout.merges) sheet.getRange(merge).merge();
  for (const run of widthRuns(layout.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  for (const validation of layout.validations ?? []) {
    const builder = services
      .newDataValidation()
      .requireValueInList([...validation.values], true)
      .setAllowInvalid(true);
    const rule = (validation.help ? builder.setHelpText(validation.help) : builder).build();
    sheet.getRange(validation.range).setDataValidation(rule);
  }
  for (const chart of layout.charts ?? []) {
    const builder = sheet
      .newChart()
      .setChartType(services.barChartType)
      .addRange(sheet.getRange(chart.range))
      .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'bottom' })
      // The report leaves about 20 rows of 21 px below the anchor for the chart.
      .setOption('width', 640)
      .setOption('height', 400);
    const axis = chart.minValue !== undefined || chart.maxValue !== undefined;
    sheet.insertChart(
      (axis
        ? builder.setOption('hAxis', { viewWindow: { min: chart.minValue, max: chart.maxValue } })
        : builder
      ).build(),
    );
  }
  for (const [key, value] of Object.entries(layout.metadata)) sheet.addDeveloperMetadata(key, value);
  if (layout.print) writeMetadata(sheet, META.print, JSON.stringify(layout.print));
  if (layout.protection) sheet.protect().setWarningOnly(true).setDescription(layout.protection.description);
}
