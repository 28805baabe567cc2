/**
 * Document properties for the preview: in memory like MemoryProperties, but they can be listed, so the
 * profile is saved beside the workbook and survives a restart.
 */

import type { KeyValueStore } from '../sheets/operations/context';

/** A KeyValueStore that can be saved as a plain object and made again from one. */
export class PreviewProperties implements KeyValueStore {
  private readonly values: Map<string, string>;

  constructor(entries: Readonly<Record<string, string>> = {}) {
    this.values = new Map(Object.entries(entries));
  }

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.values.set(key, value);
    return this;
  }

  /** Every property, sorted by key so a saved file changes only where a property did. */
  toJSON(): Record<string, string> {
    return Object.fromEntries([...this.values].sort(([a], [b]) => a.localeCompare(b)));
  }
}
