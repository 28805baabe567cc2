/** FY 2563: bands assumed as in 2562; the weights reproduce the published totals. */

import { BANDS_2562, WEIGHTS_REPRODUCED, type YearFacts } from './year-facts';

export const FY2563: YearFacts = {
  fiscalYear: 2563,
  grades: BANDS_2562,
  gradesProvenance: { source: 'เกณฑ์ระดับตามปี 2562 (bands assumed as in 2562)', verified: false },
  weightsProvenance: WEIGHTS_REPRODUCED,
};
