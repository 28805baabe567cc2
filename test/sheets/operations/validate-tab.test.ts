import { toCellValue } from '../../../src/sheets/cell-value';
import { joinedRanges } from '../../../src/sheets/mark-ranges';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import { createDocumentTab } from '../../../src/sheets/operations/document-tabs';
import { appendTabRecord } from '../../../src/sheets/operations/records';
import { validateTab } from '../../../src/sheets/operations/validate-tab';
import { ensureSheetSize } from '../../../src/sheets/sheet-size';
import { testWorkbook } from '../../support/workbook';

function tabWithProblems() {
  const { workbook, context } = testWorkbook();
  const { sheetId } = createDocumentTab(context, 'measures', { fiscalYear: 2568 });
  const sheet = sheetById(workbook, sheetId);
  appendTabRecord(context, sheetId, {
    no: '1',
    measure: 'เผยแพร่ข้อมูล',
    steps: ['ก'],
    period: 'ปีงบประมาณ 2569',
    responsible: ['กองคลัง'],
    monitoring: 'รายงาน',
  });
  // An officer types a row by hand, leaving the monitoring empty and naming an unknown unit.
  sheet
    .getRange(3, 1, 1, 6)
    .setValues([['2', 'อบรมบุคลากร', 'จัดอบรม', '', 'กองสาธารณสุข', ''].map((v) => toCellValue(v))]);
  sheet.getRange('B3').setNote('ตรวจกับหัวหน้าแล้ว');
  return { workbook, context, sheetId, sheet };
}

describe('validateTab', () => {
  it('gives each problem with its cell, in Thai', () => {
    const { context, sheetId } = tabWithProblems();

    const problems = validateTab(context, sheetId, false);

    expect(problems.map((p) => `${p.severity} ${p.a1}`)).toEqual(['warning D2', 'error E3', 'error F3']);
    expect(problems[1]?.message).toContain('ไม่มีหน่วยงานนี้ในข้อมูลหน่วยงาน');
  });

  it("marks the problem cells with a fill and a note, changing no value and keeping the officer's note", () => {
    const { context, sheetId, sheet } = tabWithProblems();
    const values = sheet.getDataRange().getValues();

    validateTab(context, sheetId, true);

    expect(sheet.getDataRange().getValues()).toEqual(values);
    expect(sheet.getRange('E3').getBackgrounds()[0]?.[0]).toBe('#fce8e6');
    expect(sheet.getRange('D2').getBackgrounds()[0]?.[0]).toBe('#fef7e0');
    expect(sheet.getRange('E3').getNotes()[0]?.[0]).toContain('ไม่มีหน่วยงานนี้');
    expect(sheet.getRange('B3').getNotes()[0]?.[0]).toBe('ตรวจกับหัวหน้าแล้ว');
  });

  it('clears its own marks when run again after the problems are fixed', () => {
    const { context, sheetId, sheet } = tabWithProblems();
    validateTab(context, sheetId, true);
    sheet.getRange(3, 5, 1, 2).setValues([['กองคลัง', 'รายงาน']]);
    sheet.getRange(2, 4, 1, 1).setValues([['ปีงบประมาณ 2568']]);

    const problems = validateTab(context, sheetId, true);

    expect(problems).toEqual([]);
    expect(sheet.getRange('D2:F3').getBackgrounds().flat()).toEqual(Array(6).fill('#ffffff'));
    expect(sheet.getRange('D2:F3').getNotes().flat()).toEqual(Array(6).fill(''));
    expect(sheet.getRange('B3').getNotes()[0]?.[0]).toBe('ตรวจกับหัวหน้าแล้ว');
  });
});

describe('validateTab, on an OIT checklist', () => {
  it('flags an item whose document has a tab of the year but is not published, naming the tab', () => {
    const { context } = testWorkbook();
    createDocumentTab(context, 'measures', { fiscalYear: 2564 });
    const { sheetId } = createDocumentTab(context, 'oit-checklist', { fiscalYear: 2564 });

    const problems = validateTab(context, sheetId, false);

    expect(problems.map((p) => `${p.severity} ${p.a1}`)).toEqual(['warning E43']);
    expect(problems[0]?.message).toContain('มีเอกสารนี้ในไฟล์แล้ว (แท็บ "มาตรการ 2564") แต่ยังไม่ได้เผยแพร่');
  });

  it('reads the other tabs with calls that grow with the tabs, never with the rows', () => {
    const callsFor = (fiscalYear: number) => {
      const { workbook, context } = testWorkbook();
      createDocumentTab(context, 'measures', { fiscalYear });
      const { sheetId } = createDocumentTab(context, 'oit-checklist', { fiscalYear });
      workbook.resetCalls();
      validateTab(context, sheetId, false);
      return workbook.calls;
    };

    // 43 rows (FY 2564) and none (FY 2568): the same calls.
    expect(callsFor(2564)).toEqual(callsFor(2568));
  });
});

describe('validateTab on a tab with thousands of problems', () => {
  /** A measures tab of `count` records; every other one names a unit the profile does not have. */
  function tabWithScatteredProblems(count: number) {
    const { workbook, context } = testWorkbook();
    const { sheetId } = createDocumentTab(context, 'measures', { fiscalYear: 2568 });
    const sheet = sheetById(workbook, sheetId);
    ensureSheetSize(sheet, count + 1, 6);
    const rows = Array.from({ length: count }, (_, i) =>
      [String(i + 1), 'อบรม', 'จัดอบรม', 'ปีงบประมาณ 2568', i % 2 ? 'กองคลัง' : 'กองสาธารณสุข', 'รายงาน'].map(
        (v) => toCellValue(v),
      ),
    );
    sheet.getRange(2, 1, count, 6).setValues(rows);
    return { workbook, context, sheetId, sheet };
  }

  const marksLength = (sheet: ReturnType<typeof sheetById>) =>
    readMetadata(sheet).get(META.marks)?.length ?? 0;

  it('keeps its list of marks within the 30,000 characters of metadata Sheets allows a sheet, listing every problem', () => {
    const { context, sheetId, sheet } = tabWithScatteredProblems(4000);

    const problems = validateTab(context, sheetId, true);

    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(2000);
    expect(marksLength(sheet)).toBeLessThan(15_000);
    expect(sheet.getRange('E2').getBackgrounds()[0]?.[0]).toBe('#fce8e6');
    expect(sheet.getRange('E4000').getNotes()[0]?.[0]).toContain('ไม่มีหน่วยงานนี้');
  });

  it('clears every fill it made when run again after the problems are fixed', () => {
    const { context, sheetId, sheet } = tabWithScatteredProblems(4000);
    validateTab(context, sheetId, true);
    validateTab(context, sheetId, true);
    sheet.getRange(2, 5, 4000, 1).setValues(Array.from({ length: 4000 }, () => ['กองคลัง']));

    const problems = validateTab(context, sheetId, true);

    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(sheet.getRange('A2:F4001').getBackgrounds().flat())).toEqual(new Set(['#ffffff']));
  });

  it('joins the marks of consecutive rows of a column into one range', () => {
    expect(joinedRanges(['E3', 'E2', 'E4', 'E9', 'C2', 'E5'])).toEqual(['E2:E5', 'E9', 'C2']);
  });
});
