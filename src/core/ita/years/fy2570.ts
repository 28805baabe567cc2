/** FY 2570: no NACC change known yet (a reform is under way): 2568's rules carried forward. */

import type { YearFacts } from './year-facts';

export const FY2570: YearFacts = { fiscalYear: 2570, carriedFrom: 2568 };
