/** FY 2566: bands as 2565, not verified (the NACC said only "85 passes, 95 and over is excellent"). */

import { BANDS_2565, BANDS_AS_2565_UNVERIFIED, WEIGHTS_REPRODUCED, type YearFacts } from './year-facts';

export const FY2566: YearFacts = {
  fiscalYear: 2566,
  grades: BANDS_2565,
  gradesProvenance: BANDS_AS_2565_UNVERIFIED,
  weightsProvenance: WEIGHTS_REPRODUCED,
};
