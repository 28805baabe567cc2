import { inspectSheet, MemoryWorkbook } from '../../../src/sheets/memory';

describe('MemoryProtection', () => {
  it('keeps the warning-only flag and the description', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    sheet.protect().setDescription('รายงานที่ ITA Sheets สร้าง').setWarningOnly(true);

    expect(inspectSheet(sheet).protections).toEqual([
      { description: 'รายงานที่ ITA Sheets สร้าง', warningOnly: true },
    ]);
  });

  it('starts as a full protection with no description, as Sheets does', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    sheet.protect();

    expect(inspectSheet(sheet).protections).toEqual([{ description: '', warningOnly: false }]);
  });
});
