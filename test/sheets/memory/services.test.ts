import { MemoryWorkbook, memoryServices } from '../../../src/sheets/memory';
import type { SheetsServices } from '../../../src/sheets/spreadsheet-api';

describe('memoryServices', () => {
  it('is the SheetsServices the adapter takes, counting with the workbook it is given', () => {
    const workbook = new MemoryWorkbook();
    const services: SheetsServices = memoryServices(workbook);

    services.newDataValidation();

    expect(workbook.calls).toEqual({ 'SpreadsheetApp.newDataValidation': 1 });
  });

  it('works without a workbook, counting nowhere', () => {
    const rule = memoryServices().newDataValidation().requireValueInList(['a'], true).build();

    expect(rule).toMatchObject({ values: ['a'] });
  });

  it('stands in for Charts.ChartType.BAR with its name', () => {
    expect(String(memoryServices().barChartType)).toBe('BAR');
  });
});
