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
