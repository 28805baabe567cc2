import {
  MemoryDataValidationBuilder,
  MemoryDeveloperMetadata,
  MemoryEmbeddedChartBuilder,
  MemoryNamedRange,
  MemoryProtection,
  MemoryRange,
  MemoryRangeList,
  MemorySheet,
  MemoryWorkbook,
  memoryServices,
} from '../../../src/sheets/memory';

/** Everything a call can be made on, made before counting starts. */
function fixture() {
  const workbook = new MemoryWorkbook({ sheetNames: ['a', 'b'] });
  const services = memoryServices(workbook);
  const sheet = workbook.getSheets()[1];
  if (!sheet) throw new Error('test bug');
  sheet.addDeveloperMetadata('k', 'v');
  const objects = {
    workbook,
    services,
    sheet,
    range: sheet.getRange('A1:B2'),
    list: sheet.getRangeList(['A1', 'C3']),
    metadata: sheet.getDeveloperMetadata()[0],
    protection: sheet.protect(),
    validation: services.newDataValidation().requireValueInList(['x'], true),
    chart: sheet.newChart(),
    rule: services.newDataValidation().requireValueInList(['x'], true).build(),
    built: sheet.newChart().build(),
    named: (() => {
      workbook.setNamedRange('NAMED', sheet.getRange('D1:D2'));
      return workbook.getNamedRanges()[0];
    })(),
  };
  workbook.resetCalls();
  return objects;
}

type Fixture = ReturnType<typeof fixture>;

const format = (target: 'range' | 'list') =>
  [
    ['setFontFamily', (f: Fixture) => f[target].setFontFamily('Sarabun')],
    ['setFontSize', (f: Fixture) => f[target].setFontSize(12)],
    ['setFontWeight', (f: Fixture) => f[target].setFontWeight('bold')],
    ['setFontColor', (f: Fixture) => f[target].setFontColor('#000000')],
    ['setBackground', (f: Fixture) => f[target].setBackground('#ffffff')],
    ['setWrap', (f: Fixture) => f[target].setWrap(true)],
    ['setHorizontalAlignment', (f: Fixture) => f[target].setHorizontalAlignment('center')],
    ['setVerticalAlignment', (f: Fixture) => f[target].setVerticalAlignment('top')],
    ['setNumberFormat', (f: Fixture) => f[target].setNumberFormat('@')],
    ['setBorder', (f: Fixture) => f[target].setBorder(true, true, true, true, null, null)],
    ['setNote', (f: Fixture) => f[target].setNote('n')],
    ['clearNote', (f: Fixture) => f[target].clearNote()],
  ] as const;

const SURFACE: Record<string, readonly (readonly [string, (f: Fixture) => unknown])[]> = {
  Spreadsheet: [
    ['getId', (f) => f.workbook.getId()],
    ['getUrl', (f) => f.workbook.getUrl()],
    ['getSheets', (f) => f.workbook.getSheets()],
    ['getSheetByName', (f) => f.workbook.getSheetByName('a')],
    ['insertSheet', (f) => f.workbook.insertSheet('c', 0)],
    ['deleteSheet', (f) => f.workbook.deleteSheet(f.sheet)],
    ['getActiveSheet', (f) => f.workbook.getActiveSheet()],
    ['setActiveSheet', (f) => f.workbook.setActiveSheet(f.sheet)],
    ['getSpreadsheetTimeZone', (f) => f.workbook.getSpreadsheetTimeZone()],
    ['setSpreadsheetTimeZone', (f) => f.workbook.setSpreadsheetTimeZone('Europe/London')],
    ['setNamedRange', (f) => f.workbook.setNamedRange('N', f.range)],
    ['getRangeByName', (f) => f.workbook.getRangeByName('NAMED')],
    ['getNamedRanges', (f) => f.workbook.getNamedRanges()],
  ],
  NamedRange: [
    ['getName', (f) => f.named?.getName()],
    ['getRange', (f) => f.named?.getRange()],
    ['remove', (f) => f.named?.remove()],
  ],
  Sheet: [
    ['getName', (f) => f.sheet.getName()],
    ['getParent', (f) => f.sheet.getParent()],
    ['setName', (f) => f.sheet.setName('z')],
    ['getSheetId', (f) => f.sheet.getSheetId()],
    ['getIndex', (f) => f.sheet.getIndex()],
    ['getRange', (f) => f.sheet.getRange(1, 1, 1, 1)],
    ['getRangeList', (f) => f.sheet.getRangeList(['A1'])],
    ['getDataRange', (f) => f.sheet.getDataRange()],
    ['getActiveRange', (f) => f.sheet.getActiveRange()],
    ['setActiveSelection', (f) => f.sheet.setActiveSelection('B2')],
    ['getLastRow', (f) => f.sheet.getLastRow()],
    ['getLastColumn', (f) => f.sheet.getLastColumn()],
    ['getMaxRows', (f) => f.sheet.getMaxRows()],
    ['getMaxColumns', (f) => f.sheet.getMaxColumns()],
    ['insertRowsAfter', (f) => f.sheet.insertRowsAfter(1000, 1)],
    ['insertColumnsAfter', (f) => f.sheet.insertColumnsAfter(26, 1)],
    ['getFrozenRows', (f) => f.sheet.getFrozenRows()],
    ['setFrozenRows', (f) => f.sheet.setFrozenRows(1)],
    ['setColumnWidths', (f) => f.sheet.setColumnWidths(1, 1, 50)],
    ['addDeveloperMetadata', (f) => f.sheet.addDeveloperMetadata('x', 'y')],
    ['getDeveloperMetadata', (f) => f.sheet.getDeveloperMetadata()],
    ['protect', (f) => f.sheet.protect()],
    ['newChart', (f) => f.sheet.newChart()],
    ['insertChart', (f) => f.sheet.insertChart(f.built)],
    ['hideSheet', (f) => f.sheet.hideSheet()],
    ['isSheetHidden', (f) => f.sheet.isSheetHidden()],
  ],
  Range: [
    ...format('range'),
    ['getValues', (f) => f.range.getValues()],
    ['getFormulas', (f) => f.range.getFormulas()],
    [
      'setValues',
      (f) =>
        f.range.setValues([
          [1, 2],
          [3, 4],
        ]),
    ],
    ['getNotes', (f) => f.range.getNotes()],
    [
      'setNotes',
      (f) =>
        f.range.setNotes([
          ['a', null],
          [null, 'b'],
        ]),
    ],
    ['getBackgrounds', (f) => f.range.getBackgrounds()],
    ['getNumberFormats', (f) => f.range.getNumberFormats()],
    ['getA1Notation', (f) => f.range.getA1Notation()],
    ['getRow', (f) => f.range.getRow()],
    ['getColumn', (f) => f.range.getColumn()],
    ['getNumRows', (f) => f.range.getNumRows()],
    ['getNumColumns', (f) => f.range.getNumColumns()],
    ['merge', (f) => f.range.merge()],
    ['getMergedRanges', (f) => f.range.getMergedRanges()],
    ['setDataValidation', (f) => f.range.setDataValidation(f.rule)],
  ],
  RangeList: [...format('list'), ['getRanges', (f) => f.list.getRanges()]],
  DeveloperMetadata: [
    ['getKey', (f) => f.metadata?.getKey()],
    ['getValue', (f) => f.metadata?.getValue()],
    ['remove', (f) => f.metadata?.remove()],
  ],
  Protection: [
    ['setWarningOnly', (f) => f.protection.setWarningOnly(true)],
    ['setDescription', (f) => f.protection.setDescription('d')],
  ],
  DataValidationBuilder: [
    ['requireValueInList', (f) => f.validation.requireValueInList(['a'], true)],
    ['setAllowInvalid', (f) => f.validation.setAllowInvalid(false)],
    ['setHelpText', (f) => f.validation.setHelpText('h')],
    ['build', (f) => f.validation.build()],
  ],
  EmbeddedChartBuilder: [
    ['setChartType', (f) => f.chart.setChartType(f.services.barChartType)],
    ['addRange', (f) => f.chart.addRange(f.range)],
    ['setPosition', (f) => f.chart.setPosition(1, 1, 0, 0)],
    ['setOption', (f) => f.chart.setOption('title', 't')],
    ['build', (f) => f.chart.build()],
  ],
  SpreadsheetApp: [['newDataValidation', (f) => f.services.newDataValidation()]],
};

const CASES = Object.entries(SURFACE).flatMap(([className, methods]) =>
  methods.map(([method, call]) => [`${className}.${method}`, call] as const),
);

describe('the counted surface', () => {
  it.each(CASES)('counts one %s and nothing else', (name, call) => {
    const f = fixture();

    call(f);

    expect(f.workbook.calls).toEqual({ [name]: 1 });
  });

  /** The methods a class hands out, its own and inherited, apart from the workbook's uncounted tools. */
  function publicMethods(prototype: object): string[] {
    const names = new Set<string>();
    for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p)) {
        const descriptor = Object.getOwnPropertyDescriptor(p, name);
        if (name !== 'constructor' && typeof descriptor?.value === 'function') names.add(name);
      }
    }
    return [...names].sort();
  }

  // TypeScript's private methods are still on the prototype at run time.
  const PRIVATE = [
    'enter',
    'range',
    'targets',
    'self',
    'format',
    'activeSheet',
    'facade',
    'own',
    'assertNameFree',
  ];
  const TOOLS = ['totalCalls', 'resetCalls', 'failAtCall', 'toJSON', 'importMessage', 'importedCells'];

  it.each<[string, object]>([
    ['Spreadsheet', MemoryWorkbook.prototype],
    ['Sheet', MemorySheet.prototype],
    ['Range', MemoryRange.prototype],
    ['RangeList', MemoryRangeList.prototype],
    ['DeveloperMetadata', MemoryDeveloperMetadata.prototype],
    ['Protection', MemoryProtection.prototype],
    ['NamedRange', MemoryNamedRange.prototype],
    ['DataValidationBuilder', MemoryDataValidationBuilder.prototype],
    ['EmbeddedChartBuilder', MemoryEmbeddedChartBuilder.prototype],
  ])('has a counting test for every method of %s', (className, prototype) => {
    const tested = (SURFACE[className] ?? []).map(([method]) => method).sort();

    expect(publicMethods(prototype).filter((m) => !PRIVATE.includes(m) && !TOOLS.includes(m))).toEqual(
      tested,
    );
  });
});
