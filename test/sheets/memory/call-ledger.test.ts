import { memoryWorkbookToXlsx } from '../../../src/cli/xlsx-export';
import { MemoryWorkbook, memoryServices } from '../../../src/sheets/memory';

describe('call counting', () => {
  it('counts one Range.setValues for a 500-row block', () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.getActiveSheet();
    const rows = Array.from({ length: 500 }, (_, i) => [`มาตรการ ${i + 1}`, i * 1000, i % 2 === 0]);
    workbook.resetCalls();

    sheet.getRange(1, 1, rows.length, 3).setValues(rows);

    expect(workbook.calls).toEqual({ 'Range.setValues': 1, 'Sheet.getRange': 1 });
    expect(workbook.totalCalls()).toBe(2);
  });

  it('counts a RangeList format as one call, however many ranges it holds', () => {
    const workbook = new MemoryWorkbook();
    const ranges = Array.from({ length: 200 }, (_, i) => `A${i + 1}:C${i + 1}`);
    workbook.resetCalls();

    workbook.getActiveSheet().getRangeList(ranges).setFontWeight('bold');

    expect(workbook.calls).toEqual({
      'RangeList.setFontWeight': 1,
      'Sheet.getRangeList': 1,
      'Spreadsheet.getActiveSheet': 1,
    });
  });

  it('counts every call by Class.method, on every object the workbook hands out', () => {
    const workbook = new MemoryWorkbook();
    const services = memoryServices(workbook);

    const sheet = workbook.insertSheet('รายงาน', 1);
    sheet.getRange('A1').getValues();
    sheet.addDeveloperMetadata('k', 'v');
    for (const m of sheet.getDeveloperMetadata()) m.getKey();
    sheet.protect().setWarningOnly(true);
    services.newDataValidation().requireValueInList(['a'], true).build();
    sheet.insertChart(sheet.newChart().setChartType(services.barChartType).build());

    expect(workbook.calls).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireValueInList': 1,
      'DeveloperMetadata.getKey': 1,
      'EmbeddedChartBuilder.build': 1,
      'EmbeddedChartBuilder.setChartType': 1,
      'Protection.setWarningOnly': 1,
      'Range.getValues': 1,
      'Sheet.addDeveloperMetadata': 1,
      'Sheet.getDeveloperMetadata': 1,
      'Sheet.getRange': 1,
      'Sheet.insertChart': 1,
      'Sheet.newChart': 1,
      'Sheet.protect': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'Spreadsheet.insertSheet': 1,
    });
  });

  it('does not count its own work: getDataRange is one call, not getLastRow and getRange', () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.getActiveSheet();
    workbook.resetCalls();

    sheet.getDataRange();

    expect(workbook.calls).toEqual({ 'Sheet.getDataRange': 1 });
  });

  it('does not count its own tools (toJSON, calls, inspection) nor the .xlsx export', async () => {
    const workbook = new MemoryWorkbook();

    workbook.toJSON();
    await memoryWorkbookToXlsx(workbook);

    expect(workbook.totalCalls()).toBe(0);
  });

  it('hands out a read-only record of counts', () => {
    const workbook = new MemoryWorkbook();
    workbook.getId();

    const calls = workbook.calls as Record<string, number>;

    expect(() => {
      calls['Spreadsheet.getId'] = 99;
    }).toThrow(TypeError);
    expect(workbook.calls['Spreadsheet.getId']).toBe(1);
  });

  it('starts again from zero after resetCalls', () => {
    const workbook = new MemoryWorkbook();
    workbook.getSheets();

    workbook.resetCalls();

    expect([workbook.calls, workbook.totalCalls()]).toEqual([{}, 0]);
  });
});

describe('fault injection', () => {
  it('fails the n-th call from now like Apps Script, before it does anything', () => {
    const workbook = new MemoryWorkbook({ id: 'doc-1' });
    const sheet = workbook.getActiveSheet();
    workbook.failAtCall(2);

    const range = sheet.getRange('A1');

    expect(() => range.setValues([['x']])).toThrow(
      'Service Spreadsheets failed while accessing document with id doc-1.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('fails once, then works again', () => {
    const workbook = new MemoryWorkbook();
    workbook.failAtCall(1, 'Exceeded maximum execution time');

    expect(() => workbook.getSheets()).toThrow('Exceeded maximum execution time');
    expect(workbook.getSheets()).toHaveLength(1);
  });

  it('counts the failed call, since Apps Script made it', () => {
    const workbook = new MemoryWorkbook();
    workbook.failAtCall(1);

    expect(() => workbook.getId()).toThrow();
    expect(workbook.calls).toEqual({ 'Spreadsheet.getId': 1 });
  });

  it('is cleared by failAtCall(undefined)', () => {
    const workbook = new MemoryWorkbook();
    workbook.failAtCall(1);

    workbook.failAtCall(undefined);

    expect(workbook.getId()).toBe('memory-workbook');
  });

  it('reaches builders made by memoryServices(workbook)', () => {
    const workbook = new MemoryWorkbook();
    const builder = memoryServices(workbook).newDataValidation();
    workbook.failAtCall(1);

    expect(() => builder.requireValueInList(['a'], true)).toThrow(/Service Spreadsheets failed/);
  });

  it('refuses a count that is not a whole number from 1', () => {
    expect(() => new MemoryWorkbook().failAtCall(0)).toThrow(RangeError);
  });
});
