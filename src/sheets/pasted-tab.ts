/**
 * Reading a pasted tab as the officer pasted it: its values, its formulas (Sheets turns `- …`, `+…`
 * and `=…` into failing formulas; their typed text comes back) and its merged cells. Three calls on
 * the data range (getValues, getFormulas, getMergedRanges), whatever the tab's size.
 */

import { parseA1 } from '../core/layout/a1';
import type { Finding } from '../core/problems/finding';
import type { Note } from '../core/problems/structure-note';
import { recoverTypedText } from '../core/structure/formula-recovery';
import type { MergedBlock } from '../core/structure/merged-cells';
import { withDaysAsText, zoneOf } from './sheet-dates';
import type { SheetApi } from './spreadsheet-api';

/** A pasted tab's cells as typed, its merged blocks (0-based) and the warning of recovered cells. */
export interface PastedTab {
  readonly rows: unknown[][];
  readonly merges: MergedBlock[];
  readonly warnings: Finding<Note>[];
}

export function readPastedTab(sheet: SheetApi): PastedTab {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const recovered = recoverTypedText(values, formulas);
  // The data range starts at A1: a block's place in the tab is its place in the rows, 1-based.
  // One call a merge (its A1 name), not four: there is no batch read of the merges' places.
  const merges = range.getMergedRanges().map((m) => {
    const place = parseA1(m.getA1Notation());
    return {
      row: place.row - 1,
      column: place.column - 1,
      numRows: place.numRows,
      numColumns: place.numColumns,
    };
  });
  const warnings: Finding<Note>[] =
    recovered.cells.length === 0
      ? []
      : [
          {
            severity: 'warning',
            ...(recovered.firstRow === undefined ? {} : { row: recovered.firstRow }),
            problem: { code: 'formula-recovered', cells: recovered.cells },
          },
        ];
  return { rows: withDaysAsText(recovered.values, zoneOf(sheet)), merges, warnings };
}
