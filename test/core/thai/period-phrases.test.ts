import fc from 'fast-check';
import { toThaiDigits } from '../../../src/core/thai/digits';
import { formatPeriod, parsePeriod, periodWithinFiscalYear } from '../../../src/core/thai/period';

const read = (text: string, fy?: number) => {
  const period = parsePeriod(text, fy);
  return period.ok ? formatPeriod(period.value) : period.problem.code;
};

describe('parsePeriod, phrases of the fiscal year', () => {
  it.each([
    ['ตลอดปีงบประมาณ', 'ปีงบประมาณ พ.ศ. ๒๕๖๘'],
    ['ตลอดปี', 'ปีงบประมาณ พ.ศ. ๒๕๖๘'],
    ['ตลอดทั้งปี', 'ปีงบประมาณ พ.ศ. ๒๕๖๘'],
    ['ทั้งปีงบประมาณ', 'ปีงบประมาณ พ.ศ. ๒๕๖๘'],
    ['ไตรมาส ๑', '๑ ต.ค. ๖๗ – ๓๑ ธ.ค. ๖๗'],
    ['ไตรมาสที่ 2', '๑ ม.ค. ๖๘ – ๓๑ มี.ค. ๖๘'],
    ['ไตรมาส ๓', '๑ เม.ย. ๖๘ – ๓๐ มิ.ย. ๖๘'],
    ['ไตรมาสที่ ๔', '๑ ก.ค. ๖๘ – ๓๐ ก.ย. ๖๘'],
    ['ไตรมาส 1-2', '๑ ต.ค. ๖๗ – ๓๑ มี.ค. ๖๘'],
    ['ไตรมาสที่ ๓ – ๔', '๑ เม.ย. ๖๘ – ๓๐ ก.ย. ๖๘'],
    ['ภายในเดือน ธันวาคม', '๑ ต.ค. ๖๗ – ๓๑ ธ.ค. ๖๗'],
    ['ภายในเดือนมีนาคม', '๑ ต.ค. ๖๗ – ๓๑ มี.ค. ๖๘'],
    ['ภายใน ก.ย.', '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘'],
  ])('reads %p in a FY 2568 document as %p', (text, expected) => {
    expect(read(text, 2568)).toBe(expected);
  });

  it.each([
    ['ไตรมาส 4 ปีงบประมาณ 2569', '๑ ก.ค. ๖๙ – ๓๐ ก.ย. ๖๙'],
    ['ภายใน มี.ค. 2569', '๑ ต.ค. ๖๘ – ๓๑ มี.ค. ๖๙'],
    ['ภายในวันที่ ๓๑ มีนาคม ๒๕๖๘', '๑ ต.ค. ๖๗ – ๓๑ มี.ค. ๖๘'],
    ['ตลอดปีงบประมาณ ๒๕๖๓', 'ปีงบประมาณ พ.ศ. ๒๕๖๓'],
  ])('reads %p by the year it names, whatever the document', (text, expected) => {
    expect(read(text)).toBe(expected);
    expect(read(text, 2570)).toBe(expected);
  });

  it.each(['ตลอดปีงบประมาณ', 'ไตรมาส ๒', 'ภายในเดือนมีนาคม'])(
    'says %p needs the fiscal year when the document names none',
    (text) => {
      expect(parsePeriod(text)).toEqual({ ok: false, problem: { code: 'period-needs-year', value: text } });
    },
  );

  it.each(['ไตรมาส 5', 'ไตรมาสที่ ๐', 'ไตรมาส ๓ - ๖'])(
    'says %p names a quarter a year does not have',
    (text) => {
      expect(read(text, 2568)).toBe('no-such-quarter');
    },
  );

  it.each(['ไตรมาส 3-1', 'ภายในเดือนนี้', 'ตลอดไป', 'ภายใน 3 วัน'])('refuses %p as not a period', (text) => {
    expect(read(text, 2568)).toBe('not-a-period');
  });

  it('keeps every quarter and every "within a month" inside its fiscal year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2450, max: 2650 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (fy, q, month, thai) => {
          const digits = (t: string) => (thai ? toThaiDigits(t) : t);
          const quarter = parsePeriod(digits(`ไตรมาสที่ ${q}`), fy);
          const within = parsePeriod(
            `ภายในเดือน${['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'][month - 1]}`,
            fy,
          );

          expect(quarter.ok && periodWithinFiscalYear(quarter.value, fy)).toBe(true);
          expect(within.ok && periodWithinFiscalYear(within.value, fy)).toBe(true);
        },
      ),
    );
  });
});
