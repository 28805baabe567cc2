import { createServerApi, singleProcessLock } from '../../../src/server/api';
import { getFormulas } from '../../../src/sheets/memory';
import { sheetById } from '../../../src/sheets/operations/context';
import { createDocumentTab } from '../../../src/sheets/operations/document-tabs';
import { appendTabRecord, readTabRecords, updateTabRecord } from '../../../src/sheets/operations/records';
import { MEASURE } from '../../support/records';
import { testWorkbook } from '../../support/workbook';

function measuresTab() {
  const t = testWorkbook();
  const tab = createDocumentTab(t.context, 'measures', { fiscalYear: 2568 });
  return { ...t, sheetId: tab.sheetId, sheet: sheetById(t.workbook, tab.sheetId) };
}

describe('appendTabRecord', () => {
  it('writes the record on the row under the last one, lists one item a line', () => {
    const { context, sheetId, sheet } = measuresTab();

    const { row } = appendTabRecord(context, sheetId, MEASURE);

    expect(row).toBe(2);
    expect(sheet.getRange(2, 1, 1, 6).getValues()[0]).toEqual([
      '1',
      'เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ',
      'จัดทำรายงาน\nเผยแพร่บนเว็บไซต์',
      'ปีงบประมาณ พ.ศ. 2568',
      'กองคลัง',
      'รายงานผู้บริหารรอบ 6 เดือน',
    ]);
  });

  it('stores =IMPORTXML(…) typed as a measure as that text, and reads it back equal', () => {
    const { context, sheetId } = measuresTab();
    const formula = '=IMPORTXML("http://x","//a")';

    appendTabRecord(context, sheetId, { ...MEASURE, measure: formula, monitoring: '+1 -2 @3' });

    expect(readTabRecords(context, sheetId).records[0]?.record).toMatchObject({
      measure: formula,
      monitoring: '+1 -2 @3',
    });
  });

  it('refuses a record with a required field empty, saying so in Thai, and writes nothing', () => {
    const { context, sheetId, sheet } = measuresTab();

    expect(() => appendTabRecord(context, sheetId, { ...MEASURE, measure: '' })).toThrow(
      'บันทึกไม่ได้: ข้อผิดพลาด: มาตรการส่งเสริมคุณธรรมและความโปร่งใส ต้องกรอก (error: measure is required)',
    );
    expect(sheet.getLastRow()).toBe(1);
  });

  it("refuses a unit that is not among the profile's units", () => {
    const { context, sheetId } = measuresTab();

    expect(() => appendTabRecord(context, sheetId, { ...MEASURE, responsible: ['กองสาธารณสุข'] })).toThrow(
      'ไม่มีหน่วยงานนี้',
    );
  });
});

describe('updateTabRecord', () => {
  it("rewrites only the record's own row", () => {
    const { context, sheetId } = measuresTab();
    appendTabRecord(context, sheetId, MEASURE);
    appendTabRecord(context, sheetId, { ...MEASURE, no: '2' });

    updateTabRecord(
      context,
      sheetId,
      3,
      { ...MEASURE, no: '2', monitoring: 'ประจำปี' },
      { ...MEASURE, no: '2' },
    );

    expect(readTabRecords(context, sheetId).records.map((r) => [r.row, r.record.monitoring])).toEqual([
      [2, 'รายงานผู้บริหารรอบ 6 เดือน'],
      [3, 'ประจำปี'],
    ]);
  });

  it('saves a record again and again in columns the officer formatted as plain text without adding an apostrophe', () => {
    const { context, sheetId, sheet } = measuresTab();
    sheet.getRange('A1:F100').setNumberFormat('@');
    const record = { ...MEASURE, no: '1', monitoring: '1 Oct 2024', period: '=ต.ค. 2567' };
    const { row } = appendTabRecord(context, sheetId, record);

    updateTabRecord(context, sheetId, row, record, record);
    updateTabRecord(context, sheetId, row, record, record);

    expect(readTabRecords(context, sheetId).records[0]?.record).toEqual(record);
    expect(sheet.getRange(2, 1, 1, 1).getValues()).toEqual([['1']]);
  });

  it('keeps the text of a column without a heading as text, and a formula as a formula, when it rewrites the row', () => {
    const { context, sheetId, sheet } = measuresTab();
    const { row } = appendTabRecord(context, sheetId, MEASURE);
    sheet.getRange(row, 7, 1, 4).setValues([["'1 Oct 2024", "'=ไม่ใช่สูตร", "'10 %", '=LEN(B2)']]);

    updateTabRecord(context, sheetId, row, { ...MEASURE, monitoring: 'ประจำปี' }, MEASURE);

    expect(sheet.getRange(row, 7, 1, 3).getValues()).toEqual([['1 Oct 2024', '=ไม่ใช่สูตร', '10 %']]);
    expect(getFormulas(sheet, `G${row}:J${row}`)).toEqual([['', '', '', '=LEN(B2)']]);
    expect(readTabRecords(context, sheetId).records[0]?.record.monitoring).toBe('ประจำปี');
  });

  it('refuses a row that holds no record', () => {
    const { context, sheetId } = measuresTab();

    expect(() => updateTabRecord(context, sheetId, 9, MEASURE, MEASURE)).toThrow('แถวที่ 9');
  });
});

describe('the server API over records', () => {
  it('refuses a payload that is not a record of the tab, with a Thai message, and writes nothing', () => {
    const { workbook, context, sheetId, sheet } = measuresTab();
    const api = createServerApi(() => context, singleProcessLock);

    const result = api.appendRecord({ sheetId, record: { ...MEASURE, steps: 'ไม่ใช่รายการ' } });

    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('ขั้นตอนหรือวิธีการ ต้องเป็นรายการ (steps must be a list)'),
    });
    expect(sheet.getLastRow()).toBe(1);
    expect(workbook.getSheets()).toHaveLength(2);
  });

  it('answers a request for a tab that is gone with a clear message', () => {
    const { context } = measuresTab();
    const api = createServerApi(() => context, singleProcessLock);

    expect(api.readRecords({ sheetId: 999 })).toEqual({
      ok: false,
      error: 'ไม่พบแท็บที่เลือก อาจถูกลบไปแล้ว (the tab 999 no longer exists)',
      problems: [],
    });
  });
});
