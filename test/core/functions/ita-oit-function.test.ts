import fc from 'fast-check';
import { itaOitFunction } from '../../../src/core/functions/ita-oit-function';

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
const O42 = 41;
const allPublished = CODES_2564.map(() => 'เผยแพร่แล้ว');
const withoutO42 = allPublished.map((r, i) => (i === O42 ? 'ยังไม่ดำเนินการ' : r));

describe('itaOitFunction', () => {
  it('gives 100 when every item is published', () => {
    expect(itaOitFunction(column(allPublished), column(CODES_2564))).toBe(100);
  });

  it('gives 87.5 when o42 of 10.2 is not done: 10.2 = 50, indicator 10 = 75, OIT = (100 + 75) / 2', () => {
    expect(itaOitFunction(column(withoutO42), column(CODES_2564))).toBe(87.5);
    expect(itaOitFunction(column(withoutO42), column(CODES_2564), '10')).toBe(75);
    expect(itaOitFunction(column(withoutO42), column(CODES_2564), '10.2')).toBe(50);
    expect(itaOitFunction(column(withoutO42), column(CODES_2564), 9)).toBe(100);
  });

  it('rounds to 2 decimals only at the end: 9.1 missing one of nine gives indicator 9 = 97.78, OIT 98.89', () => {
    // 9.1 = 800/9; indicator 9 = (800/9 + 400) / 5 = 97.777…; OIT = (97.777… + 100) / 2 = 98.888… → 98.89.
    const results = allPublished.map((r, i) => (i === 0 ? 0 : r));

    expect(itaOitFunction(column(results), column(CODES_2564), '9')).toBe(97.78);
    expect(itaOitFunction(column(results), column(CODES_2564))).toBe(98.89);
  });

  it('reads every way of writing a result, and leaves exempt items out', () => {
    const results = [100, '✓', true, 'TRUE', '๑๐๐', 0, '✗', 'x', 'ไม่ต้องเผยแพร่ เพราะไม่มีภารกิจนี้'];
    const codes = ['9.1', '9.1', '9.1', '9.1', '9.1', '10.1', '10.1', '10.1', '10.1'];

    // 9.1 = 100, 10.1 = 0 of 3 = 0; OIT = 50.
    expect(itaOitFunction(column(results), column(codes))).toBe(50);
  });

  it('counts a blank result as not published, and skips a row blank in both columns', () => {
    expect(itaOitFunction(column([100, '', '', 100]), column(['9.1', '9.1', '', '10.1']))).toBe(75);
  });

  it('takes a row as well as a column, codes written as numbers or with Thai digits', () => {
    expect(itaOitFunction([[100, 0, 100]], [[9.1, '๙.๒', '10.1']])).toBe(75);
  });

  it('reads a part typed as a number: 10.1 is the code 10.10 when only that is in the list', () => {
    expect(itaOitFunction(column([100, 0, 100]), column(['9.1', '10.2', '10.10']), 10.1)).toBe(100);
  });

  it('gives blank when no row has an item', () => {
    expect(itaOitFunction(column(['', '']), column(['', '']))).toBe('');
  });

  it('equals the hand mean of the sub-indicator means', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 43, maxLength: 43 }), (published) => {
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        const sub = (code: string) =>
          mean(published.filter((_, i) => CODES_2564[i] === code).map((p) => (p ? 100 : 0)));
        const nine = mean(['9.1', '9.2', '9.3', '9.4', '9.5'].map(sub));
        const ten = mean(['10.1', '10.2'].map(sub));

        const score = itaOitFunction(column(published.map((p) => (p ? 100 : 0))), column(CODES_2564));

        expect(score).toBeCloseTo((nine + ten) / 2, 2);
        expect(itaOitFunction(column(published), column(CODES_2564), '9')).toBeCloseTo(nine, 2);
      }),
      { numRuns: 200 },
    );
  });

  describe('refuses bad input with a message naming the row and the value', () => {
    it('a result that is not one', () => {
      expect(() => itaOitFunction(column([100, 'ok']), column(['9.1', '10.1']))).toThrow(
        'ITA_OIT: ผลการตรวจ แถวที่ 2 ของช่วง อ่านเป็นผลการตรวจไม่ได้ (ใช้ 100/0, ✓/✗, เผยแพร่แล้ว, ยังไม่ดำเนินการ, ไม่ต้องเผยแพร่): "ok" (results, row 2 of the range cannot be read as an item result (use 100/0, ✓/✗ or a status): "ok")',
      );
    });

    it('a partial score: an item scores all or nothing', () => {
      expect(() => itaOitFunction(column([100, 50]), column(['9.1', '10.1']))).toThrow(
        'ผลการตรวจ แถวที่ 2 ของช่วง อ่านเป็นผลการตรวจไม่ได้',
      );
    });

    it('a code that is not 9.n or 10.n', () => {
      expect(() => itaOitFunction(column([100, 100]), column(['9.1', '8.1']))).toThrow(
        'ITA_OIT: รหัสตัวชี้วัดย่อย แถวที่ 2 ของช่วง ไม่ใช่รหัส 9.n หรือ 10.n (เช่น 9.1, 10.2): "8.1" (subIndicators, row 2 of the range is not a code 9.n or 10.n (such as 9.1, 10.2): "8.1")',
      );
    });

    it('a result without its code', () => {
      expect(() => itaOitFunction(column([100, 100]), column(['9.1', ' ']))).toThrow(
        'ITA_OIT: รหัสตัวชี้วัดย่อย แถวที่ 2 ของช่วง ว่าง (subIndicators, row 2 of the range is blank)',
      );
    });

    it('columns of different lengths', () => {
      expect(() => itaOitFunction(column([100, 100, 0]), column(['9.1', '10.1']))).toThrow(
        'ITA_OIT: ช่วงรหัสตัวชี้วัดย่อย มี 2 ค่า ต้องมี 3 ค่า (the subIndicators range has 2 values; expected 3)',
      );
    });

    it('a sub-indicator whose items are all exempt', () => {
      expect(() => itaOitFunction(column([100, 'ไม่ต้องเผยแพร่']), column(['9.1', '10.1']))).toThrow(
        'ITA_OIT: ผลการตรวจ OIT: ตัวชี้วัดย่อย 10.1 ไม่มีข้อที่นับคะแนน (ทุกข้อไม่ต้องเผยแพร่) (the OIT results: sub-indicator 10.1 has no scored item (all are exempt))',
      );
    });

    it('an indicator with no sub-indicator at all', () => {
      expect(() => itaOitFunction(column([100, 100]), column(['9.1', '9.2']))).toThrow(
        'ITA_OIT: ผลการตรวจ OIT: ตัวชี้วัดที่ 10 ไม่มีตัวชี้วัดย่อยเลย (10.1 …) (the OIT results: indicator 10 has no sub-indicator (10.1 …))',
      );
      expect(() => itaOitFunction(column([100, 100]), column(['9.1', '9.2']), '10')).toThrow(
        'ตัวชี้วัดที่ 10 ไม่มีตัวชี้วัดย่อยเลย',
      );
    });

    it('a part that is not in the list, naming the parts that are', () => {
      expect(() => itaOitFunction(column([100, 100]), column(['9.1', '10.1']), '9.6')).toThrow(
        'ITA_OIT: ส่วนที่ต้องการ ไม่รู้จักค่า "9.6" (ใช้ได้: 9, 10, 9.1, 10.1) (part is not a known option: "9.6" (use: 9, 10, 9.1, 10.1))',
      );
    });
  });
});
