/**
 * Document properties for the preview: in memory like MemoryProperties, but they can be listed, so the
 * profile is saved beside the workbook and survives a restart.
 */

import { MAX_PROPERTY_BYTES } from '../sheets/memory-properties';
import { type KeyValueStore, utf8Length } from '../sheets/operations/context';

/** A KeyValueStore that can be saved as a plain object and made again from one. */
export class PreviewProperties implements KeyValueStore {
  private readonly values: Map<string, string>;

  constructor(entries: Readonly<Record<string, string>> = {}) {
    this.values = new Map(Object.entries(entries));
  }

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  /** Refuses a key and value over Apps Script's 9 KB, as MemoryProperties and PropertiesService do. */
  setProperty(key: string, value: string): this {
    if (utf8Length(key) + utf8Length(value) > MAX_PROPERTY_BYTES)
      throw new Error('Argument too large: value');
    this.values.set(key, value);
    return this;
  }

  /** Every property, sorted by key so a saved file changes only where a property did. */
  toJSON(): Record<string, string> {
    return Object.fromEntries([...this.values].sort(([a], [b]) => a.localeCompare(b)));
  }
}
