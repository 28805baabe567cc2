/**
 * A service call fails at every possible point of each operation that makes a tab (as Apps Script
 * fails a call now and then): the officer's tabs keep every value, no unfinished tab is left, and
 * the officer is told what failed and that nothing was lost. A record is written whole or not at all;
 * marks left half made by a failed validation are put right by the next run. A report made again may be
 * left made (the old one replaced) or not (the old one kept), but never half made.
 */

import { createServerApi, singleProcessLock } from '../../../src/server/api';

import type { ApiResult, ServerHandlers } from '../../../src/shared/api';
import { inspectSheet, type MemoryWorkbook } from '../../../src/sheets/memory';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { fixture, seed } from '../../support/fixtures';
import { MEASURE } from '../../support/records';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

// The summary for the district states when it was written: the same in a clean run and a failed one.
const NOW = new Date('2026-12-07T03:00:00Z');

interface Scenario {
  readonly name: string;
  /** Prepares the workbook; returns the operation to run. */
  readonly setUp: (workbook: MemoryWorkbook, api: ServerHandlers) => () => ApiResult<unknown>;
  /** Marks on the officer's cells (fills, notes) may be left half made: values never. */
  readonly marks?: boolean;
}

function structured(api: ServerHandlers, type: string): number {
  const result = api.structureActiveTab({ type });
  if (!result.ok) throw new Error(result.error);
  return result.value.tab.sheetId;
}

/** A measures tab with two records, the second one opened for an update. */
function measuresWithTwo(api: ServerHandlers): number {
  const created = api.createDocumentTab({ type: 'measures', fiscalYear: 2568 });
  if (!created.ok) throw new Error(created.error);
  const { sheetId } = created.value;
  api.appendRecord({ sheetId, record: MEASURE });
  api.appendRecord({ sheetId, record: { ...MEASURE, no: '2', measure: '=HYPERLINK("x")' } });
  return sheetId;
}

/** measuresWithTwo with an officer's column (หมายเหตุ, a note and a formula) inserted between field columns. */
function measuresWithOfficerColumn(workbook: MemoryWorkbook, api: ServerHandlers): number {
  const sheetId = measuresWithTwo(api);
  const sheet = workbook.getSheets().find((s) => s.getSheetId() === sheetId)!;
  sheet.insertColumnsAfter(3, 1);
  sheet.getRange(1, 4, 3, 1).setValues([['หมายเหตุ'], ['ตรวจแล้ว'], ['=LEN(B3)']]);
  return sheetId;
}

/** The source tab of each report, pasted and structured. */
const REPORT_SOURCES = [
  { kind: 'results', type: 'measures', text: () => seed('measures-fy2563.txt') },
  { kind: 'ita-analysis', type: 'ita-analysis', text: () => seed('ita-analysis-fy2562.txt') },
  { kind: 'action-plan', type: 'action-plan', text: () => fixture('action-plan-thesaban-khok-klang.txt') },
  { kind: 'ethics', type: 'ethics', text: () => fixture('ethics-fy2568.txt') },
  { kind: 'oit-readiness', type: 'oit-checklist', text: () => fixture('oit-checklist-fy2568.txt') },
] as const;

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
    name: 'create an OIT checklist pre-filled with the FY 2564 items',
    setUp: (_, api) => () => api.createDocumentTab({ type: 'oit-checklist', fiscalYear: 2564 }),
  },
  {
    name: 'structure a pasted NACC item list',
    setUp: (workbook, api) => {
      pasteTab(workbook, 'วาง', fixture('oit-list-fy2567.txt'));
      return () => api.structureActiveTab({ type: 'oit-checklist' });
    },
  },
  {
    name: 'roll the OIT checklist into the next fiscal year',
    setUp: (workbook, api) => {
      pasteTab(workbook, 'วาง', fixture('oit-checklist-fy2568.txt'));
      const sheetId = structured(api, 'oit-checklist');
      return () => api.rolloverTab({ sheetId });
    },
  },
  {
    name: 'make the results tab of a measures tab',
    setUp: (workbook, api) => {
      pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
      const sheetId = structured(api, 'measures');
      return () => api.rolloverTab({ sheetId, as: 'results' });
    },
  },
  {
    name: 'append a record',
    setUp: (_, api) => {
      const sheetId = measuresWithTwo(api);
      return () => api.appendRecord({ sheetId, record: { ...MEASURE, no: '3', measure: '@ใหม่' } });
    },
  },
  {
    name: 'update a record',
    setUp: (_, api) => {
      const sheetId = measuresWithTwo(api);
      const read = api.readRecords({ sheetId });
      if (!read.ok) throw new Error(read.error);
      const expected = read.value.records[1]?.record;
      return () =>
        api.updateRecord({ sheetId, row: 3, record: { ...MEASURE, no: '2', measure: 'แก้แล้ว' }, expected });
    },
  },
  {
    name: "append a record to a tab with an officer's column between field columns",
    setUp: (workbook, api) => {
      const sheetId = measuresWithOfficerColumn(workbook, api);
      return () => api.appendRecord({ sheetId, record: { ...MEASURE, no: '3', measure: 'ใหม่' } });
    },
  },
  {
    name: "update a record on a tab with an officer's column between field columns",
    setUp: (workbook, api) => {
      const sheetId = measuresWithOfficerColumn(workbook, api);
      const read = api.readRecords({ sheetId });
      if (!read.ok) throw new Error(read.error);
      const expected = read.value.records[1]?.record;
      return () =>
        api.updateRecord({
          sheetId,
          row: 3,
          record: { ...MEASURE, no: '2', measure: 'แก้แล้ว', monitoring: 'ประจำปี' },
          expected,
        });
    },
  },
  {
    name: 'validate a tab and mark its cells',
    marks: true,
    setUp: (workbook, api) => {
      pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
      const sheetId = structured(api, 'measures');
      // Marks of an earlier run, to be cleared and made again.
      api.validateTab({ sheetId, mark: true });
      return () => api.validateTab({ sheetId, mark: true });
    },
  },
  ...REPORT_SOURCES.flatMap(({ kind, type, text }) => [
    {
      name: `make the ${kind} report`,
      setUp: (workbook: MemoryWorkbook, api: ServerHandlers) => {
        pasteTab(workbook, 'วาง', text());
        const sheetId = structured(api, type);
        return () => api.makeReport({ kind, sheetId });
      },
    },
    {
      name: `make the ${kind} report again over an earlier one`,
      setUp: (workbook: MemoryWorkbook, api: ServerHandlers) => {
        pasteTab(workbook, 'วาง', text());
        const sheetId = structured(api, type);
        api.makeReport({ kind, sheetId });
        return () => api.makeReport({ kind, sheetId });
      },
    },
  ]),
];

function fresh(scenario: Scenario) {
  const { workbook, context } = testWorkbook();
  const api = createServerApi(
    () => context,
    singleProcessLock,
    () => NOW,
  );
  const run = scenario.setUp(workbook, api);
  return { workbook, run };
}

/** The officer's tabs and the add-in's document tabs, as they show: everything but generated reports. */
const keptTabs = (workbook: MemoryWorkbook, valuesOnly = false) =>
  workbook
    .getSheets()
    .filter((sheet) => readMetadata(sheet).get(META.generated) !== 'report')
    .map((sheet) =>
      valuesOnly ? { name: sheet.getName(), values: sheet.getDataRange().getValues() } : snapshot(sheet),
    );

/** Every report tab is whole: it has its title, its metadata and its protection. */
const reportsAreWhole = (workbook: MemoryWorkbook) =>
  workbook
    .getSheets()
    .filter((sheet) => readMetadata(sheet).get(META.generated) === 'report')
    .every((sheet) => {
      const state = inspectSheet(sheet);
      return (
        String(sheet.getRange('A1').getValues()[0]?.[0]).trim() !== '' &&
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

  it('leaves every tab as it was, or the operation done, at whichever call it fails, and logs the failure', () => {
    expect(total).toBeGreaterThan(0);
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let n = 1; n <= total; n++) {
      const { workbook, run } = fresh(scenario);
      const before = keptTabs(workbook, scenario.marks);
      workbook.failAtCall(n);
      log.mockClear();

      const result = run();

      expect({ n, whole: reportsAreWhole(workbook) }).toEqual({ n, whole: true });
      // Every failure reaches Apps Script's executions log, whether the officer is told or not.
      expect({
        n,
        logged: log.mock.calls.some(([first]) => String(first).startsWith('ita-sheets:')),
      }).toEqual({
        n,
        logged: true,
      });
      if (result.ok) continue;
      expect({ n, error: result.error }).toEqual({
        n,
        error: expect.stringMatching(/ไม่สูญหาย.*nothing was lost/),
      });
      expect({ n, tabs: keptTabs(workbook, scenario.marks) }).toEqual({ n, tabs: before });
      if (!scenario.marks) continue;
      // The next run, which succeeds, leaves the marks a run with no failure leaves.
      const again = run();
      const clean = fresh(scenario);
      clean.run();
      expect({ n, ok: again.ok, tabs: keptTabs(workbook) }).toEqual({
        n,
        ok: true,
        tabs: keptTabs(clean.workbook),
      });
    }
    log.mockRestore();
  });
});

describe('a failing service call while we make a report again over one an officer edited', () => {
  const EDIT = 'แก้ไขโดยเจ้าหน้าที่ก่อนพิมพ์';

  function editedReport() {
    const { workbook, context } = testWorkbook();
    const api = createServerApi(
      () => context,
      singleProcessLock,
      () => NOW,
    );
    pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
    const sheetId = structured(api, 'measures');
    const first = api.makeReport({ kind: 'results', sheetId, round: 6 });
    if (!first.ok) throw new Error(first.error);
    const report = workbook.getSheets().find((s) => s.getSheetId() === first.value.sheetId);
    report?.getRange('A2').setValues([[EDIT]]);
    return { workbook, run: () => api.makeReport({ kind: 'results', sheetId, round: 6 }) };
  }

  it('never loses the edited report, at whichever call it fails', () => {
    const probe = editedReport();
    probe.workbook.resetCalls();
    probe.run();
    const total = probe.workbook.totalCalls();
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    for (let n = 1; n <= total; n++) {
      const { workbook, run } = editedReport();
      workbook.failAtCall(n);

      run();
      workbook.failAtCall(undefined);

      const holding = workbook.getSheets().filter((s) => s.getRange('A2').getValues()[0]?.[0] === EDIT);
      expect({ n, edited: holding.length }).toEqual({ n, edited: 1 });
    }
    log.mockRestore();
  });
});
