import { asDocumentTab, readRecords } from '../../../src/sheets/document-tab';
import { inspectCell } from '../../../src/sheets/memory';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import {
  createDocumentTab,
  createDocumentTabWith,
  listDocumentTabs,
  structureActiveTab,
} from '../../../src/sheets/operations/document-tabs';
import { fixture, seed } from '../../support/fixtures';
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

describe('createDocumentTab, for an OIT checklist', () => {
  it('pre-fills a FY 2564 checklist with its 43 items, each not started, and says so', () => {
    const { workbook, context } = testWorkbook();

    const tab = createDocumentTab(context, 'oit-checklist', { fiscalYear: 2564 });
    const sheet = sheetById(workbook, tab.sheetId);
    const rows = readRecords(asDocumentTab(sheet)!);

    expect(sheet.getLastRow()).toBe(44);
    expect(rows).toHaveLength(43);
    expect(rows[0]?.record).toMatchObject({
      code: 'o1',
      subIndicator: '9.1 ข้อมูลพื้นฐาน',
      status: 'ยังไม่ดำเนินการ',
    });
    expect(tab.notice).toBe('เติมรายการข้อ OIT ของปี 2564 ไว้ 43 ข้อ (filled in the 43 OIT items of FY 2564)');
    expect(inspectCell(sheet, 'E2').validation).toMatchObject({ allowInvalid: true });
  });

  it("leaves a FY 2568 checklist empty and tells the officer, on the tab and in its answer, to paste the NACC's list", () => {
    const { workbook, context } = testWorkbook();

    const tab = createDocumentTab(context, 'oit-checklist', { fiscalYear: 2568 });
    const sheet = sheetById(workbook, tab.sheetId);

    expect(sheet.getLastRow()).toBe(1);
    expect(tab.notice).toContain('ยังไม่มีรายการข้อ OIT ของปี 2568');
    expect(sheet.getRange('A1').getNotes()[0]?.[0]).toBe(tab.notice);
  });

  it('makes the 43 pre-filled rows with the same service calls as an empty checklist', () => {
    const callsFor = (fiscalYear: number) => {
      const { workbook, context } = testWorkbook();
      createDocumentTab(context, 'oit-checklist', { fiscalYear });
      return workbook.calls;
    };

    expect(callsFor(2564)).toEqual(callsFor(2568));
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

  it("turns a pasted NACC item list into an OIT checklist tab of the list's year, each item not started", () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', fixture('oit-list-fy2567.txt'));

    const summary = structureActiveTab(context, 'oit-checklist');
    const tab = asDocumentTab(sheetById(workbook, summary.tab.sheetId))!;

    expect([summary.records, summary.tab.name]).toEqual([11, 'แบบตรวจ OIT 2567']);
    expect(readRecords(tab).map((r) => `${r.record.code} ${r.record.status}`)[0]).toBe('o1 ยังไม่ดำเนินการ');
  });

  it('refuses a tab that is not of the type, with the reason, and makes no tab', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));

    expect(() => structureActiveTab(context, 'measures')).toThrow('ไม่ใช่เอกสารประเภท measures');
    expect(workbook.getSheets()).toHaveLength(2);
  });
});

describe('structureActiveTab, with columns the type has no field for', () => {
  it('writes the kept columns after the fields under their own headings, and reads the records around them', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', fixture('variants/measures-extra-columns.txt'));

    const summary = structureActiveTab(context, 'measures');
    const sheet = sheetById(workbook, summary.tab.sheetId);
    const tab = asDocumentTab(sheet)!;

    expect(sheet.getRange('G1:H2').getValues()).toEqual([
      ['งบประมาณ', 'หมายเหตุ'],
      ['ไม่ใช้งบประมาณ', 'ดำเนินการแล้ว'],
    ]);
    expect(summary.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"งบประมาณ" ไม่ตรงกับช่องใด'),
      expect.stringContaining('"หมายเหตุ" ไม่ตรงกับช่องใด'),
    ]);
    expect(readRecords(tab).map((r) => r.record.monitoring)).toEqual([
      'รายงานผลให้นายก อบต. ทราบรอบ ๖ เดือนและประจำปี',
      'รายงานความ ก้าวหน้าและ สรุปผล ณ สิ้น ปีงบประมาณ',
      'รายงานผลให้ผู้บริหารทราบ',
      'สรุปผล ณ สิ้นปีงบประมาณ',
      'รายงานผลประจำปี',
    ]);
  });

  it('says how many characters of a PDF copy it repaired', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', fixture('variants/measures-pdf-copy.txt'));

    const summary = structureActiveTab(context, 'measures');

    expect(summary.warnings[0]?.message).toMatch(/ซ่อมอักขระจาก PDF \d+ จุด/);
  });
});

describe('a document header longer than a tab’s metadata holds', () => {
  it('is refused in Thai before any tab is made', () => {
    const { workbook, context } = testWorkbook();
    const guidelines = Array.from({ length: 400 }, (_, i) => `แนวทางการพัฒนาข้อที่ ${i + 1} ${'ก'.repeat(80)}`);

    expect(() =>
      createDocumentTabWith(context, 'ita-analysis', { fiscalYear: 2567, guidelines }, []),
    ).toThrow(/ส่วนหัวของเอกสาร \(เช่น แนวทางการพัฒนา\) ยาว [\d,]+ ตัวอักษร เกินกว่าที่แท็บเก็บได้/);
    expect(workbook.getSheets()).toHaveLength(1);
  });
});
