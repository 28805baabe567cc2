/**
 * The format setters of FormatApi as edits of one cell, shared by Range and RangeList. A null resets a
 * format to Sheets' default, which here means forgetting it.
 */

import type { Borders, Cell, CellFormat } from './cell';
import { lastColumnOf, lastRowOf, type Region } from './region';

/** An edit of one cell at (row, column) of the region being formatted. */
export type CellEdit = (cell: Cell, row: number, column: number, region: Region) => void;

function setFormat<K extends keyof CellFormat>(cell: Cell, key: K, value: CellFormat[K] | undefined): void {
  if (value === undefined) {
    if (!cell.format) return;
    delete cell.format[key];
    if (Object.keys(cell.format).length === 0) delete cell.format;
    return;
  }
  cell.format = { ...cell.format, [key]: value };
}

function formatEdit<K extends keyof CellFormat>(key: K, value: CellFormat[K] | undefined): CellEdit {
  return (cell) => setFormat(cell, key, value);
}

/** Sheets hands colors back as lower-case #rrggbb; short hex is widened, other names kept lower-cased. */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}

const HORIZONTAL = ['left', 'center', 'right'] as const;
const VERTICAL = ['top', 'middle', 'bottom'] as const;

function member<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** setFontFamily; null or "" resets to Arial. */
export function fontFamilyEdit(family: string | null): CellEdit {
  return formatEdit('fontFamily', family === null || family === '' ? undefined : family);
}

/** setFontSize, in points. */
export function fontSizeEdit(size: number): CellEdit {
  if (!Number.isFinite(size) || size <= 0) throw new Error(`Invalid argument: size (${size})`);
  return formatEdit('fontSize', size);
}

/** setFontWeight: 'bold', or 'normal'/null for the default. */
export function fontWeightEdit(weight: string | null): CellEdit {
  if (weight !== null && weight !== 'bold' && weight !== 'normal')
    throw new Error(`Invalid argument: fontWeight (${weight})`);
  return formatEdit('bold', weight === 'bold' ? true : undefined);
}

/** setFontColor; null resets to black. */
export function fontColorEdit(color: string | null): CellEdit {
  return formatEdit('fontColor', color === null ? undefined : normalizeColor(color));
}

/** setBackground; null resets to white. */
export function backgroundEdit(color: string | null): CellEdit {
  return formatEdit('background', color === null ? undefined : normalizeColor(color));
}

/** setWrap: false is Sheets' default (overflow). */
export function wrapEdit(wrap: boolean): CellEdit {
  return formatEdit('wrap', wrap ? true : undefined);
}

/** 'normal' and 'general' are Sheets' default alignment: they reset it, like null. */
export function horizontalAlignmentEdit(alignment: string | null): CellEdit {
  const a = alignment?.toLowerCase() ?? null;
  if (a === null || a === 'normal' || a === 'general') return formatEdit('horizontalAlignment', undefined);
  if (!member(HORIZONTAL, a)) throw new Error(`Invalid argument: alignment (${alignment})`);
  return formatEdit('horizontalAlignment', a);
}

/** setVerticalAlignment: 'top', 'middle' or 'bottom'; null resets. */
export function verticalAlignmentEdit(alignment: string | null): CellEdit {
  const a = alignment?.toLowerCase() ?? null;
  if (a === null) return formatEdit('verticalAlignment', undefined);
  if (!member(VERTICAL, a)) throw new Error(`Invalid argument: alignment (${alignment})`);
  return formatEdit('verticalAlignment', a);
}

/** setNumberFormat; "@" makes later typed text stay text. */
export function numberFormatEdit(numberFormat: string): CellEdit {
  return formatEdit('numberFormat', numberFormat);
}

function side(borders: Borders, key: keyof Borders, flag: boolean | null): void {
  if (flag === true) borders[key] = true;
  else if (flag === false) delete borders[key];
}

/**
 * setBorder: top/left/bottom/right draw the outline of the region, vertical/horizontal the lines inside
 * it; true draws, false erases, null leaves a side as it is. Each cell keeps its own four sides.
 */
export function borderEdit(
  top: boolean | null,
  left: boolean | null,
  bottom: boolean | null,
  right: boolean | null,
  vertical: boolean | null,
  horizontal: boolean | null,
): CellEdit {
  return (cell, row, column, region) => {
    const borders: Borders = { ...cell.format?.border };
    side(borders, 'top', row === region.row ? top : horizontal);
    side(borders, 'bottom', row === lastRowOf(region) ? bottom : horizontal);
    side(borders, 'left', column === region.column ? left : vertical);
    side(borders, 'right', column === lastColumnOf(region) ? right : vertical);
    setFormat(cell, 'border', Object.keys(borders).length > 0 ? borders : undefined);
  };
}

/** An empty note is no note, as in Sheets. */
export function noteEdit(note: string | null): CellEdit {
  return (cell) => {
    if (note === null || note === '') delete cell.note;
    else cell.note = note;
  };
}
