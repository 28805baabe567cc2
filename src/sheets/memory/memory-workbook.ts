/**
 * Spreadsheet for Node: a workbook that behaves like Google Sheets where the add-in depends on it,
 * counts every call made through it (by "Class.method"), can fail at a chosen call, saves to JSON and
 * exports to .xlsx. Its own tools (calls, failAtCall, toJSON…) are not counted; only the
 * SpreadsheetApp surface of spreadsheet-api.ts is.
 */

import { a1 } from '../../core/layout/a1';
import { BANGKOK, isTimeZone } from '../../core/thai/time-zone';
import type { RangeApi, SheetApi, SpreadsheetApi } from '../spreadsheet-api';
import { type CallCounts, CallLedger } from './call-ledger';
import type { CellValue } from './cell';
import { type ImportLink, linkSheet, spillOf } from './import-range';
import { STATE } from './internal';
import { MemoryNamedRange } from './memory-named-range';
import { MemoryRange } from './memory-range';
import { MemorySheet, type SheetContext } from './memory-sheet';
import { assertRangeName, findNamedRange, sameRangeName } from './named-ranges';
import { parseRegion } from './region';
import { newSheetState, type SheetState } from './sheet-state';
import { type WorkbookJson, workbookToJson } from './snapshot';
import { newWorkbookState, sameSheetName, type WorkbookState } from './workbook-state';

/** Sheets refuses a longer tab name. */
export const MAX_SHEET_NAME = 100;

/** How a new memory workbook is named and which tabs it starts with. */
export interface MemoryWorkbookOptions {
  readonly id?: string;
  readonly name?: string;
  /** Defaults to the address Sheets gives the id. */
  readonly url?: string;
  /** The tabs a new workbook starts with; Sheets starts with one, "Sheet1". */
  readonly sheetNames?: readonly string[];
  /** The spreadsheet's time zone (File › Settings); Asia/Bangkok unless given. */
  readonly timeZone?: string;
}

/** What the other memory modules reach of a workbook without a counted call. */
export interface WorkbookInternals {
  readonly ledger: CallLedger;
  /** The whole state, for the stand-in's own tools outside it (the command line's .xlsx export). */
  readonly state: WorkbookState;
  /** How its IMPORTRANGE formulas resolve: set when a WorkbookRegistry adds the workbook. */
  readonly imports: ImportLink;
}

/** An in-memory Google Sheets workbook that implements SpreadsheetApi and counts its calls. */
export class MemoryWorkbook implements SpreadsheetApi {
  private state: WorkbookState;
  private readonly ledger: CallLedger;
  private readonly facades = new WeakMap<SheetState, MemorySheet>();
  private readonly context: SheetContext;
  private readonly imports: ImportLink = { resolve: undefined };
  constructor(options: MemoryWorkbookOptions = {}) {
    if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
      throw new Error(`MemoryWorkbook: "${options.timeZone}" is not an IANA time zone`);
    }
    const id = options.id ?? 'memory-workbook';
    const url = options.url ?? `https://docs.google.com/spreadsheets/d/${id}/edit`;
    this.state = newWorkbookState(
      id,
      options.name ?? 'Untitled spreadsheet',
      url,
      options.sheetNames ?? ['Sheet1'],
      options.timeZone ?? BANGKOK,
    );
    this.ledger = new CallLedger(
      () => `Service Spreadsheets failed while accessing document with id ${this.state.id}.`,
    );
    this.context = {
      ledger: this.ledger,
      indexOf: (sheet) => this.state.sheets.indexOf(sheet) + 1,
      assertNameFree: (name, except) => this.assertNameFree(name, except),
      visibleCount: () => this.state.sheets.filter((s) => !s.hidden).length,
      nextMetadataId: () => this.state.nextMetadataId++,
      sheets: () => this.state.sheets,
      activate: (sheet) => {
        this.state.activeSheetId = sheet.id;
      },
      parent: () => this,
    };
  }

  /** A workbook of a whole state: what the preview's save file reads back (src/preview/workbook-json.ts). */
  static fromState(state: WorkbookState): MemoryWorkbook {
    const workbook = new MemoryWorkbook({ id: state.id, name: state.name, url: state.url });
    workbook.state = state;
    return workbook;
  }

  get [STATE](): WorkbookInternals {
    return { ledger: this.ledger, state: this.state, imports: this.imports };
  }

  /** Calls made so far by "Class.method", e.g. calls['Range.setValues']. */
  get calls(): CallCounts {
    return this.ledger.snapshot();
  }

  totalCalls(): number {
    return this.ledger.total();
  }

  resetCalls(): void {
    this.ledger.reset();
  }

  /** Makes the n-th counted call from now throw (before it does anything), as Apps Script can; undefined clears it. */
  failAtCall(n: number | undefined, message?: string): void {
    this.ledger.failAt(n, message);
  }

  /** The whole workbook as plain JSON (snapshot.ts): the preview saves it, and reads it back checked. */
  toJSON(): WorkbookJson {
    return workbookToJson(this.state);
  }

  /**
   * The message Sheets shows on an IMPORTRANGE cell that reads #REF! (e.g. "You need to connect these
   * sheets."), or undefined when the cell's import worked or it holds none. A tool: not counted.
   */
  importMessage(sheetName: string, a1Name: string): string | undefined {
    const messages = this.importedCells(sheetName)?.messages;
    if (!messages) return undefined;
    const { row, column } = parseRegion(a1Name);
    for (const [name, text] of messages) {
      const at = parseRegion(name);
      if (at.row === row && at.column === column) return text;
    }
    return undefined;
  }

  /**
   * What the IMPORTRANGE cells of a tab put into it, by A1 name: each cell of a spill its value (the
   * formula's own cell included, '#REF!' when the import failed), and each failed import its message.
   * Undefined for no such tab. A tool (the preview's grid draws spills with it): not counted.
   */
  importedCells(
    sheetName: string,
  ):
    | { readonly values: ReadonlyMap<string, CellValue>; readonly messages: ReadonlyMap<string, string> }
    | undefined {
    const sheet = this.state.sheets.find((s) => sameSheetName(s.name, sheetName));
    if (!sheet) return undefined;
    const spill = spillOf(sheet, this.imports);
    const values = new Map<string, CellValue>();
    for (const [at, value] of spill.values) {
      const [row, column] = at.split(',').map(Number);
      values.set(a1(row ?? 1, column ?? 1), value instanceof Date ? new Date(value.getTime()) : value);
    }
    return { values, messages: spill.messages };
  }

  /** Names a range of this workbook, replacing the range of a name already taken (as Sheets does). */
  setNamedRange(name: string, range: RangeApi): void {
    this.ledger.enter('Spreadsheet.setNamedRange');
    assertRangeName(name);
    const target = range instanceof MemoryRange ? range[STATE] : undefined;
    if (!target || !this.state.sheets.includes(target.sheet)) {
      throw new Error('The range is not in this spreadsheet (deleted, or from another workbook).');
    }
    const others = this.state.namedRanges.filter((n) => !sameRangeName(n.name, name));
    this.state.namedRanges = [...others, { name, sheetId: target.sheet.id, region: { ...target.region } }];
  }

  /** The range of a name, or null when there is none (or its tab was deleted). */
  getRangeByName(name: string): MemoryRange | null {
    this.ledger.enter('Spreadsheet.getRangeByName');
    const found = findNamedRange(this.state.namedRanges, this.state.sheets, name);
    if (!found) return null;
    this.facade(found.sheet);
    return new MemoryRange(this.ledger, found.sheet, found.named.region);
  }

  /** Every named range whose tab still exists, in the order they were made. */
  getNamedRanges(): MemoryNamedRange[] {
    this.ledger.enter('Spreadsheet.getNamedRanges');
    return this.state.namedRanges
      .filter((n) => this.state.sheets.some((s) => s.id === n.sheetId))
      .map(
        (n) =>
          new MemoryNamedRange(
            this.ledger,
            n.name,
            () => {
              const found = findNamedRange(this.state.namedRanges, this.state.sheets, n.name);
              if (!found) throw new Error(`The named range "${n.name}" no longer exists.`);
              return new MemoryRange(this.ledger, found.sheet, found.named.region);
            },
            () => {
              this.state.namedRanges = this.state.namedRanges.filter((m) => !sameRangeName(m.name, n.name));
            },
          ),
      );
  }

  /** Changes the time zone, as File › Settings does (the cells keep their instants). */
  setSpreadsheetTimeZone(timeZone: string): void {
    this.ledger.enter('Spreadsheet.setSpreadsheetTimeZone');
    if (!isTimeZone(timeZone)) throw new Error(`Invalid argument: timeZone (${timeZone})`);
    this.state.timeZone = timeZone;
  }

  getSpreadsheetTimeZone(): string {
    this.ledger.enter('Spreadsheet.getSpreadsheetTimeZone');
    return this.state.timeZone;
  }

  getId(): string {
    this.ledger.enter('Spreadsheet.getId');
    return this.state.id;
  }

  getUrl(): string {
    this.ledger.enter('Spreadsheet.getUrl');
    return this.state.url;
  }

  getSheets(): MemorySheet[] {
    this.ledger.enter('Spreadsheet.getSheets');
    return this.state.sheets.map((sheet) => this.facade(sheet));
  }

  /** Sheets finds a tab by name regardless of case. */
  getSheetByName(name: string): MemorySheet | null {
    this.ledger.enter('Spreadsheet.getSheetByName');
    const sheet = this.state.sheets.find((s) => sameSheetName(s.name, name));
    return sheet ? this.facade(sheet) : null;
  }

  /** Inserts a tab at a 0-based position and makes it the active one, as Sheets does. */
  insertSheet(sheetName: string, sheetIndex: number): MemorySheet {
    this.ledger.enter('Spreadsheet.insertSheet');
    this.assertNameFree(sheetName);
    if (!Number.isInteger(sheetIndex) || sheetIndex < 0 || sheetIndex > this.state.sheets.length) {
      throw new Error(`The sheet index ${sheetIndex} is out of range (0 to ${this.state.sheets.length}).`);
    }
    const sheet = newSheetState(this.state.nextSheetId++, sheetName);
    this.state.sheets.splice(sheetIndex, 0, sheet);
    this.state.activeSheetId = sheet.id;
    return this.facade(sheet);
  }

  deleteSheet(sheet: SheetApi): void {
    this.ledger.enter('Spreadsheet.deleteSheet');
    const state = this.own(sheet);
    const index = this.state.sheets.indexOf(state);
    if (!state.hidden && this.state.sheets.filter((s) => !s.hidden).length <= 1) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.state.sheets.splice(index, 1);
    state.deleted = true;
    if (this.state.activeSheetId === state.id) {
      const next = this.state.sheets[Math.min(index, this.state.sheets.length - 1)];
      if (!next) throw new Error('MemoryWorkbook.deleteSheet: bug: no sheet left to activate');
      this.state.activeSheetId = next.id;
    }
  }

  getActiveSheet(): MemorySheet {
    this.ledger.enter('Spreadsheet.getActiveSheet');
    return this.facade(this.activeSheet());
  }

  setActiveSheet(sheet: SheetApi): MemorySheet {
    this.ledger.enter('Spreadsheet.setActiveSheet');
    const state = this.own(sheet);
    this.state.activeSheetId = state.id;
    return this.facade(state);
  }

  private activeSheet(): SheetState {
    const active = this.state.sheets.find((s) => s.id === this.state.activeSheetId);
    if (!active)
      throw new Error(`MemoryWorkbook: bug: the active sheet ${this.state.activeSheetId} is missing`);
    return active;
  }

  /** One facade per sheet, so getActiveSheet() === the sheet insertSheet returned. */
  private facade(sheet: SheetState): MemorySheet {
    let facade = this.facades.get(sheet);
    if (!facade) {
      facade = new MemorySheet(this.context, sheet);
      this.facades.set(sheet, facade);
      linkSheet(sheet, this.imports);
    }
    return facade;
  }

  /** The state of a sheet of this workbook; throws for a sheet of another workbook or a deleted one. */
  private own(sheet: SheetApi): SheetState {
    const state = sheet instanceof MemorySheet ? sheet[STATE] : undefined;
    if (!state || !this.state.sheets.includes(state)) {
      throw new Error('The sheet is not in this spreadsheet (deleted, or from another workbook).');
    }
    return state;
  }

  private assertNameFree(name: string, except?: SheetState): void {
    if (name.trim() === '') throw new Error('A sheet name cannot be empty.');
    if (name.length > MAX_SHEET_NAME) {
      throw new Error(`The sheet name "${name}" is longer than ${MAX_SHEET_NAME} characters.`);
    }
    if (this.state.sheets.some((s) => s !== except && sameSheetName(s.name, name))) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
}
