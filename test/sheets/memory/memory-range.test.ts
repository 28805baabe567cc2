import { inspectSheet, MemoryWorkbook, memoryServices } from '../../../src/sheets/memory';

function newSheet() {
  return new MemoryWorkbook().getActiveSheet();
}

describe('MemoryRange', () => {
  it('reads back what it wrote, with empty cells as ""', () => {
    const sheet = newSheet();

    sheet.getRange(2, 2, 2, 3).setValues([
      ['แผน', 50000, true],
      [null, '', undefined],
    ]);

    expect(sheet.getRange('B2:D3').getValues()).toEqual([
      ['แผน', 50000, true],
      ['', '', ''],
    ]);
  });

  it('throws like Sheets when the data does not match the range', () => {
    const range = newSheet().getRange('A1:B3');

    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([[1, 2], [3], [4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('writes nothing when one value of the block is refused', () => {
    const sheet = newSheet();

    expect(() => sheet.getRange('A1:B1').setValues([['kept out', Symbol('x')]])).toThrow(/symbol at B1/);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('names itself in A1 and knows its position and size', () => {
    const range = newSheet().getRange(3, 2, 4, 5);

    expect([
      range.getA1Notation(),
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual(['B3:F6', 3, 2, 4, 5]);
    expect(newSheet().getRange('c7').getA1Notation()).toBe('C7');
  });

  it('is live: a second range over the same cells sees what the first wrote', () => {
    const sheet = newSheet();
    const reader = sheet.getRange('A1');

    sheet.getRange(1, 1, 1, 1).setValues([['ใหม่']]);

    expect(reader.getValues()).toEqual([['ใหม่']]);
  });

  it('sets, reads and clears notes, "" where there is none', () => {
    const range = newSheet().getRange('A1:B1');

    range.setNotes([['หมายเหตุ', null]]);
    const before = range.getNotes();
    range.clearNote();

    expect(before).toEqual([['หมายเหตุ', '']]);
    expect(range.getNotes()).toEqual([['', '']]);
  });

  it('puts one note on every cell with setNote', () => {
    const range = newSheet().getRange('A1:A2');

    range.setNote('ดูแผน');

    expect(range.getNotes()).toEqual([['ดูแผน'], ['ดูแผน']]);
  });

  it('reads backgrounds as lower-case hex, white by default', () => {
    const range = newSheet().getRange('A1:B1');

    range.setBackground('#D9E2F3');
    const set = range.getBackgrounds();
    range.setBackground(null);

    expect(set).toEqual([['#d9e2f3', '#d9e2f3']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });

  it('puts a dropdown rule on every cell and removes it with null', () => {
    const sheet = newSheet();
    const rule = memoryServices().newDataValidation().requireValueInList(['ผ่าน', 'ไม่ผ่าน'], true).build();

    sheet.getRange('C2:C3').setDataValidation(rule);
    sheet.getRange('C3').setDataValidation(null);

    const cells = inspectSheet(sheet).cells;
    expect(cells.map((c) => [c.cell, c.validation?.values])).toEqual([['C2', ['ผ่าน', 'ไม่ผ่าน']]]);
  });

  it('refuses a rule that the memory workbook did not build', () => {
    expect(() => newSheet().getRange('A1').setDataValidation({})).toThrow(/not built by the memory workbook/);
  });
});
