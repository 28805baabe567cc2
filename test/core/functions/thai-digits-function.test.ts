import { thaiDigitsFunction } from '../../../src/core/functions/thai-digits-function';

describe('thaiDigitsFunction', () => {
  it.each([
    [77.21, undefined, '๗๗.๒๑'],
    [85, 2, '๘๕.๐๐'],
    [84.995, 2, '๘๕.๐๐'],
    [2569, undefined, '๒๕๖๙'],
    [0.1 + 0.2, undefined, '๐.๓'],
    [-5.5, 0, '-๖'],
    [1e21, undefined, '๑๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐๐'],
    ['ปีงบประมาณ 2569', undefined, 'ปีงบประมาณ ๒๕๖๙'],
    ['99.5', 2, '๙๙.๕๐'],
    ['ข้อ 2.1', 2, 'ข้อ ๒.๑'],
    ['', undefined, ''],
    [true, undefined, 'TRUE'],
  ])('writes %p with decimals %p as %p', (value, decimals, expected) => {
    expect(thaiDigitsFunction(value, decimals)).toBe(expected);
  });

  it('keeps the shape of a range', () => {
    expect(
      thaiDigitsFunction(
        [
          [1, 2],
          ['', '3 คน'],
        ],
        '',
      ),
    ).toEqual([
      ['๑', '๒'],
      ['', '๓ คน'],
    ]);
  });

  it('reads the decimals in Thai digits', () => {
    expect(thaiDigitsFunction(1.23456, '๓')).toBe('๑.๒๓๕');
  });

  it.each([
    [-1, 'THAI_DIGITS: จำนวนตำแหน่งทศนิยม ต้องอยู่ระหว่าง 0–20: -1'],
    [1.5, 'THAI_DIGITS: จำนวนตำแหน่งทศนิยม ต้องเป็นจำนวนเต็ม: 1.5 (decimals must be a whole number: 1.5)'],
    ['สอง', 'THAI_DIGITS: จำนวนตำแหน่งทศนิยม ไม่ใช่ตัวเลข: "สอง"'],
  ])('refuses decimals %p', (decimals, message) => {
    expect(() => thaiDigitsFunction(5, decimals)).toThrow(message);
  });

  it('refuses a date, which THAI_DATE writes', () => {
    expect(() => thaiDigitsFunction(new Date(Date.UTC(2026, 10, 22)))).toThrow('THAI_DIGITS: ค่า ไม่ใช่ตัวเลข');
  });
});
