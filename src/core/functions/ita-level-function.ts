/**
 * ITA_LEVEL(scores, [year]): the result of the year as the NACC publishes it, one organization or one
 * per row of a block: the Rating Score's named level from FY 2567, the grade AA … F before.
 */

import { readFramework } from '../ita/framework-select';
import { standingOf, standingText } from '../ita/levels';
import type { Place } from '../problems/problem';
import { type SheetArgument, singleValue } from './cells';
import { mapOrganizations, readOrganizationScores } from './organization-scores';
import { BANGKOK_CLOCK, currentFiscalYear, type SheetClock } from './sheet-clock';
import { SheetFunctionError } from './sheet-function-error';

const NAME = 'ITA_LEVEL';
const YEAR_PLACE: Place = { th: 'ปีงบประมาณ', en: 'year' };

/** The body of the custom function ITA_LEVEL; no year means the current fiscal year. */
export function itaLevelFunction(
  scores: SheetArgument,
  year?: SheetArgument,
  clock: SheetClock = BANGKOK_CLOCK,
): string | string[][] {
  const framework = readFramework(singleValue(year), () => currentFiscalYear(clock));
  if (!framework.ok) throw new SheetFunctionError(NAME, YEAR_PLACE, framework.problem);
  return mapOrganizations(scores, (values, row) => {
    const tools = readOrganizationScores(NAME, framework.value, values, row);
    return tools === '' ? '' : standingText(standingOf(framework.value, tools));
  });
}
