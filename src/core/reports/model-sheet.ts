/**
 * A report tab laid out from a report model (the report's renderer (a); the print view is (b)):
 * the title lines, then each block as rows, the signature last. Used by the kinds whose tab is made
 * from the model (the measures document).
 */

import type { SheetLayout } from '../layout/sheet-layout';
import { fittedWidths } from './column-widths';
import { A4_LANDSCAPE_WIDTH_PX } from './report-options';
import { type ColumnRole, cellOf, type ModelBlock, type ModelTable, type ReportModel } from './report-model';
import { ReportSheet } from './report-sheet';

/** A column's usual width by what it holds, before the widths are fitted to the text. */
const USUAL_PX: Readonly<Record<ColumnRole, number>> = {
  number: 55,
  short: 120,
  score: 90,
  amount: 130,
  text: 220,
  list: 220,
};

/** The tab's columns: the widest table's, scaled to the page. */
function tabWidths(model: ReportModel): number[] {
  const tables = model.blocks.filter((b): b is ModelTable => b.kind === 'table');
  const widest = tables.reduce<ModelTable | undefined>(
    (most, t) => (most === undefined || t.columns.length > most.columns.length ? t : most),
    undefined,
  );
  if (!widest) return [A4_LANDSCAPE_WIDTH_PX];
  const usual = widest.columns.map((c) => USUAL_PX[c.role]);
  const total = usual.reduce((a, b) => a + b, 0);
  const scaled = usual.map((w) => Math.floor((w * A4_LANDSCAPE_WIDTH_PX) / total));
  const texts = widest.columns.map((_, c) => widest.rows.map((row) => cellOf(row.cells[c] ?? '').text));
  return fittedWidths(
    scaled,
    texts,
    widest.columns.map((c) => c.role === 'text' || c.role === 'list'),
  );
}

function tableRows(sheet: ReportSheet, table: ModelTable): number {
  const headerRow = sheet.headerRow(table.columns.map((c) => c.label));
  for (const row of table.rows) {
    const { first, last } = sheet.addRecord(row.cells.map((cell) => cellOf(cell).text));
    for (let r = first; r <= last; r++) {
      sheet.style('body', r, 1, table.columns.length);
      if (row.kind === 'group') sheet.style('group', r, 1, table.columns.length);
      if (row.kind === 'total') sheet.style('total', r, 1, table.columns.length);
      table.columns.forEach((column, c) => {
        if (column.role === 'number' || column.role === 'short' || column.role === 'score')
          sheet.style('center', r, c + 1);
        const tone = cellOf(row.cells[c] ?? '').tone;
        if (tone) sheet.style(tone, r, c + 1);
      });
    }
  }
  return headerRow;
}

function blockRows(sheet: ReportSheet, block: ModelBlock): number | undefined {
  switch (block.kind) {
    case 'table':
      return tableRows(sheet, block);
    case 'heading':
      sheet.heading(block.text);
      return undefined;
    case 'notes':
      for (const line of block.lines) sheet.line(line, 'note');
      return undefined;
    case 'lines':
      for (const line of block.lines) {
        const row = sheet.add(['', line.label, line.value].slice(0, Math.max(1, sheet.columns)));
        sheet.style('label', row, Math.min(2, sheet.columns));
      }
      return undefined;
    case 'form':
      sheet.line(block.title, 'heading');
      for (const field of block.fields) sheet.add([field.label, field.value].slice(0, sheet.columns));
      return undefined;
    case 'chart':
      // A chart is drawn in the print view; the tab has the table of its figures already.
      return undefined;
  }
}

/** The signature block in the last two columns, two rows below the last, kept with the rows above. */
function signatureRows(sheet: ReportSheet, lines: readonly string[]): void {
  const column = Math.max(1, sheet.columns - 1);
  const from = Math.max(1, sheet.lastRow - 1);
  sheet.add();
  sheet.add();
  for (const line of lines) {
    const row = sheet.add([...Array<string>(column - 1).fill(''), line]);
    if (column < sheet.columns) sheet.merge(row, column, row, sheet.columns);
    sheet.style('signature', row, column, sheet.columns);
  }
  sheet.keep(from, sheet.lastRow);
}

/** The report tab of a model. */
export function modelSheet(model: ReportModel): SheetLayout {
  const widths = tabWidths(model);
  const sheet = new ReportSheet(widths.length, widths);
  for (const title of model.titles) sheet.line(title, 'title');
  sheet.line(model.organization, 'title');
  for (const line of model.subtitles ?? []) sheet.line(line, 'title');
  sheet.add();
  let headerRow = 0;
  let tables = 0;
  for (const block of model.blocks) {
    const row = blockRows(sheet, block);
    if (row !== undefined) {
      tables += 1;
      if (headerRow === 0) headerRow = row;
    }
  }
  if (model.signature) signatureRows(sheet, model.signature);
  return sheet.build({
    kind: model.kind,
    name: model.name,
    thaiDigits: model.thaiDigits,
    columnWidths: widths,
    headerRow,
    repeatHeader: tables === 1,
  });
}
