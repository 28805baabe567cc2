import { dateFromText, numberFromText } from '../../../src/sheets/memory/typed-text';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));

describe('numberFromText', () => {
  it.each([
    ['10 %', 0.1],
    ['12%', 0.12],
    ['$ 5', 5],
    ['$5', 5],
    ['-$5', -5],
    ['$-5', -5],
    ['(5)', -5],
    ['($1,234.50)', -1234.5],
    ['1 1/2', 1.5],
    ['-2 3/4', -2.75],
    [' 1,234.5 ', 1234.5],
    ['1e3', 1000],
  ])('reads %j as the number %j, as Sheets does', (text, number) => {
    expect(numberFromText(text)).toBeCloseTo(number, 10);
  });

  it.each(['12,34', '$', '$--5', '-$-5', '((5))', '(-5)', '1 1/0', '50 บาท', '๕๐', '5 $'])(
    'reads %j as no number',
    (text) => {
      expect(numberFromText(text)).toBeUndefined();
    },
  );
});

describe('dateFromText', () => {
  it.each([
    ['Mar 1 2016', utc(2016, 3, 1)],
    ['Mar 1, 2016', utc(2016, 3, 1)],
    ['March 1, 2016', utc(2016, 3, 1)],
    ['1 Oct 2024', utc(2024, 10, 1)],
    ['1-Oct-2024', utc(2024, 10, 1)],
    ['Oct 2024', utc(2024, 10, 1)],
    ['2024-10-01', utc(2024, 10, 1)],
    ['2024-10-01 10:00', utc(2024, 10, 1, 10)],
    ['10/1/2024 1:30:15 PM', utc(2024, 10, 1, 13, 30, 15)],
    ['1/10/2567', utc(2567, 1, 10)],
    ['10/1/24', utc(2024, 10, 1)],
    ['10/1/95', utc(1995, 10, 1)],
    ['10:00', utc(1899, 12, 30, 10)],
    ['12:15 am', utc(1899, 12, 30, 0, 15)],
  ])('reads %j as a date, as Sheets does', (text, date) => {
    expect(dateFromText(text)).toEqual(date);
  });

  it('reads a month and day without a year as this year', () => {
    expect(dateFromText('10/1')?.getUTCFullYear()).toBe(new Date().getUTCFullYear());
  });

  it.each(['2/30/2024', '13/1/2024', 'Foo 1 2024', '1 ต.ค. 2567', '25:00', '13:00 PM', '9.1', 'o1', '2568'])(
    'reads %j as no date',
    (text) => {
      expect(dateFromText(text)).toBeUndefined();
    },
  );
});

describe('typed text of a cell’s full 50,000 characters', () => {
  it('reads a run of spaces before a percent sign as text, and 300 digits as a number (past double range: text)', () => {
    const spaces = `${' '.repeat(49_998)}x%`;

    expect([numberFromText(spaces), dateFromText(spaces)]).toEqual([undefined, undefined]);
    expect(numberFromText('1'.repeat(300))).toBe(Number('1'.repeat(300)));
    expect(numberFromText('1'.repeat(50_000))).toBeUndefined();
  });
});
