/**
 * A printed table's column widths from its content: each column's share of the page weighted by how
 * much text it holds, never narrower than its longest word (a label is never broken mid-word) nor
 * than a narrow floor, and a free-text column never wider than most of the page.
 */

import type { ColumnRole, ModelColumn } from '../reports/report-model';

/** The narrowest a column may be, in characters. */
const FLOOR_CHARS = 3;
/** The widest share one column may take. */
const CEILING_SHARE = 0.55;
/** Thai words run without spaces; a long unbroken run still breaks, so a "word" counts up to this. */
const LONGEST_WORD_CHARS = 14;

/** Characters that take no room of their own: Thai vowels and tone marks above and below the line. */
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/** How many characters wide a text prints (combining marks take no width). */
export function printedLength(text: string): number {
  return text.replace(COMBINING, '').length;
}

function longestLine(text: string): number {
  return text.split('\n').reduce((most, line) => Math.max(most, printedLength(line)), 0);
}

function longestWord(text: string): number {
  return text
    .split(/[\s/]+/)
    .reduce((most, word) => Math.max(most, Math.min(LONGEST_WORD_CHARS, printedLength(word))), 0);
}

const NEVER_WRAPPED: ReadonlySet<ColumnRole> = new Set(['amount', 'score', 'number']);

/**
 * The columns' widths as shares of the table's width (they add up to 1), from the header labels and
 * each column's cells (`cells[c]`), for a line of `lineChars` characters.
 */
export function columnShares(
  columns: readonly ModelColumn[],
  cells: readonly (readonly string[])[],
  lineChars: number,
): number[] {
  const floors = columns.map((column, c) => {
    const texts = cells[c] ?? [];
    // A number, score or amount is never wrapped: its column is as wide as the longest.
    const whole = NEVER_WRAPPED.has(column.role) ? texts.reduce((m, t) => Math.max(m, longestLine(t)), 0) : 0;
    const word = Math.max(longestWord(column.label), ...texts.map(longestWord));
    return Math.max(FLOOR_CHARS, whole, word) + 1;
  });
  const demand = columns.map((column, c) => {
    const texts = cells[c] ?? [];
    if (NEVER_WRAPPED.has(column.role)) return 0;
    // The text's area: a column of long paragraphs takes more than a column of short cells.
    const total = texts.reduce((sum, text) => sum + printedLength(text), 0);
    return Math.sqrt(total * Math.max(1, ...texts.map(longestLine)));
  });
  const floorTotal = floors.reduce((a, b) => a + b, 0);
  const room = Math.max(0, lineChars - floorTotal);
  const demandTotal = demand.reduce((a, b) => a + b, 0);
  const widths = floors.map((floor, c) =>
    demandTotal === 0 ? floor + room / columns.length : floor + (room * (demand[c] ?? 0)) / demandTotal,
  );
  // No column wider than the ceiling: what it gives up goes to the others by their demand.
  const ceiling = CEILING_SHARE * Math.max(lineChars, floorTotal);
  const over = widths.reduce((sum, w) => sum + Math.max(0, w - ceiling), 0);
  const capped = widths.map((w) => Math.min(w, ceiling));
  const others = capped.reduce((sum, w, c) => (w < ceiling ? sum + (demand[c] ?? 0) + 1 : sum), 0);
  const spread = capped.map((w, c) =>
    w < ceiling && others > 0 ? w + (over * ((demand[c] ?? 0) + 1)) / others : w,
  );
  const sum = spread.reduce((a, b) => a + b, 0);
  return spread.map((w) => w / sum);
}
