import { readWorkbookJson } from '../../src/preview/workbook-json';
import {
  getFormulas,
  inspectCell,
  MemoryWorkbook,
  memoryServices,
  type WorkbookJson,
} from '../../src/sheets/memory';

/** A workbook that uses everything a save must keep. */
function fullWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ id: 'doc-9', name: 'ITA อบต.ตัวอย่าง' });
  const services = memoryServices(workbook);
  const sheet = workbook.insertSheet('รายงาน', 1);
  sheet.getRange('A1:F1').merge();
  sheet.getRange('C1:D3').setNumberFormat('@');
  sheet.getRange(1, 1, 3, 4).setValues([
    ['รายงานผลการดำเนินงาน', null, 'text', null],
    ["'=IMPORTXML(A1)", '=SUM(B3:B9)', '0812345678', new Date('2024-10-01T00:00:00.000Z')],
    [50000, true, '12%', '1,234.5'],
  ]);
  sheet.getRangeList(['A1', 'A2:B3']).setFontFamily('Sarabun').setFontSize(16).setFontWeight('bold');
  sheet
    .getRange('A2:D3')
    .setBorder(true, true, true, true, true, true)
    .setBackground('#D9E2F3')
    .setWrap(true);
  sheet.getRange('A3').setHorizontalAlignment('right').setVerticalAlignment('top').setFontColor('#c00000');
  sheet.getRange('B2').setNote('สูตร');
  sheet
    .getRange('D2:D3')
    .setDataValidation(
      services.newDataValidation().requireValueInList(['ก', 'ข'], true).setHelpText('เลือก').build(),
    );
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 3, 180);
  sheet.addDeveloperMetadata('ita-sheets.print', '{"landscape":true,"repeatRows":1}');
  sheet.protect().setWarningOnly(true).setDescription('generated');
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(services.barChartType)
      .addRange(sheet.getRange('A2:B3'))
      .setPosition(5, 2, 0, 0)
      .setOption('legend', { position: 'none' })
      .build(),
  );
  sheet.insertRowsAfter(1000, 100).insertColumnsAfter(26, 2);
  sheet.getRange(1100, 28, 1, 1).setValues([['far']]);
  workbook.insertSheet('ซ่อน', 2).hideSheet();
  return workbook;
}

describe('MemoryWorkbook.toJSON / readWorkbookJson', () => {
  it('round-trips exactly', () => {
    const json = fullWorkbook().toJSON();

    const again = readWorkbookJson(JSON.parse(JSON.stringify(json)));

    expect(again.toJSON()).toEqual(json);
  });

  it('reads back the same values, formulas, apostrophe flags and sheets', () => {
    const original = fullWorkbook();

    const loaded = readWorkbookJson(JSON.parse(JSON.stringify(original.toJSON())));
    const sheet = loaded.getSheetByName('รายงาน');
    if (!sheet) throw new Error('test bug');

    expect(sheet.getRange('A1:D3').getValues()).toEqual(
      original.getSheetByName('รายงาน')?.getRange('A1:D3').getValues(),
    );
    expect(getFormulas(sheet, 'A2:B2')).toEqual([['', '=SUM(B3:B9)']]);
    expect(inspectCell(sheet, 'A2').quotePrefix).toBe(true);
    expect(sheet.getRange('D2').getValues()[0]?.[0]).toEqual(new Date('2024-10-01T00:00:00.000Z'));
    expect(loaded.getSheets().map((s) => [s.getName(), s.isSheetHidden()])).toEqual([
      ['Sheet1', false],
      ['รายงาน', false],
      ['ซ่อน', true],
    ]);
    expect(loaded.getActiveSheet().getName()).toBe('ซ่อน');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1100, 28]);
  });

  it('gives fresh sheet ids after a load', () => {
    const loaded = readWorkbookJson(fullWorkbook().toJSON());

    const sheet = loaded.insertSheet('ใหม่', 0);

    expect(loaded.getSheets().filter((s) => s.getSheetId() === sheet.getSheetId())).toHaveLength(1);
  });

  it('starts a loaded workbook with no calls counted', () => {
    expect(readWorkbookJson(fullWorkbook().toJSON()).totalCalls()).toBe(0);
  });

  /** A saved full workbook, changed by edit before it is loaded. */
  function loadEdited(edit: (json: WorkbookJson) => unknown): () => MemoryWorkbook {
    const json = fullWorkbook().toJSON();
    return () => readWorkbookJson(edit(json));
  }

  function report(json: WorkbookJson) {
    const sheet = json.sheets[1];
    if (!sheet) throw new Error('test bug: the full workbook has a report sheet');
    return sheet;
  }

  it.each<[string, (json: WorkbookJson) => unknown, RegExp]>([
    ['not an object', () => 'hello', /\(the file\)/],
    ['another format', (j) => ({ ...j, format: 'xlsx' }), /format:/],
    [
      'a bad cell name',
      (j) => {
        report(j).cells.unshift({ cell: 'A0' });
        return j;
      },
      /sheets\[1\]\.cells\[0\]\.cell: expected an A1 cell name/,
    ],
    [
      'a cell beyond the sheet',
      (j) => {
        report(j).cells.unshift({ cell: 'A5000' });
        return j;
      },
      /sheets\[1\]\.cells\[0\]\.cell: A5000 is outside/,
    ],
    [
      'overlapping merges',
      (j) => {
        report(j).merges.push('B1:B2');
        return j;
      },
      /sheets\[1\]\.merges\[1\]: the merge overlaps another/,
    ],
    [
      'twin sheet names',
      (j) => {
        report(j).name = 'SHEET1';
        return j;
      },
      /sheets\[1\]\.name: a second sheet named/,
    ],
    ['a missing active sheet', (j) => ({ ...j, activeSheetId: 77 }), /activeSheetId: no sheet has this id/],
    ['an unknown key', (j) => ({ ...j, extra: 1 }), /\(the file\): an unknown key "extra"/],
    [
      'a value and a formula in one cell',
      (j) => {
        report(j).cells.unshift({ cell: 'Z9', value: 1, formula: '=1' });
        return j;
      },
      /sheets\[1\]\.cells\[0\]: a cell holds one of value, date or formula/,
    ],
  ])('throws naming the path for %s', (_, edit, message) => {
    expect(loadEdited(edit)).toThrow(message);
  });

  it('starts the error with the operation', () => {
    expect(() => readWorkbookJson(null)).toThrow(/^readWorkbookJson: not a saved memory workbook/);
  });
});
