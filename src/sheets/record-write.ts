/**
 * Writing one record on its row of a document tab so that nothing is lost:
 * - a field the tab has no column for (an optional heading deleted or renamed) that holds a value is
 *   refused, naming the field and the tab, before anything is written;
 * - a formula in a field cell (=HYPERLINK(…) in หมายเหตุ) is written back as it is when that field is
 *   unchanged; when the officer changed the field, the typed value replaces it and the answer says so;
 * - the officer's own columns are never written: a record split by them is written one setValues per
 *   run of field columns, and a failure after the first run puts the runs already written back as they
 *   were before the failure is reported (a write-back of the officer's columns in one setValues would
 *   lose what setValues cannot write: rich-text links, the cells an array formula spills into).
 */

import type { DocumentRecord, DocumentType } from '../core/documents/document-type';
import { recordRow } from '../core/layout/document-tab-layout';
import { toCellValue } from './cell-value';
import { OperationError } from './operations/context';
import type { SheetApi } from './spreadsheet-api';

/** A row's cells as the tab holds them (0-based columns): values (dates as Dates), formulas, formats. */
export interface RowState {
  readonly values: readonly unknown[];
  readonly formulas: readonly string[];
  readonly formats: readonly string[];
}

/** A field cell whose formula the officer's typed value replaced. */
export interface ReplacedFormula {
  readonly field: string;
  readonly column: number;
  readonly formula: string;
}

type Written = string | number | boolean | Date;

/** The state of a row with nothing in it but number formats (a new row under the last). */
export function emptyRow(formats: readonly string[]): RowState {
  return { values: [], formulas: [], formats };
}

/** Reads a row's values, formulas and number formats: three batched calls over the row. */
export function readRowState(sheet: SheetApi, row: number, width: number): RowState {
  const range = sheet.getRange(row, 1, 1, width);
  return {
    values: range.getValues()[0] ?? [],
    formulas: range.getFormulas()[0] ?? [],
    formats: range.getNumberFormats()[0] ?? [],
  };
}

/**
 * Refuses a record with a value for a field the tab has no column for, naming the field and the tab:
 * the value would otherwise be dropped while the save answers ok.
 */
export function refuseFieldsWithoutColumn(
  tabName: string,
  type: DocumentType,
  columns: readonly (string | undefined)[],
  record: DocumentRecord,
): void {
  const cells = recordRow(type, record);
  const missing = type.fields.filter((f, i) => !columns.includes(f.key) && (cells[i] ?? '').trim() !== '');
  if (missing.length === 0) return;
  const th = missing.map((f) => `"${f.th}"`).join(', ');
  const en = missing.map((f) => f.en).join(', ');
  throw new OperationError(
    `แท็บ "${tabName}" ไม่มีคอลัมน์ ${th} จึงบันทึกค่าที่กรอกในช่องนี้ไม่ได้ และยังไม่ได้บันทึกอะไร ให้เพิ่มหัวคอลัมน์ ${th} ในแถวแรกของแท็บ หรือลบค่าในช่องนี้ แล้วลองใหม่ (the tab "${tabName}" has no ${en} column, so the value typed for it cannot be saved; nothing was written: add the heading back in the tab's first row, or clear the field, and try again)`,
    missing.map((f) => ({
      severity: 'error' as const,
      field: f.key,
      message: `ไม่มีคอลัมน์ ${th} (no ${en} column)`,
    })),
  );
}

/** The runs of adjacent columns that hold fields (0-based, inclusive): one write each. */
function fieldRuns(columns: readonly (string | undefined)[]): [number, number][] {
  const runs: [number, number][] = [];
  columns.forEach((key, c) => {
    if (key === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  });
  return runs;
}

/** What a cell held, as setValues writes it back: its formula, else its value kept as it was. */
function previousCell(state: RowState, c: number): Written {
  const formula = state.formulas[c] ?? '';
  if (formula !== '') return formula;
  const value = state.values[c];
  if (typeof value === 'string') return toCellValue(value, state.formats[c]);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return '';
}

/**
 * Writes `record` on `row`, each field under its own column. `current` is the record the row holds
 * (undefined for a new row): a field equal to it keeps its cell's formula. Returns the formulas
 * replaced because the officer changed their field.
 */
export function writeRecordCells(
  sheet: SheetApi,
  type: DocumentType,
  columns: readonly (string | undefined)[],
  row: number,
  record: DocumentRecord,
  state: RowState,
  current?: DocumentRecord,
): ReplacedFormula[] {
  const values = recordRow(type, record);
  const before = current === undefined ? undefined : recordRow(type, current);
  const replaced: ReplacedFormula[] = [];
  const cellOf = (key: string | undefined, c: number): Written => {
    const i = type.fields.findIndex((f) => f.key === key);
    const formula = state.formulas[c] ?? '';
    if (formula !== '' && key !== undefined) {
      if (before !== undefined && (before[i] ?? '').trim() === (values[i] ?? '').trim()) return formula;
      replaced.push({ field: key, column: c, formula });
    }
    return toCellValue(values[i] ?? '', state.formats[c]);
  };
  const runs = fieldRuns(columns);
  const done: [number, number][] = [];
  try {
    for (const [from, to] of runs) {
      const cells = columns.slice(from, to + 1).map((key, i) => cellOf(key, from + i));
      sheet.getRange(row, from + 1, 1, to - from + 1).setValues([cells]);
      done.push([from, to]);
    }
  } catch (error) {
    undo(sheet, row, state, done, error);
    throw error;
  }
  return replaced;
}

/** Puts the runs already written back as they were; when that fails too, says where half a record is. */
function undo(
  sheet: SheetApi,
  row: number,
  state: RowState,
  done: readonly [number, number][],
  cause: unknown,
): void {
  try {
    for (const [from, to] of done) {
      const cells = Array.from({ length: to - from + 1 }, (_, i) => previousCell(state, from + i));
      sheet.getRange(row, from + 1, 1, to - from + 1).setValues([cells]);
    }
  } catch (undoError) {
    const name = sheet.getName();
    throw new OperationError(
      `บันทึกไม่สำเร็จ และแถวที่ ${row} ของแท็บ "${name}" อาจถูกบันทึกไว้เพียงบางช่อง โปรดตรวจแถวนี้ก่อนลองอีกครั้ง (the save failed and row ${row} of "${name}" may hold part of the record: check that row before trying again)`,
      [],
      cause instanceof Error ? cause : undoError,
    );
  }
}

/** The officer's words for formulas a save replaced, Thai with an English gloss; undefined for none. */
export function replacedFormulaNotice(
  type: DocumentType,
  replaced: readonly ReplacedFormula[],
): string | undefined {
  if (replaced.length === 0) return undefined;
  const fields = replaced.map((r) => type.fields.find((f) => f.key === r.field));
  const th = fields.map((f) => `"${f?.th ?? ''}"`).join(', ');
  const en = fields.map((f) => f?.en ?? '').join(', ');
  const formulas = replaced.map((r) => r.formula).join(' · ');
  return `ช่อง ${th} เดิมเป็นสูตร ${formulas} ซึ่งถูกแทนด้วยค่าที่กรอกแล้ว หากต้องการสูตรเดิม ให้พิมพ์สูตรนั้นในเซลล์อีกครั้ง (the ${en} cell held the formula ${formulas}, now replaced by the typed value; type the formula in the cell again to restore it)`;
}
