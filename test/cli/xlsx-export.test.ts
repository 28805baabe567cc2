import ExcelJS from 'exceljs';
import { excelSheetName, memoryWorkbookToXlsx } from '../../src/cli/xlsx-export';
import { MemoryWorkbook, PRINT_METADATA_KEY } from '../../src/sheets/memory';

async function readBack(workbook: MemoryWorkbook): Promise<ExcelJS.Workbook> {
  const bytes = await memoryWorkbookToXlsx(workbook);
  const book = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer: hand it a copy of the bytes as one.
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

function reportWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.insertSheet('รายงานผล', 1);
  sheet.getRange(1, 1, 3, 3).setValues([
    ['รายงานผลการดำเนินงาน', null, null],
    ['มาตรการ', 'งบประมาณ', 'สูตร'],
    ['ประชาสัมพันธ์', 50000, '=SUM(B3:B9)'],
  ]);
  sheet.getRange('A1:C1').merge();
  sheet
    .getRangeList(['A1:C2'])
    .setFontFamily('Sarabun')
    .setFontSize(16)
    .setFontWeight('bold')
    .setFontColor('#1F3864');
  sheet
    .getRange('A2:C2')
    .setBackground('#D9E2F3')
    .setHorizontalAlignment('center')
    .setVerticalAlignment('middle');
  sheet.getRange('A2:C3').setBorder(true, true, true, true, true, true).setWrap(true);
  sheet.getRange('B3').setNumberFormat('#,##0').setNote('บาท');
  sheet.setColumnWidths(1, 1, 280);
  sheet.setFrozenRows(2);
  sheet.addDeveloperMetadata(PRINT_METADATA_KEY, JSON.stringify({ landscape: true, repeatRows: 2 }));
  workbook.insertSheet('ซ่อน', 2).hideSheet();
  return workbook;
}

describe('memoryWorkbookToXlsx', () => {
  it('writes values, with a formula as its text', async () => {
    const sheet = (await readBack(reportWorkbook())).getWorksheet('รายงานผล');

    expect(sheet?.getCell('A1').value).toBe('รายงานผลการดำเนินงาน');
    expect(sheet?.getCell('B3').value).toBe(50000);
    expect(sheet?.getCell('C3').value).toBe('=SUM(B3:B9)');
  });

  it('writes merges, fonts, fills, thin borders, alignment, number formats and notes', async () => {
    const sheet = (await readBack(reportWorkbook())).getWorksheet('รายงานผล');

    expect(sheet?.model.merges).toEqual(['A1:C1']);
    expect(sheet?.getCell('A1').font).toMatchObject({
      name: 'Sarabun',
      size: 16,
      bold: true,
      color: { argb: 'FF1F3864' },
    });
    expect(sheet?.getCell('B2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9E2F3' },
    });
    expect(sheet?.getCell('B3').border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(sheet?.getCell('B2').alignment).toMatchObject({
      horizontal: 'center',
      vertical: 'middle',
      wrapText: true,
    });
    expect(sheet?.getCell('B3').numFmt).toBe('#,##0');
    expect(sheet?.getCell('B3').note).toBe('บาท');
  });

  it('writes column widths in Excel units (px / 7) and frozen rows', async () => {
    const sheet = (await readBack(reportWorkbook())).getWorksheet('รายงานผล');

    expect(sheet?.getColumn(1).width).toBe(40);
    expect(sheet?.getColumn(2).width).toBeCloseTo(100 / 7);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('sets up an A4 landscape page, one page wide, repeating the header rows, without gridlines', async () => {
    const sheet = (await readBack(reportWorkbook())).getWorksheet('รายงานผล');

    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    // Excel prints without gridlines unless told to: exceljs writes nothing and reads nothing back.
    expect(sheet?.pageSetup.showGridLines).toBeFalsy();
  });

  it('keeps a hidden tab hidden and a tab without a print mark on the default page', async () => {
    const book = await readBack(reportWorkbook());

    expect(book.getWorksheet('ซ่อน')?.state).toBe('hidden');
    expect(book.getWorksheet('Sheet1')?.pageSetup.paperSize).toBeUndefined();
  });

  it('refuses a print mark that is not {landscape, repeatRows}, naming the sheet', async () => {
    const workbook = new MemoryWorkbook();
    workbook.getActiveSheet().addDeveloperMetadata(PRINT_METADATA_KEY, 'landscape');

    await expect(memoryWorkbookToXlsx(workbook)).rejects.toThrow(/sheet "Sheet1": ita-sheets.print is not/);
  });
});

describe('excelSheetName', () => {
  it('makes a Sheets tab name one Excel takes: no forbidden characters, 31 characters, no case twins', () => {
    const taken = new Set<string>();
    const long = 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต';

    const names = [
      excelSheetName('ผล 1/2568', taken),
      excelSheetName(long, taken),
      excelSheetName(long, taken),
    ];

    expect(names[0]).toBe('ผล 1_2568');
    expect(names.map((n) => n.length <= 31)).toEqual([true, true, true]);
    expect(names[2]?.endsWith('~2')).toBe(true);
  });
});
