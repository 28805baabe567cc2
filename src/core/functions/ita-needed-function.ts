/**
 * ITA_NEEDED(scores, [target], [tool], [year]): the smallest 2-decimal score one tool (OIT unless told)
 * needs for ITA_SCORE to show at least the target (the pass mark, 85, unless told), given the others.
 */

import type { Framework, Tool } from '../ita/framework';
import { TOOLS } from '../ita/framework';
import { readFramework } from '../ita/framework-select';
import { neededHundredths } from '../ita/needed-score';
import { totalHundredths } from '../ita/score';
import { decimalToString, hundredthsToNumber, pow10 } from '../numbers/decimal';
import { isBlank } from '../numbers/read-number';
import { fail, ok, type Place, type Result } from '../problems/problem';
import { trimCell } from '../thai/whitespace';
import { type SheetArgument, singleValue } from './cells';
import { mapOrganizations, readOrganizationScores } from './organization-scores';
import { readScore } from './read-score';
import { BANGKOK_CLOCK, currentFiscalYear, type SheetClock } from './sheet-clock';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'ITA_NEEDED';
const YEAR_PLACE: Place = { th: 'ปีงบประมาณ', en: 'year' };
const TARGET_PLACE: Place = { th: 'เป้าหมาย', en: 'target' };
const TOOL_PLACE: Place = { th: 'เครื่องมือ', en: 'tool' };

/** Reads the tool argument: blank is OIT; "IIT", "EIT" or "OIT" in any case. */
export function readTool(value: unknown): Result<Tool> {
  if (isBlank(value)) return ok('OIT');
  const tool = TOOLS.find((t) => typeof value === 'string' && trimCell(value).toUpperCase() === t);
  return tool ? ok(tool) : fail({ code: 'unknown-option', value, allowed: TOOLS.map((t) => `"${t}"`) });
}

/** The target in hundredths, rounded up: a total shown at 2 decimals reaches 84.995 only at 85.00. */
function readTarget(value: unknown, framework: Framework): bigint {
  if (isBlank(value)) return BigInt(Math.round(framework.passMark * 100));
  const read = readScore(value);
  if (!read.ok) throw new SheetFunctionError(NAME, TARGET_PLACE, read.problem);
  const divisor = pow10(read.value.scale);
  return (read.value.units * 100n + divisor - 1n) / divisor;
}

/** The body of the custom function ITA_NEEDED. */
export function itaNeededFunction(
  scores: SheetArgument,
  target?: SheetArgument,
  tool?: SheetArgument,
  year?: SheetArgument,
  clock: SheetClock = BANGKOK_CLOCK,
): number | '' | (number | '')[][] {
  const framework = readFramework(singleValue(year), () => currentFiscalYear(clock));
  if (!framework.ok) throw new SheetFunctionError(NAME, YEAR_PLACE, framework.problem);
  const chosen = readTool(singleValue(tool));
  if (!chosen.ok) throw new SheetFunctionError(NAME, TOOL_PLACE, chosen.problem);
  const goal = readTarget(singleValue(target), framework.value);
  return mapOrganizations(scores, (values, row) => {
    const tools = readOrganizationScores(NAME, framework.value, values, row, chosen.value);
    if (tools === '') return '';
    const needed = neededHundredths(framework.value, tools, chosen.value, goal);
    if (needed !== undefined) return hundredthsToNumber(needed);
    const best = totalHundredths(framework.value, {
      ...tools,
      [chosen.value]: { numerator: 100n, denominator: 1n },
    });
    const place =
      row === undefined
        ? TARGET_PLACE
        : { th: `แถวที่ ${row} ของช่วง เป้าหมาย`, en: `row ${row} of the range, target` };
    throw new SheetFunctionError(NAME, place, {
      code: 'target-unreachable',
      target: decimalToString({ units: goal, scale: 2 }),
      tool: chosen.value,
      best: decimalToString({ units: best, scale: 2 }),
    });
  });
}
