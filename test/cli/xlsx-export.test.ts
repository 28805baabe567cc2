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
    // Sarabun 16 in Sheets is TH Sarabun New 18 in the file (Laksaman in LibreOffice).
    expect(sheet?.getCell('A1').font).toMatchObject({
      name: 'TH Sarabun New',
      size: 18,
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

  it('sets up an A4 landscape page at the scale of one page wide, repeating the header rows, without gridlines', async () => {
    const sheet = (await readBack(reportWorkbook())).getWorksheet('รายงานผล');

    // 480 px of columns fit an A4 landscape page at 100 %.
    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: 100,
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

describe('MemoryWorkbook.toXlsx of a report', () => {
  function withReport(print: Record<string, unknown>): MemoryWorkbook {
    const workbook = new MemoryWorkbook({ name: 'x', sheetNames: ['วางข้อความ'] });
    workbook
      .getActiveSheet()
      .getRange('A1')
      .setValues([['<p>ข้อความที่วาง</p>']]);
    const sheet = workbook.insertSheet('รายงาน', 1);
    const long = 'การเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้จ่ายงบประมาณให้บุคลากรทราบ '.repeat(4);
    sheet
      .getRange(1, 1, 40, 3)
      .setValues(
        Array.from({ length: 40 }, (_, i) => [
          i === 0 ? 'หัวเรื่อง' : `แถว ${i + 1}`,
          i === 5 ? long : '',
          'ข้อมูลแผนภูมิ',
        ]),
      );
    sheet.getRange('A1:B1').merge();
    sheet.getRangeList(['A1:C40']).setFontFamily('Sarabun').setFontSize(14);
    sheet.getRangeList(['B6']).setWrap(true);
    sheet.setColumnWidths(1, 2, 400);
    sheet.addDeveloperMetadata('ita-sheets.generated', 'report');
    sheet.addDeveloperMetadata(PRINT_METADATA_KEY, JSON.stringify(print));
    return workbook;
  }

  it('holds the report alone unless asked for every tab; a workbook without a report is written whole', async () => {
    const workbook = withReport({ landscape: true, repeatRows: 0 });
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(
      new Uint8Array(await memoryWorkbookToXlsx(workbook, { reportsAlone: true })).buffer,
    );
    const whole = await readBack(workbook);
    const none = new ExcelJS.Workbook();
    await none.xlsx.load(
      new Uint8Array(await memoryWorkbookToXlsx(new MemoryWorkbook(), { reportsAlone: true })).buffer,
    );

    expect(alone.worksheets.map((w) => w.name)).toEqual(['รายงาน']);
    expect(whole.worksheets.map((w) => w.name)).toEqual(['วางข้อความ', 'รายงาน']);
    expect(none.worksheets).toHaveLength(1);
  });

  it('prints the marked columns, repeats the header row alone, and leaves out the rows of a chart it cannot draw', async () => {
    const workbook = withReport({
      landscape: true,
      repeatRows: 3,
      repeatFrom: 3,
      columns: 2,
      chartRows: [[10, 12]],
    });
    const sheet = (await readBack(workbook)).getWorksheet('รายงาน');

    expect(sheet?.pageSetup).toMatchObject({ printArea: 'A1:B40', printTitlesRow: '3:3' });
    expect([9, 10, 11, 12, 13].map((row) => sheet?.getRow(row).hidden)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('sizes a row of wrapped text to its lines, in TH Sarabun New', async () => {
    const sheet = (await readBack(withReport({ landscape: true, repeatRows: 0 }))).getWorksheet('รายงาน');

    // Four times 63 characters in a 400 px column at 16 pt: three lines and more.
    expect(sheet?.getRow(6).height).toBeGreaterThan(3 * 16 * 1.5);
    expect(sheet?.getCell('B6').font).toMatchObject({ name: 'TH Sarabun New', size: 16 });
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
