import { frameworkFor } from '../../../src/core/ita/framework-select';
import {
  toolScoresFromDecimals,
  toolScoresFromIndicators,
  totalHundredths,
} from '../../../src/core/ita/score';
import { parseDecimal } from '../../../src/core/numbers/decimal';
import { fractionToHundredths } from '../../../src/core/numbers/fraction';

const FY2562 = frameworkFor(2562)!;
const d = (text: string) => parseDecimal(text)!;
// DESIGN §2: an อบต. in FY 2562.
const EXAMPLE = ['99.65', '99.47', '98.41', '99.26', '98.81', '71.49', '73.86', '62.71', '83.34', '50'].map(
  d,
);

describe('toolScoresFromIndicators', () => {
  it('takes each tool as the plain mean of its indicators', () => {
    const tools = toolScoresFromIndicators(FY2562, EXAMPLE);

    expect(fractionToHundredths(tools.IIT)).toBe(9912n);
    expect(fractionToHundredths(tools.EIT)).toBe(6935n);
    expect(fractionToHundredths(tools.OIT)).toBe(6667n);
  });
});

describe('totalHundredths', () => {
  it('gives 77.21 for the FY 2562 example', () => {
    expect(totalHundredths(FY2562, toolScoresFromIndicators(FY2562, EXAMPLE))).toBe(7721n);
  });

  it('weighs the unrounded tool scores: an EIT of 0.015 is not rounded to 0.02 first', () => {
    // IIT 100, EIT (0 + 0 + 0.045) / 3 = 0.015, OIT 0: 30 + 0.0045 = 30.0045 → 30.00.
    // Rounding EIT to 0.02 first would give 30.006 → 30.01.
    const indicators = ['100', '100', '100', '100', '100', '0', '0', '0.045', '0', '0'].map(d);

    expect(totalHundredths(FY2562, toolScoresFromIndicators(FY2562, indicators))).toBe(3000n);
  });

  it('weighs the three tool scores 30/30/40', () => {
    const tools = toolScoresFromDecimals({ IIT: d('99.12'), EIT: d('69.35'), OIT: d('66.67') });

    expect(totalHundredths(FY2562, tools)).toBe(7721n);
  });

  it('rounds a total of exactly x.xx5 up, never down by floating-point noise', () => {
    // 0.3 × 84.99 + 0.3 × 84.99 + 0.4 × 85.0025 = 84.995 exactly.
    const tools = toolScoresFromDecimals({ IIT: d('84.99'), EIT: d('84.99'), OIT: d('85.0025') });

    expect(totalHundredths(FY2562, tools)).toBe(8500n);
  });
});
