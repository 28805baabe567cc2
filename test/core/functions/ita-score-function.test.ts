import { itaScoreFunction } from '../../../src/core/functions/ita-score-function';

// DESIGN §2: an อบต. in FY 2562, total 77.21 (B).
const EXAMPLE = [99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50];
const EXAMPLE_THAI = ['๙๙.๖๕', '๙๙.๔๗', '๙๘.๔๑', '๙๙.๒๖', '๙๘.๘๑', '๗๑.๔๙', '๗๓.๘๖', '๖๒.๗๑', '๘๓.๓๔', '๕๐'];

describe('itaScoreFunction', () => {
  it('scores the FY 2562 example from a row of ten indicators: 77.21', () => {
    expect(itaScoreFunction([EXAMPLE], 2562)).toBe(77.21);
  });

  it('scores the same indicators given as a column', () => {
    expect(
      itaScoreFunction(
        EXAMPLE.map((v) => [v]),
        2562,
      ),
    ).toBe(77.21);
  });

  it('scores the three tool scores IIT, EIT, OIT', () => {
    expect(itaScoreFunction([[99.12, 69.35, 66.67]], 2562)).toBe(77.21);
  });

  it('reads Thai-digit text, spaces and a Thai-digit year', () => {
    expect(itaScoreFunction([EXAMPLE_THAI.map((v) => ` ${v} `)], '๒๕๖๒')).toBe(77.21);
  });

  it('uses the current fiscal year (2570 on 3 Dec 2026) when the year is left out, and 2569 or 2570 when given', () => {
    const dec2026 = { timeZone: () => 'Asia/Bangkok', now: () => new Date('2026-12-03T03:00:00Z') };

    expect(itaScoreFunction([EXAMPLE], '', dec2026)).toBe(77.21);
    expect(itaScoreFunction([EXAMPLE], 2569)).toBe(77.21);
    expect(itaScoreFunction([EXAMPLE], '๒๕๗๐')).toBe(77.21);
  });

  it('gives one total per row of a block, blank for a blank row', () => {
    const block = [
      EXAMPLE,
      Array(10).fill(''),
      Array(10).fill(100),
      [100, 100, 100, 100, 100, 0, 0, 0, 0, 0],
    ];

    expect(itaScoreFunction(block, 2562)).toEqual([[77.21], [''], [100], [30]]);
  });

  it('gives one total per row for a block of tool scores', () => {
    expect(
      itaScoreFunction(
        [
          [99.12, 69.35, 66.67],
          [90, 90, 90],
        ],
        2562,
      ),
    ).toEqual([[77.21], [90]]);
  });

  it('gives blank for an all-blank row', () => {
    expect(itaScoreFunction([Array(10).fill('')], 2562)).toBe('');
  });

  it('rounds a total of 84.995 to 85 exactly', () => {
    expect(itaScoreFunction([[84.99, 84.99, 85.0025]], 2562)).toBe(85);
  });

  describe('refuses bad input with a message naming the position and the value', () => {
    it('text that is not a number', () => {
      const row = [...EXAMPLE];
      row[2] = 'abc' as unknown as number;

      expect(() => itaScoreFunction([row], 2562)).toThrow(
        'ITA_SCORE: คะแนนตัวชี้วัดที่ 3 ไม่ใช่ตัวเลข: "abc" (indicator 3 is not a number: "abc")',
      );
    });

    it('a score above 100', () => {
      expect(() => itaScoreFunction([[100.5, 90, 90]], 2562)).toThrow(
        'ITA_SCORE: คะแนน IIT ต้องอยู่ระหว่าง 0–100: 100.5 (IIT must be between 0 and 100: 100.5)',
      );
    });

    it('a negative score', () => {
      expect(() => itaScoreFunction([[90, -1, 90]], 2562)).toThrow('คะแนน EIT ต้องอยู่ระหว่าง 0–100: -1');
    });

    it('the wrong count of scores', () => {
      expect(() => itaScoreFunction([EXAMPLE.slice(0, 9)], 2562)).toThrow(
        'ITA_SCORE: คะแนน มี 9 ค่า ต้องมี 10, 3 ค่า (the score range has 9 values; expected 10 or 3)',
      );
    });

    it('a single number', () => {
      expect(() => itaScoreFunction(77.21, 2562)).toThrow('มี 1 ค่า ต้องมี 10, 3 ค่า');
    });

    it('a partly blank row, naming the blank indicators', () => {
      const row: unknown[] = [...EXAMPLE];
      row[3] = '';
      row[6] = '';

      expect(() => itaScoreFunction([row], 2562)).toThrow(
        'ITA_SCORE: คะแนน กรอกไม่ครบ: คะแนนตัวชี้วัดที่ 4, คะแนนตัวชี้วัดที่ 7 ว่าง (the score range is incomplete: indicator 4, indicator 7 blank)',
      );
    });

    it('a missing tool score, never counted as zero', () => {
      expect(() => itaScoreFunction([[99.12, '', 66.67]], 2562)).toThrow('คะแนน EIT ว่าง');
    });

    it('the row of a block where the bad value is', () => {
      const bad: unknown[] = [...EXAMPLE];
      bad[9] = 'ห้าสิบ';

      expect(() => itaScoreFunction([EXAMPLE, bad], 2562)).toThrow(
        'ITA_SCORE: แถวที่ 2 ของช่วง คะแนนตัวชี้วัดที่ 10 ไม่ใช่ตัวเลข: "ห้าสิบ" (row 2 of the range, indicator 10 is not a number: "ห้าสิบ")',
      );
    });

    it('an unknown year', () => {
      expect(() => itaScoreFunction([EXAMPLE], 2561)).toThrow(
        'ITA_SCORE: ปีงบประมาณ ยังไม่มีเกณฑ์การประเมินของปี 2561 (มีปี 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570)',
      );
    });

    it('a year after the newest framework, saying which year to write', () => {
      expect(() => itaScoreFunction([EXAMPLE], 2571)).toThrow(
        'ITA_SCORE: ปีงบประมาณ ยังไม่มีเกณฑ์การประเมินของปีงบประมาณ 2571 เกณฑ์ล่าสุดที่มีคือปี 2570: ระบุปี 2570 เพื่อใช้เกณฑ์นั้น หรือปรับรุ่นส่วนเสริม (year has no built-in framework for FY 2571; the newest is 2570: give the year 2570 to use it, or update the add-in)',
      );
    });

    it('no year in FY 2571, rather than the rules of another year in silence', () => {
      const inFy2571 = { timeZone: () => 'Asia/Bangkok', now: () => new Date('2027-10-05T03:00:00Z') };

      expect(() => itaScoreFunction([EXAMPLE], '', inFy2571)).toThrow(
        'ยังไม่มีเกณฑ์การประเมินของปีงบประมาณปัจจุบัน 2571 เกณฑ์ล่าสุดที่มีคือปี 2570',
      );
    });

    it('a year A.D.', () => {
      expect(() => itaScoreFunction([EXAMPLE], 2019)).toThrow('ให้ใช้ปี พ.ศ. เช่น 2562');
    });
  });
});
