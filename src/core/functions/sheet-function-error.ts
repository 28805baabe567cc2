/** The error a custom function throws: Sheets shows its message in the cell's tooltip. */

import { problemMessage } from '../problems/messages';
import type { Place, Problem } from '../problems/problem';

export class SheetFunctionError extends Error {
  constructor(
    readonly operation: string,
    readonly place: Place,
    readonly problem: Problem,
  ) {
    super(problemMessage(operation, place, problem));
    this.name = 'SheetFunctionError';
  }
}
