import { MemoryWorkbook } from '../../../src/sheets/memory';

describe('MemoryDeveloperMetadata', () => {
  it('hands out each entry with its key and value, in the order they were added', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    sheet
      .addDeveloperMetadata('ita-sheets.generated', 'analysis')
      .addDeveloperMetadata('ita-sheets.print', '{}');

    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['ita-sheets.generated', 'analysis'],
      ['ita-sheets.print', '{}'],
    ]);
  });

  it('removes only its own entry, even when another has the same key', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    sheet.addDeveloperMetadata('k', 'first').addDeveloperMetadata('k', 'second');

    sheet.getDeveloperMetadata()[0]?.remove();

    expect(sheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['second']);
  });

  it('keeps metadata per sheet', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b'] });
    workbook.getSheetByName('a')?.addDeveloperMetadata('k', 'v');

    expect(workbook.getSheetByName('b')?.getDeveloperMetadata()).toEqual([]);
  });
});

describe('developer metadata size on the memory workbook', () => {
  it('refuses metadata past the 30,000 characters Sheets allows one sheet, keeping what was there', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    sheet.addDeveloperMetadata('a', 'x'.repeat(20_000));

    expect(() => sheet.addDeveloperMetadata('b', 'x'.repeat(10_000))).toThrow(/limit is 30000/);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['a']);
    expect(sheet.addDeveloperMetadata('b', 'x'.repeat(9_998)).getDeveloperMetadata()).toHaveLength(2);
  });
});
