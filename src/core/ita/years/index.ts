/**
 * Every fiscal year built in, one data file each, oldest first. Adding a year is adding its file
 * (fy2571.ts) and its line here; docs/adding-a-year.md says how.
 */

import { FY2562 } from './fy2562';
import { FY2563 } from './fy2563';
import { FY2564 } from './fy2564';
import { FY2565 } from './fy2565';
import { FY2566 } from './fy2566';
import { FY2567 } from './fy2567';
import { FY2568 } from './fy2568';
import { FY2569 } from './fy2569';
import { FY2570 } from './fy2570';
import type { YearFacts } from './year-facts';

export const YEAR_FACTS: readonly YearFacts[] = [
  FY2562,
  FY2563,
  FY2564,
  FY2565,
  FY2566,
  FY2567,
  FY2568,
  FY2569,
  FY2570,
];
