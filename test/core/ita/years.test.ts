import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_YEARS } from '../../../src/core/ita/framework-select';
import { FRAMEWORKS, frameworksOf } from '../../../src/core/ita/frameworks';
import { standingOf, standingText } from '../../../src/core/ita/levels';
import { toolScoresFromDecimals } from '../../../src/core/ita/score';
import { YEAR_FACTS } from '../../../src/core/ita/years';
import { BANDS_2565, LEVELS_2567, type YearFacts } from '../../../src/core/ita/years/year-facts';
import { parseDecimal } from '../../../src/core/numbers/decimal';

const YEARS_DIR = join(__dirname, '../../../src/core/ita/years');

const tools = (iit: string, eit: string, oit: string) =>
  toolScoresFromDecimals({ IIT: parseDecimal(iit)!, EIT: parseDecimal(eit)!, OIT: parseDecimal(oit)! });

describe('the years built in, one data file each', () => {
  it('registers every fyNNNN.ts file of src/core/ita/years, once, oldest first', () => {
    const files = readdirSync(YEARS_DIR)
      .filter((f) => /^fy\d{4}\.ts$/.test(f))
      .map((f) => Number(f.slice(2, 6)));

    expect(YEAR_FACTS.map((y) => y.fiscalYear)).toEqual(files.sort());
    expect(KNOWN_YEARS).toEqual(files);
  });

  it('has named levels from 2567, with their source, not verified; grades only before', () => {
    const withLevels = FRAMEWORKS.filter((f) => f.levels).map((f) => f.fiscalYear);

    expect(withLevels).toEqual([2567, 2568, 2569, 2570]);
    for (const f of FRAMEWORKS.filter((x) => x.levels)) {
      expect(f.levels!.map((l) => l.nameTh)).toEqual([
        'ผ่านดีเยี่ยม',
        'ผ่านดี',
        'ผ่าน',
        'ต้องปรับปรุง',
        'ต้องปรับปรุงโดยด่วน',
      ]);
      expect(f.provenance.levels?.verified).toBe(false);
      expect(f.verified).toBe(false);
    }
    expect(FRAMEWORKS.find((f) => f.fiscalYear === 2567)!.provenance.levels!.source).toContain('ยังไม่ยืนยัน');
    expect(FRAMEWORKS.find((f) => f.fiscalYear === 2570)!.provenance.levels!.source).toContain(
      "2568's rules carried forward",
    );
    expect(FRAMEWORKS.find((f) => f.fiscalYear === 2566)!.levels).toBeUndefined();
  });

  it('picks up a new year carried forward: 2571 from 2568, with its levels, marked not verified', () => {
    const frameworks = frameworksOf([...YEAR_FACTS, { fiscalYear: 2571, carriedFrom: 2568 }]);
    const fy2571 = frameworks.find((f) => f.fiscalYear === 2571)!;

    expect(frameworks.map((f) => f.fiscalYear).at(-1)).toBe(2571);
    expect(fy2571.levels).toEqual(LEVELS_2567);
    expect(fy2571.carriedFrom).toBe(2568);
    expect(fy2571.source).toContain('ยังไม่ยืนยัน');
    expect(standingText(standingOf(fy2571, tools('95', '84.99', '99')))).toBe('ผ่าน');
  });

  it('picks up a new year with its own weights and levels, and every function of it reads them', () => {
    const fy2571: YearFacts = {
      fiscalYear: 2571,
      tools: [
        { tool: 'IIT', nameTh: 'IIT', weightPercent: 25 },
        { tool: 'EIT', nameTh: 'EIT', weightPercent: 25 },
        { tool: 'OIT', nameTh: 'OIT', weightPercent: 50 },
      ],
      grades: BANDS_2565,
      gradesProvenance: { source: 'test', verified: false },
      weightsProvenance: { source: 'test', verified: true },
      levels: [
        { nameTh: 'ดีมาก', nameEn: 'very good', minTotal: 90, minEachTool: 80, passes: true },
        { nameTh: 'ผ่าน', nameEn: 'pass', minTotal: 80, passes: true },
        { nameTh: 'ไม่ผ่าน', nameEn: 'fail', minTotal: 0, passes: false },
      ],
      levelsProvenance: { source: 'test', verified: true },
    };
    const framework = frameworksOf([fy2571, ...YEAR_FACTS]).find((f) => f.fiscalYear === 2571)!;

    expect(standingOf(framework, tools('80', '80', '100'))).toMatchObject({ total: 9000n, passes: true });
    expect(standingText(standingOf(framework, tools('80', '80', '100')))).toBe('ดีมาก');
    expect(standingText(standingOf(framework, tools('79.99', '100', '100')))).toBe('ผ่าน');
    expect(standingText(standingOf(framework, tools('60', '60', '99.98')))).toBe('ไม่ผ่าน');
  });

  it('refuses a year listed twice and a year carried from one without rules', () => {
    expect(() => frameworksOf([...YEAR_FACTS, { fiscalYear: 2568, carriedFrom: 2567 }])).toThrow(
      'FY 2568 is listed twice',
    );
    expect(() => frameworksOf([{ fiscalYear: 2571, carriedFrom: 2580 }])).toThrow('which has no rules');
  });
});
