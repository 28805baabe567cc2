/**
 * The least score one tool needs for the total, as ITA_SCORE shows it (2 decimals, half up), to reach a
 * target: ITA_NEEDED and the OIT readiness report share it.
 */

import { ZERO } from '../numbers/fraction';
import type { Framework, Tool } from './framework';
import { type ToolScores, totalHundredths, weightedTotal } from './score';

const FULL_MARKS = 10000n;

/**
 * The least tool score in hundredths, 0–10000, whose total shows at least `target` hundredths; undefined
 * when 100 is not enough. Solved exactly, then checked (and moved by 0.01 if need be) with the total
 * ITA_SCORE computes.
 */
export function neededHundredths(
  framework: Framework,
  tools: ToolScores,
  tool: Tool,
  target: bigint,
): bigint | undefined {
  const weight = framework.tools.find((t) => t.tool === tool)?.weightPercent;
  if (weight === undefined)
    throw new Error(`neededHundredths: bug: FY ${framework.fiscalYear} has no ${tool}`);
  const reaches = (score: bigint): boolean =>
    totalHundredths(framework, { ...tools, [tool]: { numerator: score, denominator: 100n } }) >= target;
  // Half up: the total shows ≥ target when total ≥ (target − ½) / 100, that is when
  // others + weight·x/10000 ≥ (target − ½)/100 for x in hundredths.
  const { numerator: n, denominator: d } = weightedTotal(framework, { ...tools, [tool]: ZERO });
  const excess = 50n * (2n * target * d - d - 200n * n);
  const divisor = d * BigInt(weight);
  let score = excess <= 0n ? 0n : (excess + divisor - 1n) / divisor;
  while (score > 0n && reaches(score - 1n)) score -= 1n;
  while (score <= FULL_MARKS && !reaches(score)) score += 1n;
  return score <= FULL_MARKS ? score : undefined;
}
