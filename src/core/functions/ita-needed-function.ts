/**
 * ITA_NEEDED(scores, [target], [tool], [year]): the smallest 2-decimal score one tool (OIT unless told)
 * needs for ITA_SCORE to show at least the target (the pass mark, 85, unless told), given the others;
 * or, for a level name ("ผ่านดี", FY 2567 onward), to reach that level with its per-tool floor too.
 */

import type { Framework, Tool } from '../ita/framework';
import { TOOLS } from '../ita/framework';
import { readFramework } from '../ita/framework-select';
import { type LevelNeed, neededForLevel } from '../ita/level-needed';
import { findLevel } from '../ita/levels';
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

type Target =
  | { readonly kind: 'total'; readonly hundredths: bigint }
  | { readonly kind: 'level'; readonly index: number };

/**
 * The target: a total in hundredths, rounded up (a total shown at 2 decimals reaches 84.995 only at
 * 85.00), or a level of the year's Rating Score by name. Before 2567 a grade (AA, A …) is its band's floor.
 */
function readTarget(value: unknown, framework: Framework): Target {
  if (isBlank(value)) return { kind: 'total', hundredths: BigInt(Math.round(framework.passMark * 100)) };
  const read = readScore(value);
  if (read.ok) {
    const divisor = pow10(read.value.scale);
    return { kind: 'total', hundredths: (read.value.units * 100n + divisor - 1n) / divisor };
  }
  if (read.problem.code !== 'not-a-number' || typeof value !== 'string')
    throw new SheetFunctionError(NAME, TARGET_PLACE, read.problem);
  const levels = framework.levels;
  const index = levels ? findLevel(levels, value) : undefined;
  if (index !== undefined) return { kind: 'level', index };
  const band = levels ? undefined : framework.grades.find((g) => g.grade === trimCell(value).toUpperCase());
  if (band) return { kind: 'total', hundredths: BigInt(Math.round(band.min * 100)) };
  const names = levels ? levels.map((l) => `"${l.nameTh}"`) : framework.grades.map((g) => `"${g.grade}"`);
  throw new SheetFunctionError(NAME, TARGET_PLACE, {
    code: 'unknown-option',
    value,
    allowed: ['คะแนน 0–100 (a score)', ...names],
  });
}

const twoDecimals = (hundredths: bigint): string => decimalToString({ units: hundredths, scale: 2 });

/** The answer for a level target, or the error that says which tool blocks it or what 100 gives. */
function levelAnswer(need: LevelNeed, tool: Tool, place: Place): number {
  if (need.kind === 'needed') return hundredthsToNumber(need.hundredths);
  if (need.kind === 'blocked') {
    throw new SheetFunctionError(NAME, place, {
      code: 'level-blocked',
      level: need.level.nameTh,
      blockers: need.blockers.map((b) => ({ tool: b.tool, score: twoDecimals(b.score) })),
      floor: twoDecimals(need.blockers[0]!.floor),
    });
  }
  throw new SheetFunctionError(NAME, place, {
    code: 'target-unreachable',
    target: `ระดับ${need.level.nameTh} (${need.level.nameEn})`,
    tool,
    best: twoDecimals(need.best),
  });
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
    const place =
      row === undefined
        ? TARGET_PLACE
        : { th: `แถวที่ ${row} ของช่วง เป้าหมาย`, en: `row ${row} of the range, target` };
    if (goal.kind === 'level') {
      return levelAnswer(
        neededForLevel(framework.value, tools, chosen.value, goal.index),
        chosen.value,
        place,
      );
    }
    const needed = neededHundredths(framework.value, tools, chosen.value, goal.hundredths);
    if (needed !== undefined) return hundredthsToNumber(needed);
    const best = totalHundredths(framework.value, {
      ...tools,
      [chosen.value]: { numerator: 100n, denominator: 1n },
    });
    throw new SheetFunctionError(NAME, place, {
      code: 'target-unreachable',
      target: decimalToString({ units: goal.hundredths, scale: 2 }),
      tool: chosen.value,
      best: decimalToString({ units: best, scale: 2 }),
    });
  });
}
