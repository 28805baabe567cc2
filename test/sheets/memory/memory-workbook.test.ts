import { MemoryWorkbook } from '../../../src/sheets/memory';
import type { SpreadsheetApi } from '../../../src/sheets/spreadsheet-api';

describe('MemoryWorkbook', () => {
  it('is a SpreadsheetApi the adapter can take', () => {
    const api: SpreadsheetApi = new MemoryWorkbook();

    expect(api.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('has the id, name and the Sheets address it was given', () => {
    const workbook = new MemoryWorkbook({ id: 'abc123', name: 'ITA 2568' });

    expect([workbook.getId(), workbook.getUrl()]).toEqual([
      'abc123',
      'https://docs.google.com/spreadsheets/d/abc123/edit',
    ]);
  });

  it('refuses starting tabs that share a name or no tab at all', () => {
    expect(() => new MemoryWorkbook({ sheetNames: ['แผน', 'แผน'] })).toThrow(
      /two starting sheets are named "แผน"/,
    );
    expect(() => new MemoryWorkbook({ sheetNames: [] })).toThrow(/at least one sheet/);
  });

  it('takes an explicit url', () => {
    expect(new MemoryWorkbook({ url: 'http://localhost/x' }).getUrl()).toBe('http://localhost/x');
  });

  it('inserts a sheet at a 0-based position, gives it a fresh id and a 1-based index, and activates it', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b'] });

    const sheet = workbook.insertSheet('รายงาน', 1);

    expect(workbook.getSheets().map((s) => s.getName())).toEqual(['a', 'รายงาน', 'b']);
    expect(sheet.getIndex()).toBe(2);
    expect(new Set(workbook.getSheets().map((s) => s.getSheetId())).size).toBe(3);
    expect(workbook.getActiveSheet()).toBe(sheet);
  });

  it('throws like Sheets when the name exists, whatever its case', () => {
    const workbook = new MemoryWorkbook();

    expect(() => workbook.insertSheet('Sheet1', 0)).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
    expect(() => workbook.insertSheet('SHEET1', 0)).toThrow(/already exists/);
  });

  it('refuses a tab name longer than 100 characters, as Sheets does, on insert and on rename', () => {
    const workbook = new MemoryWorkbook();
    const long = 'ก'.repeat(101);

    expect(() => workbook.insertSheet(long, 0)).toThrow(/longer than 100 characters/);
    expect(() => workbook.getActiveSheet().setName(long)).toThrow(/longer than 100 characters/);
    expect(workbook.insertSheet('ก'.repeat(100), 0).getName()).toHaveLength(100);
  });

  it('refuses a position beyond the last sheet', () => {
    expect(() => new MemoryWorkbook().insertSheet('x', 5)).toThrow(/out of range/);
  });

  it('finds a sheet by name regardless of case, and gives null for a missing one', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['ผลการดำเนินงาน', 'Plan'] });

    expect(workbook.getSheetByName('plan')?.getName()).toBe('Plan');
    expect(workbook.getSheetByName('ไม่มี')).toBeNull();
  });

  it('renames a sheet, refusing a name another sheet has', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b'] });
    const [a] = workbook.getSheets();

    a?.setName('แผน');

    expect(workbook.getSheetByName('แผน')).toBe(a);
    expect(() => a?.setName('B')).toThrow(
      'A sheet with the name "B" already exists. Please enter another name.',
    );
  });

  it('deletes a sheet; the active sheet moves on and the deleted sheet can no longer be used', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b', 'c'] });
    const b = workbook.getSheetByName('b');
    if (!b) throw new Error('test bug');
    workbook.setActiveSheet(b);

    workbook.deleteSheet(b);

    expect(workbook.getSheets().map((s) => s.getName())).toEqual(['a', 'c']);
    expect(workbook.getActiveSheet().getName()).toBe('c');
    expect(() => b.getRange('A1')).toThrow('The sheet "b" has been deleted.');
    expect(() => workbook.deleteSheet(b)).toThrow(/not in this spreadsheet/);
  });

  it('refuses to delete the last visible sheet', () => {
    const workbook = new MemoryWorkbook();

    expect(() => workbook.deleteSheet(workbook.getActiveSheet())).toThrow(
      "You can't remove all the visible sheets in a document.",
    );
  });

  it('refuses a sheet of another workbook', () => {
    const other = new MemoryWorkbook().getActiveSheet();

    expect(() => new MemoryWorkbook().setActiveSheet(other)).toThrow(/not in this spreadsheet/);
  });

  it('sets the active sheet', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b'] });
    const b = workbook.getSheets()[1];
    if (!b) throw new Error('test bug');

    workbook.setActiveSheet(b);

    expect(workbook.getActiveSheet().getName()).toBe('b');
  });
});
