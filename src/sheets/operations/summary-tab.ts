/**
 * The organization's summary tab (ITA_SUMMARY, src/core/summary/summary-shape.ts): a small tab the
 * add-in owns (developer metadata marks it; protected with a warning only), one block of key/value rows
 * under the named range, rewritten whole with one setValues. The first writing also makes the tab,
 * marks and protects it and names the range; later ones find it by its mark and set the name on it again.
 * Reading what the block states: the profile (one property), the last check (one property), the tabs'
 * metadata (one call a tab), each chosen tab's last row, and the records of the OIT checklist and the
 * ITA analysis (one getValues each).
 */

import { DOCUMENT_TYPE_IDS } from '../../core/catalog';
import type { DocumentTypeId } from '../../core/documents/document-type';
import { currentFiscalYear, lazyClock } from '../../core/functions/sheet-clock';
import {
  type DocumentSummary,
  SUMMARY_COLUMNS,
  SUMMARY_RANGE_NAME,
  SUMMARY_ROW_COUNT,
  SUMMARY_VERSION,
  type SummaryFacts,
  summaryBlock,
  summaryByKey,
} from '../../core/summary/summary-shape';
import { itaSummary, oitSummary } from '../../core/summary/summary-figures';
import { toCellValue } from '../cell-value';
import { type DocumentTab, documentTabOf, readRecords, tabRef } from '../document-tab';
import { freeTabName, readMetadata } from '../metadata';
import { ensureSheetSize } from '../sheet-size';
import type { RangeApi, SheetApi, SpreadsheetApi } from '../spreadsheet-api';
import type { SheetsContext } from './context';
import { makingNewTabs } from './new-tabs';
import { loadLastCheck } from './last-check';
import { loadProfile } from './profile';
import { ROLLUP_LINKS_META } from './rollup-tabs';

/** The metadata key that marks the summary tab; its value is the shape's version. */
export const SUMMARY_META = 'ita-sheets.summary';

/** The summary tab's name when it is first made (a free name is taken if an officer's tab has it). */
export const SUMMARY_TAB_NAME = 'สรุปสำหรับอำเภอ';

const PROTECTION =
  'ita-sheets: สรุปสำหรับอำเภอ ปรับปรุงโดยอัตโนมัติ ไม่ต้องแก้ไข (the add-in keeps this summary up to date)';

/** What a writing of the summary did: whether it made the tab, and the time it states. */
export interface SummaryWritten {
  readonly made: boolean;
  readonly updatedAt: string;
  /** Set when nothing was written: the spreadsheet is a district's roll-up, whose ITA_SUMMARY is the roll-up's own. */
  readonly skipped?: 'rollup';
}

/** The tab of a type the summary speaks of: of the year (or of no year), the rightmost. */
function chosenTab(
  tabs: readonly DocumentTab[],
  type: DocumentTypeId,
  year: number | undefined,
): DocumentTab | undefined {
  const ofType = tabs.filter((t) => t.type.id === type);
  const ofYear = ofType.filter((t) => t.header.fiscalYear === undefined || t.header.fiscalYear === year);
  const candidates = ofYear.length > 0 ? ofYear : ofType;
  return candidates[candidates.length - 1];
}

/** The latest ITA analysis: the newest year, the rightmost of it. */
function latestAnalysis(tabs: readonly DocumentTab[]): DocumentTab | undefined {
  return tabs
    .filter((t) => t.type.id === 'ita-analysis')
    .reduce<DocumentTab | undefined>(
      (best, t) => (!best || (t.header.fiscalYear ?? 0) >= (best.header.fiscalYear ?? 0) ? t : best),
      undefined,
    );
}

/**
 * The summary's block on its marked tab, the name set on it again: the name alone is not trusted (an
 * officer can point ITA_SUMMARY at a block of their own in Data › Named ranges, whose cells the add-in
 * must never write). The tab is grown back to the block's size if rows were deleted.
 */
function existingBlock(spreadsheet: SpreadsheetApi, marked: SheetApi | undefined): RangeApi | undefined {
  if (!marked) return undefined;
  ensureSheetSize(marked, SUMMARY_ROW_COUNT, SUMMARY_COLUMNS);
  const block = marked.getRange(1, 1, SUMMARY_ROW_COUNT, SUMMARY_COLUMNS);
  spreadsheet.setNamedRange(SUMMARY_RANGE_NAME, block);
  return block;
}

/** Makes the tab at the end, leaving the active tab as it was: marked, protected with a warning, its widths set, the block named. */
function newBlock(spreadsheet: SpreadsheetApi, count: number): RangeApi {
  // insertSheet shows the new tab: the officer stays on the tab they were on.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(freeTabName(spreadsheet, SUMMARY_TAB_NAME), count);
  spreadsheet.setActiveSheet(active);
  sheet.addDeveloperMetadata(SUMMARY_META, String(SUMMARY_VERSION));
  sheet.protect().setWarningOnly(true).setDescription(PROTECTION);
  sheet.setColumnWidths(1, SUMMARY_COLUMNS, 220);
  const block = sheet.getRange(1, 1, SUMMARY_ROW_COUNT, SUMMARY_COLUMNS);
  spreadsheet.setNamedRange(SUMMARY_RANGE_NAME, block);
  return block;
}

/** When the tab of a type last changed: now if it is another tab, holds other records, or was just written. */
function lastChange(
  type: DocumentTypeId,
  now: { tab: string; records: number | undefined },
  before: Map<string, unknown>,
  touched: ReadonlySet<DocumentTypeId>,
  at: string,
): string | undefined {
  const previous = before.get(`doc.${type}.lastChange`);
  const same =
    before.get(`doc.${type}.tab`) === now.tab && before.get(`doc.${type}.records`) === (now.records ?? '');
  if (now.tab === '') return typeof previous === 'string' && previous !== '' ? previous : undefined;
  if (same && !touched.has(type) && typeof previous === 'string' && previous !== '') return previous;
  return at;
}

/**
 * Brings the summary up to date: one setValues of the whole block. `touchedSheetId` is the tab the
 * action wrote, so its type's last change is now even when its record count did not change.
 */
export function writeSummary(context: SheetsContext, now: Date, touchedSheetId?: number): SummaryWritten {
  const { spreadsheet, properties } = context;
  const sheets = spreadsheet.getSheets();
  // Each tab's metadata read once: the document tabs, and the summary's own tab by its mark.
  const metas = sheets.map((sheet) => ({ sheet, meta: readMetadata(sheet) }));
  const tabs = metas
    .map(({ sheet, meta }) => documentTabOf(sheet, meta))
    .filter((t): t is DocumentTab => t !== undefined);
  // A district's roll-up keeps its own ITA_SUMMARY (src/sheets/operations/rollup.ts): never overwritten here.
  if (metas.some(({ meta }) => meta.has(ROLLUP_LINKS_META))) {
    return { made: false, updatedAt: now.toISOString(), skipped: 'rollup' };
  }
  const marked = metas.find(({ meta }) => meta.has(SUMMARY_META))?.sheet;
  const years = tabs.map((t) => t.header.fiscalYear).filter((y): y is number => y !== undefined);
  const year =
    years.length > 0
      ? Math.max(...years)
      : currentFiscalYear(
          lazyClock(
            () => spreadsheet.getSpreadsheetTimeZone(),
            () => now,
          ),
        );
  const profile = loadProfile(properties);
  const lastCheck = loadLastCheck(properties);
  const at = now.toISOString();

  const existing = existingBlock(spreadsheet, marked);
  const before = existing ? summaryByKey(existing.getValues()) : new Map<string, unknown>();
  const touched = new Set<DocumentTypeId>(
    touchedSheetId === undefined
      ? []
      : tabs.filter((t) => t.sheet.getSheetId() === touchedSheetId).map((t) => t.type.id),
  );

  const chosen = new Map(DOCUMENT_TYPE_IDS.map((type) => [type, chosenTab(tabs, type, year)] as const));
  const documents = Object.fromEntries(
    DOCUMENT_TYPE_IDS.map((type): [DocumentTypeId, DocumentSummary] => {
      const tab = chosen.get(type);
      const sheetId = tab?.sheet.getSheetId();
      const figures = {
        tab: tab ? tab.sheet.getName() : '',
        // The header row is row 1: the records are the rows below it.
        records: tab ? Math.max(tab.sheet.getLastRow() - 1, 0) : undefined,
      };
      return [
        type,
        {
          ...figures,
          errors:
            lastCheck && sheetId !== undefined && lastCheck.sheetId === sheetId
              ? lastCheck.errors
              : undefined,
          lastChange: lastChange(type, figures, before, touched, at),
        },
      ];
    }),
  ) as Record<DocumentTypeId, DocumentSummary>;

  const analysisTab = latestAnalysis(tabs);
  const analysis = analysisTab ? readRecords(analysisTab).map((r) => r.record) : undefined;
  const checklist = chosen.get('oit-checklist');
  const facts: SummaryFacts = {
    organization: profile?.organization ?? '',
    district: profile?.district ?? '',
    province: profile?.province ?? '',
    fiscalYear: year,
    documents,
    oit: checklist
      ? oitSummary(
          checklist.header.fiscalYear ?? year,
          readRecords(checklist).map((r) => r.record),
          {
            documentTabs: tabs.map(tabRef),
            ...(analysisTab && analysis
              ? {
                  analysis: {
                    name: analysisTab.sheet.getName(),
                    fiscalYear: analysisTab.header.fiscalYear,
                    records: analysis,
                  },
                }
              : {}),
          },
        )
      : undefined,
    ita: analysisTab && analysis ? itaSummary(analysisTab.header.fiscalYear, analysis) : undefined,
    updatedAt: at,
  };

  const block =
    existing ??
    makingNewTabs(spreadsheet, 'สร้างแท็บสรุปสำหรับอำเภอ', () => newBlock(spreadsheet, sheets.length));
  block.setValues(summaryBlock(facts).map((row) => row.map((value) => toCellValue(value))));
  return { made: existing === undefined, updatedAt: at };
}

/**
 * The summary brought up to date after an officer's action: never fails the action. A failure is
 * logged (Apps Script's executions log) and answered as a note, in Thai with an English gloss.
 */
export function refreshSummary(
  context: SheetsContext,
  now: Date,
  touchedSheetId?: number,
): string | undefined {
  try {
    writeSummary(context, now, touchedSheetId);
    return undefined;
  } catch (error) {
    console.error(
      'ita-sheets: the summary for the district could not be updated',
      error instanceof Error ? (error.stack ?? error) : error,
    );
    return 'บันทึกแล้ว แต่ยังปรับปรุงสรุปสำหรับอำเภอไม่ได้ ใช้เมนู อัปเดตสรุปสำหรับอำเภอ ภายหลัง (saved; the summary for the district could not be updated: use the menu item later)';
  }
}
