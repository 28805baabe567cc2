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

  it('names the cell of a range that is not a day of the calendar', () => {
    expect(() => fiscalYearFunction([['1 ต.ค. 69', '31 ก.ย. 69']])).toThrow(
      'FISCAL_YEAR: คอลัมน์ที่ 2 ของช่วง ไม่มีวันที่นี้ในปฏิทิน: "31 ก.ย. 69" (column 2 of the range is not a day of the calendar: "31 ก.ย. 69")',
    );
  });
});
