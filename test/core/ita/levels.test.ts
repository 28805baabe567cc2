import { frameworkFor } from '../../../src/core/ita/framework-select';
import { neededForLevel } from '../../../src/core/ita/level-needed';
import { findLevel, levelOfTotalAlone, standingOf, standingText } from '../../../src/core/ita/levels';
import { toolScoresFromDecimals } from '../../../src/core/ita/score';
import { parseDecimal } from '../../../src/core/numbers/decimal';

const fy = (year: number) => frameworkFor(year)!;
const tools = (iit: string, eit: string, oit: string) =>
  toolScoresFromDecimals({ IIT: parseDecimal(iit)!, EIT: parseDecimal(eit)!, OIT: parseDecimal(oit)! });
const levels = fy(2568).levels!;

describe('standingOf', () => {
  it('gives the level from 2567 and the grade before', () => {
    expect(standingText(standingOf(fy(2567), tools('85', '85', '85')))).toBe('ผ่านดี');
    expect(standingText(standingOf(fy(2566), tools('85', '85', '85')))).toBe('A');
    expect(standingOf(fy(2568), tools('90', '84.99', '90'))).toMatchObject({
      kind: 'level',
      index: 2,
      passes: true,
      total: 8850n,
      tools: { IIT: 9000n, EIT: 8499n, OIT: 9000n },
    });
    expect(standingOf(fy(2568), tools('84.99', '84.99', '84.99'))).toMatchObject({ index: 3, passes: false });
  });
});

describe('levelOfTotalAlone', () => {
  it('decides below 85, and not from 85 (the tools could change it)', () => {
    expect(levelOfTotalAlone(levels, 8499n)?.nameTh).toBe('ต้องปรับปรุง');
    expect(levelOfTotalAlone(levels, 7000n)?.nameTh).toBe('ต้องปรับปรุง');
    expect(levelOfTotalAlone(levels, 6999n)?.nameTh).toBe('ต้องปรับปรุงโดยด่วน');
    expect(levelOfTotalAlone(levels, 8500n)).toBeUndefined();
    expect(levelOfTotalAlone(levels, 10000n)).toBeUndefined();
  });
});

describe('findLevel', () => {
  it('reads a level as written, with ระดับ and spaces, or in English; nothing else', () => {
    expect(findLevel(levels, 'ผ่านดี')).toBe(1);
    expect(findLevel(levels, ' ระดับ ผ่านดีเยี่ยม ')).toBe(0);
    expect(findLevel(levels, 'Good Pass')).toBe(1);
    expect(findLevel(levels, 'ผ่าน')).toBe(2);
    expect(findLevel(levels, 'ดีมาก')).toBeUndefined();
  });
});

describe('neededForLevel', () => {
  it('takes the larger of the total floor and the per-tool floor', () => {
    expect(neededForLevel(fy(2568), tools('99.12', '88', '0'), 'OIT', 1)).toEqual({
      kind: 'needed',
      hundredths: 8500n,
    });
    expect(neededForLevel(fy(2568), tools('85', '80', '0'), 'OIT', 2)).toEqual({
      kind: 'needed',
      hundredths: 8874n,
    });
    expect(neededForLevel(fy(2568), tools('100', '100', '0'), 'OIT', 4)).toEqual({
      kind: 'needed',
      hundredths: 0n,
    });
  });

  it('names the tools that block the level, or the best total when 100 is not enough', () => {
    expect(neededForLevel(fy(2568), tools('99', '90', '0'), 'OIT', 0)).toMatchObject({
      kind: 'blocked',
      blockers: [{ tool: 'EIT', score: 9000n, floor: 9500n }],
    });
    expect(neededForLevel(fy(2568), tools('10', '10', '0'), 'OIT', 2)).toMatchObject({
      kind: 'unreachable',
      best: 4600n,
    });
  });
});
