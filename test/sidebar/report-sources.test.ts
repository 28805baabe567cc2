import { REPORT_CHOICES, reportSources } from '../../sidebar/src/report-sources';
import { REPORT_KINDS } from '../../src/core/reports/report-kinds';
import type { TabSummary } from '../../src/shared/api';

const tab = (sheetId: number, type: TabSummary['type']): TabSummary => ({
  sheetId,
  name: `tab ${sheetId}`,
  type,
  header: {},
});

describe('REPORT_CHOICES', () => {
  it('are the core report kinds, from the same document types', () => {
    expect(REPORT_CHOICES.map((c) => [c.id, c.from])).toEqual(REPORT_KINDS.map((k) => [k.id, k.from]));
  });
});

describe('reportSources', () => {
  const tabs = [tab(1, 'measures'), tab(2, 'ethics'), tab(3, 'results'), tab(4, 'results')];

  it('lists the tabs of the kind, the usual type first, the active one selected', () => {
    const sources = reportSources('results', tabs, 4);
    expect(sources.tabs.map((t) => t.sheetId)).toEqual([3, 4, 1]);
    expect(sources.selected).toBe(4);
  });

  it('selects the first when the active tab does not fit', () => {
    expect(reportSources('results', tabs, 2).selected).toBe(3);
    expect(reportSources('ethics', tabs, undefined).selected).toBe(2);
  });

  it('has nothing to offer without a tab of the kind', () => {
    expect(reportSources('action-plan', tabs, 1)).toEqual({ tabs: [], selected: undefined });
  });
});
