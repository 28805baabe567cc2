import { inspectSheet, MemoryWorkbook } from '../../../src/sheets/memory';

function newSheet() {
  return new MemoryWorkbook().getActiveSheet();
}

describe('MemorySheet', () => {
  it('starts with 1000 rows and 26 columns, empty', () => {
    const sheet = newSheet();

    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
  });

  it.each<[string, (sheet: ReturnType<typeof newSheet>) => unknown]>([
    ['getRange(1001, 1, 1, 1)', (sheet) => sheet.getRange(1001, 1, 1, 1)],
    ['getRange(999, 1, 3, 1)', (sheet) => sheet.getRange(999, 1, 3, 1)],
    ['getRange(1, 27, 1, 1)', (sheet) => sheet.getRange(1, 27, 1, 1)],
    ["getRange('A1001')", (sheet) => sheet.getRange('A1001')],
    ["getRange('Y1:AA2')", (sheet) => sheet.getRange('Y1:AA2')],
    ["getRangeList(['A1', 'B1001'])", (sheet) => sheet.getRangeList(['A1', 'B1001'])],
  ])('refuses %s past the 1000 × 26 grid, as Sheets does', (_, call) => {
    const sheet = newSheet();

    expect(() => call(sheet)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('reaches the last row and column of the grid', () => {
    const sheet = newSheet();

    sheet.getRange('Z1000').setValues([['ขอบ']]);

    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getMaxRows()]).toEqual([1000, 26, 1000]);
  });

  it('finds the last row and column with a value, ignoring formats and notes', () => {
    const sheet = newSheet();

    sheet.getRange('B3').setValues([['x']]);
    sheet.getRange('A2:D9').setBackground('#eeeeee').setNote('n');

    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
  });

  it('counts a formula as content', () => {
    const sheet = newSheet();

    sheet.getRange('E5').setValues([['=1+1']]);

    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
  });

  it('gives A1 as the data range of an empty sheet and A1 to the last cell otherwise', () => {
    const sheet = newSheet();
    const empty = sheet.getDataRange().getA1Notation();

    sheet.getRange('C4').setValues([[1]]);

    expect([empty, sheet.getDataRange().getA1Notation()]).toEqual(['A1', 'A1:C4']);
  });

  it.each([
    [[0, 1, 1, 1], 'The starting row of the range is too small.'],
    [[1, 0, 1, 1], 'The starting column of the range is too small.'],
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
  ])('throws like Sheets for getRange(%j)', (args, message) => {
    const [row = 1, column = 1, numRows = 1, numColumns = 1] = args;

    expect(() => newSheet().getRange(row, column, numRows, numColumns)).toThrow(message);
  });

  it.each(['', 'A0', 'Sheet1', 'A1:', '1:1', 'AAAA1'])(
    'throws "Range not found" for the A1 name %j',
    (name) => {
      expect(() => newSheet().getRange(name)).toThrow('Range not found');
    },
  );

  it('takes absolute and lower-case A1 names as Sheets does', () => {
    expect(newSheet().getRange('$b$2:c3').getA1Notation()).toBe('B2:C3');
  });

  it('sets column widths, 100 px unless set', () => {
    const sheet = newSheet();

    sheet.setColumnWidths(2, 2, 240);

    expect(inspectSheet(sheet).columnWidths).toEqual([
      { column: 2, width: 240 },
      { column: 3, width: 240 },
    ]);
  });

  it('refuses widths for columns the sheet does not have', () => {
    expect(() => newSheet().setColumnWidths(26, 2, 100)).toThrow('Those columns are out of bounds.');
  });

  it('freezes rows', () => {
    const sheet = newSheet();

    sheet.setFrozenRows(3);

    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('keeps developer metadata and removes an entry', () => {
    const sheet = newSheet();
    sheet.addDeveloperMetadata('ita-sheets.report', 'results').addDeveloperMetadata('other', 'x');

    sheet
      .getDeveloperMetadata()
      .find((m) => m.getKey() === 'other')
      ?.remove();

    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['ita-sheets.report', 'results'],
    ]);
  });

  it('keeps a warning-only protection with its description, one per sheet', () => {
    const sheet = newSheet();

    sheet.protect().setWarningOnly(true).setDescription('สร้างโดย ITA Sheets');
    const again = sheet.protect();

    expect(again).toBeDefined();
    expect(inspectSheet(sheet).protections).toEqual([
      { description: 'สร้างโดย ITA Sheets', warningOnly: true },
    ]);
  });

  it('hides itself', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b'] });
    const sheet = workbook.getSheets()[1];

    sheet?.hideSheet();

    expect(sheet?.isSheetHidden()).toBe(true);
  });

  it('refuses to hide the last visible sheet', () => {
    expect(() => newSheet().hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });
});

describe('MemorySheet selection', () => {
  it('selects a range, shows its tab and gives it back as the active range', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['ก', 'ข'] });
    const second = workbook.getSheets()[1]!;

    second.setActiveSelection('C4');

    expect(workbook.getActiveSheet().getName()).toBe('ข');
    expect(second.getActiveRange().getA1Notation()).toBe('C4');
    expect(workbook.getSheets()[0]!.getActiveRange().getA1Notation()).toBe('A1');
  });
});
