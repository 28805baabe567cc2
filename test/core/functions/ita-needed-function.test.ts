import fc from 'fast-check';
import { itaNeededFunction } from '../../../src/core/functions/ita-needed-function';
import { itaScoreFunction } from '../../../src/core/functions/ita-score-function';

// DESIGN §2: an อบต. in FY 2562 (IIT 99.12, EIT 69.35, OIT 66.67 → 77.21).
const EXAMPLE = [99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50];
const cents = (hundredths: number): number => hundredths / 100;

describe('itaNeededFunction', () => {
  it('gives 86.14 for IIT 99.12 and EIT 69.35: with it ITA_SCORE shows 85.00, with 86.13 it shows 84.99', () => {
    // 0.3 × 99.12 + 0.3 × 69.35 = 50.541; 50.541 + 0.4 × 86.14 = 84.997 → 85.00;
    // 50.541 + 0.4 × 86.13 = 84.993 → 84.99.
    const needed = itaNeededFunction([[99.12, 69.35, '']], 85, 'OIT', 2562);

    expect(needed).toBe(86.14);
    expect(itaScoreFunction([[99.12, 69.35, 86.14]], 2562)).toBe(85);
    expect(itaScoreFunction([[99.12, 69.35, 86.13]], 2562)).toBe(84.99);
  });

  it('defaults to the OIT and the pass mark of 85, and ignores what is in the OIT cell', () => {
    expect(itaNeededFunction([[99.12, 69.35, 66.67]])).toBe(86.14);
    expect(itaNeededFunction([[99.12], [69.35], ['ยังไม่ทราบ']])).toBe(86.14);
  });

  it('reads ten indicator scores, ignoring the tool’s own indicators', () => {
    // IIT 99.12, EIT 69.3533…: 29.736 + 20.806 = 50.542; needs 0.4x ≥ 79.995 − 50.542 → x ≥ 73.6325.
    expect(itaNeededFunction([EXAMPLE], 80, undefined, 2562)).toBe(73.64);
    expect(itaNeededFunction([[...EXAMPLE.slice(0, 8), '', '']], 80)).toBe(73.64);
  });

  it('answers for IIT or EIT when asked', () => {
    // 0.3 × 99.12 + 0.4 × 66.67 = 56.404; 0.3x ≥ 84.995 − 56.404 → x ≥ 95.3033….
    expect(itaNeededFunction([[99.12, '', 66.67]], 85, 'eit')).toBe(95.31);
    // 0.3 × 69.35 + 0.4 × 66.67 = 47.473; 0.3x ≥ 76.995 − 47.473 → x ≥ 98.4066….
    expect(itaNeededFunction([['', 69.35, 66.67]], '๗๗', ' IIT ')).toBe(98.41);
  });

  it('gives 0 when the target is reached whatever the tool scores', () => {
    expect(itaNeededFunction([[100, 100, '']], 60)).toBe(0);
  });

  it('gives one answer per row of a block, blank for a blank row', () => {
    // Row 3: 60 + 0.4x ≥ 84.995 → x ≥ 62.4875 → 62.49 (its OIT cell, 0, is ignored).
    expect(
      itaNeededFunction([
        [99.12, 69.35, ''],
        ['', '', ''],
        [100, 100, 0],
      ]),
    ).toEqual([[86.14], [''], [62.49]]);
  });

  it('reaches the target with its answer and misses it with 0.01 less, for any scores and target', () => {
    const hundredths = fc.integer({ min: 0, max: 10000 });
    fc.assert(
      fc.property(
        hundredths,
        hundredths,
        hundredths,
        fc.constantFrom('IIT', 'EIT', 'OIT'),
        (a, b, target, tool) => {
          const row =
            tool === 'IIT'
              ? ['', cents(a), cents(b)]
              : tool === 'EIT'
                ? [cents(a), '', cents(b)]
                : [cents(a), cents(b), ''];
          const total = (score: number) =>
            itaScoreFunction([row.map((v) => (v === '' ? score : v))], 2562) as number;
          let needed: number;
          try {
            needed = itaNeededFunction([row], cents(target), tool, 2562) as number;
          } catch (error) {
            expect((error as Error).message).toContain('ไปไม่ถึง');
            expect(total(100)).toBeLessThan(cents(target));
            return;
          }

          expect(total(needed)).toBeGreaterThanOrEqual(cents(target));
          if (needed > 0) expect(total(cents(Math.round(needed * 100) - 1))).toBeLessThan(cents(target));
        },
      ),
      { numRuns: 500 },
    );
  });

  describe('refuses bad input with a clear message', () => {
    it('a target out of reach even at 100', () => {
      expect(() => itaNeededFunction([[10, 10, '']], 85, 'OIT', 2562)).toThrow(
        'ITA_NEEDED: เป้าหมาย 85.00 ไปไม่ถึง: แม้ OIT ได้ 100 คะแนนรวมได้เพียง 46.00 (target 85.00 cannot be reached: with OIT at 100 the total is 46.00)',
      );
    });

    it('an unknown tool', () => {
      expect(() => itaNeededFunction([[99.12, 69.35, '']], 85, 'ABC')).toThrow(
        'ITA_NEEDED: เครื่องมือ ไม่รู้จักค่า "ABC" (ใช้ได้: "IIT", "EIT", "OIT")',
      );
    });

    it('a target that is not a score', () => {
      expect(() => itaNeededFunction([[99.12, 69.35, '']], 120)).toThrow(
        'ITA_NEEDED: เป้าหมาย ต้องอยู่ระหว่าง 0–100: 120 (target must be between 0 and 100: 120)',
      );
    });

    it('another tool’s score missing, never counted as zero', () => {
      expect(() => itaNeededFunction([[99.12, '', '']])).toThrow(
        'ITA_NEEDED: คะแนน กรอกไม่ครบ: คะแนน EIT ว่าง (the score range is incomplete: EIT blank)',
      );
    });

    it('a score that is not a number, by its place', () => {
      expect(() => itaNeededFunction([[99.12, 'abc', '']])).toThrow(
        'ITA_NEEDED: คะแนน EIT ไม่ใช่ตัวเลข: "abc" (EIT is not a number: "abc")',
      );
    });

    it('the wrong count of scores', () => {
      expect(() => itaNeededFunction([[99.12, 69.35]])).toThrow('ITA_NEEDED: คะแนน มี 2 ค่า ต้องมี 10, 3 ค่า');
    });

    it('an unknown year', () => {
      expect(() => itaNeededFunction([[99.12, 69.35, '']], 85, 'OIT', 2561)).toThrow(
        'ITA_NEEDED: ปีงบประมาณ ยังไม่มีเกณฑ์การประเมินของปี 2561',
      );
    });
  });
});
