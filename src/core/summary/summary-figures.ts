/** The OIT and ITA parts of the organization's summary, from the checklist's and the analysis's records. */

import type { DocumentRecord } from '../documents/document-type';
import { levelOutlook, obstacleText } from '../ita/level-outlook';
import { type Fraction, fractionToHundredths } from '../numbers/fraction';
import { oitReadiness, type WorkbookFacts } from '../oit/oit-readiness';
import { itaFigures } from '../reports/ita-analysis-scores';
import type { ItaSummary, OitSummary } from './summary-shape';

/** A score in hundredths as the number a cell holds (85.23). */
const score = (hundredths: bigint | undefined): number | undefined =>
  hundredths === undefined ? undefined : Number(hundredths) / 100;

const fractionScore = (f: Fraction | undefined): number | undefined =>
  f === undefined ? undefined : score(fractionToHundredths(f));

/** Items published / required (exempt items left out), the score today and the codes still missing. */
export function oitSummary(
  fiscalYear: number | undefined,
  records: readonly DocumentRecord[],
  facts: WorkbookFacts,
): OitSummary {
  const readiness = oitReadiness(fiscalYear, records, facts);
  return {
    published: readiness.tallies.reduce((n, t) => n + t.published, 0),
    required: readiness.tallies.reduce((n, t) => n + t.total, 0),
    score: readiness.score.ok ? fractionScore(readiness.score.value.oit) : undefined,
    missingCodes: readiness.missing.map((item) => item.code).filter((code) => code !== ''),
  };
}

/** The analysis's tool scores and total, and — when all three tools are known — the level and what blocks the next. */
export function itaSummary(fiscalYear: number | undefined, records: readonly DocumentRecord[]): ItaSummary {
  const figures = itaFigures(fiscalYear, records);
  const { IIT, EIT, OIT } = figures.toolMeans;
  const outlook = IIT && EIT && OIT ? levelOutlook(figures.framework, { IIT, EIT, OIT }) : undefined;
  return {
    iit: fractionScore(IIT),
    eit: fractionScore(EIT),
    oit: fractionScore(OIT),
    total: figures.total.ok ? score(figures.total.hundredths) : undefined,
    level: outlook?.result ?? '',
    nextLevel: outlook?.next?.name ?? '',
    blockers: outlook?.next?.obstacles.map(obstacleText) ?? [],
  };
}
