/**
 * The count of service calls by "Class.method", and the fault to throw at the n-th one: the adapter's
 * call budget is asserted against it, and its error paths are driven by it.
 */

/** Calls made so far, by "Class.method" (e.g. "Range.setValues"). */
export type CallCounts = Readonly<Record<string, number>>;

interface PendingFault {
  remaining: number;
  readonly message: string | undefined;
}

/** Counts calls by name and throws the injected fault when its call comes. */
export class CallLedger {
  private readonly counts = new Map<string, number>();
  private fault: PendingFault | undefined;

  /** defaultFailure gives the message of an injected fault when none was given. */
  constructor(private readonly defaultFailure: () => string) {}

  /** Records one call; throws first if it is the call a fault was set for (the call still counts). */
  enter(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (!this.fault) return;
    this.fault.remaining -= 1;
    if (this.fault.remaining > 0) return;
    const message = this.fault.message ?? this.defaultFailure();
    this.fault = undefined;
    throw new Error(message);
  }

  snapshot(): CallCounts {
    const sorted = [...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.freeze(Object.fromEntries(sorted));
  }

  total(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Makes the n-th call from now throw; undefined clears a pending fault. */
  failAt(n: number | undefined, message?: string): void {
    if (n === undefined) {
      this.fault = undefined;
      return;
    }
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`failAtCall: expected a whole number from 1, got ${n}`);
    this.fault = { remaining: n, message };
  }
}
