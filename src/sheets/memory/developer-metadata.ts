/** Developer metadata on a sheet, as Sheet.getDeveloperMetadata hands it out. */

import type { DeveloperMetadataApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import { assertLive, type MetadataEntry, type SheetState } from './sheet-state';

/** One key/value entry on a sheet; remove() takes it off. */
export class MemoryDeveloperMetadata implements DeveloperMetadataApi {
  constructor(
    private readonly ledger: CallLedger,
    private readonly sheet: SheetState,
    private readonly entry: MetadataEntry,
  ) {}

  getKey(): string {
    this.ledger.enter('DeveloperMetadata.getKey');
    return this.entry.key;
  }

  getValue(): string | null {
    this.ledger.enter('DeveloperMetadata.getValue');
    return this.entry.value;
  }

  remove(): void {
    this.ledger.enter('DeveloperMetadata.remove');
    assertLive(this.sheet);
    this.sheet.metadata = this.sheet.metadata.filter((m) => m.id !== this.entry.id);
  }
}
