/** A paste as rows of cells and as lines of text, from tab-separated text or a sheet's values. */

import { cleanText } from '../thai/markup';
import { valueText } from '../values/value-text';
import { csvRows } from './csv';
import type { PastedRows } from './structured-document';

/**
 * Splits tab-separated text into rows of cells. A cell that starts with a double quote may hold
 * tabs and line breaks up to its closing quote (`""` is a quote), as Sheets and Excel copy such cells.
 */
export function parsePastedText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell = '';
    if (text[i] === '"') {
      const close = findClosingQuote(text, i + 1);
      if (close >= 0 && (close + 1 === n || '\t\r\n'.includes(text[close + 1]!))) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
      }
    }
    const end = nextBreak(text, i);
    cell += text.slice(i, end);
    row.push(cell);
    if (end >= n) {
      rows.push(row);
      break;
    }
    if (text[end] === '\t') {
      i = end + 1;
      continue;
    }
    rows.push(row);
    row = [];
    i = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    if (i === n) break;
  }
  return rows;
}

function findClosingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    if (text[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    return q;
  }
  return -1;
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\t' || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/** The text of one cell as Sheets hands it: a number, a date, a boolean or text, cleaned of markup. */
export function cellText(value: unknown): string {
  return typeof value === 'string' ? cleanText(value) : valueText(value);
}

/**
 * A paste as rows: tab-separated (or a CSV export's comma-separated) text is split, a sheet's values are taken as they are — copied with
 * Array.from, since a script's sparse row (a cell set past its end) has holes that map skips.
 */
export function pastedRows(input: string | PastedRows): PastedRows {
  return typeof input === 'string'
    ? (csvRows(input) ?? parsePastedText(input))
    : Array.from(input, (row) => Array.from(row ?? []));
}

/** One line of a paste read as running text, with the source row it came from (1-based). */
export interface SourceLine {
  readonly text: string;
  readonly row: number;
}

/**
 * A paste as lines of text: each row's non-empty cells joined by a space, each line of a multi-line
 * cell its own line. For documents that are not tables (the action plan's forms, the analysis memo).
 */
export function pastedLines(input: string | PastedRows): SourceLine[] {
  const lines: SourceLine[] = [];
  pastedRows(input).forEach((cells, r) => {
    const text = cells
      .map(cellText)
      .filter((c) => c !== '')
      .join(' ');
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed !== '') lines.push({ text: trimmed, row: r + 1 });
    }
  });
  return lines;
}
