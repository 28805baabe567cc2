/** Document properties kept in memory: PropertiesService's stand-in for the command line, tests and the preview. */

import { type KeyValueStore, utf8Length } from './operations/context';

/** Apps Script's documented limit of one property: 9 KB, key and value together (UTF-8). */
export const MAX_PROPERTY_BYTES = 9 * 1024;

export class MemoryProperties implements KeyValueStore {
  private readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  /** Refuses, as Apps Script does, a key and value over 9 KB: nothing is stored. */
  setProperty(key: string, value: string): this {
    if (utf8Length(key) + utf8Length(value) > MAX_PROPERTY_BYTES)
      throw new Error('Argument too large: value');
    this.values.set(key, value);
    return this;
  }
}
