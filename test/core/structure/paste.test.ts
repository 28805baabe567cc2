import fc from 'fast-check';
import { cellText, parsePastedText, pastedLines } from '../../../src/core/structure/paste';

describe('parsePastedText', () => {
  it('splits tab-separated rows into cells, keeping empty cells', () => {
    expect(parsePastedText('ก\tข\n\tค\t\n')).toEqual([
      ['ก', 'ข'],
      ['', 'ค', ''],
    ]);
  });

  it('reads a quoted cell with a line break and a doubled quote, as Sheets copies it', () => {
    expect(parsePastedText('"สำนักปลัด\nกองช่าง"\t"เขาว่า ""ดี"""\r\nต่อ')).toEqual([
      ['สำนักปลัด\nกองช่าง', 'เขาว่า "ดี"'],
      ['ต่อ'],
    ]);
  });

  it('keeps a quote that does not close a cell as text', () => {
    expect(parsePastedText('"ไม่ปิด\tข')).toEqual([['"ไม่ปิด', 'ข']]);
  });

  it('loses no character of any text but the tabs, line breaks and quoting', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const cells = parsePastedText(text).flat().join('');

        expect(cells.replace(/"/g, '')).toBe(text.replace(/[\t\r\n"]/g, ''));
      }),
    );
  });
});

describe('cellText', () => {
  it.each([
    [' <p>กองคลัง</p> ', 'กองคลัง'],
    [99.65, '99.65'],
    [true, 'true'],
    [null, ''],
    [new Date('2024-10-01T00:00:00Z'), '2024-10-01'],
  ])('reads %p as %p', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('pastedLines', () => {
  it("joins a row's cells and keeps each line of a cell, with its source row", () => {
    expect(pastedLines([['', '1. ชื่อ', 'มาตรการ'], [], ['<p>ก</p><p>ข</p>']])).toEqual([
      { text: '1. ชื่อ มาตรการ', row: 1 },
      { text: 'ก', row: 3 },
      { text: 'ข', row: 3 },
    ]);
  });
});
