import { asDocumentTab, readRecords } from '../../../src/sheets/document-tab';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import { createDocumentTab } from '../../../src/sheets/operations/document-tabs';
import { structurePastedText } from '../../../src/sheets/operations/structure-text';
import { setTabHeader } from '../../../src/sheets/operations/tab-header';
import { fixture } from '../../support/fixtures';
import { testWorkbook } from '../../support/workbook';

describe('structurePastedText (the sidebar’s paste box)', () => {
  it('keeps the bullet lines Sheets would have turned into #ERROR!, and reads no tab', () => {
    const { workbook, context } = testWorkbook();
    const tabs = workbook.getSheets().length;

    const summary = structurePastedText(context, 'ethics', fixture('ethics-fy2568.txt'));
    const records = readRecords(asDocumentTab(sheetById(workbook, summary.tab.sheetId))!);

    expect(workbook.getSheets()).toHaveLength(tabs + 1);
    expect(summary.records).toBe(3);
    expect(records[2]?.record.behavior).toEqual(['จิตอาสา']);
    expect(JSON.stringify(records)).not.toContain('#ERROR!');
    // No pasted tab: a warning names no cell to jump to.
    expect(summary.warnings.every((w) => w.a1 === undefined)).toBe(true);
  });

  it('names the tab with the year given when the paste names none', () => {
    const { context } = testWorkbook();

    const summary = structurePastedText(
      context,
      'oit-checklist',
      fixture('paste/oit-no-year-no-heading.txt'),
      2566,
    );

    expect(summary.tab.name).toBe('แบบตรวจ OIT 2566');
    expect(summary.tab.header.fiscalYear).toBe(2566);
  });

  it('refuses empty text and text that is not the type, making no tab', () => {
    const { workbook, context } = testWorkbook();
    const tabs = workbook.getSheets().length;

    expect(() => structurePastedText(context, 'measures', '  \n')).toThrow('ยังไม่ได้วางข้อความ');
    expect(() => structurePastedText(context, 'measures', 'สวัสดี')).toThrow('ข้อความที่วาง');
    expect(workbook.getSheets()).toHaveLength(tabs);
  });
});

describe('setTabHeader', () => {
  it('sets the year, organization and round of a tab made without them, and names the tab for the year', () => {
    const { workbook, context } = testWorkbook(null);
    const tab = createDocumentTab(context, 'results', {});

    const summary = setTabHeader(context, tab.sheetId, {
      fiscalYear: 2568,
      organization: ' องค์การบริหารส่วนตำบลดอนแก้ว ',
      round: 6,
    });

    expect(summary.header).toEqual({ fiscalYear: 2568, organization: 'องค์การบริหารส่วนตำบลดอนแก้ว', round: 6 });
    expect(summary.name).toBe('รายงานผล 2568');
    expect(JSON.parse(readMetadata(sheetById(workbook, tab.sheetId)).get(META.header) ?? '')).toEqual(
      summary.header,
    );
  });

  it('clears a field with null and keeps a name the officer gave the tab', () => {
    const { workbook, context } = testWorkbook(null);
    const tab = createDocumentTab(context, 'measures', { fiscalYear: 2567 });
    sheetById(workbook, tab.sheetId).setName('มาตรการของเรา');

    const summary = setTabHeader(context, tab.sheetId, { fiscalYear: null });

    expect(summary.header.fiscalYear).toBeUndefined();
    expect(summary.name).toBe('มาตรการของเรา');
  });

  it('refuses a tab that is not a document tab and changes nothing', () => {
    const { workbook, context } = testWorkbook(null);
    const plain = workbook.getSheets()[0]!;

    expect(() => setTabHeader(context, plain.getSheetId(), { fiscalYear: 2568 })).toThrow('ไม่ใช่แท็บเอกสาร');
    expect(readMetadata(plain).get(META.header)).toBeUndefined();
  });
});
