/**
 * An earlier report the add-in made, met again when the report is made anew: replaced when it is as
 * the add-in left it, kept (renamed "… (เดิม)" and no longer the add-in's) when an officer renamed it
 * or changed its values, since they may have edited it for printing and the new report would lose it.
 * The add-in knows "as it left it" from the name and a fingerprint of the values kept in the tab's
 * metadata when it made it.
 */

import type { LayoutValue } from '../../core/layout/sheet-layout';
import { toThaiDigits } from '../../core/thai/digits';
import { firstFreeTabName, MAX_TAB_NAME, META, readMetadata } from '../metadata';
import type { SheetApi, SpreadsheetApi } from '../spreadsheet-api';

/** What the add-in keeps of a report it made, to tell later whether an officer changed it. */
export interface MadeMark {
  readonly name: string;
  readonly values: string;
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
  const text = JSON.stringify(canonical);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}

/** The metadata value recording a report as the add-in writes it. */
export function madeMark(name: string, values: readonly (readonly LayoutValue[])[]): string {
  const mark: MadeMark = { name, values: valuesFingerprint(values) };
  return JSON.stringify(mark);
}

function readMark(text: string | undefined): MadeMark | undefined {
  if (text === undefined) return undefined;
  try {
    const mark: unknown = JSON.parse(text);
    const { name, values } = (mark ?? {}) as Partial<MadeMark>;
    return typeof name === 'string' && typeof values === 'string' ? { name, values } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the report is as the add-in made it: same name, same values. A report made before the
 * add-in kept its mark counts as changed, so it is kept rather than lost. Four calls.
 */
export function isUntouched(sheet: SheetApi): boolean {
  const mark = readMark(readMetadata(sheet).get(META.made));
  if (!mark || sheet.getName() !== mark.name) return false;
  return valuesFingerprint(sheet.getDataRange().getValues() as ReadValue[][]) === mark.values;
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
