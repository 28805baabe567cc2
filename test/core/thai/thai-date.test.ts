import { formatThaiDate, readDateStyle, type ThaiDateStyle } from '../../../src/core/thai/thai-date';
import { THAI_MONTHS_FULL, THAI_MONTHS_SHORT, thaiMonthName } from '../../../src/core/thai/thai-months';

const NOV_22_2026 = { year: 2026, month: 11, day: 22 };

describe('formatThaiDate', () => {
  it.each<[ThaiDateStyle, string]>([
    ['long', '๒๒ พฤศจิกายน ๒๕๖๙'],
    ['short', '๒๒ พ.ย. ๖๙'],
    ['long-arabic', '22 พฤศจิกายน 2569'],
    ['short-arabic', '22 พ.ย. 69'],
  ])('writes 22 November 2026 in the %s style as %s', (style, text) => {
    expect(formatThaiDate(NOV_22_2026, style)).toBe(text);
  });

  it.each<[{ year: number; month: number; day: number }, ThaiDateStyle, string]>([
    [{ year: 1962, month: 1, day: 5 }, 'short', '๕ ม.ค. ๐๕'],
    [{ year: 1962, month: 1, day: 5 }, 'short-arabic', '5 ม.ค. 05'],
    [{ year: 2057, month: 12, day: 31 }, 'short-arabic', '31 ธ.ค. 00'],
    [{ year: 2024, month: 10, day: 1 }, 'long', '๑ ตุลาคม ๒๕๖๗'],
    [{ year: 2025, month: 9, day: 30 }, 'short', '๓๐ ก.ย. ๖๘'],
  ])('writes %o in the %s style as %s, the short year zero-padded', (date, style, text) => {
    expect(formatThaiDate(date, style)).toBe(text);
  });
});

describe('readDateStyle', () => {
  it.each<[unknown, ThaiDateStyle]>([
    ['', 'long'],
    [null, 'long'],
    [undefined, 'long'],
    ['long', 'long'],
    ['short', 'short'],
    ['SHORT', 'short'],
    [' Short ', 'short'],
    ['long-arabic', 'long-arabic'],
    ['short-arabic', 'short-arabic'],
    ['Short-Arabic', 'short-arabic'],
    ['short arabic', 'short-arabic'],
    ['short - arabic', 'short-arabic'],
    ['arabic', 'long-arabic'],
    ['ARABIC', 'long-arabic'],
  ])('reads %p as the %s style', (value, style) => {
    expect(readDateStyle(value)).toEqual({ ok: true, value: style });
  });

  it.each([['medium'], ['ย่อ'], [1], [true]])('reads %p as an unknown option, listing the styles', (value) => {
    expect(readDateStyle(value)).toEqual({
      ok: false,
      problem: { code: 'unknown-option', value, allowed: ['long', 'short', 'long-arabic', 'short-arabic'] },
    });
  });
});

describe('thaiMonthName', () => {
  it('has twelve full and twelve short names', () => {
    expect(THAI_MONTHS_FULL).toHaveLength(12);
    expect(THAI_MONTHS_SHORT).toHaveLength(12);
  });

  it.each([
    [1, 'มกราคม', 'ม.ค.'],
    [4, 'เมษายน', 'เม.ย.'],
    [12, 'ธันวาคม', 'ธ.ค.'],
  ])('names month %i %s, or %s for short', (month, full, short) => {
    expect(thaiMonthName(month, 'full')).toBe(full);
    expect(thaiMonthName(month, 'short')).toBe(short);
  });

  it.each([[0], [13]])('calls month %i a bug', (month) => {
    expect(() => thaiMonthName(month, 'full')).toThrow(/bug/);
  });
});
