/** NamedRange for the memory workbook: a name and the block it stands for (Data › Named ranges). */

import type { NamedRangeApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import type { MemoryRange } from './memory-range';

/** NamedRange: getName, getRange, remove, each a counted call. */
export class MemoryNamedRange implements NamedRangeApi {
  constructor(
    private readonly ledger: CallLedger,
    private readonly name: string,
    private readonly range: () => MemoryRange,
    private readonly removeIt: () => void,
  ) {}

  getName(): string {
    this.ledger.enter('NamedRange.getName');
    return this.name;
  }

  getRange(): MemoryRange {
    this.ledger.enter('NamedRange.getRange');
    return this.range();
  }

  remove(): void {
    this.ledger.enter('NamedRange.remove');
    this.removeIt();
  }
}
