/** FY 2569: no NACC change known yet (a reform is under way): 2568's rules carried forward. */

import type { YearFacts } from './year-facts';

export const FY2569: YearFacts = { fiscalYear: 2569, carriedFrom: 2568 };
