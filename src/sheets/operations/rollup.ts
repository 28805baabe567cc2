/**
 * The district's roll-up (docs/district-rollup.md): from the links the officer listed, the imports
 * Sheets fetches (IMPORTRANGE of each organization's ITA_SUMMARY; no new OAuth scope), the ranking
 * and the district's counts computed by the core, written as the roll-up tab (laid out from the same
 * model as the print view) and as the roll-up's own ITA_SUMMARY block, which a province imports.
 *
 * Calls: each tab's metadata once, the links (one getValues), the imports compared (two reads) and
 * written only when the list changed (one setValues), one flush, the imports read (one getValues, two
 * for a province), the roll-up tab laid out as a report is, and the block (one setValues): constant in
 * the number of organizations.
 */

import { computeRollup, type RollupContext } from '../../core/rollup/rollup';
import { ROLLUP_WIDTH, rollupBlock } from '../../core/rollup/rollup-shape';
import { existingBands, type ImportPlan, planImports, readSources } from '../../core/rollup/rollup-sources';
import type { Rollup } from '../../core/rollup/rollup-types';
import { rollupModel } from '../../core/reports/models/rollup-model';
import { modelSheet } from '../../core/reports/model-sheet';
import { printDialogHtml } from '../../core/reports/print-dialog';
import { rollupPrintHtml } from '../../core/reports/print-view';
import type { ReportSigner } from '../../core/reports/report-options';
import { SUMMARY_RANGE_NAME } from '../../core/summary/summary-shape';
import type { PrintSummary, RollupAnswer } from '../../shared/api';
import { toCellValue } from '../cell-value';
import { freeTabName, META, readMetadata } from '../metadata';
import { ensureSheetSize } from '../sheet-size';
import type { SheetApi, SpreadsheetApi } from '../spreadsheet-api';
import { OperationError, type SheetsContext } from './context';
import { replaceMadeTab } from './made-tab';
import { makingNewTabs } from './new-tabs';
import { printingOf } from './print-report';
import { loadProfile } from './profile';
import {
  importsMatch,
  newImportsTab,
  newLinksTab,
  readImports,
  readImportsHead,
  readListedLinks,
  ROLLUP_IMPORTS_META,
  ROLLUP_LINKS_META,
  writeImports,
} from './rollup-tabs';

/** Marks the tab of the roll-up's own ITA_SUMMARY block (for the province). */
const ROLLUP_SUMMARY_META = 'ita-sheets.rollup-summary';
const ROLLUP_SUMMARY_TAB_NAME = 'สรุปสำหรับจังหวัด';
/** The roll-up tab's kind in its report metadata. */
const ROLLUP_KIND = 'rollup';

const SUMMARY_PROTECTION =
  'ita-sheets: สรุปภาพรวมสำหรับจังหวัด ปรับปรุงโดย add-in ไม่ต้องแก้ไข (the roll-up summary the province imports)';

/** The roll-up's tabs, found by their marks (each tab's metadata read once). */
interface RollupTabs {
  readonly links: SheetApi | undefined;
  readonly imports: SheetApi | undefined;
  readonly summary: SheetApi | undefined;
  /** The options the roll-up tab was made with, when there is one. */
  readonly made: RollupOptions | undefined;
  /** Whether the spreadsheet holds document tabs: an organization's own. */
  readonly documents: boolean;
}

function findRollupTabs(spreadsheet: SpreadsheetApi): RollupTabs {
  const marked = spreadsheet.getSheets().map((sheet) => ({ sheet, meta: readMetadata(sheet) }));
  const withMark = (key: string): SheetApi | undefined => marked.find(({ meta }) => meta.has(key))?.sheet;
  const made = marked.map(({ meta }) => optionsOfMeta(meta)).find((o) => o !== undefined);
  return {
    links: withMark(ROLLUP_LINKS_META),
    imports: withMark(ROLLUP_IMPORTS_META),
    summary: withMark(ROLLUP_SUMMARY_META),
    made,
    documents: marked.some(({ meta }) => meta.has(META.type)),
  };
}

const ORGANIZATION_SPREADSHEET =
  'สเปรดชีตนี้มีแท็บเอกสารของหน่วยงาน จึงไม่ทำเป็นภาพรวมอำเภอ ภาพรวมอำเภอใช้ในสเปรดชีตของท้องถิ่นอำเภอเอง ' +
  "(this spreadsheet holds an organization's document tabs: the district's roll-up is made in the district's own spreadsheet)";

const NO_ROLLUP =
  'สเปรดชีตนี้ยังไม่มีภาพรวมอำเภอ เลือก อัปเดตภาพรวมอำเภอ ก่อน (this spreadsheet has no roll-up yet: update it first)';

const LINKS_CHANGED =
  'รายชื่อลิงก์เปลี่ยนไปหลังการอัปเดตครั้งล่าสุด เลือก อัปเดตภาพรวมอำเภอ ก่อนพิมพ์ (the links changed since the last update: update the roll-up first)';

/** The roll-up computed from the imports as they are, with the plan they were read by. */
function computeFrom(context: SheetsContext, imports: SheetApi, plan: ImportPlan, now: Date): Rollup {
  return computeRollup(readSources(plan, readImports(imports, plan)), contextOf(context, now));
}

/** The roll-up's own block under ITA_SUMMARY, on its marked tab: one setValues, blanking rows it no longer needs. */
function writeRollupSummary(spreadsheet: SpreadsheetApi, tab: SheetApi | undefined, rollup: Rollup): void {
  const block = rollupBlock(rollup);
  const sheet =
    tab ??
    makingNewTabs(spreadsheet, 'สร้างแท็บสรุปสำหรับจังหวัด', () => {
      const made = spreadsheet.insertSheet(
        freeTabName(spreadsheet, ROLLUP_SUMMARY_TAB_NAME),
        spreadsheet.getSheets().length,
      );
      made.addDeveloperMetadata(ROLLUP_SUMMARY_META, '1');
      made.protect().setWarningOnly(true).setDescription(SUMMARY_PROTECTION);
      return made;
    });
  ensureSheetSize(sheet, block.length, ROLLUP_WIDTH);
  const height = sheet.getMaxRows();
  const blank = (): string[] => Array<string>(ROLLUP_WIDTH).fill('');
  const rows = [...block, ...Array.from({ length: height - block.length }, blank)];
  sheet.getRange(1, 1, height, ROLLUP_WIDTH).setValues(rows.map((row) => row.map((v) => toCellValue(v))));
  spreadsheet.setNamedRange(SUMMARY_RANGE_NAME, sheet.getRange(1, 1, block.length, ROLLUP_WIDTH));
}

/** The sidebar's view of a roll-up. */
function answerOf(
  rollup: Rollup,
  tabs: { links: SheetApi; imports?: SheetApi; rollup?: SheetApi },
): Omit<RollupAnswer, 'madeLinksTab' | 'updated'> {
  return {
    linksSheetId: tabs.links.getSheetId(),
    ...(tabs.imports ? { importsSheetId: tabs.imports.getSheetId() } : {}),
    ...(tabs.rollup ? { rollupSheetId: tabs.rollup.getSheetId() } : {}),
    scope: rollup.scope,
    name: rollup.name,
    fiscalYear: rollup.fiscalYear ?? null,
    asOf: rollup.asOf,
    sources: rollup.sources.map((s) => ({
      row: s.row,
      label: s.label !== '' ? s.label : (s.organizations[0]?.organization ?? ''),
      status: s.status,
      message: s.message,
      ...(s.importCell ? { importCell: s.importCell } : {}),
      organizations: s.organizations.length,
    })),
    ranked: rollup.ranked.map((o) => ({
      rank: o.rank,
      organization: o.organization,
      district: o.district,
      projectedLevel: o.projectedLevel,
      projectedTotal: o.projectedTotal ?? null,
      oitScoreToday: o.oitScoreToday ?? null,
      oitPublished: o.oitPublished ?? null,
      oitRequired: o.oitRequired ?? null,
      documentsReady: o.documentsReady.length,
      oitMissing: o.oitMissing.length + o.oitMissingMore,
      atRisk: o.atRisk,
      notStarted: o.notStarted,
    })),
    levelCounts: rollup.levelCounts,
    commonMissing: rollup.commonMissing,
  };
}

/** What the roll-up's options are when the officer does not say (the tab, the print view). */
export interface RollupOptions {
  readonly thaiDigits: boolean;
  readonly signer?: ReportSigner;
}

/**
 * Brings the roll-up up to date: the links tab made on the first call (the officer then lists the
 * links, and nothing else is made yet); then the imports written when the list changed, read after a
 * flush, the roll-up tab laid out again and the block for the province rewritten.
 */
export function updateRollup(context: SheetsContext, now: Date, asked: RollupOptions): RollupAnswer {
  const { spreadsheet } = context;
  const found = findRollupTabs(spreadsheet);
  if (!found.links) {
    // An organization's spreadsheet is never turned into a roll-up by a click on the district page.
    if (found.documents) throw new OperationError(ORGANIZATION_SPREADSHEET);
    const links = makingNewTabs(spreadsheet, 'สร้างแท็บรายชื่อหน่วยงาน', () => newLinksTab(spreadsheet));
    spreadsheet.setActiveSheet(links);
    return {
      ...answerOf(computeRollup([], contextOf(context, now)), { links }),
      madeLinksTab: true,
      updated: false,
    };
  }
  const links = found.links;
  const listed = readListedLinks(links);
  if (listed.length === 0 && !found.imports) {
    return {
      ...answerOf(computeRollup([], contextOf(context, now)), { links }),
      madeLinksTab: false,
      updated: false,
    };
  }
  const imports =
    found.imports ?? makingNewTabs(spreadsheet, 'สร้างแท็บนำเข้าข้อมูล', () => newImportsTab(spreadsheet));
  const head = readImportsHead(imports);
  const plan = planImports(listed, spreadsheet.getId(), existingBands(head.formulas));
  if (writeImports(imports, plan, head)) context.services.flush();
  const rollup = computeFrom(context, imports, plan, now);
  // While Sheets still fetches an import, the roll-up would rank without it: the tab and the block the
  // province imports stay as they were until an update reads every import.
  if (rollup.sources.some((s) => s.status === 'loading')) {
    return { ...answerOf(rollup, { links, imports }), madeLinksTab: false, updated: false };
  }
  // A signer not given is the one the roll-up was made with (the menu's update names none).
  const signer = asked.signer ?? found.made?.signer;
  const options: RollupOptions = { ...asked, ...(signer ? { signer } : {}) };
  const { sheet } = replaceMadeTab(
    context,
    modelSheet(rollupModel(rollup, options)),
    { [META.generated]: 'report', [META.kind]: ROLLUP_KIND },
    // The digits and the signer, so the menu's พิมพ์ on this tab prints the report as the tab shows it.
    { [META.options]: JSON.stringify(options) },
    'การสร้างภาพรวมอำเภอ',
  );
  writeRollupSummary(spreadsheet, found.summary, rollup);
  // The officer sees the roll-up, not the tab made last (insertSheet shows the tab it makes).
  spreadsheet.setActiveSheet(sheet);
  return { ...answerOf(rollup, { links, imports, rollup: sheet }), madeLinksTab: false, updated: true };
}

/** What the roll-up is of: the office's profile, and now. */
function contextOf(context: SheetsContext, now: Date): RollupContext {
  const profile = loadProfile(context.properties);
  return {
    office: profile?.organization ?? '',
    district: profile?.district ?? '',
    province: profile?.province ?? '',
    asOf: now.toISOString(),
  };
}

/** The roll-up as the imports hold it now, read only: for the print view. */
export function currentRollup(context: SheetsContext, now: Date): Rollup {
  const { links, imports } = findRollupTabs(context.spreadsheet);
  if (!links || !imports) throw new OperationError(NO_ROLLUP);
  const head = readImportsHead(imports);
  const plan = planImports(readListedLinks(links), context.spreadsheet.getId(), existingBands(head.formulas));
  if (!importsMatch(plan, head)) throw new OperationError(LINKS_CHANGED);
  return computeFrom(context, imports, plan, now);
}

/**
 * The options a roll-up tab was made with, when `sheet` is one (the menu's พิมพ์ on the active tab
 * prints the district report); undefined for any other tab.
 */
export function rollupTabOptions(sheet: SheetApi): RollupOptions | undefined {
  return optionsOfMeta(readMetadata(sheet));
}

const textOr = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : undefined;

/** The options stored on a roll-up tab's metadata (the digits, the signer); undefined for another tab. */
function optionsOfMeta(meta: ReadonlyMap<string, string>): RollupOptions | undefined {
  if (meta.get(META.generated) !== 'report' || meta.get(META.kind) !== ROLLUP_KIND) return undefined;
  let made: { thaiDigits?: unknown; signer?: { name?: unknown; position?: unknown } } = {};
  try {
    const parsed: unknown = JSON.parse(meta.get(META.options) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) made = parsed;
  } catch {
    // A tab whose options cannot be read prints with the defaults: Thai digits, no signer.
  }
  const name = textOr(made.signer?.name);
  const position = textOr(made.signer?.position);
  return {
    thaiDigits: made.thaiDigits !== false,
    ...(name || position ? { signer: { ...(name ? { name } : {}), ...(position ? { position } : {}) } } : {}),
  };
}

/** Shows the district report's print view; nothing in the spreadsheet changes. */
export function printRollup(context: SheetsContext, now: Date, asked: RollupOptions): PrintSummary {
  const printing = printingOf(context);
  const rollup = currentRollup(context, now);
  // A signer not given (the menu's print) is the one the roll-up tab was made with.
  const signer = asked.signer ?? findRollupTabs(context.spreadsheet).made?.signer;
  const options: RollupOptions = { ...asked, ...(signer ? { signer } : {}) };
  const title = rollup.scope === 'province' ? `ภาพรวมจังหวัด${rollup.name}` : `ภาพรวมอำเภอ${rollup.name}`;
  const view = rollupPrintHtml(rollup, options, printing.fontCss());
  printing.showDialog(printDialogHtml(view, title), title);
  return { title };
}
