/**
 * The ITA frameworks built in, one per fiscal year 2562–2570, as `shared/ita-frameworks.md`
 * documents them; 2569 and 2570 carry 2568's rules forward, since no NACC change is known. Each year
 * is one data file in ./years (docs/adding-a-year.md); this module turns the facts into frameworks.
 */

import type { Framework, Provenance } from './framework';
import { YEAR_FACTS } from './years';
import { INDICATORS, type KnownYear, TOOL_WEIGHTS, type YearFacts } from './years/year-facts';

const INDICATORS_KNOWN: Provenance = {
  source: 'ตัวชี้วัด 10 ตัวเดียวกันทุกปี 2562–2568 (same ten indicators reported 2562–2568)',
  verified: true,
};

/** Why a carried year is not verified, in the words a report's footnote and the help print. */
export function carriedReason(fiscalYear: number, from: number): Provenance {
  return {
    source:
      `ใช้เกณฑ์ปี ${from} ต่อ เพราะยังไม่พบประกาศเปลี่ยนแปลงของ ป.ป.ช. สำหรับปี ${fiscalYear} ยังไม่ยืนยัน ` +
      `(${from}'s rules carried forward: no NACC change is known for ${fiscalYear}; not verified)`,
    verified: false,
  };
}

function knownYear(facts: YearFacts, years: readonly YearFacts[]): KnownYear {
  if (!('carriedFrom' in facts)) return facts;
  const from = years.find((y): y is KnownYear => y.fiscalYear === facts.carriedFrom && !('carriedFrom' in y));
  if (!from)
    throw new Error(`bug: FY ${facts.fiscalYear} is carried from ${facts.carriedFrom}, which has no rules`);
  const carried = carriedReason(facts.fiscalYear, facts.carriedFrom);
  return {
    ...from,
    fiscalYear: facts.fiscalYear,
    gradesProvenance: carried,
    weightsProvenance: carried,
    ...(from.levels ? { levelsProvenance: carried } : {}),
  };
}

function frameworkOf(facts: YearFacts, years: readonly YearFacts[]): Framework {
  const year = knownYear(facts, years);
  const provenance = {
    indicators: INDICATORS_KNOWN,
    weights: year.weightsProvenance,
    grades: year.gradesProvenance,
    ...(year.levels && year.levelsProvenance ? { levels: year.levelsProvenance } : {}),
  };
  const verified = Object.values(provenance).every((p) => p.verified);
  const caveat =
    'carriedFrom' in facts
      ? ` (ใช้เกณฑ์ปี ${facts.carriedFrom} ต่อ ยังไม่ยืนยัน: ${facts.carriedFrom}'s rules carried forward, not verified)`
      : verified
        ? ''
        : ' (บางส่วนยังไม่ยืนยัน: not fully verified)';
  return {
    fiscalYear: facts.fiscalYear,
    indicators: year.indicators ?? INDICATORS,
    tools: year.tools ?? TOOL_WEIGHTS,
    grades: year.grades,
    passMark: year.passMark ?? 85,
    ...(year.levels ? { levels: year.levels } : {}),
    provenance,
    verified,
    ...('carriedFrom' in facts ? { carriedFrom: facts.carriedFrom } : {}),
    source: `เกณฑ์ ITA ปีงบประมาณ พ.ศ. ${facts.fiscalYear}${caveat}`,
  };
}

/** The frameworks of a list of year facts, oldest first: how a new year's file is picked up. */
export function frameworksOf(years: readonly YearFacts[]): Framework[] {
  const sorted = [...years].sort((a, b) => a.fiscalYear - b.fiscalYear);
  sorted.forEach((y, i) => {
    if (y.fiscalYear === sorted[i + 1]?.fiscalYear)
      throw new Error(`bug: FY ${y.fiscalYear} is listed twice`);
  });
  return sorted.map((facts) => frameworkOf(facts, sorted));
}

/** Every framework built in, oldest first. */
export const FRAMEWORKS: readonly Framework[] = frameworksOf(YEAR_FACTS);
