import { asDocumentTab, readRecords } from '../../../src/sheets/document-tab';
import { inspectCell } from '../../../src/sheets/memory';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import {
  createDocumentTab,
  listDocumentTabs,
  structureActiveTab,
} from '../../../src/sheets/operations/document-tabs';
import { seed } from '../../support/fixtures';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

describe('createDocumentTab', () => {
  it("makes a tab with the Thai headings, frozen, its type in metadata and the profile's place in its header", () => {
    const { workbook, context } = testWorkbook();

    const tab = createDocumentTab(context, 'measures', { fiscalYear: 2568 });
    const sheet = sheetById(workbook, tab.sheetId);

    expect(sheet.getRange(1, 1, 1, 6).getValues()[0]).toEqual([
      'ลำดับ',
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
      'ขั้นตอนหรือวิธีการ',
      'ช่วงระยะเวลาดำเนินการ',
      'ผู้รับผิดชอบ',
      'การกำกับติดตาม',
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(readMetadata(sheet).get(META.type)).toBe('measures');
    expect(tab.header).toMatchObject({ organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง', fiscalYear: 2568 });
    expect(tab.name).toBe('มาตรการ 2568');
  });

  it("offers the profile's units as a dropdown in the responsible column, other entries allowed with a warning", () => {
    const { workbook, context } = testWorkbook();

    const sheet = sheetById(workbook, createDocumentTab(context, 'measures', {}).sheetId);

    expect(inspectCell(sheet, 'E2').validation).toMatchObject({
      values: ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา'],
      allowInvalid: true,
    });
    expect(inspectCell(sheet, 'B2').validation).toBeUndefined();
  });

  it('never takes the name of a tab an officer made', () => {
    const { workbook, context } = testWorkbook();
    workbook.insertSheet('มาตรการ 2568', 0);

    expect(createDocumentTab(context, 'measures', { fiscalYear: 2568 }).name).toBe('มาตรการ 2568 (2)');
  });
});

describe('structureActiveTab', () => {
  it('puts the 19 measures of the seed into a new document tab and leaves the pasted tab exactly as it was', () => {
    const { workbook, context } = testWorkbook();
    const pasted = pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
    const before = snapshot(pasted);

    const summary = structureActiveTab(context, 'measures');
    const tab = asDocumentTab(sheetById(workbook, summary.tab.sheetId))!;

    expect(snapshot(pasted)).toEqual(before);
    expect(summary.records).toBe(19);
    expect(readRecords(tab).map((r) => r.record.no)).toEqual(
      Array.from({ length: 19 }, (_, i) => String(i + 1)),
    );
    expect(listDocumentTabs(context).map((t) => t.type)).toEqual(['measures']);
  });

  it('refuses a tab that is not of the type, with the reason, and makes no tab', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));

    expect(() => structureActiveTab(context, 'measures')).toThrow('ไม่ใช่เอกสารประเภท measures');
    expect(workbook.getSheets()).toHaveLength(2);
  });
});
