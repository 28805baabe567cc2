import { inspectCell, inspectSheet, MemoryWorkbook } from '../../../src/sheets/memory';

function newSheet() {
  return new MemoryWorkbook().getActiveSheet();
}

describe('merges', () => {
  it('keeps a merged region as its A1 name', () => {
    const sheet = newSheet();

    sheet.getRange('A1:F1').merge();
    sheet.getRange(2, 1, 2, 2).merge();

    expect(inspectSheet(sheet).merges).toEqual(['A1:F1', 'A2:B3']);
  });

  it('keeps only the top-left value, as Sheets does', () => {
    const sheet = newSheet();
    sheet.getRange('A1:B1').setValues([['หัว', 'หาย']]);

    sheet.getRange('A1:B1').merge();

    expect(sheet.getRange('A1:B1').getValues()).toEqual([['หัว', '']]);
  });

  it('throws like Sheets when the region overlaps part of another merge', () => {
    const sheet = newSheet();
    sheet.getRange('A1:C1').merge();

    expect(() => sheet.getRange('B1:D2').merge()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
  });

  it('absorbs merges that lie wholly inside the new one', () => {
    const sheet = newSheet();
    sheet.getRange('A1:B1').merge();

    sheet.getRange('A1:C2').merge();

    expect(inspectSheet(sheet).merges).toEqual(['A1:C2']);
  });

  it('keeps the format and value of the top-left cell', () => {
    const sheet = newSheet();
    sheet.getRange('A1').setValues([['x']]);
    sheet.getRange('A1:B1').setFontWeight('bold').merge();

    expect(inspectCell(sheet, 'A1')).toMatchObject({ value: 'x', format: { bold: true } });
  });

  it('leaves a single cell unmerged', () => {
    const sheet = newSheet();

    sheet.getRange('B2').merge();

    expect(inspectSheet(sheet).merges).toEqual([]);
  });

  it('refuses to merge across the frozen edge, and to freeze through a merge', () => {
    const frozen = newSheet();
    frozen.setFrozenRows(1);
    const merged = newSheet();
    merged.getRange('A1:A3').merge();

    expect(() => frozen.getRange('A1:A2').merge()).toThrow("You can't merge frozen and non-frozen rows.");
    expect(() => merged.setFrozenRows(2)).toThrow(
      "You can't freeze rows which contain only part of a merged cell.",
    );
  });
});

describe('frozen rows', () => {
  it('refuses to freeze every row', () => {
    expect(() => newSheet().setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
  });
});
