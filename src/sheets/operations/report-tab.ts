/**
 * Making a report tab (DESIGN §6) from a document tab: laid out by the core, written by the adapter,
 * marked as generated. Making it again replaces only the report the add-in made for the same
 * document and kind, found by its metadata — never a tab an officer made, whatever its name — and
 * only while it is as the add-in made it: one an officer renamed or edited is kept (earlier-report.ts).
 */

import type { ReportSummary } from '../../shared/api';
import { applyLayout } from '../apply-layout';
import { findTabs, freeTabName, META } from '../metadata';
import type { SheetsContext } from './context';
import { isUntouched, keepEarlier, madeMark } from './earlier-report';
import { makingNewTabs } from './new-tabs';
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
      { ...layout, metadata: { ...layout.metadata, [META.source]: source, [META.options]: madeWith } },
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
  sheet.addDeveloperMetadata(META.made, madeMark(name, layout.values));
  spreadsheet.setActiveSheet(sheet);
  return {
    sheetId: sheet.getSheetId(),
    name,
    url: `${spreadsheet.getUrl().replace(/\/edit.*$/, '')}/edit#gid=${sheet.getSheetId()}`,
    replaced: untouched.some((u) => u),
    ...(kept.length > 0 ? { kept } : {}),
  };
}
