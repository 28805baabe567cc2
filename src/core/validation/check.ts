/** One check's outcome before it is placed on a record and field: its severity and its problem. */

import type { Finding } from '../problems/finding';
import type { Problem } from '../problems/problem';

export interface Check {
  readonly severity: Finding['severity'];
  readonly problem: Problem;
}

export const error = (problem: Problem): Check => ({ severity: 'error', problem });
export const warning = (problem: Problem): Check => ({ severity: 'warning', problem });
