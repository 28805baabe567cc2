/** FY 2564: bands assumed as in 2562; weights stated by the NACC. */

import { BANDS_2562, WEIGHTS_STATED, type YearFacts } from './year-facts';

export const FY2564: YearFacts = {
  fiscalYear: 2564,
  grades: BANDS_2562,
  gradesProvenance: { source: 'เกณฑ์ระดับตามปี 2562 (bands assumed as in 2562)', verified: false },
  weightsProvenance: WEIGHTS_STATED,
};
