/**
 * Builds a report's SheetLayout row by row. Styles are collected by kind of cell and adjoining
 * ranges are joined, so a report has one StyledRanges per kind however many rows it has; digits are
 * written the Thai way at the end, over the whole block.
 */

import { a1Range } from '../layout/a1';
import { fitCell } from '../layout/cell-limit';
import type { BarChart, CellStyle, LayoutValue, SheetLayout, StyledRanges } from '../layout/sheet-layout';
import { printedSizePt } from '../layout/text-metrics';
import { decimalToString } from '../numbers/decimal';
import { toThaiDigits, toThaiDigitsInText } from '../thai/digits';
import { oneLinePieces, splitText } from './record-rows';
import type { ReportModelKind } from './report-model';
import {
  BODY_FONT_SIZE,
  REPORT_METADATA_VERSION,
  REPORT_PROTECTION,
  REPORT_STYLES,
  type ReportSigner,
  type ReportStyle,
  signatureLines,
} from './report-options';

/** A score shown to 2 decimals: a number in the sheet, or Thai digits as text. */
export interface ScoreCell {
  readonly kind: 'score';
  readonly hundredths: bigint;
}

/** An amount of baht shown with thousands and satang: a number in the sheet, or Thai digits as text. */
export interface BahtCell {
  readonly kind: 'baht';
  readonly satang: bigint;
}

/** A number a chart plots: it stays a number even with Thai digits, since a chart reads numbers only. */
export interface ChartCell {
  readonly kind: 'chart';
  readonly value: number | null;
}

/** A cell as a report lays it out, before digits are chosen. */
export type ReportCell = LayoutValue | ScoreCell | BahtCell | ChartCell;

/** A score cell from hundredths (7721n → 77.21). */
export const scoreCell = (hundredths: bigint): ScoreCell => ({ kind: 'score', hundredths });
/** An amount cell from satang. */
export const bahtCell = (satang: bigint): BahtCell => ({ kind: 'baht', satang });
/** A number the chart plots; null for a bar that cannot be drawn. */
export const chartCell = (value: number | null): ChartCell => ({ kind: 'chart', value });

interface Box {
  readonly column: number;
  readonly lastColumn: number;
  readonly row: number;
  lastRow: number;
}

const DEFAULT_WIDTH_PX = 100;
/** The most characters the runs kept together take in the print mark. */
const MAX_KEPT_CHARS = 8000;
/** The narrowest the signature block is: its first line at 16 pt is about 300 px. */
const SIGNATURE_WIDTH_PX = 360;

/** Whole digits with a comma every three from the right: 1234567 → 1,234,567. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

function bahtText(satang: bigint): string {
  const sign = satang < 0n ? '-' : '';
  const magnitude = satang < 0n ? -satang : satang;
  return `${sign}${groupThousands((magnitude / 100n).toString())}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/** A cell as written to the sheet, with Thai digits or not, and cut to what a cell holds (cell-limit.ts). */
function finishCell(cell: ReportCell, thai: boolean): LayoutValue {
  if (cell === null || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return thai ? toThaiDigitsInText(fitCell(cell)) : fitCell(cell);
  if (typeof cell === 'number') return thai ? toThaiDigits(String(cell)) : cell;
  switch (cell.kind) {
    case 'score':
      return thai
        ? toThaiDigits(decimalToString({ units: cell.hundredths, scale: 2 }))
        : Number(cell.hundredths) / 100;
    case 'baht':
      return thai ? toThaiDigits(bahtText(cell.satang)) : Number(cell.satang) / 100;
    case 'chart':
      return cell.value;
  }
}

/** What a report says about itself when its sheet is built. */
export interface ReportFrame {
  readonly kind: ReportModelKind;
  readonly name: string;
  readonly thaiDigits: boolean;
  readonly columnWidths: readonly number[];
  /** The table's header row: frozen, and repeated on every printed page when `repeatHeader`. */
  readonly headerRow: number;
  /**
   * False for a report of several tables: a header repeated on every page would stand over tables it
   * does not belong to, so nothing is frozen or repeated.
   */
  readonly repeatHeader: boolean;
  readonly charts?: readonly BarChart[];
  /** The rows that only hold a chart: its heading and the rows it covers. */
  readonly chartRows?: readonly (readonly [number, number])[];
}

/** A report tab under construction: rows added top to bottom, styles and merges beside them. */
export class ReportSheet {
  private readonly rows: ReportCell[][] = [];
  private readonly boxes = new Map<ReportStyle, Box[]>();
  // The last box of each style and column span, so that the next row's cells join it.
  private readonly tails = new Map<string, Box>();
  private readonly mergeRanges: string[] = [];
  private readonly kept: [number, number][] = [];
  // Cells right of the printed columns (a chart's data), by row.
  private readonly asides = new Map<number, Map<number, ReportCell>>();

  /** `widths`: the columns' pixel widths, for the rows that split a tall record (addRecord). */
  constructor(
    readonly columns: number,
    private readonly widths: readonly number[] = [],
  ) {}

  /** The number of the last row added (0 before any). */
  get lastRow(): number {
    return this.rows.length;
  }

  /** Adds a row (short rows are padded with blanks) and returns its 1-based number. */
  add(cells: readonly ReportCell[] = []): number {
    if (cells.length > this.columns) {
      throw new RangeError(`ReportSheet.add: bug: ${cells.length} cells for ${this.columns} columns`);
    }
    const row = [...cells, ...Array<ReportCell>(this.columns - cells.length).fill('')];
    this.rows.push(row);
    const number = this.rows.length;
    row.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object')
        this.style(cell.kind === 'baht' ? 'baht' : 'score', number, i + 1);
    });
    return number;
  }

  /**
   * Adds a record's row, or rows when it is taller than MAX_ROW_LINES: each text cell's lines (a list's
   * items) are shared in order among the rows, the columns shown as one cell down them (joinDown), so
   * the record reads as one row that may run over a page. Returns the first and last row.
   */
  addRecord(cells: readonly ReportCell[]): { first: number; last: number } {
    const chunks = cells.map((cell, i) =>
      typeof cell === 'string' ? splitText(cell, this.widths[i] ?? DEFAULT_WIDTH_PX) : [cell],
    );
    const rows = chunks.reduce((most, parts) => Math.max(most, parts.length), 1);
    const first = this.add(chunks.map((parts) => parts[0] ?? ''));
    for (let k = 1; k < rows; k++) this.add(chunks.map((parts) => parts[k] ?? ''));
    const last = this.lastRow;
    if (last > first)
      for (let column = 1; column <= this.columns; column++) this.joinDown(first, column, last);
    return { first, last };
  }

  /** Gives cells of one row (columns column…lastColumn) a style. */
  style(style: ReportStyle, row: number, column: number, lastColumn = column): void {
    const key = `${style}|${column}|${lastColumn}`;
    const tail = this.tails.get(key);
    if (tail && tail.lastRow + 1 === row) {
      tail.lastRow = row;
      return;
    }
    if (tail && tail.row <= row && row <= tail.lastRow) return;
    const box: Box = { column, lastColumn, row, lastRow: row };
    this.tails.set(key, box);
    const list = this.boxes.get(style);
    if (list) list.push(box);
    else this.boxes.set(style, [box]);
  }

  /** Merges a block of cells; its value is the top left cell's. */
  merge(row: number, column: number, lastRow: number, lastColumn: number): void {
    this.mergeRanges.push(a1Range(row, column, lastRow, lastColumn));
  }

  /**
   * Shows the cells of one column from `row` to `lastRow` as one, its value the top cell's, as a merge
   * would, but at a fixed cost: every such run is written by one call.
   */
  joinDown(row: number, column: number, lastRow: number): void {
    const box: Box = { column, lastColumn: column, row, lastRow };
    const list = this.boxes.get('joined');
    if (list) list.push(box);
    else this.boxes.set('joined', [box]);
  }

  /** Adds a line of text across the whole width (merged), with a style. */
  line(text: string, style: ReportStyle): number {
    const look: CellStyle = { ...REPORT_STYLES.base, ...REPORT_STYLES[style] };
    const width = this.widths.reduce((sum, w) => sum + w, 0);
    const pieces =
      width === 0
        ? [text]
        : oneLinePieces(text, width, printedSizePt(look.fontSize ?? BODY_FONT_SIZE), look.bold === true);
    const first = this.lastRow + 1;
    for (const piece of pieces) {
      const row = this.add([piece]);
      if (this.columns > 1) this.merge(row, 1, row, this.columns);
      this.style(style, row, 1, this.columns);
    }
    if (pieces.length > 1) this.keep(first, this.lastRow);
    return first;
  }

  /** Adds a table's header row, printed on the page of the table's first row. */
  headerRow(labels: readonly string[]): number {
    const row = this.add(labels);
    this.style('header', row, 1, labels.length);
    this.keep(row, row + 1);
    return row;
  }

  /** Adds a section heading, printed on the page of what follows it (a table's header and first row). */
  heading(text: string): number {
    const row = this.add([text]);
    this.style('heading', row, 1);
    this.keep(row, row + 2);
    return row;
  }

  /** Prints rows `first`…`last` on one page when they fit one. */
  keep(first: number, last: number): void {
    this.kept.push([first, last]);
  }

  /** Writes cells right of the printed columns, from `column` on, in `row`: what only a chart reads. */
  aside(row: number, column: number, cells: readonly ReportCell[]): void {
    if (column <= this.columns) {
      throw new RangeError(`ReportSheet.aside: bug: column ${column} is a printed column`);
    }
    const line = this.asides.get(row) ?? new Map<number, ReportCell>();
    cells.forEach((cell, i) => {
      line.set(column + i, cell);
    });
    this.asides.set(row, line);
  }

  /** Adds the signature block, two rows below the last, in the columns from `column` to the last. */
  signature(signer: ReportSigner | undefined, role: string, start: number): void {
    // Wide enough for "ลงชื่อ …… ผู้รายงาน" on one line: the block starts further left when need be.
    let column = start;
    const spanFrom = (c: number) => this.widths.slice(c - 1).reduce((sum, w) => sum + w, 0);
    while (column > 1 && this.widths.length > 0 && spanFrom(column) < SIGNATURE_WIDTH_PX) column -= 1;
    // The last two rows above go to the signature's page: no page holds the signature alone.
    const from = Math.max(1, this.lastRow - 1);
    this.add();
    this.add();
    for (const text of signatureLines(signer, role)) {
      const cells = Array<ReportCell>(column - 1).fill('');
      const row = this.add([...cells, text]);
      if (column < this.columns) this.merge(row, column, row, this.columns);
      this.style('signature', row, column, this.columns);
    }
    this.keep(from, this.lastRow);
  }

  /** The finished layout. */
  build(frame: ReportFrame): SheetLayout {
    if (frame.columnWidths.length !== this.columns) {
      throw new RangeError(
        `ReportSheet.build: bug: ${frame.columnWidths.length} widths for ${this.columns} columns`,
      );
    }
    const digits = (text: string) => (frame.thaiDigits ? toThaiDigits(text) : text);
    // The block reaches the last aside column; the rows without asides are padded with blanks.
    let width = this.columns;
    for (const line of this.asides.values())
      for (const column of line.keys()) width = Math.max(width, column);
    const rowCells = (row: readonly ReportCell[], index: number): ReportCell[] => {
      if (width === this.columns) return [...row];
      const line = this.asides.get(index + 1);
      const extra = Array.from(
        { length: width - this.columns },
        (_, i) => line?.get(this.columns + i + 1) ?? '',
      );
      return [...row, ...extra];
    };
    const lastRow = this.rows.length;
    const runs = this.kept
      .map(([first, last]): [number, number] => [first, Math.min(last, lastRow)])
      .filter(([first, last]) => first < last);
    // The print mark is developer metadata, which Sheets keeps small: the runs that fit, from the top,
    // and always the last (the signature's).
    const keepTogether: [number, number][] = [];
    let length = 0;
    runs.forEach((run, i) => {
      length += `[${run[0]},${run[1]}],`.length;
      if (length <= MAX_KEPT_CHARS || i === runs.length - 1) keepTogether.push(run);
    });
    const repeat = frame.repeatHeader ? frame.headerRow : 0;
    const styles: StyledRanges[] = [];
    for (const style of Object.keys(REPORT_STYLES) as ReportStyle[]) {
      const ranges =
        style === 'base'
          ? [a1Range(1, 1, Math.max(1, this.rows.length), this.columns)]
          : (this.boxes.get(style) ?? []).map((b) => a1Range(b.row, b.column, b.lastRow, b.lastColumn));
      if (ranges.length > 0) styles.push({ style: REPORT_STYLES[style], ranges });
    }
    return {
      name: digits(frame.name),
      values: this.rows.map((row, i) => rowCells(row, i).map((cell) => finishCell(cell, frame.thaiDigits))),
      styles,
      merges: [...this.mergeRanges],
      columnWidths: [...frame.columnWidths],
      frozenRows: repeat,
      ...(frame.charts ? { charts: frame.charts.map((c) => ({ ...c, title: digits(c.title) })) } : {}),
      print: {
        landscape: true,
        repeatRows: repeat,
        ...(repeat > 0 ? { repeatFrom: repeat } : {}),
        columns: this.columns,
        keepTogether,
        ...(frame.chartRows ? { chartRows: frame.chartRows } : {}),
      },
      metadata: {
        'ita-sheets.generated': 'report',
        'ita-sheets.kind': frame.kind,
        'ita-sheets.version': REPORT_METADATA_VERSION,
      },
      protection: { description: REPORT_PROTECTION },
    };
  }
}
