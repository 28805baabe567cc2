import { getFormulas, inspectCell, inspectSheet, MemoryWorkbook } from '../../../src/sheets/memory';
import type { SheetApi } from '../../../src/sheets/spreadsheet-api';

describe('inspectCell', () => {
  it('shows what getValues reads, the formula, the apostrophe flag, formats and the note', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    sheet.getRange('A1:B1').setValues([['=TODAY()', "'+66 81"]]);
    sheet.getRange('A1').setFontWeight('bold').setNote('วันนี้');

    expect(inspectCell(sheet, 'A1')).toEqual({
      value: '#ERROR!',
      formula: '=TODAY()',
      quotePrefix: false,
      format: { bold: true },
      note: 'วันนี้',
    });
    expect(inspectCell(sheet, 'B1')).toEqual({ value: '+66 81', quotePrefix: true, format: {} });
  });

  it('shows an untouched cell as empty', () => {
    expect(inspectCell(new MemoryWorkbook().getActiveSheet(), 'Z999')).toEqual({
      value: '',
      quotePrefix: false,
      format: {},
    });
  });

  it('hands out a copy: changing it does not change the sheet', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    sheet.getRange('A1').setFontSize(14);

    (inspectCell(sheet, 'A1').format as { fontSize?: number }).fontSize = 99;

    expect(inspectCell(sheet, 'A1').format).toEqual({ fontSize: 14 });
  });

  it('refuses a sheet that is not a memory sheet', () => {
    expect(() => inspectCell({} as SheetApi, 'A1')).toThrow('inspectCell: the sheet is not a memory sheet');
  });
});

describe('getFormulas', () => {
  it('reads the formulas of the data range, "" where there is none', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    sheet.getRange('A1:B2').setValues([
      [1, '=A1+1'],
      ['-x', 'ข้อความ'],
    ]);

    expect(getFormulas(sheet)).toEqual([
      ['', '=A1+1'],
      ['=-x', ''],
    ]);
  });
});

describe('inspectSheet', () => {
  it('shows the sheet as its saved JSON, without counting a call', () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.getActiveSheet();
    sheet.setFrozenRows(2);
    workbook.resetCalls();

    const state = inspectSheet(sheet);

    expect([state.name, state.frozenRows, workbook.totalCalls()]).toEqual(['Sheet1', 2, 0]);
  });
});

describe('Range.getMergedRanges', () => {
  it('gives the merged blocks inside the range or sharing a cell with it, and no others', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    sheet.getRange('A2:A4').merge();
    sheet.getRange('C5:D6').merge();
    sheet.getRange('F1:F2').merge();

    expect(
      sheet
        .getRange('A1:D5')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2:A4', 'C5:D6']);
    expect(sheet.getRange('B1:B9').getMergedRanges()).toEqual([]);
  });
});
