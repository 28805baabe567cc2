/**
 * Reads the document header from the lines above a table: the title with its year and round, the
 * organization, the district and the province, as Thai documents write them.
 */

import type { DocumentHeader } from '../documents/header';
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

/**
 * What the lines above a table say of the document. All of them are kept, as the title; the year,
 * round, organization, district and province are read out of them too.
 */
export function readHeaderLines(lines: readonly string[]): DocumentHeader {
  const header: MutableHeader = {};
  for (const line of lines) {
    const text = toArabicDigits(line);
    const years = YEARS.exec(text);
    if (years && header.fiscalYear === undefined) {
      header.fiscalYear = Number(years[1]);
      if (years[2] !== undefined && Number(years[2]) > header.fiscalYear)
        header.fiscalYearEnd = Number(years[2]);
    }
    if (header.round === undefined && SIX_MONTHS.test(text)) header.round = 6;
    else if (header.round === undefined && TWELVE_MONTHS.test(text)) header.round = 12;
    header.organization ??= ORGANIZATION.exec(line)?.[1];
    header.district ??= DISTRICT.exec(line)?.[1];
    header.province ??= PROVINCE.exec(line)?.[1];
  }
  if (lines.length > 0) header.title = lines.join('\n');
  return Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined)) as DocumentHeader;
}
