import { frameworkFor } from '../../../src/core/ita/framework-select';
import {
  levelOutlook,
  oitFloorLine,
  oitNeededForGood,
  oitNeedText,
} from '../../../src/core/ita/level-outlook';
import { toolScoresFromDecimals } from '../../../src/core/ita/score';
import { parseDecimal } from '../../../src/core/numbers/decimal';
import { fractionFromDecimal } from '../../../src/core/numbers/fraction';

const fy = (year: number) => frameworkFor(year)!;
const d = (text: string) => parseDecimal(text)!;
const tools = (iit: string, eit: string, oit: string) =>
  toolScoresFromDecimals({ IIT: d(iit), EIT: d(eit), OIT: d(oit) });

describe('levelOutlook', () => {
  it('the State Audit Office in 2568: ผ่าน, and EIT 0.20 short of ผ่านดี', () => {
    const outlook = levelOutlook(fy(2568), tools('99.5', '84.8', '98.375'));

    expect(outlook.result).toBe('ผ่าน');
    expect(outlook.next).toEqual({
      name: 'ผ่านดี',
      obstacles: [{ what: 'EIT', score: 8480n, floor: 8500n, short: 20n }],
    });
    expect(outlook.lines[0]).toBe('ระดับผลการประเมินปี 2568: ผ่าน คะแนนรวม 94.64');
    expect(outlook.lines[1]).toBe('ระดับถัดไป ผ่านดี: ยังขาด EIT 84.80 ต่ำกว่า 85.00 อยู่ 0.20');
    expect(outlook.lines[2]).toContain('ยังไม่ยืนยัน');
  });

  it('names every floor not reached, the total first', () => {
    const outlook = levelOutlook(fy(2567), tools('96', '90', '90'));

    expect(outlook.result).toBe('ผ่านดี');
    expect(outlook.lines[1]).toBe(
      'ระดับถัดไป ผ่านดีเยี่ยม: ยังขาด คะแนนรวม 91.80 ต่ำกว่า 95.00 อยู่ 3.20; EIT 90.00 ต่ำกว่า 95.00 อยู่ 5.00; OIT 90.00 ต่ำกว่า 95.00 อยู่ 5.00',
    );
  });

  it('says the top is reached, and gives the grade and the next band before 2567', () => {
    expect(levelOutlook(fy(2568), tools('95', '95', '95')).lines[1]).toBe('อยู่ในระดับสูงสุดแล้ว');
    const before = levelOutlook(fy(2562), tools('99.12', '69.35', '66.67'));
    expect(before.result).toBe('B');
    expect(before.lines).toEqual([
      'ระดับผลการประเมินปี 2562: B คะแนนรวม 77.21 (ไม่ผ่าน)',
      'ระดับถัดไป A: ยังขาด คะแนนรวม 77.21 ต่ำกว่า 85.00 อยู่ 7.79',
    ]);
  });
});

describe('oitNeededForGood', () => {
  it('gives the OIT needed for ผ่านดี, or the tool that blocks it; nothing before 2567', () => {
    const good = oitNeededForGood(fy(2568), fractionFromDecimal(d('99.12')), fractionFromDecimal(d('88')));
    const blocked = oitNeededForGood(
      fy(2568),
      fractionFromDecimal(d('99.12')),
      fractionFromDecimal(d('69.35')),
    );

    expect(good?.level.nameTh).toBe('ผ่านดี');
    expect(oitNeedText(good!.need)).toBe('85.00');
    expect(oitNeedText(blocked!.need)).toBe('ไปไม่ถึงด้วย OIT: EIT 69.35 ต่ำกว่า 85.00');
    expect(
      oitNeededForGood(fy(2566), fractionFromDecimal(d('90')), fractionFromDecimal(d('90'))),
    ).toBeUndefined();
  });
});

describe('oitFloorLine', () => {
  it('puts today’s OIT against the ผ่านดี floor, in Thai with the English gloss; nothing before 2567', () => {
    expect(oitFloorLine(fy(2568), fractionFromDecimal(d('72')))).toBe(
      'ระดับผ่านดี (ปี 2568): OIT ต้องได้อย่างน้อย 85.00 ตอนนี้ 72.00 ขาดอีก 13.00 และ IIT EIT คะแนนรวม ต้องถึงเกณฑ์ด้วย (good pass needs OIT ≥ 85.00; 13.00 to go; IIT, EIT and the total too)',
    );
    expect(oitFloorLine(fy(2570), fractionFromDecimal(d('87.5')))).toContain('ตอนนี้ 87.50 ถึงแล้ว');
    expect(oitFloorLine(fy(2566), fractionFromDecimal(d('72')))).toBeUndefined();
  });
});
