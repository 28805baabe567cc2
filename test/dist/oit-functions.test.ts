import fc from 'fast-check';
import { type AppsScriptProject, loadDist } from '../../scripts/lib/apps-script-vm';
import {
  assertProperty,
  CRASH_WORDS,
  hostileArgument,
  hostileCell,
  isThaiWithGloss,
} from '../support/hostile';

// FY 2564, local administrative organizations: 43 items in seven sub-indicators (shared/ita-frameworks.md).
const CODES_2564 = [
  ...Array<string>(9).fill('9.1'),
  ...Array<string>(8).fill('9.2'),
  ...Array<string>(7).fill('9.3'),
  ...Array<string>(4).fill('9.4'),
  ...Array<string>(5).fill('9.5'),
  ...Array<string>(8).fill('10.1'),
  ...Array<string>(2).fill('10.2'),
];
const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

type Outcome = { readonly value: unknown } | { readonly name: string; readonly message: string };

/** What a call gave: its value, or the name and message of what it threw, whatever realm made it. */
function outcomeOf(call: () => unknown): Outcome {
  try {
    return { value: call() };
  } catch (error) {
    const { name, message } = error as Error;
    return { name, message };
  }
}

describe('ITA_OIT and ITA_NEEDED in the built dist/, as Sheets calls them', () => {
  let project: AppsScriptProject;

  beforeAll(() => {
    project = loadDist();
  });

  it('declares both as top-level custom functions with their real parameter names', () => {
    const globals = project.files['ita-sheets.js']!;

    expect(globals).toMatch(/@customfunction\n \*\/\nfunction ITA_OIT\(results, subIndicators, part\) \{/);
    expect(globals).toMatch(/@customfunction\n \*\/\nfunction ITA_NEEDED\(scores, target, tool, year\) \{/);
  });

  it('calls ITA_OIT: o42 of 10.2 not done gives OIT 87.5, indicator 10 75, sub-indicator 10.2 50', () => {
    const results = CODES_2564.map((_, i) => (i === 41 ? 'ยังไม่ดำเนินการ' : 'เผยแพร่แล้ว'));

    expect(project.call('ITA_OIT', column(results), column(CODES_2564))).toBe(87.5);
    expect(project.call('ITA_OIT', column(results), column(CODES_2564), '10')).toBe(75);
    expect(project.call('ITA_OIT', column(results), column(CODES_2564), 10.2)).toBe(50);
  });

  it('calls ITA_NEEDED: IIT 99.12 and EIT 69.35 need an OIT of 86.14 for 85, which ITA_SCORE confirms', () => {
    expect(project.call('ITA_NEEDED', [[99.12, 69.35, '']], 85, 'OIT', 2562)).toBe(86.14);
    expect(project.call('ITA_SCORE', [[99.12, 69.35, 86.14]], 2562)).toBe(85);
    expect(project.call('ITA_SCORE', [[99.12, 69.35, 86.13]], 2562)).toBe(84.99);
  });

  it('throws Thai messages with an English gloss, naming the row and the value', () => {
    expect(outcomeOf(() => project.call('ITA_OIT', [[100], ['ok']], [['9.1'], ['10.1']]))).toEqual({
      name: 'SheetFunctionError',
      message: expect.stringContaining('ITA_OIT: ผลการตรวจ แถวที่ 2 ของช่วง อ่านเป็นผลการตรวจไม่ได้'),
    });
    expect(outcomeOf(() => project.call('ITA_NEEDED', [[10, 10, '']]))).toHaveProperty(
      'message',
      'ITA_NEEDED: เป้าหมาย 85.00 ไปไม่ถึง: แม้ OIT ได้ 100 คะแนนรวมได้เพียง 46.00 (target 85.00 cannot be reached: with OIT at 100 the total is 46.00)',
    );
  });

  describe.each(['ITA_OIT', 'ITA_NEEDED'])('%s given hostile arguments', (name) => {
    it('returns a cell value or throws its own Thai error', () => {
      const cells = fc.array(fc.array(hostileCell, { maxLength: 3 }), { maxLength: 6 });
      const argument = fc.oneof(
        hostileArgument,
        cells,
        fc.constantFrom<unknown>('9', '10.2', 9.3, 'EIT', 85),
      );
      assertProperty(
        fc.property(fc.array(argument, { maxLength: 4 }), (args) => {
          const outcome = outcomeOf(() => project.call(name, ...args));

          if ('value' in outcome) {
            const { value } = outcome;
            expect(
              value === '' || (typeof value === 'number' && Number.isFinite(value)) || Array.isArray(value),
            ).toBe(true);
          } else {
            expect(outcome.name).toBe('SheetFunctionError');
            expect(outcome.message.startsWith(`${name}: `) && isThaiWithGloss(outcome.message)).toBe(true);
            expect(outcome.message).not.toMatch(CRASH_WORDS);
          }
        }),
        150,
      );
    });
  });
});
