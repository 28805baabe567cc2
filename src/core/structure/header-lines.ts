/**
 * Reads the document header from the lines above a table: the title with its year and round, the
 * organization, the district and the province, as Thai documents write them.
 */

import type { DocumentHeader } from '../documents/header';
import { toArabicDigits } from '../thai/digits';
import { districtIn, organizationIn, provinceIn } from '../thai/place-names';
import { fiscalYearsAfter } from '../thai/year-reader';

// "ประจำปี พ.ศ.๒๕๖๓", "ปีงบประมาณ พ.ศ. 2562 - 2564", "ประจำปีงบประมาณ 2567".
const YEAR_LABEL = 'ปีงบประมาณ|ประจำปี|ปี';
const SIX_MONTHS = /(?:รอบ|ระยะ)\s*6\s*เดือน/;
// "ประจำปี" alone (not "ประจำปีงบประมาณ", not "ประจำปี พ.ศ.") names the annual report.
const TWELVE_MONTHS = /รอบ\s*12\s*เดือน|ประจำปี(?!\s*(?:งบประมาณ|พ\.|2[4-8]\d\d))/;

type MutableHeader = { -readonly [K in keyof DocumentHeader]: DocumentHeader[K] };

/**
 * What the lines above a table say of the document. All of them are kept, as the title; the year,
 * round, organization, district and province are read out of them too.
 */
export function readHeaderLines(lines: readonly string[]): DocumentHeader {
  const header: MutableHeader = {};
  for (const line of lines) {
    const text = toArabicDigits(line);
    // A year past the header's range ("2899") is not read: it would make the whole header invalid.
    const years = header.fiscalYear === undefined ? fiscalYearsAfter(text, YEAR_LABEL) : undefined;
    if (years) {
      header.fiscalYear = years.from;
      if (years.to !== undefined) header.fiscalYearEnd = years.to;
    }
    if (header.round === undefined && SIX_MONTHS.test(text)) header.round = 6;
    else if (header.round === undefined && TWELVE_MONTHS.test(text)) header.round = 12;
    header.organization ??= organizationIn(line);
    header.district ??= districtIn(line);
    header.province ??= provinceIn(line);
  }
  if (lines.length > 0) header.title = lines.join('\n');
  return Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined)) as DocumentHeader;
}
