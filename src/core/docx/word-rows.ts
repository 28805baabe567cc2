/**
 * A Word document as the structurer's input: rows of cells as a paste of it would give them, but read
 * from what the file is. Text outside tables: one row a line, tab stops splitting cells as a copy does.
 * A table: one row a table row, a cell's paragraphs its lines, a cell spanning columns followed by
 * empty cells (so the columns stay in line), and a vertically merged cell filled into every row it
 * covers — each fill listed, so that a note can name the rows.
 */

import type { Finding } from '../problems/finding';
import type { Note } from '../problems/structure-note';
import type { WordBlock, WordTable } from './word-document';

/** A merged cell's text filled into the rows below its own (1-based rows and column of `rows`). */
export interface WordFill {
  readonly column: number;
  readonly from: number;
  readonly text: string;
  readonly rows: readonly number[];
  /** The rows of its table (1-based, first and last). */
  readonly table: { readonly first: number; readonly last: number };
}

/** The rows, and each merged cell filled into rows below it. */
export interface WordRows {
  readonly rows: string[][];
  readonly fills: readonly WordFill[];
}

interface OpenFill {
  readonly column: number;
  readonly from: number;
  readonly text: string;
  readonly rows: number[];
}

function tableRows(table: WordTable, firstRow: number, fills: WordFill[]): string[][] {
  // The merged cell each grid column is in, while it lasts.
  const open = new Map<number, OpenFill>();
  const started: OpenFill[] = [];
  const rows = table.rows.map((cells, r) => {
    const rowNumber = firstRow + r;
    const row: string[] = [];
    for (const cell of cells) {
      const column = row.length;
      let text = cell.lines.join('\n');
      if (cell.merge === 'continue') {
        const fill = open.get(column);
        if (fill && fill.text.trim() !== '') {
          text = fill.text;
          fill.rows.push(rowNumber);
        }
      } else if (cell.merge === 'restart') {
        const fill = { column: column + 1, from: rowNumber, text, rows: [] };
        open.set(column, fill);
        started.push(fill);
      } else open.delete(column);
      row.push(text);
      for (let i = 1; i < cell.span; i++) row.push('');
    }
    return row;
  });
  const range = { first: firstRow, last: firstRow + rows.length - 1 };
  for (const fill of started) if (fill.rows.length > 0) fills.push({ ...fill, table: range });
  return rows;
}

/** The blocks of a Word document as rows of text, with each filled merged cell. */
export function wordRows(blocks: readonly WordBlock[]): WordRows {
  const rows: string[][] = [];
  const fills: WordFill[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') rows.push(...tableRows(block, rows.length + 1, fills));
    else for (const line of block.text.split('\n')) rows.push(line.split('\t'));
  }
  return { rows, fills };
}

/** A warning for each filled merged cell, naming its column and the rows it was filled into. */
export function fillNotes(fills: readonly WordFill[]): Finding<Note>[] {
  return fills.map((f) => ({
    severity: 'warning',
    row: f.from,
    problem: { code: 'word-merged-cell', column: f.column, from: f.from, rows: f.rows, text: f.text },
  }));
}
