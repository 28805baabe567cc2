import fc from 'fast-check';
import { type Fraction, fractionToHundredths } from '../../../src/core/numbers/fraction';
import {
  type CheckedOitItem,
  type OitItemResult,
  scoreOit,
  scoreOitIndicator,
  scoreSubIndicators,
} from '../../../src/core/oit/oit-score';

// FY 2564, local administrative organizations: 43 items o1 … o43 (shared/ita-frameworks.md).
const ITEMS_2564: readonly [string, number][] = [
  ['9.1', 9],
  ['9.2', 8],
  ['9.3', 7],
  ['9.4', 4],
  ['9.5', 5],
  ['10.1', 8],
  ['10.2', 2],
];
const checklist = (result: (code: string, index: number) => OitItemResult): CheckedOitItem[] =>
  ITEMS_2564.flatMap(([code, count]) =>
    Array.from({ length: count }, (_, i) => ({ subIndicator: code, result: result(code, i) })),
  );
const value = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('expected a score');
  return result.value;
};
const toNumber = (f: Fraction): number => Number(f.numerator) / Number(f.denominator);

describe('scoreOit', () => {
  it('gives 100 everywhere when all 43 items are published', () => {
    const score = value(scoreOit(checklist(() => 'published')));

    expect(score.subIndicators.map((s) => [s.code, s.published, s.total, toNumber(s.score)])).toEqual([
      ['9.1', 9, 9, 100],
      ['9.2', 8, 8, 100],
      ['9.3', 7, 7, 100],
      ['9.4', 4, 4, 100],
      ['9.5', 5, 5, 100],
      ['10.1', 8, 8, 100],
      ['10.2', 2, 2, 100],
    ]);
    expect([toNumber(score.indicators[9]), toNumber(score.indicators[10]), toNumber(score.oit)]).toEqual([
      100, 100, 100,
    ]);
  });

  it('gives 75 to indicator 10 and 87.5 to the OIT when o42 (one of the two items of 10.2) is missing', () => {
    // 10.2 = 1 of 2 = 50; indicator 10 = (100 + 50) / 2 = 75; OIT = (100 + 75) / 2 = 87.5.
    const items = checklist((code, i) => (code === '10.2' && i === 0 ? 'missing' : 'published'));

    const score = value(scoreOit(items));

    expect(score.subIndicators.find((s) => s.code === '10.2')).toMatchObject({ published: 1, total: 2 });
    expect(toNumber(score.indicators[10])).toBe(75);
    expect(toNumber(score.indicators[9])).toBe(100);
    expect(toNumber(score.oit)).toBe(87.5);
  });

  it('keeps the exact fractions and rounds once: one item of 9.1 and one of 10.2 missing gives 86.39', () => {
    // 9.1 = 800/9; indicator 9 = (800/9 + 4 × 100) / 5 = 4400/45 = 97.78; indicator 10 = 75;
    // OIT = (4400/45 + 75) / 2 = 7775/90 = 86.3888… → 86.39.
    const items = checklist((code, i) =>
      (code === '9.1' || code === '10.2') && i === 0 ? 'missing' : 'published',
    );

    const score = value(scoreOit(items));

    expect(fractionToHundredths(score.indicators[9])).toBe(9778n);
    expect(fractionToHundredths(score.oit)).toBe(8639n);
  });

  it('leaves exempt items out of their sub-indicator', () => {
    const items = checklist((code, i) => (code === '9.4' && i === 0 ? 'exempt' : 'published'));

    const score = value(scoreOit(items));

    expect(score.subIndicators.find((s) => s.code === '9.4')).toMatchObject({
      published: 3,
      total: 3,
      exempt: 1,
    });
    expect(toNumber(score.oit)).toBe(100);
  });

  it('scores any sub-indicators present, in framework order whatever the order of the items', () => {
    const items: CheckedOitItem[] = [
      { subIndicator: '10.10', result: 'published' },
      { subIndicator: '๙.๒', result: 'missing' },
      { subIndicator: '10.2', result: 'published' },
      { subIndicator: '9.2', result: 'published' },
    ];

    const score = value(scoreOit(items));

    expect(score.subIndicators.map((s) => s.code)).toEqual(['9.2', '10.2', '10.10']);
    expect(toNumber(score.oit)).toBe(75);
  });

  it('equals the mean of the means worked by hand, for any checklist', () => {
    const item = fc.record({
      subIndicator: fc.constantFrom('9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2'),
      result: fc.constantFrom<OitItemResult>('published', 'missing', 'exempt'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        const bySub = new Map<string, number[]>();
        for (const { subIndicator, result } of items) {
          if (result !== 'exempt')
            bySub.set(subIndicator, [...(bySub.get(subIndicator) ?? []), result === 'published' ? 100 : 0]);
        }
        const subs = [...bySub].map(([code, scores]) => [code, mean(scores)] as const);
        const indicator = (no: string) =>
          subs.filter(([code]) => code.startsWith(`${no}.`)).map(([, s]) => s);

        const score = scoreOit(items);

        const scored = new Set(items.filter((i) => i.result !== 'exempt').map((i) => i.subIndicator));
        const everyCodeScored = items.every((i) => scored.has(i.subIndicator));
        if (!everyCodeScored || indicator('9').length === 0 || indicator('10').length === 0) {
          expect(score.ok).toBe(false);
          return;
        }
        expect(score.ok && toNumber(score.value.oit)).toBeCloseTo(
          (mean(indicator('9')) + mean(indicator('10'))) / 2,
          9,
        );
      }),
      { numRuns: 300 },
    );
  });

  describe('says what is wrong', () => {
    it('a code that is not 9.n or 10.n', () => {
      expect(scoreOit([{ subIndicator: '8.1', result: 'published' }])).toEqual({
        ok: false,
        problem: { code: 'not-a-sub-indicator', value: '8.1' },
      });
    });

    it('a sub-indicator whose items are all exempt: it has no scored item', () => {
      const items = checklist((code) => (code === '9.4' ? 'exempt' : 'published'));

      expect(scoreOit(items)).toEqual({
        ok: false,
        problem: { code: 'no-scored-item', subIndicator: '9.4' },
      });
    });

    it('an indicator with no sub-indicator at all', () => {
      const items = checklist(() => 'published').filter((i) => i.subIndicator.startsWith('9.'));

      expect(scoreOit(items)).toEqual({ ok: false, problem: { code: 'no-sub-indicator', indicator: 10 } });
    });
  });
});

describe('scoreOitIndicator', () => {
  it('scores one indicator alone, from its sub-indicators', () => {
    const subIndicators = value(
      scoreSubIndicators(checklist((code, i) => (code === '9.3' && i < 2 ? 'missing' : 'published'))),
    );

    // 9.3 = 5/7 × 100; indicator 9 = (400 + 500/7) / 5 = 94.29.
    expect(fractionToHundredths(value(scoreOitIndicator(subIndicators, 9)))).toBe(9429n);
  });
});
