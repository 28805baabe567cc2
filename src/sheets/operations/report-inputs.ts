/**
 * What a report is made from, read once for both of its renderers (the report tab and the print view):
 * the kind's maker, the document tab as a report source, and the options (the round, Thai digits, the
 * organization's profile, and for the readiness report the date and the workbook's tabs).
 */

import { DOCUMENT_TYPES } from '../../core/documents/types';
import type { ReportKind as ReportKindMaker, ReportSource } from '../../core/reports/report-kinds';
import { REPORT_KINDS } from '../../core/reports/report-kinds';
import type { ReportOptions } from '../../core/reports/report-options';
import { calendarDateIn } from '../../core/thai/time-zone';
import type { ReportKind } from '../../shared/api';
import { type DocumentTab, readRecords } from '../document-tab';
import { OperationError, type SheetsContext } from './context';
import { loadProfile } from './profile';
import { documentTabById } from './records';
import { workbookFacts } from './workbook-facts';

export interface ReportRequest {
  readonly kind: ReportKind;
  readonly sheetId: number;
  readonly round?: 6 | 12;
  readonly thaiDigits: boolean;
}

export interface ReportInputs {
  readonly maker: ReportKindMaker;
  readonly tab: DocumentTab;
  readonly source: ReportSource;
  readonly options: ReportOptions;
}

/** The maker, source and options of the report `request` asks for; a tab of the wrong type is refused. */
export function reportInputs(context: SheetsContext, request: ReportRequest): ReportInputs {
  const maker = REPORT_KINDS.find((k) => k.id === request.kind);
  if (!maker) throw new Error(`reportInputs: bug: no report kind ${request.kind}`);
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
