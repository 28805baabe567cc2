/** Picks the framework of a fiscal year, reading the year as an officer writes it. */

import { fail, ok, type Result } from '../problems/problem';
import { readFiscalYear } from '../thai/year-reader';
import type { Framework } from './framework';
import { FRAMEWORKS } from './frameworks';

/** The fiscal years that have a framework built in, oldest first. */
export const KNOWN_YEARS: readonly number[] = FRAMEWORKS.map((f) => f.fiscalYear);

/** The newest framework built in: the default when no year is given. */
export const DEFAULT_FRAMEWORK: Framework = FRAMEWORKS[FRAMEWORKS.length - 1]!;

/** The framework of a fiscal year B.E., or undefined when none is built in. */
export function frameworkFor(fiscalYear: number): Framework | undefined {
  return FRAMEWORKS.find((f) => f.fiscalYear === fiscalYear);
}

/** The one year reader (src/core/thai/year-reader.ts), as the custom functions have always imported it. */
export { readFiscalYear };

/** The framework for a year argument: blank means the newest; a year without a framework is an error. */
export function readFramework(value: unknown): Result<Framework> {
  const year = readFiscalYear(value);
  if (!year.ok) return year.problem.code === 'blank' ? ok(DEFAULT_FRAMEWORK) : year;
  const framework = frameworkFor(year.value);
  return framework ? ok(framework) : fail({ code: 'unknown-year', value: year.value, known: KNOWN_YEARS });
}
