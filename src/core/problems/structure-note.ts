/**
 * What the structurer notes of a paste beside the problems it shares with validation: repairs,
 * kept columns, lines that are not records. Only warnings; described by structure-note-words.ts,
 * which the server and the command line load and the sidebar does not (its size budget).
 */

import type { Problem } from './problem';

export type StructureNote =
  /** Characters of a PDF copy repaired (ํา → ำ, private-use tone marks, stray spaces before marks). */
  | { readonly code: 'pdf-text-repaired'; readonly count: number }
  /** A header cell that names no field: its column is kept aside, whole, under its heading. */
  | { readonly code: 'kept-column'; readonly column: number; readonly heading: string }
  /** Lines after a table (signatures, positions, page footers), not records: listed whole. */
  | { readonly code: 'after-table'; readonly lines: readonly string[] }
  /** An indicator's line with several numbers (last year's score, the change): `score` was taken. */
  | {
      readonly code: 'several-scores';
      readonly numbers: readonly string[];
      readonly score: string;
      readonly line: string;
    }
  /** The title block repeated at the top of a page inside the table: kept once in the header. */
  | { readonly code: 'repeated-title'; readonly line: string }
  /** A row numbering the table's columns under its header ((1) (2) (3) …): not a record. */
  | { readonly code: 'column-numbers'; readonly line: string }
  /** Under a column mapping, a header cell in a mapped column that names no field: not used, listed. */
  | {
      readonly code: 'heading-not-read';
      readonly column: number;
      readonly text: string;
      readonly field: string;
    }
  /** A heading row inside a table (an indicator over its sub-indicators): not a record, listed whole. */
  | { readonly code: 'section-heading'; readonly lines: readonly string[] }
  /** A cell merged down over several rows of a Word table (w:vMerge): its text filled into each. */
  | {
      readonly code: 'word-merged-cell';
      readonly column: number;
      readonly from: number;
      readonly rows: readonly number[];
      readonly text: string;
    }
  /** Cells Sheets had turned into a formula error (`- …`, `+…`, `=…`): their typed text read instead (A1). */
  | { readonly code: 'formula-recovered'; readonly cells: readonly string[] }
  /** Rows (1-based) where a cell merged down from a row above was filled with the merge's text. */
  | { readonly code: 'merged-cells-filled'; readonly rows: readonly number[] }
  /** Rows (1-based) whose empty cell of an inherited field took the record above's value. */
  | { readonly code: 'inherited-filled'; readonly field: string; readonly rows: readonly number[] }
  /** Control characters (from old encodings) removed from the paste. */
  | { readonly code: 'control-characters-removed'; readonly count: number }
  /** The fiscal year read from the records' periods, the title giving none. */
  | { readonly code: 'year-from-periods'; readonly year: number }
  /** An OIT item's link cell held text that is no web address: kept in the item's note. */
  | { readonly code: 'oit-link-not-address'; readonly item: string; readonly text: string }
  /** OIT items with no sub-indicator: no heading above them and no list of the year that knows them. */
  | {
      readonly code: 'oit-no-sub-indicator';
      readonly items: readonly string[];
      readonly fiscalYear?: number;
    };

/** What a structured document's warning holds: a problem or one of the structurer's notes. */
export type Note = Problem | StructureNote;
