/**
 * Making a report tab (DESIGN §6) from a document tab: laid out by the core, written by the adapter,
 * marked as generated. Making it again replaces only the report the add-in made for the same
 * document and kind, found by its metadata — never a tab an officer made, whatever its name — and
 * only while it is as the add-in made it: one an officer renamed or edited is kept (earlier-report.ts).
 */

import type { ReportSummary } from '../../shared/api';
import { META } from '../metadata';
import type { SheetsContext } from './context';
import { replaceMadeTab } from './made-tab';
import { type ReportRequest, reportInputs } from './report-inputs';

export type { ReportRequest } from './report-inputs';
export { reportInputs } from './report-inputs';
export { workbookFacts } from './workbook-facts';

/** Makes (or makes again) a report of `kind` from the document tab `sheetId`. */
export function makeReportTab(context: SheetsContext, request: ReportRequest): ReportSummary {
  const { maker, tab, source: input, options } = reportInputs(context, request);
  const layout = maker.make(input, options);
  // The round and digits, so the print view of this tab (the menu's พิมพ์) is the same report.
  const madeWith = JSON.stringify({
    thaiDigits: request.thaiDigits,
    ...(request.round === undefined ? {} : { round: request.round }),
  });

  const source = String(tab.sheet.getSheetId());
  const { sheet, ...summary } = replaceMadeTab(
    context,
    layout,
    { [META.generated]: 'report', [META.kind]: request.kind, [META.source]: source },
    { [META.source]: source, [META.options]: madeWith },
    'การสร้างรายงาน',
  );
  context.spreadsheet.setActiveSheet(sheet);
  return summary;
}
