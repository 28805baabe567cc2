import { itaGradeFunction } from '../../../src/core/functions/ita-grade-function';

describe('itaGradeFunction', () => {
  it('grades the FY 2562 example total 77.21 as B', () => {
    expect(itaGradeFunction(77.21, 2562)).toBe('B');
  });

  it('grades a range into a range of the same shape, blank cells blank', () => {
    expect(
      itaGradeFunction(
        [
          [95, 84.99],
          ['', '๘๕'],
        ],
        2562,
      ),
    ).toEqual([
      ['AA', 'B'],
      ['', 'A'],
    ]);
  });

  it('grades 84.995 as A: the score is rounded to 85.00 first', () => {
    expect(itaGradeFunction(84.995, 2562)).toBe('A');
  });

  it('grades a computed score as the cell shows it: 84.99499999999999 shows as 84.995, an A', () => {
    expect(itaGradeFunction(84.99499999999999, 2562)).toBe('A');
  });

  it('grades 45 as E in 2562 and F in 2565', () => {
    expect([itaGradeFunction(45, 2562), itaGradeFunction(45, 2565)]).toEqual(['E', 'F']);
  });

  it('grades by the current fiscal year when no year is given: 45 is E in FY 2564, ต้องปรับปรุงโดยด่วน in FY 2570', () => {
    const clockAt = (iso: string) => ({ timeZone: () => 'Asia/Bangkok', now: () => new Date(iso) });

    expect(itaGradeFunction(45, '', '', clockAt('2021-05-01T00:00:00Z'))).toBe('E');
    expect(itaGradeFunction(45, '', '', clockAt('2026-12-03T03:00:00Z'))).toBe('ต้องปรับปรุงโดยด่วน');
  });

  it('grades by the 2569 and 2570 frameworks (2568 carried forward): levels below 85, pass/fail unchanged', () => {
    expect(itaGradeFunction([[84.99, 70, 69.99]], 2569)).toEqual([
      ['ต้องปรับปรุง', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน'],
    ]);
    expect(() => itaGradeFunction(94.99, 2570)).toThrow('ใช้ ITA_LEVEL');
    expect(itaGradeFunction(84.99, 2570, 'pass')).toBe('ไม่ผ่าน');
  });

  it('gives ผ่าน / ไม่ผ่าน with the style "pass"', () => {
    expect(itaGradeFunction([[85], [84.99], [84.995]], 2566, 'pass')).toEqual([['ผ่าน'], ['ไม่ผ่าน'], ['ผ่าน']]);
  });

  it('accepts " PASS " and ผ่าน as the pass style', () => {
    expect([itaGradeFunction(90, 2566, ' PASS '), itaGradeFunction(50, 2566, 'ผ่าน')]).toEqual([
      'ผ่าน',
      'ไม่ผ่าน',
    ]);
  });

  it('takes the year from a one-cell range', () => {
    expect(itaGradeFunction(45, [[2565]])).toBe('F');
  });

  it('refuses a score outside 0–100, naming the cell of the range', () => {
    expect(() => itaGradeFunction([[90], [101]], 2562)).toThrow(
      'ITA_GRADE: แถวที่ 2 ของช่วง ต้องอยู่ระหว่าง 0–100: 101 (row 2 of the range must be between 0 and 100: 101)',
    );
  });

  it('refuses text that is not a number', () => {
    expect(() => itaGradeFunction('ดี', 2562)).toThrow(
      'ITA_GRADE: ค่า ไม่ใช่ตัวเลข: "ดี" (the value is not a number: "ดี")',
    );
  });

  it('refuses an unknown style', () => {
    expect(() => itaGradeFunction(90, 2562, 'percent')).toThrow(
      'ITA_GRADE: รูปแบบ ไม่รู้จักค่า "percent" (ใช้ได้: "grade", "pass")',
    );
  });

  it('refuses an unknown year', () => {
    expect(() => itaGradeFunction(90, 2561)).toThrow('ยังไม่มีเกณฑ์การประเมินของปี 2561');
  });
});
