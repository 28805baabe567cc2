/**
 * A Word document as the structurer's input: rows of cells as a paste of it would give them, but read
 * from what the file is. Text outside tables: one row a line, tab stops splitting cells as a copy does.
 * A table: one row a table row, a cell's paragraphs its lines, a cell spanning columns followed by
 * empty cells (so the columns stay in line), and a vertically merged cell filled into every row it
 * covers — each fill listed in a note that names the rows.
 */

import type { Finding } from '../problems/finding';
import type { Note } from '../problems/structure-note';
import type { WordBlock, WordTable } from './word-document';

/** The rows, and a note for each merged cell filled into rows below it. */
export interface WordRows {
  readonly rows: string[][];
  readonly notes: Finding<Note>[];
}

interface Fill {
  readonly column: number;
  readonly from: number;
  readonly text: string;
  readonly rows: number[];
}

function tableRows(table: WordTable, firstRow: number, fills: Fill[]): string[][] {
  // The merged cell each grid column is in, while it lasts.
  const open = new Map<number, Fill>();
  return table.rows.map((cells, r) => {
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
        fills.push(fill);
      } else open.delete(column);
      row.push(text);
      for (let i = 1; i < cell.span; i++) row.push('');
    }
    return row;
  });
}

/** The blocks of a Word document as rows of text, with a note for each filled merged cell. */
export function wordRows(blocks: readonly WordBlock[]): WordRows {
  const rows: string[][] = [];
  const fills: Fill[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') rows.push(...tableRows(block, rows.length + 1, fills));
    else for (const line of block.text.split('\n')) rows.push(line.split('\t'));
  }
  const notes = fills
    .filter((f) => f.rows.length > 0)
    .map(
      (f): Finding<Note> => ({
        severity: 'warning',
        row: f.from,
        problem: { code: 'word-merged-cell', column: f.column, from: f.from, rows: f.rows, text: f.text },
      }),
    );
  return { rows, notes };
}
