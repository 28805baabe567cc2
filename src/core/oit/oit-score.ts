/**
 * OIT scoring as the NACC does it (shared/ita-frameworks.md, "OIT items"): an item scores 100 when
 * published, otherwise 0; an exempt item (ไม่ต้องเผยแพร่) is left out; sub-indicator = mean of its
 * items; indicator 9 = mean of its sub-indicators 9.x, indicator 10 = mean of 10.x; OIT = mean of
 * indicators 9 and 10. Exact fractions throughout: round only to show (fractionToHundredths).
 */

import { type Fraction, meanOfFractions } from '../numbers/fraction';
import { fail, ok, type Result } from '../problems/problem';
import {
  compareSubIndicatorCodes,
  type OitIndicatorNo,
  parseSubIndicatorCode,
  type SubIndicatorCode,
} from './sub-indicator-code';

export type OitItemResult = 'published' | 'missing' | 'exempt';

/** An item of a checklist as scored: its sub-indicator and its result. */
export interface CheckedOitItem {
  /** "9.1" … "10.2", as parseSubIndicatorCode reads it. */
  readonly subIndicator: string;
  readonly result: OitItemResult;
}

export interface SubIndicatorScore extends SubIndicatorCode {
  readonly published: number;
  /** The items scored: published and missing; exempt items are left out. */
  readonly total: number;
  readonly exempt: number;
  /** 100 × published / total. */
  readonly score: Fraction;
}

export interface OitScore {
  /** In framework order: 9.1 … then 10.1 …. */
  readonly subIndicators: readonly SubIndicatorScore[];
  readonly indicators: Readonly<Record<OitIndicatorNo, Fraction>>;
  readonly oit: Fraction;
}

interface Tally {
  readonly code: SubIndicatorCode;
  published: number;
  missing: number;
  exempt: number;
}

/** A sub-indicator's score: 100 an item published, 0 an item not, over the items scored (total > 0). */
export function publishedShare(published: number, total: number): Fraction {
  return { numerator: 100n * BigInt(published), denominator: BigInt(total) };
}

/** Each sub-indicator's score; fails on a code that is not 9.n / 10.n or a sub-indicator with only exempt items. */
export function scoreSubIndicators(items: readonly CheckedOitItem[]): Result<readonly SubIndicatorScore[]> {
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const code = parseSubIndicatorCode(item.subIndicator);
    if (!code) return fail({ code: 'not-a-sub-indicator', value: item.subIndicator });
    let tally = tallies.get(code.code);
    if (!tally) {
      tally = { code, published: 0, missing: 0, exempt: 0 };
      tallies.set(code.code, tally);
    }
    tally[item.result] += 1;
  }
  const scores: SubIndicatorScore[] = [];
  for (const { code, published, missing, exempt } of tallies.values()) {
    const total = published + missing;
    if (total === 0) return fail({ code: 'no-scored-item', subIndicator: code.code });
    scores.push({
      ...code,
      published,
      total,
      exempt,
      score: publishedShare(published, total),
    });
  }
  return ok(scores.sort(compareSubIndicatorCodes));
}

/** The mean of one indicator's sub-indicators; fails when it has none. */
export function scoreOitIndicator(
  subIndicators: readonly SubIndicatorScore[],
  indicator: OitIndicatorNo,
): Result<Fraction> {
  const own = subIndicators.filter((s) => s.indicator === indicator).map((s) => s.score);
  return own.length === 0 ? fail({ code: 'no-sub-indicator', indicator }) : ok(meanOfFractions(own));
}

/** Sub-indicators, indicators 9 and 10 and the OIT score of a checklist's items. */
export function scoreOit(items: readonly CheckedOitItem[]): Result<OitScore> {
  const subIndicators = scoreSubIndicators(items);
  if (!subIndicators.ok) return subIndicators;
  const nine = scoreOitIndicator(subIndicators.value, 9);
  if (!nine.ok) return nine;
  const ten = scoreOitIndicator(subIndicators.value, 10);
  if (!ten.ok) return ten;
  const indicators = { 9: nine.value, 10: ten.value };
  return ok({
    subIndicators: subIndicators.value,
    indicators,
    oit: meanOfFractions([nine.value, ten.value]),
  });
}
