/**
 * The district roll-up's two working tabs, each made by the add-in and found again by its developer
 * metadata, never by its name:
 * - the links tab, where the officer lists the organizations (a name, a link): the add-in writes its
 *   header when it makes it and never writes it again, so what the officer typed there stays theirs;
 * - the imports tab, which the add-in owns (protected with a warning): row 1 labels a band per
 *   spreadsheet, row 2 holds its IMPORTRANGE; rewritten with one setValues only when the list changed,
 *   since a rewritten import is fetched again.
 */

import {
  BAND_WIDTH,
  changedSpan,
  IMPORT_ROW,
  IMPORT_ROWS,
  type ImportPlan,
  importedHeight,
  importsGrid,
  type ListedLink,
} from '../../core/rollup/rollup-sources';
import { readSheetLink } from '../../core/rollup/sheet-link';
import { SUMMARY_ROW_COUNT } from '../../core/summary/summary-shape';
import { toCellValue } from '../cell-value';
import { freeTabName } from '../metadata';
import { ensureSheetSize } from '../sheet-size';
import type { SheetApi, SpreadsheetApi } from '../spreadsheet-api';

/** Marks the links tab; the value is the layout's version. */
export const ROLLUP_LINKS_META = 'ita-sheets.rollup-links';
/** Marks the imports tab. */
export const ROLLUP_IMPORTS_META = 'ita-sheets.rollup-imports';

export const LINKS_TAB_NAME = 'รายชื่อหน่วยงานในอำเภอ';
const IMPORTS_TAB_NAME = 'นำเข้าข้อมูลหน่วยงาน';

/** The links tab's header: a name (optional) and a link per row, from row 2. */
const LINKS_HEADER = [
  'ชื่อหน่วยงาน (ไม่บังคับ)',
  'ลิงก์ Google Sheets ของหน่วยงาน (หรือรหัสสเปรดชีต)',
  'หมายเหตุ (ของผู้ใช้ add-in ไม่อ่าน)',
] as const;

const LINKS_NOTE =
  'วางลิงก์สเปรดชีตของแต่ละหน่วยงานในคอลัมน์ B ทีละแถว (จากปุ่ม แชร์ › คัดลอกลิงก์ ของหน่วยงาน) แล้วเลือก อัปเดตภาพรวมอำเภอ ' +
  '(paste one organization spreadsheet link a row in column B, then choose Update the district roll-up)';

const IMPORTS_PROTECTION =
  'ita-sheets: แท็บนำเข้าข้อมูลของภาพรวมอำเภอ add-in เขียนเอง ไม่ต้องแก้ไข คลิกเซลล์ #REF! เพื่อกด อนุญาตให้เข้าถึง ' +
  '(the roll-up imports: written by the add-in; click a #REF! cell to Allow access)';

/** Makes the links tab at the end, its header written, row 1 frozen. */
export function newLinksTab(spreadsheet: SpreadsheetApi): SheetApi {
  const sheet = spreadsheet.insertSheet(
    freeTabName(spreadsheet, LINKS_TAB_NAME),
    spreadsheet.getSheets().length,
  );
  sheet.addDeveloperMetadata(ROLLUP_LINKS_META, '1');
  const header = sheet.getRange(1, 1, 1, LINKS_HEADER.length);
  header.setValues([[...LINKS_HEADER]]);
  header.setFontWeight('bold').setBackground('#e8eaed').setWrap(true);
  sheet.getRange(1, 2, 1, 1).setNote(LINKS_NOTE);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 1, 280);
  sheet.setColumnWidths(2, 1, 460);
  sheet.setColumnWidths(3, 1, 240);
  return sheet;
}

/**
 * The links listed, one getValues: column B the link, column A the name. A row with a link only in
 * column A (pasted into the first column) is read as that link. Blank rows are skipped.
 */
export function readListedLinks(sheet: SheetApi): ListedLink[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const rows = sheet.getRange(2, 1, last - 1, 2).getValues();
  return rows.flatMap((row, i): ListedLink[] => {
    const name = String(row[0] ?? '').trim();
    const link = String(row[1] ?? '').trim();
    if (link === '' && name === '') return [];
    if (link === '' && readSheetLink(name).ok) return [{ row: i + 2, label: '', link: name }];
    return [{ row: i + 2, label: name, link }];
  });
}

/** Makes the imports tab at the end: marked, protected with a warning, tall enough for a summary. */
export function newImportsTab(spreadsheet: SpreadsheetApi): SheetApi {
  const sheet = spreadsheet.insertSheet(
    freeTabName(spreadsheet, IMPORTS_TAB_NAME),
    spreadsheet.getSheets().length,
  );
  sheet.addDeveloperMetadata(ROLLUP_IMPORTS_META, '1');
  sheet.protect().setWarningOnly(true).setDescription(IMPORTS_PROTECTION);
  ensureSheetSize(sheet, IMPORT_ROW + IMPORT_ROWS, BAND_WIDTH);
  return sheet;
}

/** Rows 1–2 of the imports tab as they are: the bands' labels and their formulas. */
export interface ImportsHead {
  readonly labels: readonly unknown[];
  readonly formulas: readonly string[];
}

/** Reads rows 1–2 of the imports tab across all its columns: two calls. */
export function readImportsHead(sheet: SheetApi): ImportsHead {
  const head = sheet.getRange(1, 1, 2, Math.max(sheet.getMaxColumns(), 1));
  return { labels: head.getValues()[0] ?? [], formulas: head.getFormulas()[1] ?? [] };
}

/** The plan's rows 1–2 as wide as the tab's head, so bands no longer listed are blanked. */
const wantedHead = (plan: ImportPlan, head: ImportsHead) =>
  importsGrid(plan, Math.max(plan.bands.length * BAND_WIDTH, head.formulas.length, 1));

/**
 * Writes what differs of the plan's labels and imports, each row as one setValues of the columns from
 * its first change to its last: a band whose import is already there is not written again (a rewritten
 * import is fetched again). Returns whether an import was written.
 */
export function writeImports(sheet: SheetApi, plan: ImportPlan, head: ImportsHead): boolean {
  const [labels = [], formulas = []] = wantedHead(plan, head);
  ensureSheetSize(sheet, IMPORT_ROW + IMPORT_ROWS, labels.length);
  const labelSpan = changedSpan(labels, head.labels);
  if (labelSpan) {
    // The labels are text from the officer's list: written as text.
    const { first, last } = labelSpan;
    sheet
      .getRange(1, first + 1, 1, last - first + 1)
      .setValues([labels.slice(first, last + 1).map((label) => toCellValue(label))]);
  }
  const formulaSpan = changedSpan(formulas, head.formulas);
  if (formulaSpan) {
    // Built from the spreadsheets' ids alone (importFormula).
    const { first, last } = formulaSpan;
    sheet.getRange(IMPORT_ROW, first + 1, 1, last - first + 1).setValues([formulas.slice(first, last + 1)]);
  }
  return formulaSpan !== undefined;
}

/** Whether the imports tab holds the plan's imports as they are (nothing to write). */
export function importsMatch(plan: ImportPlan, head: ImportsHead): boolean {
  return changedSpan(wantedHead(plan, head)[1] ?? [], head.formulas) === undefined;
}

/**
 * What the imports brought, rows from IMPORT_ROW: one getValues of an organization summary's height; a
 * second, taller one when a band holds a district's roll-up (a province's imports).
 */
export function readImports(sheet: SheetApi, plan: ImportPlan): unknown[][] {
  const width = Math.max(plan.bands.length * BAND_WIDTH, 1);
  const first = sheet.getRange(IMPORT_ROW, 1, SUMMARY_ROW_COUNT, width).getValues();
  const height = importedHeight(plan, first[0] ?? []);
  if (height <= SUMMARY_ROW_COUNT) return first;
  return sheet.getRange(IMPORT_ROW, 1, height, width).getValues();
}
