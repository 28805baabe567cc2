import {
  DEFAULT_FRAMEWORK,
  frameworkFor,
  KNOWN_YEARS,
  readFiscalYear,
  readFramework,
} from '../../../src/core/ita/framework-select';
import { FRAMEWORKS } from '../../../src/core/ita/frameworks';

describe('FRAMEWORKS', () => {
  it('has one framework for each fiscal year 2562–2570', () => {
    expect(KNOWN_YEARS).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570]);
  });

  it.each([2569, 2570])(
    'FY %i carries 2568 forward: its bands and weights, not verified, and says why',
    (year) => {
      const framework = frameworkFor(year)!;
      const fy2568 = frameworkFor(2568)!;

      expect(framework.grades).toEqual(fy2568.grades);
      expect(framework.tools).toEqual(fy2568.tools);
      expect(framework.verified).toBe(false);
      expect(framework.carriedFrom).toBe(2568);
      expect(framework.provenance.grades).toEqual({
        source: `ใช้เกณฑ์ปี 2568 ต่อ เพราะยังไม่พบประกาศเปลี่ยนแปลงของ ป.ป.ช. สำหรับปี ${year} ยังไม่ยืนยัน (2568's rules carried forward: no NACC change is known for ${year}; not verified)`,
        verified: false,
      });
      expect(framework.source).toBe(
        `เกณฑ์ ITA ปีงบประมาณ พ.ศ. ${year} (ใช้เกณฑ์ปี 2568 ต่อ ยังไม่ยืนยัน: 2568's rules carried forward, not verified)`,
      );
    },
  );

  it.each(FRAMEWORKS.map((f) => [f.fiscalYear, f]))(
    'FY %i has ten indicators numbered in order, IIT 1–5, EIT 6–8, OIT 9–10',
    (_, f) => {
      expect(f.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(f.indicators.map((i) => i.tool).join(' ')).toBe('IIT IIT IIT IIT IIT EIT EIT EIT OIT OIT');
    },
  );

  it.each(FRAMEWORKS.map((f) => [f.fiscalYear, f]))(
    'FY %i weighs IIT 30, EIT 30, OIT 40, adding up to 100',
    (_, f) => {
      expect(f.tools.map((t) => `${t.tool} ${t.weightPercent}`)).toEqual(['IIT 30', 'EIT 30', 'OIT 40']);
    },
  );

  it.each(FRAMEWORKS.map((f) => [f.fiscalYear, f]))(
    'FY %i has bands from AA down to F at 0 and passes at 85',
    (_, f) => {
      expect(f.grades.map((g) => g.grade)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
      const mins = f.grades.map((g) => g.min);
      expect([...mins].sort((a, b) => b - a)).toEqual(mins);
      expect(mins[mins.length - 1]).toBe(0);
      expect(f.passMark).toBe(85);
    },
  );

  it('says which facts are verified: 2562 and 2565 bands yes, 2563, 2564 and 2566–2568 bands no', () => {
    const verifiedBands = FRAMEWORKS.filter((f) => f.provenance.grades.verified).map((f) => f.fiscalYear);

    expect(verifiedBands).toEqual([2562, 2565]);
    expect(frameworkFor(2566)?.verified).toBe(false);
    expect(frameworkFor(2566)?.source).toContain('2566');
  });
});

describe('readFramework', () => {
  const inFy = (year: number) => () => year;

  it('defaults to the framework of the current fiscal year when no year is given', () => {
    const result = readFramework('', inFy(2570));
    const earlier = readFramework(undefined, inFy(2566));

    expect(result.ok && result.value).toBe(DEFAULT_FRAMEWORK);
    expect(DEFAULT_FRAMEWORK.fiscalYear).toBe(2570);
    expect(earlier.ok && earlier.value.fiscalYear).toBe(2566);
  });

  it('asks the current year only when no year is given', () => {
    const current = jest.fn(() => 2570);

    readFramework(2562, current);

    expect(current).not.toHaveBeenCalled();
  });

  it('refuses the current year past the newest framework, naming the newest to write instead', () => {
    expect(readFramework('', inFy(2571))).toEqual({
      ok: false,
      problem: { code: 'year-after-newest', fiscalYear: 2571, newest: 2570, current: true },
    });
    expect(readFramework(2571, inFy(2570))).toEqual({
      ok: false,
      problem: { code: 'year-after-newest', fiscalYear: 2571, newest: 2570, current: false },
    });
  });

  it.each([2562, '2562', '๒๕๖๒', ' ๒๕๖๒ ', 'พ.ศ. 2562', 'ปีงบประมาณ ๒๕๖๒', 2562.0])(
    'reads %p as FY 2562',
    (value) => {
      const result = readFramework(value, inFy(2570));

      expect(result.ok && result.value.fiscalYear).toBe(2562);
    },
  );

  it('refuses a year without a framework, naming the years it knows', () => {
    const result = readFramework(2561, inFy(2570));

    expect(result).toEqual({ ok: false, problem: { code: 'unknown-year', value: 2561, known: KNOWN_YEARS } });
  });
});

describe('readFiscalYear', () => {
  it('refuses a year A.D. and gives its B.E.', () => {
    expect(readFiscalYear(2019)).toEqual({
      ok: false,
      problem: { code: 'gregorian-year', value: 2019, buddhistEra: 2562 },
    });
  });

  it.each(['abc', 2562.5, 62, 'พ.ศ.', true])('refuses %p as not a year', (value) => {
    const result = readFiscalYear(value);

    expect(!result.ok && result.problem.code).toBe('not-a-year');
  });
});
