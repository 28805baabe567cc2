import { bahtTextFunction } from '../../../src/core/functions/baht-text-function';
import { SheetFunctionError } from '../../../src/core/functions/sheet-function-error';

function errorOf(run: () => unknown): SheetFunctionError {
  try {
    run();
  } catch (error) {
    if (error instanceof SheetFunctionError) return error;
    throw error;
  }
  throw new Error('expected a SheetFunctionError, but nothing was thrown');
}

describe('bahtTextFunction', () => {
  it.each<[unknown, string]>([
    [0, 'ศูนย์บาทถ้วน'],
    [1, 'หนึ่งบาทถ้วน'],
    [10, 'สิบบาทถ้วน'],
    [11, 'สิบเอ็ดบาทถ้วน'],
    [20, 'ยี่สิบบาทถ้วน'],
    [21, 'ยี่สิบเอ็ดบาทถ้วน'],
    [100, 'หนึ่งร้อยบาทถ้วน'],
    [101, 'หนึ่งร้อยเอ็ดบาทถ้วน'],
    [50000, 'ห้าหมื่นบาทถ้วน'],
    [1_000_001, 'หนึ่งล้านเอ็ดบาทถ้วน'],
    [11_000_000, 'สิบเอ็ดล้านบาทถ้วน'],
    [21_000_000, 'ยี่สิบเอ็ดล้านบาทถ้วน'],
    [1e12, 'หนึ่งล้านล้านบาทถ้วน'],
    [121.5, 'หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์'],
    [0.25, 'ยี่สิบห้าสตางค์'],
    [0.995, 'หนึ่งบาทถ้วน'],
    [1.999, 'สองบาทถ้วน'],
    [99.999, 'หนึ่งร้อยบาทถ้วน'],
    [1.005, 'หนึ่งบาทหนึ่งสตางค์'],
    [-1, 'ลบหนึ่งบาทถ้วน'],
    [-121.5, 'ลบหนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์'],
    [
      999_999_999_999_999,
      'เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน',
    ],
  ])('writes the number %p as %s', (amount, words) => {
    expect(bahtTextFunction(amount)).toBe(words);
  });

  it.each<[string, string]>([
    ['50,000', 'ห้าหมื่นบาทถ้วน'],
    ['๕๐,๐๐๐ บาท', 'ห้าหมื่นบาทถ้วน'],
    ['๕๐๐๐๐บาท', 'ห้าหมื่นบาทถ้วน'],
    ['1,234.50 บาท', 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'],
    ['฿1,234.50', 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'],
    ['฿ 121.50', 'หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์'],
    [' 0.995 ', 'หนึ่งบาทถ้วน'],
    ['-1,000,001', 'ลบหนึ่งล้านเอ็ดบาทถ้วน'],
    ['\u22125', 'ลบห้าบาทถ้วน'],
    [
      '999999999999999.994',
      'เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์',
    ],
  ])('reads the amount text %p as %s', (amount, words) => {
    expect(bahtTextFunction(amount)).toBe(words);
  });

  it.each([[''], ['  '], [null], [undefined]])('leaves the blank cell %p blank', (amount) => {
    expect(bahtTextFunction(amount)).toBe('');
  });

  it.each(['50,000.-', '๕๐,๐๐๐.- บาท', '50,000.-บาท', 'งบประมาณ 50,000.- บาท (ห้าหมื่นบาทถ้วน)'])(
    'reads %p, written the Thai way for a whole amount, as 50,000 baht',
    (amount) => {
      expect(bahtTextFunction(amount)).toBe('ห้าหมื่นบาทถ้วน');
    },
  );

  it('reads 50 บาทถ้วน as a budget cell reads it: fifty baht', () => {
    expect(bahtTextFunction('50 บาทถ้วน')).toBe('ห้าสิบบาทถ้วน');
  });

  it('still refuses ไม่ใช้งบประมาณ: no budget is not an amount', () => {
    expect(() => bahtTextFunction('ไม่ใช้งบประมาณ')).toThrow('BAHT_TEXT: ค่า ไม่ใช่ตัวเลข');
  });

  it('writes a range in its shape, blank cells blank', () => {
    const range = [
      [1, ''],
      ['๒๑', 0.25],
    ];

    expect(bahtTextFunction(range)).toEqual([
      ['หนึ่งบาทถ้วน', ''],
      ['ยี่สิบเอ็ดบาทถ้วน', 'ยี่สิบห้าสตางค์'],
    ]);
  });

  it.each<[unknown, string]>([
    ['abc', 'not-a-number'],
    ['12,34', 'not-a-number'],
    ['บาท', 'not-a-number'],
    [true, 'not-a-number'],
    [new Date('2026-11-22T00:00:00+07:00'), 'not-a-number'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'too-large'],
    [Number.NEGATIVE_INFINITY, 'too-large'],
    [1e15, 'too-large'],
    [-1e15, 'too-large'],
    [1e300, 'too-large'],
    ['1,000,000,000,000,000', 'too-large'],
    ['999999999999999.995', 'too-large'],
  ])('rejects %p as %s', (amount, code) => {
    const error = errorOf(() => bahtTextFunction(amount));

    expect(error.operation).toBe('BAHT_TEXT');
    expect(error.problem.code).toBe(code);
  });

  it('names the value and its problem in Thai and English', () => {
    expect(() => bahtTextFunction('abc')).toThrow(
      'BAHT_TEXT: ค่า ไม่ใช่ตัวเลข: "abc" (the value is not a number: "abc")',
    );
  });

  it('names the cell of a range that is not an amount', () => {
    expect(() => bahtTextFunction([[1], [2], ['abc']])).toThrow(
      'BAHT_TEXT: แถวที่ 3 ของช่วง ไม่ใช่ตัวเลข: "abc" (row 3 of the range is not a number: "abc")',
    );
  });

  it('gives the largest amount it writes when one is too large', () => {
    expect(() => bahtTextFunction(1e15)).toThrow(
      'BAHT_TEXT: ค่า มากเกินไป (ไม่เกิน 999,999,999,999,999.99): 1000000000000000 (the value is too large (at most 999,999,999,999,999.99): 1000000000000000)',
    );
  });
});
