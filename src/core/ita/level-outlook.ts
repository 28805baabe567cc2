/**
 * Where an organization stands and what stands between it and the next level, as plain data and Thai
 * lines the reports and the sidebar print: the level (from 2567) or the grade (before), the next
 * level up, and each floor not reached (the total, or a tool) with how much is missing.
 */

import { decimalToString } from '../numbers/decimal';
import { type Fraction, fractionToHundredths, ZERO } from '../numbers/fraction';
import type { Framework, LevelRule, Tool } from './framework';
import { type LevelNeed, neededForLevel } from './level-needed';
import { floorHundredths, type Standing, standingOf, standingText } from './levels';
import type { ToolScores } from './score';

/** A floor of the next level not reached: the total's or a tool's. */
export interface Obstacle {
  readonly what: Tool | 'total';
  readonly score: bigint;
  readonly floor: bigint;
  /** floor − score, in hundredths: how much is missing. */
  readonly short: bigint;
}

export interface LevelOutlook {
  readonly standing: Standing;
  /** The level's name or the grade. */
  readonly result: string;
  /** The next level up (or grade), and what is below its floors; undefined at the top. */
  readonly next: { readonly name: string; readonly obstacles: readonly Obstacle[] } | undefined;
  /** Thai lines for a report or the sidebar (the source line keeps its English gloss: print its Thai part). */
  readonly lines: readonly string[];
}

const shown = (hundredths: bigint): string => decimalToString({ units: hundredths, scale: 2 });

function obstacle(what: Obstacle['what'], score: bigint, floor: bigint): Obstacle[] {
  return score < floor ? [{ what, score, floor, short: floor - score }] : [];
}

/** The floors of `level` not reached by the standing. */
function obstaclesOf(level: LevelRule, standing: Standing): Obstacle[] {
  const found = obstacle('total', standing.total, floorHundredths(level.minTotal));
  if (level.minEachTool === undefined) return found;
  const floor = floorHundredths(level.minEachTool);
  for (const tool of ['IIT', 'EIT', 'OIT'] as const)
    found.push(...obstacle(tool, standing.tools[tool], floor));
  return found;
}

/** One obstacle in Thai: "EIT 84.80 ต่ำกว่า 85.00 อยู่ 0.20". */
export function obstacleText(o: Obstacle): string {
  const what = o.what === 'total' ? 'คะแนนรวม' : o.what;
  return `${what} ${shown(o.score)} ต่ำกว่า ${shown(o.floor)} อยู่ ${shown(o.short)}`;
}

/** The standing of exact tool scores, the next level up and what keeps the organization from it. */
export function levelOutlook(framework: Framework, scores: ToolScores): LevelOutlook {
  const standing = standingOf(framework, scores);
  const result = standingText(standing);
  let next: LevelOutlook['next'];
  if (standing.kind === 'level' && standing.index > 0) {
    const level = framework.levels![standing.index - 1]!;
    next = { name: level.nameTh, obstacles: obstaclesOf(level, standing) };
  } else if (standing.kind === 'grade') {
    const index = framework.grades.findIndex((band) => band.grade === standing.grade);
    const band = framework.grades[index - 1];
    if (band)
      next = { name: band.grade, obstacles: obstacle('total', standing.total, floorHundredths(band.min)) };
  }
  const verdict = standing.passes ? 'ผ่าน' : 'ไม่ผ่าน';
  const lines = [
    standing.kind === 'level'
      ? `ระดับผลการประเมินปี ${framework.fiscalYear}: ${result} คะแนนรวม ${shown(standing.total)}`
      : `ระดับผลการประเมินปี ${framework.fiscalYear}: ${result} คะแนนรวม ${shown(standing.total)} (${verdict})`,
    next ? `ระดับถัดไป ${next.name}: ยังขาด ${next.obstacles.map(obstacleText).join('; ')}` : 'อยู่ในระดับสูงสุดแล้ว',
  ];
  if (standing.kind === 'level' && framework.provenance.levels) {
    lines.push(`เกณฑ์ระดับ: ${framework.provenance.levels.source}`);
  }
  return { standing, result, next, lines };
}

/** The level an OIT projection aims at: the lowest level that asks every tool's score (ผ่านดี in 2567). */
export function goodLevelIndex(framework: Framework): number | undefined {
  const levels = framework.levels;
  if (!levels) return undefined;
  for (let i = levels.length - 1; i >= 0; i--) if (levels[i]!.minEachTool !== undefined) return i;
  return undefined;
}

/** The OIT needed for the good level (ผ่านดี), given the IIT and EIT; undefined for a year without levels. */
export function oitNeededForGood(
  framework: Framework,
  iit: Fraction,
  eit: Fraction,
): { readonly level: LevelRule; readonly need: LevelNeed } | undefined {
  const index = goodLevelIndex(framework);
  if (index === undefined) return undefined;
  const need = neededForLevel(framework, { IIT: iit, EIT: eit, OIT: ZERO }, 'OIT', index);
  return { level: framework.levels![index]!, need };
}

/**
 * What an OIT readiness projection adds from 2567: the level (the grade before) with today's OIT, when
 * it is scored, and the OIT needed for ผ่านดี, given the IIT and EIT of the latest analysis.
 */
export function projectionOutlook(
  framework: Framework,
  iit: Fraction,
  eit: Fraction,
  oit: Fraction | undefined,
): { readonly outlook: LevelOutlook | undefined; readonly good: ReturnType<typeof oitNeededForGood> } {
  return {
    outlook: oit === undefined ? undefined : levelOutlook(framework, { IIT: iit, EIT: eit, OIT: oit }),
    good: oitNeededForGood(framework, iit, eit),
  };
}

/** The words of a LevelNeed for the OIT, Thai: the score, or the tool that blocks, or what 100 gives. */
export function oitNeedText(need: LevelNeed): string {
  if (need.kind === 'needed') return shown(need.hundredths);
  if (need.kind === 'blocked') {
    const blockers = need.blockers
      .map((b) => `${b.tool} ${shown(b.score)} ต่ำกว่า ${shown(b.floor)}`)
      .join(' และ ');
    return `ไปไม่ถึงด้วย OIT: ${blockers}`;
  }
  return `แม้ OIT ได้ 100 คะแนนรวมได้เพียง ${shown(need.best)}`;
}

/**
 * What the OIT alone says of the good level (the sidebar has no IIT or EIT): its per-tool floor, today's
 * OIT against it, and that the IIT, EIT and total must reach theirs too. Thai with an English gloss;
 * undefined for a year without levels.
 */
export function oitFloorLine(framework: Framework, oit: Fraction | undefined): string | undefined {
  const index = goodLevelIndex(framework);
  const level = index === undefined ? undefined : framework.levels![index]!;
  if (!level || level.minEachTool === undefined) return undefined;
  const floor = floorHundredths(level.minEachTool);
  const now = oit === undefined ? undefined : fractionToHundredths(oit);
  const gap =
    now === undefined
      ? ''
      : now >= floor
        ? ` ตอนนี้ ${shown(now)} ถึงแล้ว`
        : ` ตอนนี้ ${shown(now)} ขาดอีก ${shown(floor - now)}`;
  const gapEn = now === undefined ? '' : now >= floor ? '; reached' : `; ${shown(floor - now)} to go`;
  return (
    `ระดับ${level.nameTh} (ปี ${framework.fiscalYear}): OIT ต้องได้อย่างน้อย ${shown(floor)}${gap} ` +
    `และ IIT EIT คะแนนรวม ต้องถึงเกณฑ์ด้วย ` +
    `(${level.nameEn} needs OIT ≥ ${shown(floor)}${gapEn}; IIT, EIT and the total too)`
  );
}
