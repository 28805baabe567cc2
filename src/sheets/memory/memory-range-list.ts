/** RangeList for the memory workbook: one counted call formats every range of the list. */

import type { RangeListApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import { Formattable, type RangeTarget } from './formattable';
import { STATE } from './internal';
import type { MemoryRange } from './memory-range';

/** RangeList: ranges of one sheet formatted together. */
export class MemoryRangeList extends Formattable<MemoryRangeList> implements RangeListApi {
  constructor(
    ledger: CallLedger,
    private readonly ranges: readonly MemoryRange[],
  ) {
    super(ledger, 'RangeList');
  }

  protected targets(): readonly RangeTarget[] {
    return this.ranges.map((range) => range[STATE]);
  }

  protected self(): MemoryRangeList {
    return this;
  }

  getRanges(): MemoryRange[] {
    this.ledger.enter('RangeList.getRanges');
    return [...this.ranges];
  }
}
