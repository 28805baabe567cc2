/** FY 2568: the levels of 2567 (the NACC's August 2025 case is of this year); weights assumed. */

import {
  BANDS_2565,
  BANDS_AS_2565_UNVERIFIED,
  LEVELS_2567,
  LEVELS_2567_SOURCE,
  WEIGHTS_ASSUMED,
  type YearFacts,
} from './year-facts';

export const FY2568: YearFacts = {
  fiscalYear: 2568,
  grades: BANDS_2565,
  gradesProvenance: BANDS_AS_2565_UNVERIFIED,
  weightsProvenance: WEIGHTS_ASSUMED,
  levels: LEVELS_2567,
  levelsProvenance: LEVELS_2567_SOURCE,
};
