/**
 * ITA scoring: tool score = plain mean of its indicators; total = the weighted sum of the tool
 * scores (IIT 30 %, EIT 30 %, OIT 40 %), computed exactly and rounded once, at the end, to 2 decimals.
 */

import type { Decimal } from '../numbers/decimal';
import {
  addFractions,
  type Fraction,
  fractionFromDecimal,
  fractionToHundredths,
  meanOfFractions,
  scaleFraction,
  ZERO,
} from '../numbers/fraction';
import type { Framework, Tool } from './framework';

export type ToolScores = Readonly<Record<Tool, Fraction>>;

/** Each tool's score from the indicator scores in framework order (one per indicator). */
export function toolScoresFromIndicators(framework: Framework, indicators: readonly Decimal[]): ToolScores {
  if (indicators.length !== framework.indicators.length) {
    throw new Error(
      `toolScoresFromIndicators: bug: ${indicators.length} scores for ${framework.indicators.length} indicators`,
    );
  }
  const byTool: Record<Tool, Fraction[]> = { IIT: [], EIT: [], OIT: [] };
  framework.indicators.forEach((indicator, i) => {
    byTool[indicator.tool].push(fractionFromDecimal(indicators[i]!));
  });
  return {
    IIT: meanOfFractions(byTool.IIT),
    EIT: meanOfFractions(byTool.EIT),
    OIT: meanOfFractions(byTool.OIT),
  };
}

/** Tool scores given directly (IIT, EIT, OIT). */
export function toolScoresFromDecimals(tools: Readonly<Record<Tool, Decimal>>): ToolScores {
  return {
    IIT: fractionFromDecimal(tools.IIT),
    EIT: fractionFromDecimal(tools.EIT),
    OIT: fractionFromDecimal(tools.OIT),
  };
}

/** The weighted total, exact. */
export function weightedTotal(framework: Framework, tools: ToolScores): Fraction {
  return framework.tools.reduce(
    (sum, { tool, weightPercent }) =>
      addFractions(sum, scaleFraction(tools[tool], BigInt(weightPercent), 100n)),
    ZERO,
  );
}

/** The weighted total in hundredths, as published (77.21 → 7721n). */
export function totalHundredths(framework: Framework, tools: ToolScores): bigint {
  return fractionToHundredths(weightedTotal(framework, tools));
}
