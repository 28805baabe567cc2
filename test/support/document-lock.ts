/**
 * LockService's document lock for tests: one lock per spreadsheet, one handle per execution (each
 * sidebar call gets its own). A handle that waits while another holds the lock times out, as
 * `waitLock` throws in Apps Script; JavaScript here runs one call at a time, so "while" means a test
 * that holds a handle on purpose.
 */

import type { DocumentLock } from '../../src/server/api';

export class SharedDocumentLock {
  private holder: DocumentLock | null = null;

  /** A new execution's handle on the lock. */
  handle(): DocumentLock {
    const handle: DocumentLock = {
      waitLock: () => {
        if (this.holder !== null && this.holder !== handle)
          throw new Error('Lock timeout: another process held the lock');
        this.holder = handle;
      },
      releaseLock: () => {
        if (this.holder === handle) this.holder = null;
      },
    };
    return handle;
  }
}
