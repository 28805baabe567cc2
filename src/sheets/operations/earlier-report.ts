/**
 * An earlier report the add-in made, met again when the report is made anew: replaced when it is as
 * the add-in left it, kept (renamed "… (เดิม)" and no longer the add-in's) when an officer renamed it
 * or changed its values, notes or formulas, since they may have edited it for printing (a note
 * "ปลัดตรวจแล้ว…") and the new report would lose it. The add-in knows "as it left it" from the name
 * and fingerprints of the values and the notes kept in the tab's metadata when it made it; it never
 * writes a formula into a report, so any formula is an officer's. A mark made before notes were
 * fingerprinted (no `notes`) reads as "the add-in left no note": a note then keeps the tab.
 */

import { parseA1 } from '../../core/layout/a1';
import type { LayoutValue } from '../../core/layout/sheet-layout';
import { toThaiDigits } from '../../core/thai/digits';
import { firstFreeTabName, MAX_TAB_NAME, META, readMetadata } from '../metadata';
import type { SheetApi, SpreadsheetApi } from '../spreadsheet-api';

/** What the add-in keeps of a report it made, to tell later whether an officer changed it. */
export interface MadeMark {
  readonly name: string;
  readonly values: string;
  /** The notes' fingerprint; absent in marks made before notes counted (then: no note). */
  readonly notes?: string;
}

/** A cell as getValues reads it back: text as written, numbers, booleans, Dates; '' for blank. */
type ReadValue = LayoutValue | Date;

/**
 * The values' fingerprint (FNV-1a over a canonical text): trailing blank cells and rows are left
 * out, since getDataRange stops at the last value, and each value keeps its type.
 */
export function valuesFingerprint(rows: readonly (readonly ReadValue[])[]): string {
  const canonical = rows.map((row) => {
    const cells = row.map((v) => (v === null ? '' : v instanceof Date ? `d${v.getTime()}` : v));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (canonical.length > 0 && canonical[canonical.length - 1]?.length === 0) canonical.pop();
  return fnv1a(JSON.stringify(canonical));
}

/** FNV-1a of a text, with its length: short, and enough to tell an edit from none. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}

/** A note at a cell (1-based row and column). */
type PlacedNote = readonly [number, number, string];

/** The notes' fingerprint: each non-empty note with its cell, in row then column order. */
export function notesFingerprint(notes: readonly PlacedNote[]): string {
  const sorted = notes.filter(([, , text]) => text !== '').sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2);
  return fnv1a(JSON.stringify(sorted));
}

/** The notes applyLayout writes: those by A1 cell within the block of values. */
function layoutNotes(
  values: readonly (readonly LayoutValue[])[],
  notes: Readonly<Record<string, string>> = {},
): PlacedNote[] {
  const columns = values.reduce((most, r) => Math.max(most, r.length), 0);
  return Object.entries(notes).flatMap(([cell, text]) => {
    const at = parseA1(cell);
    return at.row <= values.length && at.column <= columns ? [[at.row, at.column, text] as const] : [];
  });
}

/** The metadata value recording a report as the add-in writes it. */
export function madeMark(
  name: string,
  values: readonly (readonly LayoutValue[])[],
  notes?: Readonly<Record<string, string>>,
): string {
  const mark: MadeMark = {
    name,
    values: valuesFingerprint(values),
    notes: notesFingerprint(layoutNotes(values, notes)),
  };
  return JSON.stringify(mark);
}

function readMark(text: string | undefined): MadeMark | undefined {
  if (text === undefined) return undefined;
  try {
    const mark: unknown = JSON.parse(text);
    const { name, values, notes } = (mark ?? {}) as Partial<MadeMark>;
    if (typeof name !== 'string' || typeof values !== 'string') return undefined;
    return typeof notes === 'string' ? { name, values, notes } : { name, values };
  } catch {
    return undefined;
  }
}

/** Every note of the tab's grid, empty cells' included (a note below the report is an officer's too). */
function sheetNotes(sheet: SheetApi): PlacedNote[] {
  const notes = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).getNotes();
  return notes.flatMap((row, r) =>
    row.flatMap((text, c) => (text === '' ? [] : [[r + 1, c + 1, text] as const])),
  );
}

/**
 * True when the report is as the add-in made it: same name, same values, same notes, no formula. A
 * report made before the add-in kept its mark counts as changed, so it is kept rather than lost.
 * Eight calls: the metadata, the name, the values and formulas of the data range, the notes of the grid.
 */
export function isUntouched(sheet: SheetApi): boolean {
  const mark = readMark(readMetadata(sheet).get(META.made));
  if (!mark || sheet.getName() !== mark.name) return false;
  const data = sheet.getDataRange();
  if (valuesFingerprint(data.getValues() as ReadValue[][]) !== mark.values) return false;
  // The add-in writes no formula in a report (text that looks like one is written as text).
  if (data.getFormulas().some((row) => row.some((formula) => formula !== ''))) return false;
  return notesFingerprint(sheetNotes(sheet)) === (mark.notes ?? notesFingerprint([]));
}

/**
 * Keeps an earlier report an officer changed: its name stays if they renamed it, else it becomes
 * "<name> (เดิม)" ("(เดิม ๒)" … when taken), and it is no longer marked as the add-in's, so no later
 * run replaces it. Returns its name.
 */
export function keepEarlier(spreadsheet: SpreadsheetApi, sheet: SheetApi, reportName: string): string {
  for (const meta of sheet.getDeveloperMetadata()) if (meta.getKey() === META.generated) meta.remove();
  const name = sheet.getName();
  if (name.toLowerCase() !== reportName.toLowerCase()) return name;
  const base = reportName.slice(0, MAX_TAB_NAME - 12);
  const kept = firstFreeTabName(
    spreadsheet,
    (n) => `${base} (เดิม${n === 1 ? '' : ` ${toThaiDigits(String(n))}`})`,
  );
  sheet.setName(kept);
  return kept;
}
