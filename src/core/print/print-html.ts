/**
 * The print view: a report model as ONE self-contained HTML document, laid out in pages by the
 * browser (print-css.ts). A pure function: every text is escaped (a `<script>` in a record is text),
 * written in Thai digits when asked, and a list is one item a line.
 */

import { escapeHtml } from '../html/escape-html';
import {
  cellOf,
  type ModelBlock,
  type ModelForm,
  type ModelLines,
  type ModelRow,
  type ModelTable,
  type ReportModel,
} from '../reports/report-model';
import { toThaiDigitsInText } from '../thai/digits';
import { lineMarker } from '../thai/numbered-list';
import { chartSvg } from './chart-svg';
import { columnShares, printedLength } from './column-shares';
import { LINE_CHARS, printCss } from './print-css';

type Text = (value: string) => string;

/** A form's value of at most this many characters follows its label on the label's line. */
const INLINE_VALUE_CHARS = 40;

/** A cell's text one line a `div`: a list item that wraps hangs under its own text, not its number. */
function linesHtml(value: string, text: Text): string {
  const lines = value.split('\n').filter((line, _, all) => line.trim() !== '' || all.length === 1);
  if (lines.length === 1 && lineMarker(lines[0] ?? '') === undefined) return text(lines[0] ?? '');
  return lines.map((line) => `<div class="line">${text(line)}</div>`).join('');
}

function rowHtml(table: ModelTable, row: ModelRow, first: boolean, text: Text): string {
  const classes = [row.kind ?? 'record', ...(first ? ['first'] : [])].join(' ');
  const cells: string[] = [];
  for (let c = 0; c < table.columns.length; c++) {
    const cell = cellOf(row.cells[c] ?? '');
    const role = table.columns[c]?.role ?? 'text';
    const spans = row.span !== undefined && row.span[0] === c ? row.span[1] : 1;
    const tone = cell.tone && cell.text !== '' ? ` ${cell.tone}` : '';
    const colspan = spans > 1 ? ` colspan="${spans}"` : '';
    cells.push(
      `<td class="${spans > 1 ? 'text' : role}${tone}"${colspan}>${linesHtml(cell.text, text)}</td>`,
    );
    c += spans - 1;
  }
  return `<tr class="${classes}">${cells.join('')}</tr>`;
}

/**
 * A table; `closing` (the summary and the signature), when given, is its last row, kept with the row
 * above it: so the last record, the summary and the signature share a page, under the table's header.
 */
function tableHtml(table: ModelTable, lineChars: number, text: Text, closing = ''): string {
  const texts = table.columns.map((_, c) =>
    table.rows.filter((row) => row.span === undefined).map((row) => cellOf(row.cells[c] ?? '').text),
  );
  const shares = columnShares(table.columns, texts, lineChars);
  const cols = shares.map((share) => `<col style="width:${(share * 100).toFixed(2)}%">`).join('');
  // A label's own line breaks are kept: a narrow column's label in the lines the model chose.
  const head = table.columns
    .map((column) => `<th>${column.label.split('\n').map(text).join('<br>')}</th>`)
    .join('');
  const rows = table.rows.map((row, i) => rowHtml(table, row, i === 0, text));
  if (closing !== '')
    rows.push(`<tr class="closing"><td colspan="${table.columns.length}">${closing}</td></tr>`);
  const body = rows.join('');
  return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * A form: its head (repeated on a page it continues on, the browser's table header), then each field,
 * its label on a line and its value under it, across the page's width.
 */
function formHtml(form: ModelForm, text: Text): string {
  const rows = form.fields
    .map((field) =>
      // A short value of one line follows its label on the same line, as a typed form writes it.
      !field.value.includes('\n') && printedLength(field.value) <= INLINE_VALUE_CHARS
        ? `<tr><td><span class="label">${text(field.label)}</span> ${text(field.value)}</td></tr>`
        : `<tr><td><div class="label">${text(field.label)}</div><div class="value">${linesHtml(field.value, text)}</div></td></tr>`,
    )
    .join('');
  return `<table class="form"><thead><tr><th>${text(form.title)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function linesBlockHtml(block: ModelLines, text: Text): string {
  const rows = block.lines
    .map(
      (line) => `<tr><td class="label">${text(line.label)}</td><td>${linesHtml(line.value, text)}</td></tr>`,
    )
    .join('');
  return `<table class="lines"><tbody>${rows}</tbody></table>`;
}

function blockHtml(block: ModelBlock, lineChars: number, text: Text): string {
  switch (block.kind) {
    case 'table':
      return tableHtml(block, lineChars, text);
    case 'form':
      return formHtml(block, text);
    case 'heading':
      return `<h2>${text(block.text)}</h2>`;
    case 'notes':
      return `<div class="notes">${block.lines.map((line) => `<p>${text(line)}</p>`).join('')}</div>`;
    case 'lines':
      return linesBlockHtml(block, text);
    case 'chart':
      return `<figure class="chart">${chartSvg(block, text)}</figure>`;
  }
}

/** What `fontCss` holds: the rules themselves, or them in a `<style>` element (dist/print-font.html). */
function fontRules(fontCss: string): string {
  return fontCss
    .trim()
    .replace(/^<style[^>]*>/i, '')
    .replace(/<\/style>$/i, '')
    .replace(/<\/style/gi, '');
}

/**
 * The print view of a report model: one HTML document, with `fontCss` (the @font-face rules of the
 * embedded Sarabun, see src/cli/print-font.ts) in its head.
 */
export function modelPrintHtml(model: ReportModel, fontCss: string): string {
  const text: Text = (value) => escapeHtml(model.thaiDigits ? toThaiDigitsInText(value) : value);
  const lineChars = model.landscape ? LINE_CHARS.landscape : LINE_CHARS.portrait;
  const titles = [
    ...model.titles.map((line) => `<p class="title">${text(line)}</p>`),
    `<p class="organization">${text(model.organization)}</p>`,
    ...(model.subtitles ?? []).map((line) => `<p class="subtitle">${text(line)}</p>`),
  ].join('');
  // The last lines block (a summary) goes with the signature, and both with the last table's last
  // row when the table ends the report: no page holds the signature alone.
  const blocks = [...model.blocks];
  const last = blocks[blocks.length - 1];
  const closingLines = model.signature && last?.kind === 'lines' ? blocks.pop() : undefined;
  const signature = model.signature
    ? `<div class="signature">${model.signature.map((line) => `<p>${text(line)}</p>`).join('')}</div>`
    : '';
  const closing = `${closingLines ? blockHtml(closingLines, lineChars, text) : ''}${signature}`;
  const end = blocks[blocks.length - 1];
  const inTable = closing !== '' && end?.kind === 'table';
  const body = blocks
    .map((block, i) =>
      inTable && i === blocks.length - 1 && block.kind === 'table'
        ? tableHtml(block, lineChars, text, closing)
        : blockHtml(block, lineChars, text),
    )
    .join('\n');
  const after = closing !== '' && !inTable ? `<section class="closing">${closing}</section>` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${text(model.name)}</title>`,
    `<style>${fontRules(fontCss)}</style>`,
    `<style>${printCss({ landscape: model.landscape, thaiDigits: model.thaiDigits })}</style>`,
    '</head>',
    `<body class="${model.kind}">`,
    `<main><header class="titles">${titles}</header>`,
    body,
    after,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
