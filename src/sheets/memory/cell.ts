/** A cell of the memory workbook as plain data: what Sheets keeps per cell that the add-in touches. */

/** A stored value: what getValues can hand back besides the empty string. */
export type CellValue = string | number | boolean | Date;

/** The sides of a cell with a thin border; an absent side has none. */
export interface Borders {
  top?: true;
  left?: true;
  bottom?: true;
  right?: true;
}

/** Formats set explicitly on a cell; an absent property is Sheets' default. */
export interface CellFormat {
  fontFamily?: string;
  fontSize?: number;
  bold?: true;
  fontColor?: string;
  background?: string;
  wrap?: true;
  horizontalAlignment?: 'left' | 'center' | 'right';
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  numberFormat?: string;
  border?: Borders;
}

/** A dropdown rule as it sits on a cell. */
export interface ValidationRule {
  readonly values: readonly string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText?: string;
}

/** One cell: its content, formats, note and dropdown; every part is optional. */
export interface Cell {
  /** Absent when the cell is empty or holds a formula. */
  value?: CellValue;
  /** The formula as written, with its leading character ("=SUM(A1:A3)"). */
  formula?: string;
  /** Written with a leading apostrophe: Sheets keeps the text and remembers the prefix. */
  quotePrefix?: true;
  format?: CellFormat;
  note?: string;
  validation?: ValidationRule;
}

/** Sheets' default background, as getBackgrounds reads it. */
export const DEFAULT_BACKGROUND = '#ffffff';
/** Sheets' default number format, as getNumberFormats reads it. */
export const DEFAULT_NUMBER_FORMAT = 'General';
/** Sheets' default font. */
export const DEFAULT_FONT_FAMILY = 'Arial';
/** Sheets' default font size, in points. */
export const DEFAULT_FONT_SIZE = 10;
/** Sheets' default column width, in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;
/** The rows of a new sheet. */
export const DEFAULT_MAX_ROWS = 1000;
/** The columns of a new sheet (A to Z). */
export const DEFAULT_MAX_COLUMNS = 26;

/** Whether the cell counts for getLastRow/getLastColumn: a value other than '' or a formula. */
export function hasContent(cell: Cell | undefined): boolean {
  if (!cell) return false;
  return cell.formula !== undefined || (cell.value !== undefined && cell.value !== '');
}

/** Whether the cell carries nothing at all, so it need not be kept or saved. */
export function isBlank(cell: Cell): boolean {
  return (
    cell.value === undefined &&
    cell.formula === undefined &&
    cell.quotePrefix === undefined &&
    cell.format === undefined &&
    cell.note === undefined &&
    cell.validation === undefined
  );
}
