/**
 * The memory workbooks IMPORTRANGE can reach, by id, as Drive is for Sheets: which workbook is shared
 * with which (the organization shares its spreadsheet with the district officer, view only), and which
 * importing workbook allowed access to which source (the officer's "Allow access" click, once per pair).
 * Tools of the stand-in, not SpreadsheetApp: none of these is a counted call. See import-range.ts.
 */

import type { CellValue } from './cell';
import {
  IMPORT_MESSAGES,
  type ImportResult,
  linkOf,
  spillOf,
  spreadsheetIdOf,
  valueWithImports,
} from './import-range';
import { STATE } from './internal';
import type { MemoryWorkbook } from './memory-workbook';
import { findNamedRange } from './named-ranges';
import { lastColumnOf, lastRowOf } from './region';

const pair = (a: string, b: string): string => `${a}\n${b}`;

/** A registry of memory workbooks by id, with their sharing and Allow access states. */
export class WorkbookRegistry {
  private readonly books = new Map<string, MemoryWorkbook>();
  private readonly shares = new Set<string>();
  private readonly allowed = new Set<string>();

  /** Adds a workbook; its IMPORTRANGE formulas resolve through this registry from now on. */
  add(workbook: MemoryWorkbook): MemoryWorkbook {
    const { state, imports } = workbook[STATE];
    if (this.books.has(state.id) && this.books.get(state.id) !== workbook) {
      throw new Error(`WorkbookRegistry: another workbook already has the id ${state.id}`);
    }
    this.books.set(state.id, workbook);
    imports.resolve = (source, rangeName, depth) => this.resolve(state.id, source, rangeName, depth);
    return workbook;
  }

  /** Shares `sourceId` with the officer of `withId` (Share › Viewer): the source can then be imported. */
  share(sourceId: string, withId: string): void {
    this.shares.add(pair(sourceId, withId));
  }

  /** Takes the sharing back: the imports show #REF! again. */
  unshare(sourceId: string, withId: string): void {
    this.shares.delete(pair(sourceId, withId));
  }

  /**
   * The "Allow access" click in `importerId` for `sourceId`: refused, as Sheets offers no button, when
   * the source is unknown or not shared with the importer. Returns whether access is now allowed.
   */
  allowAccess(importerId: string, sourceId: string): boolean {
    if (!this.canSee(importerId, sourceId)) return false;
    this.allowed.add(pair(importerId, sourceId));
    return true;
  }

  isAllowed(importerId: string, sourceId: string): boolean {
    return this.allowed.has(pair(importerId, sourceId));
  }

  /** The workbook of an id, if added. */
  get(id: string): MemoryWorkbook | undefined {
    return this.books.get(id);
  }

  /** Every share, in the order made (what the preview saves). */
  listShares(): { readonly sourceId: string; readonly withId: string }[] {
    return [...this.shares].map((p) => {
      const [sourceId = '', withId = ''] = p.split('\n');
      return { sourceId, withId };
    });
  }

  /** Every Allow access given, in the order given (what the preview saves). */
  listAllowed(): { readonly importerId: string; readonly sourceId: string }[] {
    return [...this.allowed].map((p) => {
      const [importerId = '', sourceId = ''] = p.split('\n');
      return { importerId, sourceId };
    });
  }

  private canSee(importerId: string, sourceId: string): boolean {
    return (
      this.books.has(sourceId) && (sourceId === importerId || this.shares.has(pair(sourceId, importerId)))
    );
  }

  private resolve(importerId: string, source: string, rangeName: string, depth: number): ImportResult {
    const sourceId = spreadsheetIdOf(source);
    const book = sourceId === undefined ? undefined : this.books.get(sourceId);
    if (sourceId === undefined || !book || !this.canSee(importerId, sourceId)) {
      return { ok: false, message: IMPORT_MESSAGES.permission };
    }
    // A spreadsheet importing from itself needs no permission in Sheets.
    if (sourceId !== importerId && !this.isAllowed(importerId, sourceId)) {
      return { ok: false, message: IMPORT_MESSAGES.connect };
    }
    const { state } = book[STATE];
    const found = findNamedRange(state.namedRanges, state.sheets, rangeName);
    if (!found) return { ok: false, message: IMPORT_MESSAGES.noRange(rangeName) };
    const { sheet, named } = found;
    const spill = spillOf(sheet, linkOf(sheet) ?? book[STATE].imports, depth);
    // A loop's error reaches every import of it.
    if ([...spill.messages.values()].includes(IMPORT_MESSAGES.circular)) {
      return { ok: false, message: IMPORT_MESSAGES.circular };
    }
    const values: CellValue[][] = [];
    for (let row = named.region.row; row <= lastRowOf(named.region); row++) {
      const line: CellValue[] = [];
      for (let column = named.region.column; column <= lastColumnOf(named.region); column++) {
        line.push(valueWithImports(sheet, spill, row, column));
      }
      values.push(line);
    }
    return { ok: true, values };
  }
}
