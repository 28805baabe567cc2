/**
 * A tab as plain data: its values, styles, merges, widths, notes, validations, chart and marks. The
 * core lays out document tabs and reports as this; the adapter writes it with a fixed number of
 * service calls, whatever the row count (one setValues for the block, one RangeList call per style
 * property, one call per merge region — a fixed few, titles and signatures — chart and validation rule).
 */

/** A value of the block. Text is always written as text: a leading =, +, - or @ never runs. */
export type LayoutValue = string | number | boolean | null;

export interface CellStyle {
  readonly fontFamily?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly background?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly verticalAlignment?: 'top' | 'middle' | 'bottom';
  readonly numberFormat?: string;
  /** A thin border on every side of every cell of the ranges. */
  readonly border?: boolean;
  /**
   * Each range shown as one cell: no line between its rows. Where the original merges cells down,
   * this looks the same at one call for all the ranges, where merging costs a call per range.
   */
  readonly joinedDown?: boolean;
}

/** One style applied to many ranges (A1 names) at once: a RangeList call per property. */
export interface StyledRanges {
  readonly style: CellStyle;
  readonly ranges: readonly string[];
}

export interface BarChart {
  readonly kind: 'bar';
  /** The A1 range of the chart's data: a column of labels and one or more columns of values, with a header row. */
  readonly range: string;
  readonly title: string;
  /** Where the chart's top left corner sits (1-based row and column). */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  /** The horizontal axis's range, so the pass mark can be read against it. */
  readonly minValue?: number;
  readonly maxValue?: number;
}

/** How the tab prints: the export URL's parameters (A4, orientation, fit to width, repeated rows). */
export interface PrintSetup {
  readonly landscape: boolean;
  /** The last of the rows repeated at the top of every printed page; 0 for none. */
  readonly repeatRows: number;
  /** The first of them (1 when absent): a table's header row alone, not the titles above it. */
  readonly repeatFrom?: number;
  /** The columns printed, from A; the columns after them hold what only the chart reads. */
  readonly columns?: number;
  /**
   * Runs of rows [first, last] printed on one page when they fit one: a heading with the table's header
   * and first row, a project's form, the last rows of a table with the signature block.
   */
  readonly keepTogether?: readonly (readonly [number, number])[];
  /** Rows that only hold the chart (its heading and the space it covers): not printed where it cannot be drawn. */
  readonly chartRows?: readonly (readonly [number, number])[];
}

export interface SheetLayout {
  /** The tab's name as the officer sees it. */
  readonly name: string;
  /** The block written from A1, rectangular. */
  readonly values: readonly (readonly LayoutValue[])[];
  readonly styles: readonly StyledRanges[];
  readonly merges: readonly string[];
  /** Pixel width of each column from A. */
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  /** Notes by A1 cell. */
  readonly notes?: Readonly<Record<string, string>>;
  /** Dropdowns: each A1 range and its choices (invalid entries are allowed, with a warning). */
  readonly validations?: readonly {
    readonly range: string;
    readonly values: readonly string[];
    readonly help?: string;
  }[];
  readonly charts?: readonly BarChart[];
  readonly print?: PrintSetup;
  /** Developer metadata on the tab: how the add-in finds its own tabs again. */
  readonly metadata: Readonly<Record<string, string>>;
  /** Protected with a warning: an officer is asked before editing. */
  readonly protection?: { readonly description: string };
}

/** The font of every Thai official document (the government's TH Sarabun family). */
export const REPORT_FONT = 'Sarabun';
