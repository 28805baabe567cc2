/**
 * A service call fails at every possible point of each operation that makes a tab (as Apps Script
 * fails a call now and then): the officer's tabs keep every value, no unfinished tab is left, and
 * the officer is told what failed and that nothing was lost. A report made again may be left made
 * (the old one replaced) or not (the old one kept), but never half made.
 */

import { createServerApi } from '../../../src/server/api';
import type { ApiResult, ServerApi } from '../../../src/shared/api';
import { inspectSheet, type MemoryWorkbook } from '../../../src/sheets/memory';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { fixture, seed } from '../../support/fixtures';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

interface Scenario {
  readonly name: string;
  /** Prepares the workbook; returns the operation to run. */
  readonly setUp: (workbook: MemoryWorkbook, api: ServerApi) => () => ApiResult<unknown>;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'create a document tab',
    setUp: (_, api) => () => api.createDocumentTab({ type: 'measures', fiscalYear: 2568 }),
  },
  {
    name: 'structure the pasted tab',
    setUp: (workbook, api) => {
      pasteTab(workbook, 'วาง', fixture('ethics-fy2568.txt'));
      return () => api.structureActiveTab({ type: 'ethics' });
    },
  },
  {
    name: 'make a report again over an earlier one',
    setUp: (workbook, api) => {
      pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));
      const structured = api.structureActiveTab({ type: 'ita-analysis' });
      if (!structured.ok) throw new Error(structured.error);
      const request = { kind: 'ita-analysis', sheetId: structured.value.tab.sheetId };
      api.makeReport(request);
      return () => api.makeReport(request);
    },
  },
];

function fresh(scenario: Scenario) {
  const { workbook, context } = testWorkbook();
  const api = createServerApi(
    () => context,
    () => null,
  );
  const run = scenario.setUp(workbook, api);
  return { workbook, run };
}

/** The officer's tabs and the add-in's document tabs, as they show: everything but generated reports. */
const keptTabs = (workbook: MemoryWorkbook) =>
  workbook
    .getSheets()
    .filter((sheet) => readMetadata(sheet).get(META.generated) !== 'report')
    .map((sheet) => snapshot(sheet));

/** Every report tab is whole: it has its title, its metadata and its protection. */
const reportsAreWhole = (workbook: MemoryWorkbook) =>
  workbook
    .getSheets()
    .filter((sheet) => readMetadata(sheet).get(META.generated) === 'report')
    .every((sheet) => {
      const state = inspectSheet(sheet);
      return (
        String(sheet.getRange('A1').getValues()[0]?.[0]).startsWith('รายงาน') &&
        readMetadata(sheet).has(META.source) &&
        state.protections.length === 1
      );
    });

describe.each(SCENARIOS)('a failing service call while we $name', (scenario) => {
  const total = (() => {
    const { workbook, run } = fresh(scenario);
    workbook.resetCalls();
    run();
    return workbook.totalCalls();
  })();

  it('leaves every tab as it was, or the operation done, at whichever call it fails', () => {
    for (let n = 1; n <= total; n++) {
      const { workbook, run } = fresh(scenario);
      const before = keptTabs(workbook);
      workbook.failAtCall(n);

      const result = run();

      expect({ n, whole: reportsAreWhole(workbook) }).toEqual({ n, whole: true });
      if (result.ok) continue;
      expect({ n, error: result.error }).toEqual({
        n,
        error: expect.stringMatching(/ไม่สูญหาย.*nothing was lost/),
      });
      expect({ n, tabs: keptTabs(workbook) }).toEqual({ n, tabs: before });
    }
  });
});
