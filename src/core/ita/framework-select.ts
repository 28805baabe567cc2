/** Picks the framework of a fiscal year, reading the year as an officer writes it. */

import { fail, ok, type Result } from '../problems/problem';
import { readFiscalYear } from '../thai/year-reader';
import type { Framework } from './framework';
import { FRAMEWORKS } from './frameworks';

/** The fiscal years that have a framework built in, oldest first. */
export const KNOWN_YEARS: readonly number[] = FRAMEWORKS.map((f) => f.fiscalYear);

/** The newest framework built in: what a document without a year is computed by. */
export const DEFAULT_FRAMEWORK: Framework = FRAMEWORKS[FRAMEWORKS.length - 1]!;
/** The newest fiscal year with a framework built in. */
export const NEWEST_YEAR = DEFAULT_FRAMEWORK.fiscalYear;

/** The framework of a fiscal year B.E., or undefined when none is built in. */
export function frameworkFor(fiscalYear: number): Framework | undefined {
  return FRAMEWORKS.find((f) => f.fiscalYear === fiscalYear);
}

/** The one year reader (src/core/thai/year-reader.ts), as the custom functions have always imported it. */
export { readFiscalYear };

/**
 * The framework for a year argument. Blank means the current fiscal year (asked of `currentYear`
 * only then). A year without a framework is an error, never another year's rules in silence: a year
 * past the newest built in (an officer in FY 2571 with an add-in that knows 2570) is told which year
 * is the newest and that writing it uses those rules.
 */
export function readFramework(value: unknown, currentYear: () => number): Result<Framework> {
  const year = readFiscalYear(value);
  if (!year.ok && year.problem.code !== 'blank') return year;
  const fiscalYear = year.ok ? year.value : currentYear();
  const framework = frameworkFor(fiscalYear);
  if (framework) return ok(framework);
  if (fiscalYear > NEWEST_YEAR) {
    return fail({ code: 'year-after-newest', fiscalYear, newest: NEWEST_YEAR, current: !year.ok });
  }
  return fail({ code: 'unknown-year', value: fiscalYear, known: KNOWN_YEARS });
}
