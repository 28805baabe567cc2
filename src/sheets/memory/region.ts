/** A rectangular block of a sheet, 1-based, and the A1 names Sheets accepts for one. */

import { a1Range, parseA1 } from '../../core/layout/a1';

/** A block: its top-left cell and size, all 1-based. */
export interface Region {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** The region's bottom row. */
export function lastRowOf(region: Region): number {
  return region.row + region.numRows - 1;
}

/** The region's rightmost column. */
export function lastColumnOf(region: Region): number {
  return region.column + region.numColumns - 1;
}

/** The A1 name of a region: "A1" for one cell, "A1:C3" otherwise. */
export function regionA1(region: Region): string {
  return a1Range(region.row, region.column, lastRowOf(region), lastColumnOf(region));
}

const A1_SHAPE = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,7}(?::\$?[A-Z]{1,3}\$?[1-9]\d{0,7})?$/;

/** Whether Sheets would take the text as a cell or block name (absolute marks and lower case allowed). */
export function isA1(text: string): boolean {
  return A1_SHAPE.test(text.toUpperCase());
}

/** The region an A1 name covers; throws Sheets' "Range not found" for anything else. */
export function parseRegion(text: string): Region {
  const upper = text.toUpperCase();
  if (!A1_SHAPE.test(upper)) throw new Error('Range not found');
  return parseA1(upper.replace(/\$/g, ''));
}

/** Whether two regions share a cell. */
export function intersects(a: Region, b: Region): boolean {
  return (
    a.row <= lastRowOf(b) &&
    b.row <= lastRowOf(a) &&
    a.column <= lastColumnOf(b) &&
    b.column <= lastColumnOf(a)
  );
}

/** Whether inner lies wholly inside outer. */
export function contains(outer: Region, inner: Region): boolean {
  return (
    outer.row <= inner.row &&
    outer.column <= inner.column &&
    lastRowOf(inner) <= lastRowOf(outer) &&
    lastColumnOf(inner) <= lastColumnOf(outer)
  );
}
