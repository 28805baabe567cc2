/** The workbook as the OIT readiness report sees it: its document tabs and its latest ITA analysis. */

import type { WorkbookFacts } from '../../core/oit/oit-readiness';
import { documentTabs, readRecords, tabRef } from '../document-tab';
import type { SpreadsheetApi } from '../spreadsheet-api';

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
