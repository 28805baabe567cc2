import { inspectCell, MemoryWorkbook } from '../../../src/sheets/memory';

function newSheet() {
  return new MemoryWorkbook().getActiveSheet();
}

describe('formats', () => {
  it('sets font, weight, color, background, wrap, alignment and number format on every cell of a range', () => {
    const sheet = newSheet();

    sheet
      .getRange('A1:B2')
      .setFontFamily('Sarabun')
      .setFontSize(16)
      .setFontWeight('bold')
      .setFontColor('#1F3864')
      .setBackground('#fff')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setVerticalAlignment('middle')
      .setNumberFormat('#,##0.00');

    expect(inspectCell(sheet, 'B2').format).toEqual({
      fontFamily: 'Sarabun',
      fontSize: 16,
      bold: true,
      fontColor: '#1f3864',
      background: '#ffffff',
      wrap: true,
      horizontalAlignment: 'center',
      verticalAlignment: 'middle',
      numberFormat: '#,##0.00',
    });
  });

  it('resets a format to the default with null, normal or false', () => {
    const sheet = newSheet();
    const range = sheet.getRange('A1');
    range.setFontFamily('Sarabun').setFontWeight('bold').setFontColor('#ff0000').setBackground('#eeeeee');
    range.setWrap(true).setHorizontalAlignment('right').setVerticalAlignment('top');

    range.setFontFamily(null).setFontWeight('normal').setFontColor(null).setBackground(null);
    range.setWrap(false).setHorizontalAlignment(null).setVerticalAlignment(null);

    expect(inspectCell(sheet, 'A1').format).toEqual({});
  });

  it('refuses an alignment Sheets does not know', () => {
    expect(() => newSheet().getRange('A1').setHorizontalAlignment('middle')).toThrow(/Invalid argument/);
    expect(() => newSheet().getRange('A1').setVerticalAlignment('center')).toThrow(/Invalid argument/);
  });

  it('draws the outline and the inner lines with setBorder(true × 6)', () => {
    const sheet = newSheet();

    sheet.getRange('A1:B2').setBorder(true, true, true, true, true, true);

    for (const cell of ['A1', 'B1', 'A2', 'B2']) {
      expect(inspectCell(sheet, cell).format.border).toEqual({
        top: true,
        bottom: true,
        left: true,
        right: true,
      });
    }
  });

  it('draws only the outline when the inner lines are left out, and erases with false', () => {
    const sheet = newSheet();

    sheet.getRange('A1:B2').setBorder(true, true, true, true, null, null);
    sheet.getRange('A1:B2').setBorder(false, null, null, null, null, null);

    expect(inspectCell(sheet, 'A1').format.border).toEqual({ left: true });
    expect(inspectCell(sheet, 'B2').format.border).toEqual({ bottom: true, right: true });
  });

  it('formats every range of a range list in one call', () => {
    const sheet = newSheet();

    sheet.getRangeList(['A1:B1', 'D4']).setFontWeight('bold').setBackground('#D9E2F3');

    expect([
      inspectCell(sheet, 'B1').format,
      inspectCell(sheet, 'D4').format,
      inspectCell(sheet, 'C1').format,
    ]).toEqual([{ bold: true, background: '#d9e2f3' }, { bold: true, background: '#d9e2f3' }, {}]);
  });

  it('hands back the ranges of a range list', () => {
    const ranges = newSheet().getRangeList(['A1:B1', 'D4']).getRanges();

    expect(ranges.map((r) => r.getA1Notation())).toEqual(['A1:B1', 'D4']);
  });

  it('sets and clears notes through a range list', () => {
    const sheet = newSheet();
    const list = sheet.getRangeList(['A1', 'C3']);

    list.setNote('ตรวจ');
    const set = [inspectCell(sheet, 'A1').note, inspectCell(sheet, 'C3').note];
    list.clearNote();

    expect(set).toEqual(['ตรวจ', 'ตรวจ']);
    expect(inspectCell(sheet, 'C3').note).toBeUndefined();
  });

  it('throws "Range not found" for a bad A1 name in a range list', () => {
    expect(() => newSheet().getRangeList(['A1', 'nope'])).toThrow('Range not found');
  });
});
