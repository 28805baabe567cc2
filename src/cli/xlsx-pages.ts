/**
 * Where the .xlsx export breaks a report's pages. Neither Excel nor LibreOffice keeps rows together, so
 * the export reckons the pages itself, from each row's height in the real font's metrics (row-height.ts),
 * and writes every break as a manual one: a run of rows to keep together (a heading with its table's
 * first rows, a project's form, the last rows with the signature) that would straddle a break starts
 * the next page instead, when it fits on one.
 */

export interface PageFrame {
  /** Each row's height in points, index 0 for row 1; a hidden row is 0. */
  readonly heights: readonly number[];
  /** The printable height of a page, in points, at the print scale. */
  readonly pageHeight: number;
  /** The rows repeated at the top of every page after the first, [first, last]; absent for none. */
  readonly repeat?: readonly [number, number];
  readonly keepTogether: readonly (readonly [number, number])[];
}

function heightOf(frame: PageFrame, first: number, last: number): number {
  let sum = 0;
  for (let row = first; row <= last; row++) sum += frame.heights[row - 1] ?? 0;
  return sum;
}

/** Where a page that would end before `row` ends instead: before the start of a run kept together. */
function pulledBack(frame: PageFrame, row: number, pageStart: number, room: number): number {
  let start = row;
  for (let moved = true; moved; ) {
    moved = false;
    for (const [first, last] of frame.keepTogether) {
      if (first < start && last >= start && first > pageStart && heightOf(frame, first, last) <= room) {
        start = first;
        moved = true;
      }
    }
  }
  return start;
}

/** The rows after which a page ends (1-based), in order. */
export function pageBreaks(frame: PageFrame): number[] {
  const rows = frame.heights.length;
  const [repeatFirst, repeatLast] = frame.repeat ?? [0, -1];
  const repeatHeight = frame.repeat ? heightOf(frame, repeatFirst, repeatLast) : 0;
  const breaks: number[] = [];
  let pageStart = 1;
  let used = 0;
  for (let row = 1; row <= rows; row++) {
    const room = frame.pageHeight - (breaks.length > 0 && pageStart > repeatLast ? repeatHeight : 0);
    const height = frame.heights[row - 1] ?? 0;
    if (height === 0 || used + height <= room || row === pageStart) {
      used += height;
      continue;
    }
    const start = pulledBack(frame, row, pageStart, frame.pageHeight - repeatHeight);
    breaks.push(start - 1);
    pageStart = start;
    used = heightOf(frame, start, row);
  }
  return breaks;
}
