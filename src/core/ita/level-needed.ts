/**
 * The least 2-decimal score one tool needs for an organization to reach a named level (or a higher
 * one): the level's total floor and its per-tool floor together. ITA_NEEDED and the reports share it.
 */

import type { Framework, LevelRule, Tool } from './framework';
import { floorHundredths, type ToolShortfall, toolHundredths, toolsBelow } from './levels';
import { neededHundredths } from './needed-score';
import { type ToolScores, totalHundredths } from './score';

const FULL_MARKS = 10000n;

export type LevelNeed =
  /** The least score in hundredths (0 when the level is reached whatever the tool scores). */
  | { readonly kind: 'needed'; readonly hundredths: bigint }
  /** Another tool is below the level's per-tool floor: no score of this tool reaches the level. */
  | { readonly kind: 'blocked'; readonly level: LevelRule; readonly blockers: readonly ToolShortfall[] }
  /** Even 100 does not bring the total to the level's floor: `best` is the total with 100. */
  | { readonly kind: 'unreachable'; readonly level: LevelRule; readonly best: bigint };

/** The least score of `tool` for one level alone, or why there is none. */
function neededForOne(framework: Framework, scores: ToolScores, tool: Tool, level: LevelRule): LevelNeed {
  const others = toolsBelow(level, toolHundredths(scores)).filter((s) => s.tool !== tool);
  if (others.length > 0) return { kind: 'blocked', level, blockers: others };
  const forTotal = neededHundredths(framework, scores, tool, floorHundredths(level.minTotal));
  const forTool = level.minEachTool === undefined ? 0n : floorHundredths(level.minEachTool);
  if (forTotal === undefined || forTool > FULL_MARKS) {
    const best = totalHundredths(framework, { ...scores, [tool]: { numerator: 100n, denominator: 1n } });
    return { kind: 'unreachable', level, best };
  }
  return { kind: 'needed', hundredths: forTotal > forTool ? forTotal : forTool };
}

/**
 * The least score of `tool` (hundredths) with which the organization's level is `levels[target]` or
 * higher; the other tools' scores are taken as they are. When no score is enough, why, for the target
 * level itself.
 */
export function neededForLevel(
  framework: Framework,
  scores: ToolScores,
  tool: Tool,
  target: number,
): LevelNeed {
  const levels = framework.levels;
  const level = levels?.[target];
  if (!levels || !level)
    throw new Error(`neededForLevel: bug: FY ${framework.fiscalYear} has no level ${target}`);
  let least: bigint | undefined;
  for (const candidate of levels.slice(0, target + 1)) {
    const need = neededForOne(framework, scores, tool, candidate);
    if (need.kind === 'needed' && (least === undefined || need.hundredths < least)) least = need.hundredths;
  }
  return least === undefined
    ? neededForOne(framework, scores, tool, level)
    : { kind: 'needed', hundredths: least };
}
