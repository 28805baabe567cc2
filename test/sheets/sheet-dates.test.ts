import { readWorkbookJson } from '../../src/preview/workbook-json';
import { MemoryWorkbook } from '../../src/sheets/memory';
import { createDocumentTab, structureActiveTab } from '../../src/sheets/operations/document-tabs';
import { readTabRecords } from '../../src/sheets/operations/records';
import { withDaysAsText } from '../../src/sheets/sheet-dates';
import { testWorkbook } from '../support/workbook';

// Midnight of 1 Oct 2026 in London (BST, UTC+1): what a London spreadsheet holds for a date typed there.
const FIRST_OCTOBER_LONDON = new Date('2026-09-30T23:00:00Z');

describe('withDaysAsText', () => {
  it('writes a date cell as the day it is in the given zone, and leaves other cells as they are', () => {
    expect(withDaysAsText([[FIRST_OCTOBER_LONDON, 'o1', 5]], () => 'Europe/London')).toEqual([
      ['2026-10-01', 'o1', 5],
    ]);
    expect(withDaysAsText([[FIRST_OCTOBER_LONDON]], () => 'Asia/Bangkok')).toEqual([['2026-10-01']]);
    expect(withDaysAsText([[new Date('2026-09-30T16:00:00Z')]], () => 'Asia/Tokyo')).toEqual([
      ['2026-10-01'],
    ]);
  });

  it('asks the time zone once, and not at all without a date', () => {
    const zone = jest.fn(() => 'Europe/London');

    withDaysAsText([['a', 1]], zone);
    withDaysAsText([[FIRST_OCTOBER_LONDON], [FIRST_OCTOBER_LONDON]], zone);

    expect(zone).toHaveBeenCalledTimes(1);
  });
});

describe("dates read from a tab, in the spreadsheet's own time zone", () => {
  it('reads an OIT due date typed in a London spreadsheet as 1 Oct, not 30 Sep, at two extra calls', () => {
    const { workbook, context } = testWorkbook();
    workbook.setSpreadsheetTimeZone('Europe/London');
    const tab = createDocumentTab(context, 'oit-checklist', { fiscalYear: 2570 });
    const sheet = workbook.getSheets().find((s) => s.getSheetId() === tab.sheetId)!;
    sheet.getRange(2, 7).setValues([[FIRST_OCTOBER_LONDON]]);
    workbook.resetCalls();

    const records = readTabRecords(context, tab.sheetId).records;

    expect(records[0]?.record.due).toBe('2026-10-01');
    expect(workbook.calls['Sheet.getParent']).toBe(1);
    expect(workbook.calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });

  it("structures a pasted tab whose date cells are read in the spreadsheet's zone", () => {
    const { workbook, context } = testWorkbook();
    workbook.setSpreadsheetTimeZone('America/Los_Angeles');
    const pasted = workbook.insertSheet('วาง', 1);
    pasted.getRange(1, 1, 2, 5).setValues([
      ['ข้อ', 'ข้อมูล', 'ตัวชี้วัดย่อย', 'สถานะ', 'กำหนดเสร็จ'],
      ['o1', 'โครงสร้าง', '9.1', 'ยังไม่ดำเนินการ', new Date('2026-10-01T07:00:00Z')],
    ]);
    workbook.setActiveSheet(pasted);

    const made = structureActiveTab(context, 'oit-checklist');
    const records = readTabRecords(context, made.tab.sheetId).records;

    expect(records[0]?.record.due).toBe('2026-10-01');
  });

  it('starts a new workbook in Asia/Bangkok and refuses a name that is not a time zone', () => {
    const workbook = new MemoryWorkbook();

    expect(workbook.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    expect(() => workbook.setSpreadsheetTimeZone('UTC+7')).toThrow('Invalid argument: timeZone');
  });

  it('keeps its time zone when saved and loaded; a file saved without one is in Asia/Bangkok', () => {
    const workbook = new MemoryWorkbook({ timeZone: 'Europe/London' });
    const json = workbook.toJSON();
    const { timeZone: _, ...older } = json;

    expect(readWorkbookJson(json).getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(readWorkbookJson(older).getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    expect(() => readWorkbookJson({ ...json, timeZone: 'Mars/Olympus' })).toThrow('timeZone');
    expect(() => new MemoryWorkbook({ timeZone: 'GMT+7 Bangkok' })).toThrow('not an IANA time zone');
  });
});
