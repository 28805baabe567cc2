import fc from 'fast-check';
import { fiscalYear, fiscalYearRange, sixMonthRoundEnd } from '../../../src/core/thai/fiscal-year';

describe('fiscalYear', () => {
  it.each([
    ['22 พ.ย. 2569', { year: 2026, month: 11, day: 22 }, 2570],
    ['30 ก.ย. 2569', { year: 2026, month: 9, day: 30 }, 2569],
    ['1 ต.ค. 2569', { year: 2026, month: 10, day: 1 }, 2570],
    ['1 ม.ค. 2570', { year: 2027, month: 1, day: 1 }, 2570],
    ['31 ธ.ค. 2569', { year: 2026, month: 12, day: 31 }, 2570],
    ['1 ต.ค. 2567', { year: 2024, month: 10, day: 1 }, 2568],
    ['30 ก.ย. 2568', { year: 2025, month: 9, day: 30 }, 2568],
  ])('reads %s as FY %i', (_thai, date, fy) => {
    expect(fiscalYear(date)).toBe(fy);
  });

  it('puts any day in FY year+543 before October and year+544 from October', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const fy = fiscalYear({ year, month, day });

          expect(fy).toBe(month >= 10 ? year + 544 : year + 543);
        },
      ),
    );
  });
});

describe('fiscalYearRange', () => {
  it('runs FY 2570 from 1 ต.ค. 2569 to 30 ก.ย. 2570', () => {
    expect(fiscalYearRange(2570)).toEqual({
      start: { year: 2026, month: 10, day: 1 },
      end: { year: 2027, month: 9, day: 30 },
    });
  });

  it('puts both ends of every fiscal year inside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2443, max: 10000 }), (fy) => {
        const { start, end } = fiscalYearRange(fy);

        expect(fiscalYear(start)).toBe(fy);
        expect(fiscalYear(end)).toBe(fy);
      }),
    );
  });
});

describe('sixMonthRoundEnd', () => {
  it('ends the six-month round of FY 2570 on 31 มี.ค. 2570', () => {
    expect(sixMonthRoundEnd(2570)).toEqual({ year: 2027, month: 3, day: 31 });
  });
});
