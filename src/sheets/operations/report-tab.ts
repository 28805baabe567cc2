/**
 * Making a report tab (DESIGN §6) from a document tab: laid out by the core, written by the adapter,
 * marked as generated. Making it again replaces only the report the add-in made for the same
 * document and kind, found by its metadata — never a tab an officer made, whatever its name — and
 * only while it is as the add-in made it: one an officer renamed or edited is kept (earlier-report.ts).
 */

import { DOCUMENT_TYPES } from '../../core/documents/types';
import type { WorkbookFacts } from '../../core/oit/oit-readiness';
import {
  REPORT_KINDS,
  type ReportKind as ReportMaker,
  type ReportSource,
} from '../../core/reports/report-kinds';
import type { ReportOptions } from '../../core/reports/report-options';
import { calendarDateIn } from '../../core/thai/time-zone';
import type { ReportKind, ReportSummary } from '../../shared/api';
import { applyLayout } from '../apply-layout';
import { documentTabs, readRecords, tabRef } from '../document-tab';
import { findTabs, freeTabName, META } from '../metadata';
import type { SheetApi, SpreadsheetApi } from '../spreadsheet-api';
import { OperationError, type SheetsContext } from './context';
import { isUntouched, keepEarlier, madeMark } from './earlier-report';
import { makingNewTabs } from './new-tabs';
import { loadProfile } from './profile';
import { documentTabById } from './records';

export interface ReportRequest {
  readonly kind: ReportKind;
  readonly sheetId: number;
  readonly round?: 6 | 12;
  readonly thaiDigits: boolean;
}

/**
 * The tab as PDF through the spreadsheet's own export URL (no extra scope): A4, landscape, fit to
 * width, no gridlines, the frozen rows repeated on every page; with `printed`, only the report's rows
 * and printed columns (r1, c1 from 0; r2, c2 past the last), not the chart's data beside them.
 */
export function pdfUrl(
  spreadsheet: SpreadsheetApi,
  sheet: SheetApi,
  printed?: { readonly rows: number; readonly columns: number },
): string {
  const base = spreadsheet.getUrl().replace(/\/edit.*$/, '');
  const params =
    'format=pdf&size=A4&portrait=false&fitw=true&gridlines=false&fzr=true&top_margin=0.5&bottom_margin=0.5&left_margin=0.5&right_margin=0.5';
  const range = printed ? `&r1=0&c1=0&r2=${printed.rows}&c2=${printed.columns}` : '';
  return `${base}/export?${params}&gid=${sheet.getSheetId()}${range}`;
}

/**
 * The document tabs of the spreadsheet and its latest ITA analysis (the newest fiscal year, the
 * rightmost tab of it), for the readiness report: two calls a tab, and the analysis's records.
 */
export function workbookFacts(spreadsheet: SpreadsheetApi): WorkbookFacts {
  const tabs = documentTabs(spreadsheet);
  const analyses = tabs.filter((t) => t.type.id === 'ita-analysis');
  const latest = analyses.reduce<(typeof analyses)[number] | undefined>(
    (best, t) => (!best || (t.header.fiscalYear ?? 0) >= (best.header.fiscalYear ?? 0) ? t : best),
    undefined,
  );
  return {
    documentTabs: tabs.map(tabRef),
    ...(latest
      ? {
          analysis: {
            name: latest.sheet.getName(),
            fiscalYear: latest.header.fiscalYear,
            records: readRecords(latest).map((r) => r.record),
          },
        }
      : {}),
  };
}

/**
 * What a report of `request.kind` is made from: the document tab `request.sheetId` read as a source,
 * and the options (the profile, and for the readiness report the day and the other tabs). The tab
 * and the print view are made from the same.
 */
export function reportInputs(
  context: SheetsContext,
  request: ReportRequest,
): {
  readonly maker: ReportMaker;
  readonly tab: ReturnType<typeof documentTabById>;
  readonly source: ReportSource;
  readonly options: ReportOptions;
} {
  const maker = REPORT_KINDS.find((k) => k.id === request.kind);
  if (!maker) throw new Error(`makeReportTab: bug: no report kind ${request.kind}`);
  const tab = documentTabById(context, request.sheetId);
  if (!maker.from.includes(tab.type.id)) {
    throw new OperationError(
      `${maker.th} ทำจากแท็บ${maker.from.map((t) => DOCUMENT_TYPES[t].th).join(' หรือแท็บ')} ได้เท่านั้น ` +
        `แต่แท็บ "${tab.sheet.getName()}" เป็น${tab.type.th} ` +
        `(a ${request.kind} report is made from ${maker.from.join(' or ')}, not ${tab.type.id})`,
    );
  }
  const records = readRecords(tab).map((r) => r.record);
  const profile = loadProfile(context.properties);
  const options: ReportOptions = {
    thaiDigits: request.thaiDigits,
    ...(request.round === undefined ? {} : { round: request.round }),
    ...(profile ? { profile } : {}),
    ...(request.kind === 'oit-readiness'
      ? {
          asOf: calendarDateIn(new Date(), context.spreadsheet.getSpreadsheetTimeZone()),
          workbook: workbookFacts(context.spreadsheet),
        }
      : {}),
  };
  return { maker, tab, source: { type: tab.type.id, header: tab.header, records }, options };
}

/** Makes (or makes again) a report of `kind` from the document tab `sheetId`. */
export function makeReportTab(context: SheetsContext, request: ReportRequest): ReportSummary {
  const { maker, tab, source: document, options } = reportInputs(context, request);
  const layout = maker.make(document, options);

  const { spreadsheet } = context;
  const source = String(tab.sheet.getSheetId());
  const earlier = findTabs(spreadsheet, {
    [META.generated]: 'report',
    [META.kind]: request.kind,
    [META.source]: source,
  });
  // Read before anything is written: which earlier report an officer changed, and so must keep.
  const untouched = earlier.map((old) => isUntouched(old));
  const at = earlier[0]?.getIndex() ?? spreadsheet.getSheets().length + 1;
  // The new report is made in full before the old one goes: a failure while making it removes the
  // unfinished tab and leaves the old report whole.
  const sheet = makingNewTabs(spreadsheet, 'การสร้างรายงาน', () => {
    const made = spreadsheet.insertSheet(freeTabName(spreadsheet, layout.name), at - 1);
    applyLayout(
      made,
      { ...layout, metadata: { ...layout.metadata, [META.source]: source } },
      context.services,
    );
    return made;
  });
  const kept = earlier.flatMap((old, i) => {
    if (untouched[i]) {
      spreadsheet.deleteSheet(old);
      return [];
    }
    return [keepEarlier(spreadsheet, old, layout.name)];
  });
  // The new report took "(2)" while the old one held its name: it takes the name back.
  let name = sheet.getName();
  if (name !== layout.name && spreadsheet.getSheetByName(layout.name) === null) {
    sheet.setName(layout.name);
    name = layout.name;
  }
  // Last, under its final name: a report left without it counts as changed, and is kept next time.
  sheet.addDeveloperMetadata(META.made, madeMark(name, layout.values, layout.notes));
  spreadsheet.setActiveSheet(sheet);
  return {
    sheetId: sheet.getSheetId(),
    name,
    url: `${spreadsheet.getUrl().replace(/\/edit.*$/, '')}/edit#gid=${sheet.getSheetId()}`,
    pdfUrl: pdfUrl(
      spreadsheet,
      sheet,
      layout.print?.columns === undefined
        ? undefined
        : { rows: layout.values.length, columns: layout.print.columns },
    ),
    replaced: untouched.some((u) => u),
    ...(kept.length > 0 ? { kept } : {}),
  };
}
