import { SUMMARY_ROW_COUNT, summaryByKey } from '../../src/core/summary/summary-shape';
import { SUMMARY_ITEM } from '../../src/server/menu-actions';
import { runMenuAction } from '../../src/server/menu-runner';
import type { ApiResult } from '../../src/shared/api';
import { IMPORT_MESSAGES, type MemoryWorkbook, REF_ERROR, WorkbookRegistry } from '../../src/sheets/memory';
import { SUMMARY_TAB_NAME } from '../../src/sheets/operations/summary-tab';
import { fixture } from '../support/fixtures';
import { MEASURE } from '../support/records';
import { pasteTab, PROFILE, snapshot, testOffice, testWorkbook } from '../support/workbook';

const NOW = new Date('2026-12-07T03:00:00Z');

function value<T>(answer: ApiResult<T>): T {
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

const office = (id?: string) => testOffice(PROFILE, id, NOW);

function summaryOf(workbook: MemoryWorkbook): Map<string, unknown> {
  return summaryByKey(workbook.getRangeByName('ITA_SUMMARY')?.getValues() ?? []);
}

/** The calls of one action, by name. */
function callsOf(workbook: MemoryWorkbook, run: () => unknown): Record<string, number> {
  workbook.resetCalls();
  run();
  return { ...workbook.calls };
}

describe('the summary for the district, kept up to date by the API', () => {
  it('follows each action: create a tab, append and update a record, validate, report, rollover, profile', () => {
    const { workbook, api, tick } = office();
    const created = value(api.createDocumentTab({ type: 'measures', fiscalYear: 2568 }));
    expect(summaryOf(workbook).get('doc.measures.tab')).toBe(created.name);
    expect(summaryOf(workbook).get('doc.measures.records')).toBe(0);

    tick('2026-12-08T03:00:00Z');
    const saved = value(api.appendRecord({ sheetId: created.sheetId, record: MEASURE }));
    expect(summaryOf(workbook).get('doc.measures.records')).toBe(1);
    expect(summaryOf(workbook).get('doc.measures.lastChange')).toBe('2026-12-08T03:00:00.000Z');

    tick('2026-12-09T03:00:00Z');
    value(
      api.updateRecord({
        sheetId: created.sheetId,
        row: saved.row,
        record: { ...MEASURE, measure: 'แก้ไขแล้ว' },
        expected: saved.record,
      }),
    );
    expect(summaryOf(workbook).get('doc.measures.lastChange')).toBe('2026-12-09T03:00:00.000Z');

    const problems = value(api.validateTab({ sheetId: created.sheetId, mark: true })).problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    expect(summaryOf(workbook).get('doc.measures.errors')).toBe(errors);

    tick('2026-12-10T03:00:00Z');
    value(api.makeReport({ kind: 'results', sheetId: created.sheetId, round: 6 }));
    expect(summaryOf(workbook).get('updatedAt')).toBe('2026-12-10T03:00:00.000Z');
    // A report is not a document: the measures' last change stays.
    expect(summaryOf(workbook).get('doc.measures.lastChange')).toBe('2026-12-09T03:00:00.000Z');

    const rolled = value(api.rolloverTab({ sheetId: created.sheetId }));
    expect(summaryOf(workbook).get('fiscalYear')).toBe(2569);
    expect(summaryOf(workbook).get('doc.measures.tab')).toBe(rolled.tab.name);

    value(
      api.saveProfile({
        organization: 'เทศบาลตำบลใหม่',
        district: 'เมือง',
        province: 'น่าน',
        website: '',
        units: [],
      }),
    );
    expect(summaryOf(workbook).get('organization')).toBe('เทศบาลตำบลใหม่');
    expect(workbook.getSheets().filter((s) => s.getName().startsWith(SUMMARY_TAB_NAME))).toHaveLength(1);
  });

  it('adds one setValues to an action, the same for 1 record as for 120', () => {
    const calls = (records: number) => {
      const { workbook, api } = office();
      const { sheetId } = value(api.createDocumentTab({ type: 'measures', fiscalYear: 2568 }));
      for (let i = 0; i < records; i++) value(api.appendRecord({ sheetId, record: MEASURE }));
      return callsOf(workbook, () => value(api.appendRecord({ sheetId, record: MEASURE })));
    };
    const few = calls(1);

    expect(calls(120)).toEqual(few);
    // The record's row, and the summary's block.
    expect(few['Range.setValues']).toBe(2);
    expect(few['Spreadsheet.insertSheet']).toBeUndefined();
  });

  it("never fails the officer's action when the summary cannot be written, and logs why", () => {
    const { workbook, api } = office();
    const { sheetId } = value(api.createDocumentTab({ type: 'measures', fiscalYear: 2568 }));
    const before = workbook
      .getSheetByName(SUMMARY_TAB_NAME)!
      .getRange(1, 1, SUMMARY_ROW_COUNT, 3)
      .getValues();
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // The append's own calls pass; the summary's naming of its block fails.
    const setNamedRange = jest.spyOn(workbook, 'setNamedRange').mockImplementation(() => {
      throw new Error('Service Spreadsheets timed out');
    });

    const answer = api.appendRecord({ sheetId, record: MEASURE });

    expect(answer.ok).toBe(true);
    expect(
      workbook
        .getSheets()
        .find((s) => s.getSheetId() === sheetId)!
        .getLastRow(),
    ).toBe(2);
    expect(log).toHaveBeenCalledWith(
      'ita-sheets: the summary for the district could not be updated',
      expect.stringContaining('timed out'),
    );
    setNamedRange.mockRestore();
    log.mockRestore();
    expect(
      workbook.getSheetByName(SUMMARY_TAB_NAME)!.getRange(1, 1, SUMMARY_ROW_COUNT, 3).getValues(),
    ).toEqual(before);
  });

  it("updates on demand from the API and the menu, and leaves the officer's tabs and active tab as they were", () => {
    const { workbook, api, tick } = office();
    const own = pasteTab(workbook, 'ของเจ้าหน้าที่', fixture('measures-fy2568.txt'));
    const before = snapshot(own);

    expect(value(api.updateSummary())).toEqual({ made: true, updatedAt: NOW.toISOString() });
    expect(workbook.getActiveSheet().getName()).toBe('ของเจ้าหน้าที่');
    expect(snapshot(own)).toEqual(before);

    own.getRange('A1').setValues([['แก้ไขที่แท็บอื่น']]);
    tick('2026-12-11T03:00:00Z');
    expect(runMenuAction(api, own.getSheetId(), SUMMARY_ITEM.action)).toMatch(
      /^อัปเดตสรุปสำหรับอำเภอแล้ว \(ITA_SUMMARY\) เมื่อ 11 ธันวาคม 2569 เวลา 10\.00 น\./,
    );
    expect(summaryOf(workbook).get('updatedAt')).toBe('2026-12-11T03:00:00.000Z');
    expect(own.getRange('A1').getValues()).toEqual([['แก้ไขที่แท็บอื่น']]);
  });
});

describe("the summary never takes an officer's cells", () => {
  it('writes its own tab when an officer pointed ITA_SUMMARY at a block of theirs, and names its block again', () => {
    const { workbook, api, tick } = office();
    value(api.updateSummary());
    const own = pasteTab(workbook, 'ของเจ้าหน้าที่', fixture('measures-fy2568.txt'));
    workbook.setNamedRange('ITA_SUMMARY', own.getRange(1, 1, SUMMARY_ROW_COUNT, 3));
    const before = snapshot(own);

    tick('2026-12-12T03:00:00Z');
    expect(value(api.updateSummary()).made).toBe(false);
    expect(snapshot(own)).toEqual(before);
    expect(summaryOf(workbook).get('updatedAt')).toBe('2026-12-12T03:00:00.000Z');
    expect(workbook.getNamedRanges()).toHaveLength(1);
  });

  it('leaves no half-made tab when making it fails, and makes it whole the next time', () => {
    const { workbook, api } = office();
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const real = workbook.insertSheet.bind(workbook);
    // Fails the summary's protection, after its tab was inserted.
    const protect = jest.spyOn(workbook, 'insertSheet');
    protect.mockImplementation((name, index) => {
      const sheet = real(name, index);
      if (name === SUMMARY_TAB_NAME) {
        jest.spyOn(sheet, 'protect').mockImplementationOnce(() => {
          throw new Error('Service Spreadsheets failed');
        });
      }
      return sheet;
    });

    expect(api.createDocumentTab({ type: 'measures', fiscalYear: 2568 }).ok).toBe(true);
    expect(workbook.getSheetByName(SUMMARY_TAB_NAME)).toBeNull();
    expect(log).toHaveBeenCalled();
    protect.mockRestore();
    log.mockRestore();

    expect(value(api.updateSummary()).made).toBe(true);
    expect(workbook.getSheets().filter((s) => s.getName().startsWith(SUMMARY_TAB_NAME))).toHaveLength(1);
  });
});

describe('a district imports the summary with IMPORTRANGE', () => {
  function district() {
    const registry = new WorkbookRegistry();
    const org = office('1AbC-org_nongbuathong');
    registry.add(org.workbook);
    pasteTab(org.workbook, 'OIT', fixture('oit-checklist-scored-fy2568.txt'));
    value(org.api.structureActiveTab({ type: 'oit-checklist' }));
    const districtOffice = registry.add(testWorkbook(null, 'district-office').workbook);
    const sheet = districtOffice.getSheets()[0]!;
    sheet
      .getRange('A2:A3')
      .setValues([
        [
          `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${org.workbook.getId()}/edit", "ITA_SUMMARY")`,
        ],
        ['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/no-such-sheet/edit", "ITA_SUMMARY")'],
      ]);
    return { registry, org, districtOffice, sheet };
  }

  it('reads #REF! before Allow access, and the summary after', () => {
    const { registry, org, districtOffice, sheet } = district();
    registry.share(org.workbook.getId(), 'district-office');

    expect(sheet.getRange('A2:C2').getValues()).toEqual([[REF_ERROR, '', '']]);
    expect(districtOffice.importMessage(sheet.getName(), 'A2')).toBe(IMPORT_MESSAGES.connect);

    expect(registry.allowAccess('district-office', org.workbook.getId())).toBe(true);
    // A2 is the summary's first row; the other rows would overwrite A3's import, so this one waits.
    sheet.getRange('A3').setValues([['']]);
    const imported = summaryByKey(sheet.getRange(2, 1, SUMMARY_ROW_COUNT, 3).getValues());
    expect(imported.get('organization')).toBe(PROFILE.organization);
    expect(imported.get('oit.scoreToday')).toBe(50);
    expect(imported.get('oit.missing')).toBe('o3, o5, o11');
  });

  it('reads #REF! for a spreadsheet not shared, unknown or named by a hostile link', () => {
    const { registry, org, districtOffice, sheet } = district();

    expect(registry.allowAccess('district-office', org.workbook.getId())).toBe(false);
    expect(sheet.getRange('A2:A3').getValues()).toEqual([[REF_ERROR], [REF_ERROR]]);
    expect(districtOffice.importMessage(sheet.getName(), 'A2')).toBe(IMPORT_MESSAGES.permission);
    expect(districtOffice.importMessage(sheet.getName(), 'A3')).toBe(IMPORT_MESSAGES.permission);

    registry.share(org.workbook.getId(), 'district-office');
    registry.allowAccess('district-office', org.workbook.getId());
    sheet.getRange('A3').setValues([['']]);
    sheet
      .getRange('E1')
      .setValues([
        [
          `=IMPORTRANGE("https://evil.example/?u=https://docs.google.com/spreadsheets/d/${org.workbook.getId()}", "ITA_SUMMARY")`,
        ],
      ]);
    expect(sheet.getRange('E1').getValues()).toEqual([[REF_ERROR]]);
    expect(districtOffice.importMessage(sheet.getName(), 'E1')).toBe(IMPORT_MESSAGES.permission);
  });
});
