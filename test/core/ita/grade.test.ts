import type { Grade } from '../../../src/core/ita/framework';
import { frameworkFor, KNOWN_YEARS } from '../../../src/core/ita/framework-select';
import { gradeOf, passes } from '../../../src/core/ita/grade';
import { parseDecimal, toHundredths } from '../../../src/core/numbers/decimal';

function grade(year: number, score: string): Grade {
  return gradeOf(frameworkFor(year)!, toHundredths(parseDecimal(score)!));
}

// Each band edge: the band's lowest score and the score just below it.
const EDGES_2562: [string, Grade][] = [
  ['100', 'AA'],
  ['95.00', 'AA'],
  ['94.99', 'A'],
  ['85.00', 'A'],
  ['84.99', 'B'],
  ['75.00', 'B'],
  ['74.99', 'C'],
  ['65.00', 'C'],
  ['64.99', 'D'],
  ['55.00', 'D'],
  ['54.99', 'E'],
  ['50.00', 'E'],
  ['49.99', 'E'],
  ['40.00', 'E'],
  ['39.99', 'F'],
  ['0', 'F'],
];
// 2565 moved E to 50.00–54.99 and F to 0–49.99.
const EDGES_2565: [string, Grade][] = EDGES_2562.map(([score, g]) => {
  const n = Number(score);
  return [score, n < 50 ? 'F' : g];
});

describe('gradeOf', () => {
  describe.each([2562, 2563, 2564])('in FY %i (E 40.00–54.99, F 0–39.99)', (year) => {
    it.each(EDGES_2562)('grades %s as %s', (score, expected) => {
      expect(grade(year, score)).toBe(expected);
    });
  });

  describe.each([2565, 2566, 2567, 2568])('in FY %i (E 50.00–54.99, F 0–49.99)', (year) => {
    it.each(EDGES_2565)('grades %s as %s', (score, expected) => {
      expect(grade(year, score)).toBe(expected);
    });
  });

  it('grades 45 as E in 2562 and F in 2565, where the bands moved', () => {
    expect([grade(2562, '45'), grade(2565, '45')]).toEqual(['E', 'F']);
  });

  it('grades the score as shown at 2 decimals: 84.995 is 85.00, an A; 84.994 is a B', () => {
    expect([grade(2562, '84.995'), grade(2562, '84.994')]).toEqual(['A', 'B']);
  });

  it('grades 94.995 as AA and 39.995 as E in 2562', () => {
    expect([grade(2562, '94.995'), grade(2562, '39.995')]).toEqual(['AA', 'E']);
  });
});

describe('passes', () => {
  it.each(KNOWN_YEARS)('passes 85.00 and fails 84.99 in FY %i', (year) => {
    const f = frameworkFor(year)!;

    expect([passes(f, 8500n), passes(f, 8499n)]).toEqual([true, false]);
  });
});
