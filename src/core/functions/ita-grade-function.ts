/**
 * ITA_GRADE(score, [year], [style]): the grade (AA … F) or ผ่าน / ไม่ผ่าน of each score. From FY 2567 a
 * total gives a named level only below 85 (ต้องปรับปรุง …); above, the level needs the tools (ITA_LEVEL).
 */

import { readFramework } from '../ita/framework-select';
import { FAIL_TH, gradeOf, PASS_TH, passes } from '../ita/grade';
import { levelOfTotalAlone } from '../ita/levels';
import { decimalToString, toHundredths } from '../numbers/decimal';
import { isBlank } from '../numbers/read-number';
import { fail, ok, type Place, type Result } from '../problems/problem';
import { trimCell } from '../thai/whitespace';
import { mapCells, type SheetArgument, singleValue } from './cells';
import { readScore } from './read-score';
import { BANGKOK_CLOCK, currentFiscalYear, type SheetClock } from './sheet-clock';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'ITA_GRADE';
const YEAR_PLACE: Place = { th: 'ปีงบประมาณ', en: 'year' };
const STYLE_PLACE: Place = { th: 'รูปแบบ', en: 'style' };

export type GradeStyle = 'grade' | 'pass';
const STYLE_WORDS: Readonly<Record<string, GradeStyle>> = { grade: 'grade', pass: 'pass', ผ่าน: 'pass' };

/** Reads the style argument: blank or "grade" gives AA … F, "pass" (or ผ่าน) gives ผ่าน / ไม่ผ่าน. */
export function readGradeStyle(value: unknown): Result<GradeStyle> {
  if (isBlank(value)) return ok('grade');
  const style = typeof value === 'string' ? STYLE_WORDS[trimCell(value).toLowerCase()] : undefined;
  return style ? ok(style) : fail({ code: 'unknown-option', value, allowed: ['"grade"', '"pass"'] });
}

/** The body of the custom function ITA_GRADE. */
export function itaGradeFunction(
  score: SheetArgument,
  year?: SheetArgument,
  style?: SheetArgument,
  clock: SheetClock = BANGKOK_CLOCK,
): string | string[][] {
  const framework = readFramework(singleValue(year), () => currentFiscalYear(clock));
  if (!framework.ok) throw new SheetFunctionError(NAME, YEAR_PLACE, framework.problem);
  const gradeStyle = readGradeStyle(singleValue(style));
  if (!gradeStyle.ok) throw new SheetFunctionError(NAME, STYLE_PLACE, gradeStyle.problem);
  return mapCells(score, (value, place) => {
    const read = readScore(value);
    if (!read.ok) {
      if (read.problem.code === 'blank') return '';
      throw new SheetFunctionError(NAME, place, read.problem);
    }
    const hundredths = toHundredths(read.value);
    if (gradeStyle.value === 'pass') return passes(framework.value, hundredths) ? PASS_TH : FAIL_TH;
    const levels = framework.value.levels;
    if (!levels) return gradeOf(framework.value, hundredths);
    const level = levelOfTotalAlone(levels, hundredths);
    if (level) return level.nameTh;
    throw new SheetFunctionError(NAME, place, {
      code: 'total-needs-tools',
      total: decimalToString({ units: hundredths, scale: 2 }),
      fiscalYear: framework.value.fiscalYear,
    });
  });
}
