/** A sheet's protection: the add-in only asks for a warning with a description, and that is what is kept. */

import type { ProtectionApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import type { ProtectionState } from './sheet-state';

/** Protection: keeps the warning-only flag and the description. */
export class MemoryProtection implements ProtectionApi {
  constructor(
    private readonly ledger: CallLedger,
    private readonly state: ProtectionState,
  ) {}

  setWarningOnly(warningOnly: boolean): MemoryProtection {
    this.ledger.enter('Protection.setWarningOnly');
    this.state.warningOnly = warningOnly;
    return this;
  }

  setDescription(description: string): MemoryProtection {
    this.ledger.enter('Protection.setDescription');
    this.state.description = description;
    return this;
  }
}
