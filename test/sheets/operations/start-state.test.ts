import type { StartState } from '../../../src/shared/api';
import { pasteTab, testOffice } from '../../support/workbook';

const PASTE = [
  'ที่\tมาตรการ\tขั้นตอน\tระยะเวลา\tผู้รับผิดชอบ\tการกำกับติดตาม',
  '1\tเปิดเผยข้อมูล\tจัดทำประกาศ\tตลอดปีงบประมาณ\tสำนักปลัด\tรายงานผู้บริหาร',
  '2\tรับเรื่องร้องเรียน\tเปิดช่องทาง\tไตรมาส ๒\tกองสาธารณสุข\tรายงานผู้บริหาร',
].join('\n');

function office(withProfile = true) {
  const { workbook, context, api } = withProfile ? testOffice() : testOffice(null);
  const state = (): StartState => {
    const answer = api.getStartState();
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  };
  return { workbook, context, api, state };
}

describe('getStartState', () => {
  it('says every step is still to do in a new spreadsheet', () => {
    const { state } = office(false);

    expect(state()).toEqual({
      profile: false,
      documents: [],
      lastCheck: null,
      reports: 0,
      oitChecklist: false,
      rollup: false,
    });
  });

  it('follows the steps as they are done: profile, a document and its records, the check, a report, the OIT list', () => {
    const { api, state } = office();
    expect(state()).toMatchObject({ profile: true, documents: [] });

    const created = api.createDocumentTab({ type: 'measures', fiscalYear: 2568 });
    if (!created.ok) throw new Error(created.error);
    const { sheetId } = created.value;
    expect(state().documents).toEqual([{ sheetId, name: created.value.name, type: 'measures', records: 0 }]);

    const record = {
      no: '1',
      measure: 'เปิดเผยข้อมูล',
      steps: ['จัดทำประกาศ'],
      period: 'ไตรมาส ๒',
      responsible: ['สำนักปลัด'],
      monitoring: 'รายงาน',
    };
    expect(api.appendRecord({ sheetId, record }).ok).toBe(true);
    expect(state().documents[0]?.records).toBe(1);
    expect(state().lastCheck).toBeNull();

    expect(api.validateTab({ sheetId, mark: true }).ok).toBe(true);
    expect(state().lastCheck).toEqual({ sheetId, name: created.value.name, errors: 0, warnings: 0 });

    expect(api.makeReport({ kind: 'results', sheetId, round: 6 }).ok).toBe(true);
    expect(state().reports).toBe(1);

    expect(api.createDocumentTab({ type: 'oit-checklist', fiscalYear: 2568 }).ok).toBe(true);
    expect(state().oitChecklist).toBe(true);
  });

  it('reads the workbook with calls that grow with the tabs, never with the rows', () => {
    const calls = (rows: number) => {
      const { workbook, api, state } = office();
      const created = api.createDocumentTab({ type: 'measures', fiscalYear: 2568 });
      if (!created.ok) throw new Error(created.error);
      const sheet = workbook.getSheets().find((s) => s.getSheetId() === created.value.sheetId);
      if (rows > 0) sheet?.getRange(2, 1, rows, 2).setValues(Array.from({ length: rows }, () => ['1', 'ก']));
      const before = { ...workbook.calls };
      state();
      return Object.fromEntries(
        Object.entries(workbook.calls).map(([name, n]) => [name, n - (before[name] ?? 0)]),
      );
    };
    expect(calls(300)).toEqual(calls(0));
  });

  it('forgets a check of a tab deleted since', () => {
    const { api, workbook, state } = office();
    const created = api.createDocumentTab({ type: 'measures', fiscalYear: 2568 });
    if (!created.ok) throw new Error(created.error);
    api.validateTab({ sheetId: created.value.sheetId, mark: false });
    expect(state().lastCheck).not.toBeNull();

    const sheet = workbook.getSheets().find((s) => s.getSheetId() === created.value.sheetId);
    if (sheet) workbook.deleteSheet(sheet);

    expect(state().lastCheck).toBeNull();
  });
});

describe('the check after a write', () => {
  it('flags a unit not among the profile’s on the paste path, at its cell of the new tab', () => {
    const { workbook, api } = office();
    pasteTab(workbook, 'วาง', PASTE);

    const answer = api.structureActiveTab({ type: 'measures' });

    if (!answer.ok) throw new Error(answer.error);
    const unit = answer.value.warnings.filter((w) => w.message.includes('กองสาธารณสุข'));
    expect(unit).toEqual([expect.objectContaining({ severity: 'error', field: 'responsible', record: 2 })]);
    const tab = workbook.getSheets().find((s) => s.getSheetId() === answer.value.tab.sheetId);
    const [, cell] = (unit[0]?.a1 ?? '').split('!');
    expect(tab?.getRange(cell ?? 'A1').getValues()).toEqual([['กองสาธารณสุข']]);
  });

  it('clears a fixed record’s marks when it is saved, and keeps the marks of the others', () => {
    const { workbook, api } = office();
    pasteTab(workbook, 'วาง', PASTE.replace('สำนักปลัด\tรายงาน', 'กองดับเพลิง\tรายงาน'));
    const answer = api.structureActiveTab({ type: 'measures' });
    if (!answer.ok) throw new Error(answer.error);
    const { sheetId } = answer.value.tab;
    expect(api.validateTab({ sheetId, mark: true }).ok).toBe(true);
    const records = api.readRecords({ sheetId });
    if (!records.ok) throw new Error(records.error);
    const [first, second] = records.value.records;
    if (!first || !second) throw new Error('two records expected');
    const tab = workbook.getSheets().find((s) => s.getSheetId() === sheetId);
    const fill = (row: number) => tab?.getRange(row, 5).getBackgrounds()[0]?.[0];
    expect([fill(first.row), fill(second.row)]).toEqual(['#fce8e6', '#fce8e6']);

    const fixed = { ...first.record, responsible: ['สำนักปลัด'] };
    expect(api.updateRecord({ sheetId, row: first.row, record: fixed, expected: first.record }).ok).toBe(
      true,
    );

    expect(fill(first.row)).toBe('#ffffff');
    expect(fill(second.row)).toBe('#fce8e6');
  });

  it('leaves a tab never checked unchecked when a record is saved', () => {
    const { workbook, api, state } = office();
    const created = api.createDocumentTab({ type: 'measures', fiscalYear: 2568 });
    if (!created.ok) throw new Error(created.error);
    const { sheetId } = created.value;
    const record = {
      no: '1',
      measure: 'ก',
      steps: ['ข'],
      period: 'ไตรมาส ๙',
      responsible: ['กองคลัง'],
      monitoring: 'ค',
    };

    expect(api.appendRecord({ sheetId, record })).toMatchObject({ ok: false });
    expect(api.appendRecord({ sheetId, record: { ...record, period: 'ไตรมาส ๑' } }).ok).toBe(true);

    const tab = workbook.getSheets().find((s) => s.getSheetId() === sheetId);
    expect(
      tab
        ?.getRange(2, 1, 1, 6)
        .getBackgrounds()[0]
        ?.every((c) => c === '#ffffff'),
    ).toBe(true);
    expect(state().lastCheck).toBeNull();
  });
});
