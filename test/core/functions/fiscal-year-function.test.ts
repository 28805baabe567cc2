import { fiscalYearFunction } from '../../../src/core/functions/fiscal-year-function';
import { SheetFunctionError } from '../../../src/core/functions/sheet-function-error';

describe('fiscalYearFunction', () => {
  it.each<[unknown, number]>([
    [new Date('2026-11-21T17:00:00Z'), 2570],
    [new Date('2026-09-30T16:59:00Z'), 2569],
    [new Date('2026-09-30T17:00:00Z'), 2570],
    [46348, 2570],
    [46295, 2569],
    [46296, 2570],
    ['22 พ.ย. 69', 2570],
    ['๓๐ ก.ย. ๒๕๖๙', 2569],
    ['1 ต.ค. 2569', 2570],
    ['2026-10-01', 2570],
  ])('reads %p as FY %i', (date, fy) => {
    expect(fiscalYearFunction(date)).toBe(fy);
  });

  it.each([[''], [null], [undefined]])('leaves the blank cell %p blank', (date) => {
    expect(fiscalYearFunction(date)).toBe('');
  });

  it('reads a range in its shape, blank cells blank', () => {
    expect(fiscalYearFunction([['30 ก.ย. 69', '1 ต.ค. 69', '']])).toEqual([[2569, 2570, '']]);
  });

  it.each<[unknown, string]>([
    ['abc', 'not-a-date'],
    [false, 'not-a-date'],
    [0, 'not-a-date'],
    ['31 ก.ย. 69', 'no-such-date'],
  ])('rejects %p as %s', (date, code) => {
    expect(() => fiscalYearFunction(date)).toThrow(SheetFunctionError);
    expect(() => fiscalYearFunction(date)).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code }) }),
    );
  });

  describe("in the spreadsheet's own time zone", () => {
    const inZone = (timeZone: string) => ({ timeZone: () => timeZone, now: () => new Date() });

    it('reads 1 Oct 2026 typed in a London spreadsheet (midnight BST, 23:00 UTC) as FY 2570, not 2569', () => {
      const midnightLondon = new Date('2026-09-30T23:00:00Z');

      expect(fiscalYearFunction(midnightLondon, inZone('Europe/London'))).toBe(2570);
      expect(fiscalYearFunction(midnightLondon, inZone('Asia/Bangkok'))).toBe(2570);
    });

    it('reads 30 Sep 2026 typed in a Los Angeles spreadsheet (07:00 UTC on 30 Sep) as FY 2569', () => {
      const midnightLosAngeles = new Date('2026-09-30T07:00:00Z');

      expect(fiscalYearFunction(midnightLosAngeles, inZone('America/Los_Angeles'))).toBe(2569);
    });

    it('reads midnight of 1 Oct in Tokyo as 1 Oct there, where UTC+7 would say 30 Sep', () => {
      const midnightTokyo = new Date('2026-09-30T15:00:00Z');

      expect(fiscalYearFunction(midnightTokyo, inZone('Asia/Tokyo'))).toBe(2570);
      expect(fiscalYearFunction(midnightTokyo, inZone('Asia/Bangkok'))).toBe(2569);
    });

    it('asks the time zone only for a date cell', () => {
      const timeZone = jest.fn(() => 'Asia/Bangkok');

      fiscalYearFunction([['1 ต.ค. 69', '']], { timeZone, now: () => new Date() });

      expect(timeZone).not.toHaveBeenCalled();
    });
  });

  it.each([2569, 2570, 2026])('refuses the number %p: a year, not a date', (year) => {
    expect(() => fiscalYearFunction(year)).toThrow(
      `FISCAL_YEAR: ค่า เป็นตัวเลขปี ไม่ใช่วันที่: ${year} ให้ใส่วันที่ เช่น DATE(2026,11,22) หรือ "22 พ.ย. 2569" (the value is a year, not a date: ${year}; give a date such as DATE(2026,11,22) or "22 พ.ย. 2569")`,
    );
  });

  it('names the cell of a range that is not a day of the calendar', () => {
    expect(() => fiscalYearFunction([['1 ต.ค. 69', '31 ก.ย. 69']])).toThrow(
      'FISCAL_YEAR: คอลัมน์ที่ 2 ของช่วง ไม่มีวันที่นี้ในปฏิทิน: "31 ก.ย. 69" (column 2 of the range is not a day of the calendar: "31 ก.ย. 69")',
    );
  });
});
