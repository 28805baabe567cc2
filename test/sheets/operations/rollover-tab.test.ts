import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { createServerApi, singleProcessLock } from '../../../src/server/api';
import { runMenuAction } from '../../../src/server/menu-runner';
import { asDocumentTab, readRecords } from '../../../src/sheets/document-tab';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import { createDocumentTabWith, structureActiveTab } from '../../../src/sheets/operations/document-tabs';
import { nextFiscalYear, rolloverTab } from '../../../src/sheets/operations/rollover-tab';
import { fixture, seed } from '../../support/fixtures';
import { MEASURE } from '../../support/records';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

const IN_2570 = () => 2570;

/** A workbook with a document tab structured from a fixture, as an officer's paste would make it. */
function withTab(type: DocumentTypeId, text: string) {
  const t = testWorkbook();
  pasteTab(t.workbook, 'วาง', text);
  const sheetId = structureActiveTab(t.context, type).tab.sheetId;
  return { ...t, sheetId, sheet: sheetById(t.workbook, sheetId) };
}

describe('rolloverTab', () => {
  it('makes a new measures tab of FY 2569 from 2568, with metadata, periods moved, the old tab as it was', () => {
    const { workbook, context, sheetId, sheet } = withTab('measures', fixture('measures-fy2568.txt'));
    const before = snapshot(sheet);
    const tabsBefore = workbook.getSheets().length;

    const made = rolloverTab(context, { sheetId }, IN_2570);
    const newSheet = sheetById(workbook, made.tab.sheetId);
    const records = readRecords(asDocumentTab(newSheet)!).map((r) => r.record);

    expect(workbook.getSheets()).toHaveLength(tabsBefore + 1);
    expect(snapshot(sheet)).toEqual(before);
    expect(made.tab).toMatchObject({ type: 'measures', name: 'มาตรการ 2569', header: { fiscalYear: 2569 } });
    expect(readMetadata(newSheet).get(META.type)).toBe('measures');
    expect(records[0]?.period).toBe('๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙');
    expect(made.records).toBe(records.length);
  });

  it('makes a results tab from a measures tab, its measures already in, outputs left to fill', () => {
    const { workbook, context, sheetId } = withTab('measures', fixture('measures-fy2568.txt'));

    const made = rolloverTab(context, { sheetId, as: 'results' }, IN_2570);
    const records = readRecords(asDocumentTab(sheetById(workbook, made.tab.sheetId))!).map((r) => r.record);

    expect(made.tab).toMatchObject({ type: 'results', header: { fiscalYear: 2568 } });
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]).toMatchObject({ period: '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', output: '', outcome: '' });
  });

  it('rolls an OIT checklist with its links to check again, each named in the warnings', () => {
    const { workbook, context, sheetId } = withTab('oit-checklist', fixture('oit-checklist-fy2568.txt'));

    const made = rolloverTab(context, { sheetId }, IN_2570);
    const records = readRecords(asDocumentTab(sheetById(workbook, made.tab.sheetId))!).map((r) => r.record);

    expect(records.every((r) => r.status === 'ยังไม่ดำเนินการ')).toBe(true);
    expect(records[0]?.note).toBe('ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ 2568');
    expect(made.warnings[1]).toMatchObject({
      severity: 'warning',
      record: 1,
      field: 'url',
      message: expect.stringContaining('ลิงก์จากปีงบประมาณ 2568 ต้องตรวจสอบอีกครั้ง'),
    });
  });

  it('rolls the seed action plan 2562–2564 into its next plan, 2565–2567', () => {
    const { workbook, context, sheetId } = withTab('action-plan', seed('action-plan-fy2562-2564.txt'));

    const made = rolloverTab(context, { sheetId }, IN_2570);
    const records = readRecords(asDocumentTab(sheetById(workbook, made.tab.sheetId))!).map((r) => r.record);

    expect(made.tab.header).toMatchObject({ fiscalYear: 2565, fiscalYearEnd: 2567 });
    expect(records).toHaveLength(17);
    expect(records.filter((r) => r.period !== '').every((r) => String(r.period).includes('2565'))).toBe(true);
    expect(records.some((r) => String(r.period).includes('2562'))).toBe(false);
  });

  it('refuses, changing nothing, a tab that cannot roll into the year asked', () => {
    const { workbook, context, sheetId } = withTab('measures', fixture('measures-fy2568.txt'));
    const tabs = workbook.getSheets().map((s) => s.getName());

    expect(() => rolloverTab(context, { sheetId, fiscalYear: 2568 }, IN_2570)).toThrow(
      'แท็บ "มาตรการ 2568": ปีงบประมาณใหม่ 2568 ต้องหลังปีของเอกสาร 2568',
    );
    expect(workbook.getSheets().map((s) => s.getName())).toEqual(tabs);
  });

  it('matches a checklist by title to the new year’s checklist tab (itemsSheetId), carrying each link', () => {
    const { workbook, context, sheetId } = withTab('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    pasteTab(
      workbook,
      'รายการ 2569',
      [
        'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569',
        '9.1 ข้อมูลพื้นฐาน',
        'o1 ข้อมูลผู้บริหาร',
        'o2 โครงสร้าง',
        'o3 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
      ].join('\n'),
    );
    const itemsSheetId = structureActiveTab(context, 'oit-checklist').tab.sheetId;
    workbook.resetCalls();

    const made = rolloverTab(context, { sheetId, fiscalYear: 2569, itemsSheetId }, IN_2570);
    const calls = workbook.totalCalls();
    const records = readRecords(asDocumentTab(sheetById(workbook, made.tab.sheetId))!).map((r) => r.record);

    expect(records.map((r) => [r.code, r.title, r.url])).toEqual([
      ['o1', 'ข้อมูลผู้บริหาร', 'https://www.nongbuathong.go.th/executives'],
      ['o2', 'โครงสร้าง', 'https://www.nongbuathong.go.th/structure'],
      ['o3', 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', ''],
    ]);
    expect(made.warnings.map((w) => w.message)).toContain(
      'คำเตือน: แบบตรวจการเปิดเผยข้อมูลสาธารณะ ข้อ o1 โครงสร้าง เป็นข้อ o2 ในปี 2569 ยกลิงก์ ผู้รับผิดชอบ และหมายเหตุไปด้วย (warning: the document item o1 is o2 in 2569: its link, units and note carried)',
    );
    // A plain rollover of the same tab, for the calls the items tab adds: its records, read once.
    const plain = withTab('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    plain.workbook.resetCalls();
    rolloverTab(plain.context, { sheetId: plain.sheetId, fiscalYear: 2569 }, IN_2570);
    expect(calls - plain.workbook.totalCalls()).toBe(20);
  });

  it('refuses, making no tab, an itemsSheetId that is no OIT checklist', () => {
    const { workbook, context, sheetId } = withTab('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    pasteTab(workbook, 'วาง 2', fixture('measures-fy2568.txt'));
    const measures = structureActiveTab(context, 'measures').tab.sheetId;
    const count = workbook.getSheets().length;

    expect(() => rolloverTab(context, { sheetId, itemsSheetId: measures }, IN_2570)).toThrow(
      'ไม่ใช่แบบตรวจ OIT จึงใช้เป็นรายการข้อของปีใหม่ไม่ได้',
    );
    expect(workbook.getSheets()).toHaveLength(count);
  });

  it('makes the same number of service calls for 10 records as for 200', () => {
    const callsFor = (count: number) => {
      const { workbook, context } = testWorkbook();
      const records = Array.from({ length: count }, (_, i) => ({ ...MEASURE, no: String(i + 1) }));
      const tab = createDocumentTabWith(context, 'measures', { fiscalYear: 2568 }, records);
      workbook.resetCalls();
      rolloverTab(context, { sheetId: tab.sheetId }, IN_2570);
      return workbook.totalCalls();
    };

    expect(callsFor(10)).toBe(callsFor(200));
    expect(callsFor(10)).toBe(55);
  });
});

describe('nextFiscalYear', () => {
  it('is the year after the last of the document, or the current one for a document without a year', () => {
    expect(nextFiscalYear({ fiscalYear: 2568 }, IN_2570)).toBe(2569);
    expect(nextFiscalYear({ fiscalYear: 2562, fiscalYearEnd: 2564 }, IN_2570)).toBe(2565);
    expect(nextFiscalYear({}, IN_2570)).toBe(2570);
  });
});

describe('rolling over from the API and the menu', () => {
  it('answers a bad request with a Thai message and makes no tab', () => {
    const { workbook, context, sheetId } = withTab('measures', fixture('measures-fy2568.txt'));
    const api = createServerApi(() => context, singleProcessLock);
    const count = workbook.getSheets().length;

    const result = api.rolloverTab({ sheetId, fiscalYear: 'next' });

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('ข้อมูลที่ส่งมาไม่ถูกต้อง') });
    expect(workbook.getSheets()).toHaveLength(count);
  });

  it('rolls the active tab from the menu and tells the officer the new tab and what to check', () => {
    const { context, sheetId } = withTab('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    const api = createServerApi(() => context, singleProcessLock);

    const message = runMenuAction(api, sheetId, { kind: 'rollover' });

    expect(message).toContain('สร้างแท็บใหม่ "แบบตรวจ OIT 2569" ปีงบประมาณ 2569');
    expect(message).toContain('แท็บเดิมไม่เปลี่ยนแปลง');
    expect(message).toContain('ต้องตรวจสอบอีกครั้ง');
  });
});
