/**
 * FY 2567: the first year of the Rating Score's named levels (not verified against the NACC manual).
 * The grade bands are kept only for documents that still print a grade; the result is the level.
 */

import {
  BANDS_2565,
  BANDS_AS_2565_UNVERIFIED,
  LEVELS_2567,
  LEVELS_2567_SOURCE,
  WEIGHTS_REPRODUCED,
  type YearFacts,
} from './year-facts';

export const FY2567: YearFacts = {
  fiscalYear: 2567,
  grades: BANDS_2565,
  gradesProvenance: BANDS_AS_2565_UNVERIFIED,
  weightsProvenance: WEIGHTS_REPRODUCED,
  levels: LEVELS_2567,
  levelsProvenance: LEVELS_2567_SOURCE,
};
