import { appendRecord, asDocumentTab, readRecords, writeRecordRow } from '../../src/sheets/document-tab';
import { getFormulas } from '../../src/sheets/memory';
import { sheetById } from '../../src/sheets/operations/context';
import { createDocumentTab } from '../../src/sheets/operations/document-tabs';
import { appendTabRecord, readTabRecords, updateTabRecord } from '../../src/sheets/operations/records';
import { MEASURE } from '../support/records';
import { testWorkbook } from '../support/workbook';

/** A measures tab with two measures, then a หมายเหตุ column the officer inserted after ขั้นตอน (column D). */
function tabWithOfficerNote() {
  const t = testWorkbook();
  const { sheetId } = createDocumentTab(t.context, 'measures', { fiscalYear: 2568 });
  appendTabRecord(t.context, sheetId, MEASURE);
  appendTabRecord(t.context, sheetId, { ...MEASURE, no: '2', measure: 'ประกาศเจตจำนงสุจริต' });
  const sheet = sheetById(t.workbook, sheetId);
  sheet.insertColumnsAfter(3, 1);
  sheet.getRange(1, 4, 3, 1).setValues([['หมายเหตุ'], ['ตรวจแล้ว 12 พ.ย.'], ['=LEN(B3)']]);
  return { ...t, sheetId, sheet };
}

describe('a document tab with a column the officer added in the middle', () => {
  it('reads each record from its own headings, never the note as steps', () => {
    const { context, sheetId } = tabWithOfficerNote();

    const records = readTabRecords(context, sheetId).records;

    expect(records.map((r) => r.record)).toEqual([
      MEASURE,
      { ...MEASURE, no: '2', measure: 'ประกาศเจตจำนงสุจริต' },
    ]);
  });

  it('appends a record under its headings, the note column left empty and the notes untouched', () => {
    const { context, sheetId, sheet } = tabWithOfficerNote();

    const { row } = appendTabRecord(context, sheetId, { ...MEASURE, no: '3' });

    expect(row).toBe(4);
    expect(sheet.getRange(4, 1, 1, 7).getValues()[0]).toEqual([
      '3',
      'เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ',
      'จัดทำรายงาน\nเผยแพร่บนเว็บไซต์',
      '',
      'ปีงบประมาณ พ.ศ. 2568',
      'กองคลัง',
      'รายงานผู้บริหารรอบ 6 เดือน',
    ]);
    expect(sheet.getRange('D2').getValues()).toEqual([['ตรวจแล้ว 12 พ.ย.']]);
    expect(getFormulas(sheet, 'D3:D4')).toEqual([['=LEN(B3)'], ['']]);
  });

  it("updates a record around the officer's note, whose formula stays a formula", () => {
    const { context, sheetId, sheet } = tabWithOfficerNote();
    const second = { ...MEASURE, no: '2', measure: 'ประกาศเจตจำนงสุจริต' };

    updateTabRecord(context, sheetId, 3, { ...second, monitoring: 'ประจำปี' }, second);

    expect(getFormulas(sheet, 'D2:D3')).toEqual([[''], ['=LEN(B3)']]);
    expect(sheet.getRange('G3').getValues()).toEqual([['ประจำปี']]);
    expect(readTabRecords(context, sheetId).records[1]?.record).toEqual({ ...second, monitoring: 'ประจำปี' });
  });

  it('writes a record with one setValues per run of field columns, however many rows the tab has', () => {
    const { workbook, sheet } = tabWithOfficerNote();
    const tab = asDocumentTab(sheet)!;
    for (let i = 0; i < 50; i++) appendRecord(tab, { ...MEASURE, no: String(i + 3) });
    workbook.resetCalls();

    writeRecordRow(tab, 10, MEASURE);

    expect(workbook.calls['Range.setValues']).toBe(2);
    // The header, then the row's values, formulas and number formats (each one batched call).
    expect(workbook.calls['Range.getValues']).toBe(2);
    expect(workbook.calls['Range.getFormulas']).toBe(1);
    expect(workbook.calls['Range.getNumberFormats']).toBe(1);
  });

  it('reads all records with one getValues', () => {
    const { workbook, sheet } = tabWithOfficerNote();
    const tab = asDocumentTab(sheet)!;
    workbook.resetCalls();

    expect(readRecords(tab)).toHaveLength(2);
    expect(workbook.calls['Range.getValues']).toBe(1);
  });
});

describe('a document tab whose header lost a required column', () => {
  it('refuses to read or append, naming the column, and writes nothing', () => {
    const { context, sheetId, sheet } = tabWithOfficerNote();
    sheet.getRange('C1').setValues([['ข้อสังเกต']]);

    expect(() => appendTabRecord(context, sheetId, MEASURE)).toThrow('ไม่มีคอลัมน์ "ขั้นตอนหรือวิธีการ" ในแถวหัวตาราง');
    expect(() => readTabRecords(context, sheetId)).toThrow('(the tab "มาตรการ 2568" has no steps column');
    expect(sheet.getLastRow()).toBe(3);
  });
});

describe('a document tab holding text pasted from a PDF', () => {
  it('reads ํา as ำ and a private-use tone mark as the standard one', () => {
    const { context, sheetId, sheet } = tabWithOfficerNote();
    sheet.getRange('B2').setValues([['จัดทํารายงานประจําปีที\uf70aเผยแพร\uf70a']]);

    expect(readTabRecords(context, sheetId).records[0]?.record.measure).toBe('จัดทำรายงานประจำปีที่เผยแพร่');
  });
});
