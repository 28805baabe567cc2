/**
 * The last validation run, kept in the document properties (one value, one call to read or write) so
 * the sidebar's start page says whether the documents were checked and what was found.
 */

import type { KeyValueStore } from './context';

const LAST_CHECK_KEY = 'ita-sheets.last-check';

/** What the last run of the check found, on which tab. */
export interface LastCheck {
  readonly sheetId: number;
  readonly name: string;
  readonly errors: number;
  readonly warnings: number;
}

/** Notes a run of the check. */
export function storeLastCheck(properties: KeyValueStore, check: LastCheck): void {
  properties.setProperty(LAST_CHECK_KEY, JSON.stringify(check));
}

/** The last run noted, or null when none was (or the value cannot be read: the check is simply run again). */
export function loadLastCheck(properties: KeyValueStore): LastCheck | null {
  const json = properties.getProperty(LAST_CHECK_KEY);
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return null;
    const { sheetId, name, errors, warnings } = value as Record<string, unknown>;
    const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!count(sheetId) || typeof name !== 'string' || !count(errors) || !count(warnings)) return null;
    return { sheetId, name, errors, warnings };
  } catch {
    return null;
  }
}
