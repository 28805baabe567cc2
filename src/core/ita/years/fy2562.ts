/** FY 2562: grade bands from an organization's own report, weights stated by the NACC. */

import { BANDS_2562, WEIGHTS_STATED, type YearFacts } from './year-facts';

export const FY2562: YearFacts = {
  fiscalYear: 2562,
  grades: BANDS_2562,
  gradesProvenance: {
    source: 'เกณฑ์ระดับจากรายงานของหน่วยงานปี 2562 (bands from an organization report)',
    verified: true,
  },
  weightsProvenance: WEIGHTS_STATED,
};
