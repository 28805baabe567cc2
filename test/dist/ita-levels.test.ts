import fc from 'fast-check';
import { type AppsScriptProject, loadDist } from '../../scripts/lib/apps-script-vm';
import { assertProperty } from '../support/hostile';

// The Rating Score of FY 2567 onward, highest first (shared/ita-frameworks.md).
const LEVELS = ['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน'] as const;
const rank = (level: unknown): number => LEVELS.indexOf(level as (typeof LEVELS)[number]);
const TOOLS = ['IIT', 'EIT', 'OIT'] as const;

/** Plain data out of the VM's realm (arrays made there are not this realm's arrays). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('ITA_LEVEL, ITA_GRADE and ITA_NEEDED towards a level, in the built dist/', () => {
  let project: AppsScriptProject;
  const level = (scores: unknown, year: unknown = 2568) => project.call('ITA_LEVEL', scores, year);
  const needed = (scores: unknown, target: unknown, tool: unknown = 'OIT', year: unknown = 2568) =>
    project.call('ITA_NEEDED', scores, target, tool, year);

  beforeAll(() => {
    project = loadDist();
  });

  it('declares ITA_LEVEL as a top-level custom function', () => {
    expect(project.files['ita-sheets.js']).toMatch(
      /@customfunction\n \*\/\nfunction ITA_LEVEL\(scores, year\) \{/,
    );
  });

  describe('ITA_LEVEL', () => {
    it('gives ผ่านดี at a total of 85.00 with every tool at 85, and ผ่าน when one tool is 84.99', () => {
      expect(level([[85, 85, 85]], 2567)).toBe('ผ่านดี');
      expect(level([[90, 84.99, 90]], 2567)).toBe('ผ่าน');
      expect(level([[84.99, 95, 95]], 2567)).toBe('ผ่าน');
      expect(level([[100, 100, 84.99]], 2568)).toBe('ผ่าน');
    });

    it('judges scores as shown: 94.995 is 95.00, and a total of 84.99 is ต้องปรับปรุง', () => {
      expect(level([[94.995, 95, 95]], 2567)).toBe('ผ่านดีเยี่ยม');
      expect(level([[94.994, 95, 95]], 2567)).toBe('ผ่านดี');
      expect(level([[84.99, 84.99, 84.99]], 2567)).toBe('ต้องปรับปรุง');
      expect(level([[84.994, 85, 85]], 2568)).toBe('ผ่าน');
    });

    it('puts 70.00 in ต้องปรับปรุง and 69.99 in ต้องปรับปรุงโดยด่วน', () => {
      expect(level([[70, 70, 70]])).toBe('ต้องปรับปรุง');
      expect(level([[69.99, 69.99, 69.99]])).toBe('ต้องปรับปรุงโดยด่วน');
      expect(level([[0, 0, 0]])).toBe('ต้องปรับปรุงโดยด่วน');
    });

    it('gives the State Audit Office case: 92.43 with every tool ≥ 85 is ผ่านดี, 94.64 with EIT below 85 is ผ่าน', () => {
      expect(project.call('ITA_SCORE', [[95, 90, 92.33]], 2567)).toBe(92.43);
      expect(level([[95, 90, 92.33]], 2567)).toBe('ผ่านดี');
      expect(project.call('ITA_SCORE', [[99.5, 84.8, 98.375]], 2568)).toBe(94.64);
      expect(level([[99.5, 84.8, 98.375]], 2568)).toBe('ผ่าน');
    });

    it('reads Thai digits, a column and the ten indicator scores', () => {
      expect(level([['๙๕', '๙๕', '๙๕.๐๐']], 2567)).toBe('ผ่านดีเยี่ยม');
      expect(level([[85], [85], [85]], '๒๕๖๗')).toBe('ผ่านดี');
      // Tool scores IIT 99.12, EIT 69.35, OIT 66.67: a total of 77.21.
      const indicators = [[99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50]];
      expect(level(indicators, 2568)).toBe('ต้องปรับปรุง');
      expect(level(indicators, 2562)).toBe('B');
    });

    it('gives one level a row of a block, blank for a blank row, and refuses a partly blank row', () => {
      const block = [
        [95, 95, 95],
        ['', '', ''],
        [90, 84.99, 90],
        [60, 60, 60],
      ];
      expect(plain(level(block))).toEqual([['ผ่านดีเยี่ยม'], [''], ['ผ่าน'], ['ต้องปรับปรุงโดยด่วน']]);
      expect(level([['', '', '']])).toBe('');
      expect(() =>
        level([
          [95, 95, 95],
          [90, '', 90],
        ]),
      ).toThrow('ITA_LEVEL: แถวที่ 2 ของช่วง');
      expect(() => level([[90, '', 90]])).toThrow('ว่าง');
    });

    it('gives the grade AA … F before 2567', () => {
      expect(level([[95, 95, 95]], 2566)).toBe('AA');
      expect(level([[99, 80, 95]], 2566)).toBe('A');
      expect(level([[45, 45, 45]], 2562)).toBe('E');
    });

    it('refuses a score out of range or not a number, naming it', () => {
      expect(() => level([[101, 90, 90]])).toThrow('ITA_LEVEL: คะแนน IIT ต้องอยู่ระหว่าง 0–100: 101');
      expect(() => level([[90, 'ดี', 90]])).toThrow('ITA_LEVEL: คะแนน EIT ไม่ใช่ตัวเลข: "ดี"');
      expect(() => level([[90, 90, 90]], 2561)).toThrow('ยังไม่มีเกณฑ์การประเมินของปี 2561');
    });
  });

  describe('ITA_GRADE from 2567', () => {
    it('gives the level of a total below 85, and pass/fail as before', () => {
      expect(project.call('ITA_GRADE', 84.99, 2567)).toBe('ต้องปรับปรุง');
      expect(project.call('ITA_GRADE', 70, 2568)).toBe('ต้องปรับปรุง');
      expect(project.call('ITA_GRADE', '๖๙.๙๙', 2568)).toBe('ต้องปรับปรุงโดยด่วน');
      expect(project.call('ITA_GRADE', 85, 2568, 'pass')).toBe('ผ่าน');
      expect(project.call('ITA_GRADE', 84.99, 2568, 'pass')).toBe('ไม่ผ่าน');
      expect(project.call('ITA_GRADE', 94.64, 2566)).toBe('A');
    });

    it('refuses 85 or more (84.995 shows 85.00), in Thai with the English gloss, pointing to ITA_LEVEL', () => {
      expect(() => project.call('ITA_GRADE', 94.64, 2568)).toThrow(
        'ITA_GRADE: ค่า คะแนนรวม 94.64 บอกระดับปี 2568 ไม่ได้: ตั้งแต่ปี 2567 ระดับ 85 คะแนนขึ้นไปขึ้นกับคะแนน IIT EIT OIT แต่ละตัวด้วย ใช้ ITA_LEVEL กับคะแนน IIT EIT OIT (the value is a total of 94.64, which does not give the level of 2568 alone: from 2567 a level of 85 or more also depends on each tool; give the IIT, EIT and OIT scores to ITA_LEVEL)',
      );
      expect(() => project.call('ITA_GRADE', 84.995, 2567)).toThrow('คะแนนรวม 85.00');
      expect(() => project.call('ITA_GRADE', [[80], [85]], 2570)).toThrow(
        'ITA_GRADE: แถวที่ 2 ของช่วง คะแนนรวม 85.00',
      );
    });
  });

  describe('ITA_NEEDED towards a level', () => {
    it('honours the per-tool floor: IIT 99.12 and EIT 88 need an OIT of 85 for ผ่านดี, though 72.15 gives 85.00', () => {
      expect(needed([[99.12, 88, '']], 'ผ่านดี')).toBe(85);
      expect(needed([[99.12, 88, '']], 85)).toBe(72.15);
      expect(needed([[99.12, 88, '']], 'ผ่าน')).toBe(72.15);
      expect(level([[99.12, 88, 85]])).toBe('ผ่านดี');
      expect(level([[99.12, 88, 84.99]])).toBe('ผ่าน');
    });

    it('honours the total floor: IIT 85 and EIT 80 need 88.74 for ผ่าน (88.73 gives 84.99)', () => {
      expect(needed([[85, 80, '']], 'ผ่าน')).toBe(88.74);
      expect(project.call('ITA_SCORE', [[85, 80, 88.73]], 2568)).toBe(84.99);
      expect(needed([[85, 80, '']], 'ต้องปรับปรุง')).toBe(51.24);
    });

    it('asks of the tool given, reads Thai digits and a written level', () => {
      expect(needed([[90, '', 90]], 'ผ่านดี', 'EIT')).toBe(85);
      expect(needed([['๙๕', '๙๕', '']], ' ระดับผ่านดีเยี่ยม ')).toBe(95);
      expect(needed([[96, 96, '']], 'ผ่านดีเยี่ยม', 'OIT', '๒๕๖๙')).toBe(95);
      expect(needed([[100, 100, '']], 'ผ่าน')).toBe(62.49);
    });

    it('names the tool that blocks the level and its score: EIT 90 for ผ่านดีเยี่ยม', () => {
      expect(() => needed([[99, 90, '']], 'ผ่านดีเยี่ยม')).toThrow(
        'ITA_NEEDED: เป้าหมาย ระดับผ่านดีเยี่ยม ไปไม่ถึง: ต้องได้ทุกเครื่องมืออย่างน้อย 95.00 แต่ EIT ได้ 90.00 (target ผ่านดีเยี่ยม cannot be reached: every tool needs 95.00, but EIT is 90.00)',
      );
      expect(() => needed([[84.99, 99, '']], 'ผ่านดี')).toThrow('แต่ IIT ได้ 84.99');
    });

    it('says when even 100 is not enough, and refuses a word that is no level', () => {
      expect(() => needed([[10, 10, '']], 'ผ่าน')).toThrow(
        'ITA_NEEDED: เป้าหมาย ระดับผ่าน (pass) ไปไม่ถึง: แม้ OIT ได้ 100 คะแนนรวมได้เพียง 46.00',
      );
      expect(() => needed([[90, 90, '']], 'ดีมาก')).toThrow(
        'ไม่รู้จักค่า "ดีมาก" (ใช้ได้: คะแนน 0–100 (a score), "ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")',
      );
      expect(() => needed([[90, 90, '']], 'ผ่านดี', 'OIT', 2566)).toThrow('"AA", "A", "B"');
    });

    it('takes a grade as the target before 2567 (its total alone), and numbers as before', () => {
      expect(needed([[95, 95, '']], 'AA', 'OIT', 2566)).toBe(94.99);
      expect(needed([[95, 95, '']], 'ผ่านดีเยี่ยม', 'OIT', 2568)).toBe(95);
      expect(needed([[99.12, 69.35, '']], 85, 'OIT', 2562)).toBe(86.14);
    });

    it('gives one answer a row of a block, blank for a blank row', () => {
      expect(
        plain(
          needed(
            [
              [99.12, 88, ''],
              ['', '', ''],
              [85, 80, ''],
            ],
            'ผ่าน',
          ),
        ),
      ).toEqual([[72.15], [''], [88.74]]);
      expect(() =>
        needed(
          [
            [99.12, 88, ''],
            [85, 80, ''],
          ],
          'ผ่านดี',
        ),
      ).toThrow('ITA_NEEDED: แถวที่ 2 ของช่วง เป้าหมาย ระดับผ่านดี ไปไม่ถึง');
    });
  });

  describe('properties', () => {
    const hundredths = fc.integer({ min: 0, max: 10000 }).map((h) => h / 100);

    it('a level never falls when a tool score rises', () => {
      assertProperty(
        fc.property(
          fc.tuple(hundredths, hundredths, hundredths),
          fc.constantFrom(0, 1, 2),
          fc.integer({ min: 1, max: 3000 }),
          (scores, tool, rise) => {
            const higher = [...scores];
            higher[tool] = Math.min(100, Math.round(higher[tool]! * 100 + rise) / 100);
            const before = rank(level([scores], 2567));
            const after = rank(level([higher], 2567));
            return before >= 0 && after >= 0 && after <= before;
          },
        ),
        300,
      );
    });

    it("ITA_NEEDED's answer reaches the level and 0.01 less does not; an error only when 100 cannot", () => {
      assertProperty(
        fc.property(
          fc.tuple(hundredths, hundredths),
          fc.constantFrom(0, 1, 2, 3, 4),
          fc.constantFrom(0, 1, 2),
          ([a, b], target, toolIndex) => {
            const row: unknown[] = [a, b];
            row.splice(toolIndex, 0, '');
            const withTool = (score: number) => [row.map((v) => (v === '' ? score : v))];
            let answer: unknown;
            try {
              answer = needed([row], LEVELS[target], TOOLS[toolIndex]);
            } catch (error) {
              // No score is enough: not even 100.
              return (error as Error).message.includes('ไปไม่ถึง') && rank(level(withTool(100))) > target;
            }
            if (typeof answer !== 'number') return false;
            const reaches = rank(level(withTool(answer))) <= target;
            const below = Math.round(answer * 100 - 1) / 100;
            return reaches && (answer === 0 || rank(level(withTool(below))) > target);
          },
        ),
        300,
      );
    });
  });
});
