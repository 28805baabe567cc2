/**
 * The roll-up from the sources read: every organization ranked (by the level it would reach if assessed
 * today, then today's OIT, then the documents it has, then its name), the organizations per level, the
 * OIT items most of them lack, and who has not started or is at risk. Computed by the add-in from the
 * values Sheets imported; nothing here trusts a rank or a count an import states.
 */

import type { Framework } from '../ita/framework';
import { floorHundredths } from '../ita/levels';
import { frameworkOfYear } from './organization-figures';
import type {
  LevelCount,
  MissingItem,
  OrganizationFigures,
  RankedOrganization,
  Rollup,
  RollupScope,
  RollupSource,
} from './rollup-types';

/** How many of the most commonly missing OIT items the roll-up names. */
export const MOST_MISSING_SHOWN = 10;

/** What the roll-up is of: the office's profile, and when. */
export interface RollupContext {
  readonly office: string;
  readonly district: string;
  readonly province: string;
  /** ISO date-time. */
  readonly asOf: string;
}

/** The results of a framework, best first: its levels' names from 2567, its grades before. */
function resultsBestFirst(framework: Framework): readonly string[] {
  return framework.levels ? framework.levels.map((l) => l.nameTh) : framework.grades.map((g) => g.grade);
}

/** Whether a result passes under the framework (a level's own mark, a grade's band minimum). */
function resultPasses(framework: Framework, result: string): boolean {
  const level = framework.levels?.find((l) => l.nameTh === result);
  if (level) return level.passes;
  const band = framework.grades.find((g) => g.grade === result);
  return band !== undefined && floorHundredths(band.min) >= floorHundredths(framework.passMark);
}

/** An organization's place on the results scale: 0 best; past every result when it cannot be projected. */
function resultIndex(o: OrganizationFigures, framework: Framework): number {
  const index = resultsBestFirst(framework).indexOf(o.projectedLevel);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

const missingLast = (n: number | undefined): number => n ?? Number.NEGATIVE_INFINITY;

/** Compares two organizations on the ranking's keys (name aside): negative when `a` ranks higher. */
function compareStanding(a: OrganizationFigures, b: OrganizationFigures): number {
  return (
    resultIndex(a, frameworkOfYear(a.fiscalYear)) - resultIndex(b, frameworkOfYear(b.fiscalYear)) ||
    missingLast(b.oitScoreToday) - missingLast(a.oitScoreToday) ||
    b.documentsReady.length - a.documentsReady.length
  );
}

const byName = (a: OrganizationFigures, b: OrganizationFigures): number =>
  a.organization.localeCompare(b.organization, 'th');

/** No document with records and nothing of the OIT published. */
function hasNotStarted(o: OrganizationFigures): boolean {
  return o.documentsReady.length === 0 && (o.oitPublished ?? 0) === 0;
}

/** The projected level does not pass; with no projection, today's OIT is below the year's pass mark. */
function isAtRisk(o: OrganizationFigures): boolean {
  const framework = frameworkOfYear(o.fiscalYear);
  if (o.projectedLevel !== '') return !resultPasses(framework, o.projectedLevel);
  return o.oitScoreToday !== undefined && o.oitScoreToday < framework.passMark;
}

/** The organizations ranked: equal on every key, they share a rank (1, 2, 2, 4), listed by name. */
function rankOrganizations(
  read: readonly { readonly figures: OrganizationFigures; readonly sourceRow: number }[],
): RankedOrganization[] {
  const sorted = [...read].sort(
    (a, b) =>
      compareStanding(a.figures, b.figures) || byName(a.figures, b.figures) || a.sourceRow - b.sourceRow,
  );
  const ranked: RankedOrganization[] = [];
  sorted.forEach(({ figures, sourceRow }, i) => {
    const previous = ranked[i - 1];
    const rank = previous && compareStanding(previous, figures) === 0 ? previous.rank : i + 1;
    ranked.push({
      ...figures,
      rank,
      sourceRow,
      notStarted: hasNotStarted(figures),
      atRisk: isAtRisk(figures),
    });
  });
  return ranked;
}

/** Organizations per projected level, in the scale of the roll-up's year; the unprojected last. */
function levelCounts(ranked: readonly RankedOrganization[], framework: Framework): LevelCount[] {
  const scale = resultsBestFirst(framework);
  const counts = new Map<string, number>(scale.map((name) => [name, 0]));
  for (const o of ranked) counts.set(o.projectedLevel, (counts.get(o.projectedLevel) ?? 0) + 1);
  // Results of another year's scale (an organization on older rules) follow the year's own.
  const others = [...counts.keys()].filter((name) => name !== '' && !scale.includes(name));
  return [...scale, ...others, ''].map((level) => ({ level, count: counts.get(level) ?? 0 }));
}

/** The OIT items most organizations lack, most first, then in code order. */
function commonMissing(ranked: readonly RankedOrganization[]): MissingItem[] {
  const counts = new Map<string, number>();
  for (const o of ranked)
    for (const code of new Set(o.oitMissing)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const codeOrder = (a: string, b: string): number =>
    a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || codeOrder(a.code, b.code))
    .slice(0, MOST_MISSING_SHOWN);
}

/** The roll-up of the sources read, for the office of `context`. */
export function computeRollup(sources: readonly RollupSource[], context: RollupContext): Rollup {
  const scope: RollupScope = sources.some((s) => s.kind === 'rollup') ? 'province' : 'district';
  const read = sources.flatMap((source) =>
    source.status === 'ok' ? source.organizations.map((figures) => ({ figures, sourceRow: source.row })) : [],
  );
  const years = read.map((r) => r.figures.fiscalYear).filter((y): y is number => y !== undefined);
  const fiscalYear = years.length > 0 ? Math.max(...years) : undefined;
  const ranked = rankOrganizations(read);
  return {
    scope,
    name: scope === 'district' ? context.district : context.province,
    province: context.province,
    office: context.office,
    fiscalYear,
    asOf: context.asOf,
    sources,
    ranked,
    levelCounts: levelCounts(ranked, frameworkOfYear(fiscalYear)),
    commonMissing: commonMissing(ranked),
  };
}
