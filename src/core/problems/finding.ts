/**
 * A problem found in a document, with where it is: the record (1-based, in document order), the
 * field's key, and the row or line of the source it came from. Errors must be fixed; warnings are
 * suspicious but allowed.
 */

import type { Problem } from './problem';

export type Severity = 'error' | 'warning';

export interface Finding<P = Problem> {
  readonly severity: Severity;
  readonly problem: P;
  /** 1-based record number, when the finding is about one record. */
  readonly record?: number;
  /** The field's key, when the finding is about one field. */
  readonly field?: string;
  /** 1-based row or line of the source (the pasted tab or file). */
  readonly row?: number;
}
