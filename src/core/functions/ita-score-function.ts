/** ITA_SCORE(scores, [year]): the weighted ITA total of one organization, or one per row of a block. */

import { readFramework } from '../ita/framework-select';
import { totalHundredths } from '../ita/score';
import { hundredthsToNumber } from '../numbers/decimal';
import type { Place } from '../problems/problem';
import { type SheetArgument, singleValue } from './cells';
import { mapOrganizations, readOrganizationScores } from './organization-scores';
import { BANGKOK_CLOCK, currentFiscalYear, type SheetClock } from './sheet-clock';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'ITA_SCORE';
const YEAR_PLACE: Place = { th: 'ปีงบประมาณ', en: 'year' };

/** The body of the custom function ITA_SCORE; no year means the current fiscal year in the spreadsheet's zone. */
export function itaScoreFunction(
  scores: SheetArgument,
  year?: SheetArgument,
  clock: SheetClock = BANGKOK_CLOCK,
): number | '' | (number | '')[][] {
  const framework = readFramework(singleValue(year), () => currentFiscalYear(clock));
  if (!framework.ok) throw new SheetFunctionError(NAME, YEAR_PLACE, framework.problem);
  return mapOrganizations(scores, (values, row) => {
    const tools = readOrganizationScores(NAME, framework.value, values, row);
    return tools === '' ? '' : hundredthsToNumber(totalHundredths(framework.value, tools));
  });
}
