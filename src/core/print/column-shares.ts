/**
 * A printed table's column widths from its content: each column's share of the page weighted by how
 * much text it holds, never narrower than its longest word (a label is never broken mid-word) nor
 * than a narrow floor, and a free-text column never wider than most of the page.
 */

import type { ColumnRole, ModelColumn } from '../reports/report-model';

/** The narrowest a column may be, in characters. */
const FLOOR_CHARS = 3;
/** A header's label is at least this wide (ลำดับที่ on one line, a longer label broken between words). */
const LABEL_WORD = 8;
/** A number column's label is at least this wide (ลำดับ / ที่). */
const NUMBER_LABEL_WORD = 5;
/** A cell of no more characters than this is a phrase, kept on one line when the column holds only such. */
const SHORT_PHRASE = 12;
/** The header row is printed on every page the table continues: its height counts this many times. */
const HEADER_WEIGHT = 3;
/** A word of Latin letters or digits is never broken; a longer one than this still is. */
const LONGEST_WORD_CHARS = 14;
/**
 * Thai runs without spaces and the browser breaks it between words (its dictionary): a column of Thai
 * needs room for a short word only.
 */
const THAI_WORD_CHARS = 7;

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
  return text.split(/[\s/]+/).reduce((most, word) => {
    const unbroken = word.match(/[^\u0e00-\u0e7f]+/g) ?? [];
    const latin = unbroken.reduce((m, run) => Math.max(m, printedLength(run)), 0);
    const thai = /[\u0e01-\u0e4f]/.test(word) ? THAI_WORD_CHARS : 0;
    return Math.max(most, Math.min(LONGEST_WORD_CHARS, Math.max(latin, thai)));
  }, 0);
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
    const longest = texts.reduce((m, t) => Math.max(m, longestLine(t)), 0);
    // A number, score or amount is never wrapped: its column is as wide as the longest.
    const whole = NEVER_WRAPPED.has(column.role) ? longest : 0;
    const word = texts.reduce((m, t) => Math.max(m, longestWord(t)), 0);
    // The header's label in at most three lines; a short value, a list's item (a unit) or a column of
    // short phrases (อยู่ระหว่างดำเนินการ) on one line.
    // A number's label (ลำดับที่) may break between its words; an empty column's label in four lines.
    const empty = texts.every((t) => t.trim() === '');
    const labelWord = column.role === 'number' ? NUMBER_LABEL_WORD : LABEL_WORD;
    // A label the model broke into lines itself (a table of many narrow columns) is as wide as its longest.
    const label = column.label.includes('\n')
      ? longestLine(column.label)
      : Math.max(
          Math.min(labelWord, printedLength(column.label)),
          Math.min(10, Math.ceil(printedLength(column.label) / (empty ? 4 : 3))),
        );
    const phrase =
      column.role === 'short' || column.role === 'list' || longest <= SHORT_PHRASE
        ? Math.min(SHORT_PHRASE, longest)
        : 0;
    return Math.max(FLOOR_CHARS, whole, word, label, phrase) + 2;
  });
  // Each cell's lines' lengths, the header's label the first row.
  const rows = Math.max(0, ...cells.map((column) => column.length));
  const lengths = (text: string) => text.split('\n').map(printedLength);
  const table: number[][][] = [
    columns.map((column) => lengths(column.label)),
    ...Array.from({ length: rows }, (_, r) => columns.map((_, c) => lengths(cells[c]?.[r] ?? ''))),
  ];
  const widths = [...floors];
  let room = lineChars - floors.reduce((a, b) => a + b, 0);
  // The room left goes, a few characters at a time, where it shortens the table most.
  const height = (w: readonly number[]) => tableHeight(table, w);
  let current = height(widths);
  while (room >= STEP) {
    let best = -1;
    let bestHeight = current;
    for (let c = 0; c < widths.length; c++) {
      if (NEVER_WRAPPED.has(columns[c]?.role ?? 'text')) continue;
      const trial = [...widths];
      trial[c] = (trial[c] ?? 0) + STEP;
      const h = height(trial);
      if (h < bestHeight) {
        best = c;
        bestHeight = h;
      }
    }
    // No column shortens the table by itself: the text column whose cells wrap most takes it.
    if (best < 0) best = mostWrapped(columns, table, widths);
    if (best < 0) break;
    widths[best] = (widths[best] ?? 0) + STEP;
    current = best >= 0 ? height(widths) : current;
    room -= STEP;
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / sum);
}

/** Characters given at a time. */
const STEP = 2;
/** Wrapped lines are never quite full: a line of width w holds about w / WRAP_WASTE characters. */
const WRAP_WASTE = 1.12;

/** The table's height in lines, each row as tall as its tallest cell. */
function tableHeight(table: readonly (readonly (readonly number[])[])[], widths: readonly number[]): number {
  let total = 0;
  for (const [r, row] of table.entries()) {
    let tallest = 1;
    row.forEach((lines, c) => {
      const width = Math.max(1, (widths[c] ?? 1) - 1);
      let count = 0;
      for (const length of lines) count += Math.max(1, Math.ceil((length * WRAP_WASTE) / width));
      if (count > tallest) tallest = count;
    });
    total += r === 0 ? tallest * HEADER_WEIGHT : tallest;
  }
  return total;
}

/** The text or list column whose cells take the most lines at these widths, or -1. */
function mostWrapped(
  columns: readonly ModelColumn[],
  table: readonly (readonly (readonly number[])[])[],
  widths: readonly number[],
): number {
  let best = -1;
  let most = 0;
  columns.forEach((column, c) => {
    if (column.role !== 'text' && column.role !== 'list') return;
    const width = Math.max(1, (widths[c] ?? 1) - 1);
    let lines = 0;
    for (const row of table.slice(1))
      for (const length of row[c] ?? []) lines += Math.ceil((length * WRAP_WASTE) / width);
    if (best < 0 || lines > most) {
      best = c;
      most = lines;
    }
  });
  return best;
}
