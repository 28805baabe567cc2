/** Document properties kept in memory: PropertiesService's stand-in for the command line, tests and the preview. */

import type { KeyValueStore } from './operations/context';

export class MemoryProperties implements KeyValueStore {
  private readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.values.set(key, value);
    return this;
  }
}
