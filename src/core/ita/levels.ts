/**
 * The result of a year as the NACC publishes it: the Rating Score's named level from FY 2567 (which
 * also depends on each tool's score), the grade AA … F before. Every score is judged as shown: rounded
 * half up to 2 decimals first (94.995 → 95.00).
 */

import { fractionToHundredths } from '../numbers/fraction';
import { trimCell } from '../thai/whitespace';
import { type Framework, type Grade, type LevelRule, TOOLS, type Tool } from './framework';
import { gradeOf, passes } from './grade';
import { type ToolScores, totalHundredths } from './score';

export type ToolHundredths = Readonly<Record<Tool, bigint>>;

/** A 2-decimal floor in hundredths (85 → 8500n). */
export const floorHundredths = (score: number): bigint => BigInt(Math.round(score * 100));

/** Each tool's score as shown, in hundredths. */
export function toolHundredths(tools: ToolScores): ToolHundredths {
  return {
    IIT: fractionToHundredths(tools.IIT),
    EIT: fractionToHundredths(tools.EIT),
    OIT: fractionToHundredths(tools.OIT),
  };
}

/** A tool below a level's per-tool floor. */
export interface ToolShortfall {
  readonly tool: Tool;
  readonly score: bigint;
  readonly floor: bigint;
}

/** The tools below the level's per-tool floor (none when the level asks none), in IIT, EIT, OIT order. */
export function toolsBelow(level: LevelRule, tools: ToolHundredths): ToolShortfall[] {
  if (level.minEachTool === undefined) return [];
  const floor = floorHundredths(level.minEachTool);
  return TOOLS.filter((t) => tools[t] < floor).map((tool) => ({ tool, score: tools[tool], floor }));
}

/** True when a total and tool scores (hundredths, as shown) reach every floor of the level. */
export function reachesLevel(level: LevelRule, total: bigint, tools: ToolHundredths): boolean {
  return total >= floorHundredths(level.minTotal) && toolsBelow(level, tools).length === 0;
}

/** The index in `levels` of the first level reached (levels are highest first, the last has floor 0). */
export function levelIndexOf(levels: readonly LevelRule[], total: bigint, tools: ToolHundredths): number {
  const index = levels.findIndex((level) => reachesLevel(level, total, tools));
  if (index < 0) throw new Error(`levelIndexOf: bug: no level holds a total of ${total} hundredths`);
  return index;
}

/**
 * The level a total alone decides, when every tool score consistent with it gives the same level
 * (a total below 85 in 2567's rules); undefined when the tools could change it (85 or more).
 */
export function levelOfTotalAlone(levels: readonly LevelRule[], total: bigint): LevelRule | undefined {
  const possible = levels.filter((level) => total >= floorHundredths(level.minTotal));
  const lowest = possible.findIndex((level) => level.minEachTool === undefined);
  return lowest === 0 ? possible[0] : undefined;
}

/** What an organization's scores give in its year: a named level from 2567, a grade before. */
export type Standing =
  | {
      readonly kind: 'level';
      readonly total: bigint;
      readonly tools: ToolHundredths;
      readonly level: LevelRule;
      readonly index: number;
      readonly passes: boolean;
    }
  | {
      readonly kind: 'grade';
      readonly total: bigint;
      readonly tools: ToolHundredths;
      readonly grade: Grade;
      readonly passes: boolean;
    };

/** The standing of exact tool scores under a framework. */
export function standingOf(framework: Framework, scores: ToolScores): Standing {
  const total = totalHundredths(framework, scores);
  const tools = toolHundredths(scores);
  if (!framework.levels) {
    return {
      kind: 'grade',
      total,
      tools,
      grade: gradeOf(framework, total),
      passes: passes(framework, total),
    };
  }
  const index = levelIndexOf(framework.levels, total, tools);
  const level = framework.levels[index]!;
  return { kind: 'level', total, tools, level, index, passes: level.passes };
}

/** The standing's words: the level's Thai name, or the grade. */
export const standingText = (standing: Standing): string =>
  standing.kind === 'level' ? standing.level.nameTh : standing.grade;

/** Reads a level name as an officer writes it: "ผ่านดี", " ระดับผ่านดี ", "good pass". */
export function findLevel(levels: readonly LevelRule[], text: string): number | undefined {
  const plain = trimCell(text).replace(/\s+/g, '').replace(/^ระดับ/, '');
  const english = trimCell(text).toLowerCase().replace(/\s+/g, ' ');
  const index = levels.findIndex((l) => l.nameTh === plain || l.nameEn === english);
  return index < 0 ? undefined : index;
}
