import { SheetFunctionError } from '../../../src/core/functions/sheet-function-error';
import { thaiDateFunction } from '../../../src/core/functions/thai-date-function';

// 22 November 2026, 00:00 and 23:59 in Bangkok.
const MIDNIGHT = new Date('2026-11-21T17:00:00Z');
const LAST_MINUTE = new Date('2026-11-22T16:59:00Z');

describe('thaiDateFunction', () => {
  it.each<[unknown, unknown, string]>([
    [MIDNIGHT, undefined, '๒๒ พฤศจิกายน ๒๕๖๙'],
    [LAST_MINUTE, undefined, '๒๒ พฤศจิกายน ๒๕๖๙'],
    [MIDNIGHT, '', '๒๒ พฤศจิกายน ๒๕๖๙'],
    [MIDNIGHT, 'long', '๒๒ พฤศจิกายน ๒๕๖๙'],
    [MIDNIGHT, 'short', '๒๒ พ.ย. ๖๙'],
    [MIDNIGHT, 'long-arabic', '22 พฤศจิกายน 2569'],
    [MIDNIGHT, 'short-arabic', '22 พ.ย. 69'],
    [MIDNIGHT, 'Arabic', '22 พฤศจิกายน 2569'],
    [MIDNIGHT, [['short']], '๒๒ พ.ย. ๖๙'],
    [46348, 'short', '๒๒ พ.ย. ๖๙'],
    ['22/11/2026', undefined, '๒๒ พฤศจิกายน ๒๕๖๙'],
    ['2026-11-22', 'short-arabic', '22 พ.ย. 69'],
    ['๒๒ พ.ย. ๖๙', 'long-arabic', '22 พฤศจิกายน 2569'],
  ])('writes %p in the style %p as %s', (date, style, text) => {
    expect(thaiDateFunction(date, style)).toBe(text);
  });

  it.each([[''], [null]])('leaves the blank cell %p blank', (date) => {
    expect(thaiDateFunction(date)).toBe('');
  });

  it('writes a range in its shape, blank cells blank', () => {
    expect(thaiDateFunction([[MIDNIGHT], [''], ['1 ต.ค. 67']], 'short')).toEqual([
      ['๒๒ พ.ย. ๖๙'],
      [''],
      ['๑ ต.ค. ๖๗'],
    ]);
  });

  it.each<[unknown, string]>([
    ['abc', 'not-a-date'],
    [true, 'not-a-date'],
    [-1, 'not-a-date'],
    [new Date(Number.NaN), 'not-a-date'],
    ['31 ก.ย. 69', 'no-such-date'],
    ['29/02/2569', 'no-such-date'],
  ])('rejects %p as %s', (date, code) => {
    expect(() => thaiDateFunction(date)).toThrow(SheetFunctionError);
    expect(() => thaiDateFunction(date)).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code }) }),
    );
  });

  it('names the value that is not a date', () => {
    expect(() => thaiDateFunction('abc')).toThrow(
      'THAI_DATE: ค่า ไม่ใช่วันที่: "abc" (the value is not a date: "abc")',
    );
  });

  it('names the style argument and lists the styles when the style is unknown', () => {
    expect(() => thaiDateFunction(MIDNIGHT, 'medium')).toThrow(
      'THAI_DATE: รูปแบบ ไม่รู้จักค่า "medium" (ใช้ได้: long, short, long-arabic, short-arabic) ' +
        '(style is not a known option: "medium" (use: long, short, long-arabic, short-arabic))',
    );
  });

  it('checks the style once, even before a blank date', () => {
    expect(() => thaiDateFunction('', 'medium')).toThrow(/รูปแบบ/);
  });

  it("writes a date cell as its day in the spreadsheet's time zone: midnight of 1 Oct in London", () => {
    const london = { timeZone: () => 'Europe/London', now: () => new Date() };

    expect(thaiDateFunction(new Date('2026-09-30T23:00:00Z'), 'short', london)).toBe('๑ ต.ค. ๖๙');
    expect(thaiDateFunction(new Date('2026-09-30T23:00:00Z'), 'short')).toBe('๑ ต.ค. ๖๙');
    expect(thaiDateFunction(new Date('2026-09-30T16:00:00Z'), 'short', london)).toBe('๓๐ ก.ย. ๖๙');
  });
});
