/** A fresh in-memory workbook with the context every operation works on, and a tab pasted from text. */

import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { ServerHandlers } from '../../src/shared/api';
import type { Profile } from '../../src/core/documents/header';
import { parsePastedText } from '../../src/core/structure/paste';
import { toCellValue } from '../../src/sheets/cell-value';
import { MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { MemoryProperties } from '../../src/sheets/memory-properties';
import type { SheetsContext } from '../../src/sheets/operations/context';
import { storeProfile } from '../../src/sheets/operations/profile';
import { ensureSheetSize } from '../../src/sheets/sheet-size';
import type { SheetApi } from '../../src/sheets/spreadsheet-api';

export const PROFILE: Profile = {
  organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
  district: 'โนนสูง',
  province: 'นครราชสีมา',
  website: 'https://www.nongbuathong.go.th',
  units: ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา'],
};

export interface TestWorkbook {
  readonly workbook: MemoryWorkbook;
  readonly context: SheetsContext;
}

/** A workbook whose document properties hold `profile` (the test profile unless null); `id` tells workbooks of a registry apart. */
export function testWorkbook(profile: Profile | null = PROFILE, id?: string): TestWorkbook {
  const workbook = new MemoryWorkbook({ name: 'ทดสอบ', ...(id === undefined ? {} : { id }) });
  const properties = new MemoryProperties();
  if (profile) storeProfile(properties, profile);
  return { workbook, context: { spreadsheet: workbook, services: memoryServices(workbook), properties } };
}

/** A tab holding pasted text as an officer's paste leaves it, made the active tab. */
export function pasteTab(workbook: MemoryWorkbook, name: string, text: string): SheetApi {
  const rows = parsePastedText(text);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const sheet = workbook.insertSheet(name, workbook.getSheets().length);
  ensureSheetSize(sheet, rows.length, width);
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => toCellValue(r[c] ?? ''))));
  workbook.setActiveSheet(sheet);
  return sheet;
}

/** Everything a tab shows: values, notes and fills, to prove a tab was left as it was. */
export function snapshot(sheet: SheetApi): unknown {
  const range = sheet.getDataRange();
  return {
    name: sheet.getName(),
    values: range.getValues(),
    notes: range.getNotes(),
    fills: range.getBackgrounds(),
  };
}

/**
 * Text pasted into a new tab as Sheets reads a paste: every cell as if typed, no apostrophe added, so a
 * `- item` line becomes the formula Sheets makes of it (pasteTab writes the cells as the add-in would).
 */
export function pasteAsSheets(workbook: MemoryWorkbook, text: string): SheetApi {
  const rows = parsePastedText(text);
  const width = Math.max(...rows.map((r) => r.length));
  const sheet = workbook.insertSheet('วาง', workbook.getSheets().length);
  ensureSheetSize(sheet, rows.length, width);
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
  workbook.setActiveSheet(sheet);
  return sheet;
}

/** A test workbook with the sidebar's API over it, and a clock the summary's times are read from. */
export interface TestOffice extends TestWorkbook {
  readonly api: ServerHandlers;
  /** Sets the time the API reads from now on. */
  tick(at: string): void;
}

/** The sidebar's API over a fresh test workbook (`testWorkbook(profile, id)`), its clock at `now`. */
export function testOffice(
  profile: Profile | null = PROFILE,
  id?: string,
  now = new Date('2026-12-07T03:00:00Z'),
): TestOffice {
  const made = testWorkbook(profile, id);
  let clock = now;
  const api = createServerApi(
    () => made.context,
    singleProcessLock,
    () => clock,
  );
  return {
    ...made,
    api,
    tick: (at) => {
      clock = new Date(at);
    },
  };
}
