/**
 * How ITA_SCORE and ITA_NEEDED read their `scores`: one organization as a row or a column (its ten
 * indicator scores or its three tool scores), or a block with one organization per row.
 */

import type { Framework, Tool } from '../ita/framework';
import { TOOLS } from '../ita/framework';
import { type ToolScores, toolScoresFromDecimals, toolScoresFromIndicators } from '../ita/score';
import type { Decimal } from '../numbers/decimal';
import { isBlank } from '../numbers/read-number';
import type { Place } from '../problems/problem';
import { isRange, type SheetArgument } from './cells';
import { readScore } from './read-score';
import { SheetFunctionError } from './sheet-function-error';

/** Calls `score` once for a row or a column, or once per row of a block (`row` is then 1-based). */
export function mapOrganizations<T>(
  scores: SheetArgument,
  score: (values: readonly unknown[], row: number | undefined) => T,
): T | T[][] {
  if (!isRange(scores)) return score([scores], undefined);
  if (scores.length > 1 && scores.every((row) => row.length === 1)) {
    return score(
      scores.map((row) => row[0]),
      undefined,
    );
  }
  if (scores.length === 1) return score(scores[0]!, undefined);
  return scores.map((row, i) => [score(row, i + 1)]);
}

/** The place of one score: "คะแนนตัวชี้วัดที่ 3" or "คะแนน EIT", inside row N of a block. */
function scorePlace(what: Place, row: number | undefined): Place {
  if (row === undefined) return what;
  return { th: `แถวที่ ${row} ของช่วง ${what.th}`, en: `row ${row} of the range, ${what.en}` };
}

function rowPlace(row: number | undefined): Place {
  return row === undefined
    ? { th: 'คะแนน', en: 'the score range' }
    : { th: `แถวที่ ${row} ของช่วง`, en: `row ${row} of the range` };
}

const NO_SCORE: Decimal = { units: 0n, scale: 0 };

/**
 * One organization's tool scores, read exactly; '' when every cell read is blank. The cells of
 * `ignoredTool` are not read (its score is then 0). A partly blank organization is an error: a
 * missing score is never a zero.
 */
export function readOrganizationScores(
  operation: string,
  framework: Framework,
  values: readonly unknown[],
  row: number | undefined,
  ignoredTool?: Tool,
): ToolScores | '' {
  if (values.every(isBlank)) return '';
  const asTools = values.length === TOOLS.length;
  if (values.length !== framework.indicators.length && !asTools) {
    throw new SheetFunctionError(operation, rowPlace(row), {
      code: 'wrong-count',
      count: values.length,
      expected: [framework.indicators.length, TOOLS.length],
    });
  }
  const decimals: Decimal[] = [];
  const blanks: Place[] = [];
  let read = 0;
  values.forEach((value, i) => {
    const tool = asTools ? TOOLS[i]! : framework.indicators[i]!.tool;
    if (tool === ignoredTool) {
      decimals.push(NO_SCORE);
      return;
    }
    read += 1;
    const score = readScore(value);
    const place: Place = asTools
      ? { th: `คะแนน ${tool}`, en: tool }
      : { th: `คะแนนตัวชี้วัดที่ ${i + 1}`, en: `indicator ${i + 1}` };
    if (score.ok) decimals.push(score.value);
    else if (score.problem.code === 'blank') blanks.push(place);
    else throw new SheetFunctionError(operation, scorePlace(place, row), score.problem);
  });
  if (blanks.length === read) return '';
  if (blanks.length > 0)
    throw new SheetFunctionError(operation, rowPlace(row), { code: 'partly-blank', blanks });
  return asTools
    ? toolScoresFromDecimals({ IIT: decimals[0]!, EIT: decimals[1]!, OIT: decimals[2]! })
    : toolScoresFromIndicators(framework, decimals);
}
