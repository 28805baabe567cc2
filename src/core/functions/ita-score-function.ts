/** ITA_SCORE(scores, [year]): the weighted ITA total of one organization, or one per row of a block. */

import type { Framework } from '../ita/framework';
import { TOOLS } from '../ita/framework';
import { readFramework } from '../ita/framework-select';
import { toolScoresFromDecimals, toolScoresFromIndicators, totalHundredths } from '../ita/score';
import type { Decimal } from '../numbers/decimal';
import { hundredthsToNumber } from '../numbers/decimal';
import { isBlank } from '../numbers/read-number';
import type { Place } from '../problems/problem';
import { isRange, type SheetArgument, singleValue } from './cells';
import { readScore } from './read-score';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'ITA_SCORE';
const YEAR_PLACE: Place = { th: 'ปีงบประมาณ', en: 'year' };

/** The body of the custom function ITA_SCORE. */
export function itaScoreFunction(
  scores: SheetArgument,
  year?: SheetArgument,
): number | '' | (number | '')[][] {
  const framework = readFramework(singleValue(year));
  if (!framework.ok) throw new SheetFunctionError(NAME, YEAR_PLACE, framework.problem);
  if (!isRange(scores)) return scoreOrganization(framework.value, [scores], undefined);
  if (scores.length > 1 && scores.every((row) => row.length === 1)) {
    return scoreOrganization(
      framework.value,
      scores.map((row) => row[0]),
      undefined,
    );
  }
  if (scores.length === 1) return scoreOrganization(framework.value, scores[0]!, undefined);
  return scores.map((row, i) => [scoreOrganization(framework.value, row, i + 1)]);
}

/** The place of one score: "คะแนนตัวชี้วัดที่ 3" or "คะแนน EIT", inside row N of a block. */
function scorePlace(what: Place, row: number | undefined): Place {
  if (row === undefined) return what;
  return { th: `แถวที่ ${row} ของช่วง ${what.th}`, en: `row ${row} of the range, ${what.en}` };
}

function rowPlace(row: number | undefined): Place {
  return row === undefined
    ? { th: 'คะแนน', en: 'the score range' }
    : { th: `แถวที่ ${row} ของช่วง`, en: `row ${row} of the range` };
}

/** The total of one organization's indicator or tool scores; blank when every cell is blank. */
function scoreOrganization(
  framework: Framework,
  values: readonly unknown[],
  row: number | undefined,
): number | '' {
  if (values.every(isBlank)) return '';
  const asTools = values.length === TOOLS.length;
  if (values.length !== framework.indicators.length && !asTools) {
    throw new SheetFunctionError(NAME, rowPlace(row), {
      code: 'wrong-count',
      count: values.length,
      expected: [framework.indicators.length, TOOLS.length],
    });
  }
  const places: Place[] = values.map((_, i) =>
    asTools
      ? { th: `คะแนน ${TOOLS[i]}`, en: TOOLS[i]! }
      : { th: `คะแนนตัวชี้วัดที่ ${i + 1}`, en: `indicator ${i + 1}` },
  );
  const decimals: Decimal[] = [];
  const blanks: Place[] = [];
  values.forEach((value, i) => {
    const place = places[i]!;
    const read = readScore(value);
    if (read.ok) decimals.push(read.value);
    else if (read.problem.code === 'blank') blanks.push(place);
    else throw new SheetFunctionError(NAME, scorePlace(place, row), read.problem);
  });
  if (blanks.length > 0) throw new SheetFunctionError(NAME, rowPlace(row), { code: 'partly-blank', blanks });
  const tools = asTools
    ? toolScoresFromDecimals({ IIT: decimals[0]!, EIT: decimals[1]!, OIT: decimals[2]! })
    : toolScoresFromIndicators(framework, decimals);
  return hundredthsToNumber(totalHundredths(framework, tools));
}
