import { getFormulas, inspectCell, MemoryWorkbook } from '../../../src/sheets/memory';
import {
  enteredContent,
  FORMULA_VALUE,
  numberFromText,
  readValue,
} from '../../../src/sheets/memory/entered-value';

const here = () => 'A1';

function written(value: unknown, numberFormat?: string): unknown {
  return readValue(enteredContent(value, numberFormat, here));
}

describe('enteredContent', () => {
  it.each([
    ['50000', 50000],
    ['-5', -5],
    ['+7', 7],
    ['1,234.5', 1234.5],
    ['12%', 0.12],
    ['.5', 0.5],
    ['1e3', 1000],
    [' 42 ', 42],
    ['0812345678', 812345678],
  ])('reads the text %j as the number %j, as Sheets does', (text, number) => {
    expect(written(text)).toBe(number);
  });

  it.each(['Mar 1 2016', '1 Oct 2024', '2024-10-01 10:00', '1/10/2567'])(
    'reads the text %j as a date, as Sheets does',
    (text) => {
      expect(written(text)).toBeInstanceOf(Date);
    },
  );

  it.each([
    ['1 1/2', 1.5],
    ['10 %', 0.1],
    ['$ 5', 5],
  ])('reads the text %j as the number %j, as Sheets does', (text, number) => {
    expect(written(text)).toBe(number);
  });

  it.each([
    ['TRUE', true],
    ['false', false],
    ['True', true],
  ])('reads %j as the boolean %j', (text, bool) => {
    expect(written(text)).toBe(bool);
  });

  it.each(['1,23', '๕๐', '50 บาท', '1 ต.ค. 2567', 'Mar', '-', '+', '@', '='])('keeps %j as text', (text) => {
    expect(written(text)).toBe(text);
  });

  it.each(['=SUM(A1:A3)', '=IMPORTXML("https://example.com", "//a")', '@mention'])(
    'takes %j for a formula, which reads back as #ERROR!',
    (text) => {
      expect(enteredContent(text, undefined, here)).toEqual({ formula: text });
      expect(written(text)).toBe(FORMULA_VALUE);
    },
  );

  it.each([
    ['- เฝ้าระวังป้องกันการทุจริต', '#ERROR!'],
    ['-ข้อ 1', '#ERROR!'],
    ['+66 81 234 5678', '#ERROR!'],
    ['- item', '#ERROR!'],
    ['-abc', '#NAME?'],
    // Arithmetic of numbers alone is what Sheets computes: a typed period of years reads as a number.
    ['- 2562 - 2564', -5126],
    ['+ 10 * 2 - 4 / 2', 18],
    ['- 5 * ', '#ERROR!'],
    ['+x', '#NAME?'],
    ['-ข้อมูล', '#NAME?'],
  ])('takes the typed %j for the formula "=" + text, which reads back as %j', (text, error) => {
    expect(enteredContent(text, undefined, here)).toEqual({ formula: `=${text}` });
    expect(written(text)).toBe(error);
  });

  it('keeps -5 and +7 numbers, not formulas', () => {
    expect([enteredContent('-5', undefined, here), enteredContent('+7', undefined, here)]).toEqual([
      { value: -5 },
      { value: 7 },
    ]);
  });

  it('keeps text written with a leading apostrophe without the apostrophe and remembers the prefix', () => {
    expect(enteredContent("'=IMPORTXML(A1)", undefined, here)).toEqual({
      value: '=IMPORTXML(A1)',
      quotePrefix: true,
    });
  });

  it.each(['50000', '=SUM(A1)', "'quoted", 'TRUE', '-ข้อ 1'])(
    'keeps %j exactly as written in a cell formatted as plain text (@)',
    (text) => {
      expect(enteredContent(text, '@', here)).toEqual({ value: text });
    },
  );

  it.each([null, undefined, ''])('leaves the cell empty for %j', (value) => {
    expect(enteredContent(value, undefined, here)).toEqual({});
    expect(written(value)).toBe('');
  });

  it('keeps numbers, booleans and Dates as they are, and hands back a copy of a Date', () => {
    const date = new Date('2024-10-01T00:00:00Z');
    const content = enteredContent(date, undefined, here);

    expect(written(12.5)).toBe(12.5);
    expect(written(false)).toBe(false);
    expect(readValue(content)).toEqual(date);
    expect(readValue(content)).not.toBe(date);
  });

  it('refuses a value that is not a cell value, naming the cell', () => {
    expect(() => enteredContent({ a: 1 }, undefined, () => 'C4')).toThrow(/object at C4/);
    expect(() => enteredContent(Number.NaN, undefined, () => 'C4')).toThrow(/NaN at C4/);
    expect(() => enteredContent(new Date('nope'), undefined, () => 'C4')).toThrow(/invalid Date at C4/);
  });
});

describe('numberFromText', () => {
  it('reads thousands separators only in groups of three', () => {
    expect([numberFromText('12,345,678'), numberFromText('12,34')]).toEqual([12345678, undefined]);
  });
});

describe('Range.setValues on the memory workbook', () => {
  it('keeps "=IMPORTXML(...)" written with a leading apostrophe as text and reads it back without the apostrophe', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    sheet.getRange('A1').setValues([['\'=IMPORTXML("https://example.com", "//a")']]);

    expect(sheet.getRange('A1').getValues()).toEqual([['=IMPORTXML("https://example.com", "//a")']]);
    expect(inspectCell(sheet, 'A1')).toMatchObject({ quotePrefix: true });
    expect(getFormulas(sheet, 'A1')).toEqual([['']]);
  });

  it('creates a formula from "=…" that reads back as #ERROR! and can be inspected', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    sheet.getRange(1, 1, 1, 2).setValues([[5, '=A1*2']]);

    expect(sheet.getRange('A1:B1').getValues()).toEqual([[5, '#ERROR!']]);
    expect(getFormulas(sheet)).toEqual([['', '=A1*2']]);
  });

  it('keeps every string as written once the cells are formatted as plain text', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    const range = sheet.getRange('A1:C1');

    range.setNumberFormat('@').setValues([['0812345678', '=SUM(A1)', '12%']]);

    expect(range.getValues()).toEqual([['0812345678', '=SUM(A1)', '12%']]);
    expect(getFormulas(sheet, 'A1:C1')).toEqual([['', '', '']]);
  });
});
