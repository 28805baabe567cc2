/**
 * Reads the document header from the lines above a table: the title with its year and round, the
 * organization, the district and the province, as Thai documents write them.
 */

import { type DocumentHeader, LAST_FISCAL_YEAR } from '../documents/header';
import { toArabicDigits } from '../thai/digits';

const ORGANIZATION =
  /((?:องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.)\s?[^\s]+)/;
const DISTRICT = /อำเภอ\s?([^\s]+)/;
const PROVINCE = /จังหวัด\s?([^\s]+)/;
// "ประจำปี พ.ศ.๒๕๖๓", "ปีงบประมาณ พ.ศ. 2562 - 2564", "ประจำปีงบประมาณ 2567".
const YEARS = /(?:ปีงบประมาณ|ประจำปี|ปี)\s*(?:พ\.\s?ศ\.)?\s*(2[4-8]\d\d)(?:\s*[-–—]\s*(2[4-8]\d\d))?/;
const SIX_MONTHS = /(?:รอบ|ระยะ)\s*6\s*เดือน/;
// "ประจำปี" alone (not "ประจำปีงบประมาณ", not "ประจำปี พ.ศ.") names the annual report.
const TWELVE_MONTHS = /รอบ\s*12\s*เดือน|ประจำปี(?!\s*(?:งบประมาณ|พ\.|2[4-8]\d\d))/;

type MutableHeader = { -readonly [K in keyof DocumentHeader]: DocumentHeader[K] };

// A name runs to the next space; a run longer than this is not a name (a line pasted without spaces).
const MAX_NAME = 100;

function nameIn(pattern: RegExp, line: string): string | undefined {
  const name = pattern.exec(line)?.[1];
  return name !== undefined && name.length <= MAX_NAME ? name : undefined;
}

/**
 * What the lines above a table say of the document. All of them are kept, as the title; the year,
 * round, organization, district and province are read out of them too.
 */
export function readHeaderLines(lines: readonly string[]): DocumentHeader {
  const header: MutableHeader = {};
  for (const line of lines) {
    const text = toArabicDigits(line);
    const years = YEARS.exec(text);
    // A year past the header's range ("2899") is not read: it would make the whole header invalid.
    if (years && header.fiscalYear === undefined && Number(years[1]) <= LAST_FISCAL_YEAR) {
      header.fiscalYear = Number(years[1]);
      const end = Number(years[2]);
      if (end > header.fiscalYear && end <= LAST_FISCAL_YEAR) header.fiscalYearEnd = end;
    }
    if (header.round === undefined && SIX_MONTHS.test(text)) header.round = 6;
    else if (header.round === undefined && TWELVE_MONTHS.test(text)) header.round = 12;
    header.organization ??= nameIn(ORGANIZATION, line);
    header.district ??= nameIn(DISTRICT, line);
    header.province ??= nameIn(PROVINCE, line);
  }
  if (lines.length > 0) header.title = lines.join('\n');
  return Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined)) as DocumentHeader;
}
