import { readWorkbookJson } from '../../../src/preview/workbook-json';
import { inspectCell, inspectSheet, MemoryWorkbook, memoryServices } from '../../../src/sheets/memory';

function newSheet() {
  return new MemoryWorkbook().getActiveSheet();
}

describe('insertRowsAfter', () => {
  it('grows the sheet at the end so a later getRange reaches the new rows', () => {
    const sheet = newSheet();

    const returned = sheet.insertRowsAfter(1000, 500);
    sheet.getRange(1500, 1, 1, 1).setValues([['ท้าย']]);

    expect(returned).toBe(sheet);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1500, 1500]);
  });

  it('moves the values and notes below the insertion point down', () => {
    const sheet = newSheet();
    sheet.getRange('A1:A3').setValues([['หนึ่ง'], ['สอง'], ['สาม']]);
    sheet.getRange('B3').setNote('หมายเหตุ');

    sheet.insertRowsAfter(1, 2);

    expect(sheet.getRange('A1:A5').getValues()).toEqual([['หนึ่ง'], [''], [''], ['สอง'], ['สาม']]);
    expect(sheet.getRange('B3:B5').getNotes()).toEqual([[''], [''], ['หมายเหตุ']]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('grows a merge the insertion goes through and moves one below it', () => {
    const sheet = newSheet();
    sheet.getRange('A2:B4').merge();
    sheet.getRange('A6:C6').merge();
    sheet.getRange('D1:D2').merge();

    sheet.insertRowsAfter(2, 3);

    expect(inspectSheet(sheet).merges).toEqual(['A2:B7', 'A9:C9', 'D1:D2']);
  });

  it('gives the new rows the formats of the row above, not its values or notes', () => {
    const sheet = newSheet();
    sheet
      .getRange('A1:B1')
      .setValues([['หัว', 'ตาราง']])
      .setFontWeight('bold')
      .setNote('n');

    sheet.insertRowsAfter(1, 1);
    sheet.getRange('A1').setFontWeight(null);

    expect(inspectCell(sheet, 'B2')).toEqual({ value: '', quotePrefix: false, format: { bold: true } });
    expect(inspectCell(sheet, 'A2').format).toEqual({ bold: true });
  });

  it('keeps a dropdown across the new rows only where the rule runs on both sides', () => {
    const sheet = newSheet();
    const rule = memoryServices().newDataValidation().requireValueInList(['ผ่าน', 'ไม่ผ่าน'], true).build();
    sheet.getRange('A1:A2').setDataValidation(rule);
    sheet.getRange('B1').setDataValidation(rule);

    sheet.insertRowsAfter(1, 1);

    expect(inspectCell(sheet, 'A2').validation?.values).toEqual(['ผ่าน', 'ไม่ผ่าน']);
    expect(inspectCell(sheet, 'B2').validation).toBeUndefined();
  });

  it('grows the frozen rows when the insertion is inside them, and not otherwise', () => {
    const inside = newSheet();
    inside.setFrozenRows(2);
    const below = newSheet();
    below.setFrozenRows(2);

    inside.insertRowsAfter(1, 3);
    below.insertRowsAfter(2, 3);

    expect([inside.getFrozenRows(), below.getFrozenRows()]).toEqual([5, 2]);
  });

  it("moves a chart's anchor and the data ranges that point at the sheet, from any sheet", () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['data', 'summary'] });
    const [data, summary] = workbook.getSheets();
    if (!data || !summary) throw new Error('test bug');
    data.insertChart(data.newChart().addRange(data.getRange('A3:B12')).setPosition(14, 1, 0, 0).build());
    summary.insertChart(
      summary.newChart().addRange(data.getRange('A20:B22')).setPosition(1, 1, 0, 0).build(),
    );

    data.insertRowsAfter(5, 10);

    expect(inspectSheet(data).charts[0]).toMatchObject({
      ranges: ['A3:B22'],
      position: { anchorRow: 24, anchorColumn: 1 },
    });
    expect(inspectSheet(summary).charts[0]).toMatchObject({
      ranges: ["'data'!A30:B32"],
      position: { anchorRow: 1, anchorColumn: 1 },
    });
  });

  it('keeps working after a save and load', () => {
    const workbook = new MemoryWorkbook();
    workbook.getActiveSheet().insertRowsAfter(1000, 10).insertColumnsAfter(26, 2);

    const loaded = readWorkbookJson(JSON.parse(JSON.stringify(workbook.toJSON())));
    loaded
      .getActiveSheet()
      .getRange('AB1010')
      .setValues([['ได้']]);

    expect([loaded.getActiveSheet().getMaxRows(), loaded.getActiveSheet().getMaxColumns()]).toEqual([
      1010, 28,
    ]);
  });
});

describe('insertColumnsAfter', () => {
  it('moves the widths, values and merges right and gives the new columns the width before them', () => {
    const sheet = newSheet();
    sheet.setColumnWidths(2, 1, 240).setColumnWidths(3, 1, 60);
    sheet.getRange('A1:C1').setValues([['ก', 'ข', 'ค']]);
    sheet.getRange('C2:D2').merge();

    const returned = sheet.insertColumnsAfter(2, 2);

    expect(returned).toBe(sheet);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['ก', 'ข', '', '', 'ค']]);
    expect(inspectSheet(sheet)).toMatchObject({
      maxColumns: 28,
      merges: ['E2:F2'],
      columnWidths: [
        { column: 2, width: 240 },
        { column: 3, width: 240 },
        { column: 4, width: 240 },
        { column: 5, width: 60 },
      ],
    });
  });

  it('lets a later getRange reach the new columns', () => {
    const sheet = newSheet();

    sheet.insertColumnsAfter(26, 4);
    sheet.getRange('AD1').setValues([[1]]);

    expect([sheet.getMaxColumns(), sheet.getLastColumn()]).toEqual([30, 30]);
  });
});

describe('insertRowsAfter and insertColumnsAfter refuse what Sheets refuses', () => {
  it.each<[string, (sheet: ReturnType<typeof newSheet>) => unknown, string]>([
    ['rows after 0', (s) => s.insertRowsAfter(0, 1), 'Those rows are out of bounds.'],
    ['rows after the last row + 1', (s) => s.insertRowsAfter(1001, 1), 'Those rows are out of bounds.'],
    ['no rows', (s) => s.insertRowsAfter(1, 0), 'Those rows are out of bounds.'],
    ['a fraction of a row', (s) => s.insertRowsAfter(1, 1.5), "Cannot convert '1.5' to int."],
    ['a fractional position', (s) => s.insertRowsAfter(2.5, 1), "Cannot convert '2.5' to int."],
    ['columns after 0', (s) => s.insertColumnsAfter(0, 1), 'Those columns are out of bounds.'],
    ['columns after Z + 1', (s) => s.insertColumnsAfter(27, 1), 'Those columns are out of bounds.'],
    ['negative columns', (s) => s.insertColumnsAfter(1, -2), 'Those columns are out of bounds.'],
  ])('throws for %s and leaves the sheet as it was', (_, call, message) => {
    const sheet = newSheet();

    expect(() => call(sheet)).toThrow(message);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });
});
