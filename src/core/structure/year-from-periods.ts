/**
 * The fiscal year of a document whose title was not pasted: the year the officer gave (the sidebar's
 * new-tab year, `--year` on the command line), or else the year its records' periods lie in (`๑ ต.ค.
 * ๖๗ – ๓๐ ก.ย. ๖๘` is FY 2568), with a warning. A title's year always wins; periods that span fiscal
 * years (an action plan's 2562–2564) or disagree name none.
 */

import type { Finding } from '../problems/finding';
import type { Note } from '../problems/structure-note';
import { parsePeriod, periodFiscalYears } from '../thai/period';
import type { StructuredDocument } from './structured-document';

/** The fiscal year most periods lie wholly in, if more than half of the periods read do. */
export function yearOfPeriods(periods: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  let read = 0;
  for (const text of periods) {
    const period = parsePeriod(text);
    if (!period.ok) continue;
    read += 1;
    const { from, to } = periodFiscalYears(period.value);
    if (from === to) counts.set(from, (counts.get(from) ?? 0) + 1);
  }
  const [year, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return year !== undefined && count !== undefined && count * 2 > read ? year : undefined;
}

/** The document with its fiscal year filled in when its header has none (see above). */
export function withFiscalYear(doc: StructuredDocument, given: number | undefined): StructuredDocument {
  if (doc.header.fiscalYear !== undefined) return doc;
  if (given !== undefined) return { ...doc, header: { ...doc.header, fiscalYear: given } };
  const periods = doc.records.flatMap((r) => (typeof r.period === 'string' ? [r.period] : []));
  const year = doc.type === 'action-plan' ? undefined : yearOfPeriods(periods);
  if (year === undefined) return doc;
  const warning: Finding<Note> = { severity: 'warning', problem: { code: 'year-from-periods', year } };
  return { ...doc, header: { ...doc.header, fiscalYear: year }, warnings: [warning, ...doc.warnings] };
}
