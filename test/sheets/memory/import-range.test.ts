import { readWorkbookJson } from '../../../src/preview/workbook-json';
import { IMPORT_MESSAGES, MemoryWorkbook, REF_ERROR, WorkbookRegistry } from '../../../src/sheets/memory';

/** An organization's workbook with a 2×2 block named ITA_SUMMARY. */
function organization(id: string): MemoryWorkbook {
  const book = new MemoryWorkbook({ id, sheetNames: ['สรุป'] });
  const sheet = book.getSheetByName('สรุป')!;
  sheet.getRange(1, 1, 2, 2).setValues([
    ['organization', `อบต.${id}`],
    ['oit.score', 72.5],
  ]);
  book.setNamedRange('ITA_SUMMARY', sheet.getRange('A1:B2'));
  return book;
}

describe('named ranges', () => {
  it('names a block, finds it by name in any case, lists it and removes it', () => {
    const book = organization('org1');

    expect(book.getRangeByName('ita_summary')?.getValues()).toEqual([
      ['organization', 'อบต.org1'],
      ['oit.score', 72.5],
    ]);
    const [named] = book.getNamedRanges();
    expect([named?.getName(), named?.getRange().getA1Notation()]).toEqual(['ITA_SUMMARY', 'A1:B2']);
    named?.remove();
    expect(book.getRangeByName('ITA_SUMMARY')).toBeNull();
  });

  it('counts its calls and moves a name that is set again', () => {
    const book = organization('org1');
    book.resetCalls();
    book.setNamedRange('ITA_SUMMARY', book.getSheets()[0]!.getRange('C1:C3'));

    expect(book.getRangeByName('ITA_SUMMARY')?.getA1Notation()).toBe('C1:C3');
    expect(book.getNamedRanges()).toHaveLength(1);
    expect(book.calls['Spreadsheet.setNamedRange']).toBe(1);
    expect(book.calls['Spreadsheet.getRangeByName']).toBe(1);
  });

  it('refuses a name Sheets refuses, a range of another workbook, and loses the name with its tab', () => {
    const book = organization('org1');
    const range = book.getSheets()[0]!.getRange('A1');
    for (const bad of ['A1', '1ABC', 'has space', 'TRUE', '']) {
      expect(() => book.setNamedRange(bad, range)).toThrow(/Invalid named range name/);
    }
    expect(() => book.setNamedRange('X', new MemoryWorkbook().getSheets()[0]!.getRange('A1'))).toThrow(
      /not in this spreadsheet/,
    );
    book.insertSheet('อื่น', 1);
    book.deleteSheet(book.getSheetByName('สรุป')!);
    expect(book.getRangeByName('ITA_SUMMARY')).toBeNull();
    expect(book.getNamedRanges()).toEqual([]);
  });

  it('keeps its named ranges in the save file', () => {
    const copy = readWorkbookJson(JSON.parse(JSON.stringify(organization('org1').toJSON())));

    expect(copy.getRangeByName('ITA_SUMMARY')?.getValues()[0]).toEqual(['organization', 'อบต.org1']);
    expect(copy.toJSON().namedRanges).toEqual([{ name: 'ITA_SUMMARY', sheetId: 0, range: 'A1:B2' }]);
  });

  it('refuses a save file whose named range names no tab', () => {
    const json = { ...organization('org1').toJSON(), namedRanges: [{ name: 'X', sheetId: 9, range: 'A1' }] };

    expect(() => readWorkbookJson(json)).toThrow(/namedRanges\[0\]\.sheetId: no sheet has this id/);
  });
});

describe('IMPORTRANGE', () => {
  function district() {
    const registry = new WorkbookRegistry();
    const org = registry.add(organization('org1'));
    const office = registry.add(new MemoryWorkbook({ id: 'district', sheetNames: ['รวม'] }));
    const sheet = office.getSheetByName('รวม')!;
    sheet
      .getRange('B2')
      .setValues([['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/org1/edit#gid=0", "ITA_SUMMARY")']]);
    return { registry, org, office, sheet };
  }

  it('reads #REF! with "You need to connect these sheets." until access is allowed', () => {
    const { registry, office, sheet } = district();
    registry.share('org1', 'district');

    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      [REF_ERROR, ''],
      ['', ''],
    ]);
    expect(office.importMessage('รวม', 'B2')).toBe('You need to connect these sheets.');
    expect(registry.allowAccess('district', 'org1')).toBe(true);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([
      ['organization', 'อบต.org1'],
      ['oit.score', 72.5],
    ]);
    expect(office.importMessage('รวม', 'B2')).toBeUndefined();
    expect(sheet.getRange('B2').getFormulas()[0]?.[0]).toMatch(/^=IMPORTRANGE/);
  });

  it('follows the source: a change there shows here, counted as one getValues', () => {
    const { registry, org, office, sheet } = district();
    registry.share('org1', 'district');
    registry.allowAccess('district', 'org1');
    org
      .getSheets()[0]!
      .getRange('B2')
      .setValues([[80]]);
    const c3 = sheet.getRange('C3');
    office.resetCalls();

    expect(c3.getValues()).toEqual([[80]]);
    expect(office.calls).toEqual({ 'Range.getValues': 1 });
  });

  it('reads #REF! with the permission message for a spreadsheet not shared, unknown or hostile', () => {
    const { registry, office, sheet } = district();
    expect(registry.allowAccess('district', 'org1')).toBe(false);
    expect(sheet.getRange('B2').getValues()).toEqual([[REF_ERROR]]);
    expect(office.importMessage('รวม', 'B2')).toBe(IMPORT_MESSAGES.permission);

    sheet
      .getRange('B5:B7')
      .setValues([
        ['=IMPORTRANGE("nobody-has-this-id", "ITA_SUMMARY")'],
        ['=IMPORTRANGE("https://evil.example/spreadsheets/d/org1/edit", "ITA_SUMMARY")'],
        ['=IMPORTRANGE("org1"&A1, "ITA_SUMMARY")'],
      ]);
    registry.share('org1', 'district');
    registry.allowAccess('district', 'org1');
    expect(sheet.getRange('B5:B7').getValues()).toEqual([[REF_ERROR], [REF_ERROR], [REF_ERROR]]);
    expect(office.importMessage('รวม', 'B5')).toBe(IMPORT_MESSAGES.permission);
    expect(office.importMessage('รวม', 'B6')).toBe(IMPORT_MESSAGES.permission);
    expect(office.importMessage('รวม', 'B7')).toBe(IMPORT_MESSAGES.badArguments);
  });

  it('reads #REF! for a name the source lacks, and when the spill would overwrite a cell', () => {
    const { registry, office, sheet } = district();
    registry.share('org1', 'district');
    registry.allowAccess('district', 'org1');
    sheet.getRange('E2').setValues([['=IMPORTRANGE("org1", "NOT_THERE")']]);
    sheet.getRange('C3').setValues([['พิมพ์ทับ']]);

    expect(sheet.getRange('B2:E2').getValues()).toEqual([[REF_ERROR, '', '', REF_ERROR]]);
    expect(office.importMessage('รวม', 'B2')).toBe(IMPORT_MESSAGES.blocked('C3'));
    expect(office.importMessage('รวม', 'E2')).toBe(IMPORT_MESSAGES.noRange('NOT_THERE'));
  });

  it('chains: a province imports a district that imports an organization', () => {
    const { registry, office } = district();
    registry.share('org1', 'district');
    registry.allowAccess('district', 'org1');
    office.setNamedRange('ITA_SUMMARY', office.getSheetByName('รวม')!.getRange('B2:C3'));
    const province = registry.add(new MemoryWorkbook({ id: 'province' }));
    registry.share('district', 'province');
    registry.allowAccess('province', 'district');
    province
      .getSheets()[0]!
      .getRange('A1')
      .setValues([['=IMPORTRANGE("district", "ITA_SUMMARY")']]);

    expect(province.getSheets()[0]!.getRange('B1:B2').getValues()).toEqual([['อบต.org1'], [72.5]]);
  });

  it('stops a loop of imports with #REF!', () => {
    const registry = new WorkbookRegistry();
    const book = registry.add(new MemoryWorkbook({ id: 'self' }));
    const sheet = book.getSheets()[0]!;
    sheet.getRange('A1').setValues([['=IMPORTRANGE("self", "LOOP")']]);
    book.setNamedRange('LOOP', sheet.getRange('A1'));

    expect(sheet.getRange('A1').getValues()).toEqual([[REF_ERROR]]);
    expect(book.importMessage(sheet.getName(), 'A1')).toBe(IMPORT_MESSAGES.circular);
  });
});
