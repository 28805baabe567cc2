/** FY 2565: the published grade table (E from 50.00); weights assumed from the neighbouring years. */

import { BANDS_2565, WEIGHTS_ASSUMED, type YearFacts } from './year-facts';

export const FY2565: YearFacts = {
  fiscalYear: 2565,
  grades: BANDS_2565,
  gradesProvenance: { source: 'ตารางเกณฑ์ระดับที่ประกาศปี 2565 (published 2565 table)', verified: true },
  weightsProvenance: WEIGHTS_ASSUMED,
};
