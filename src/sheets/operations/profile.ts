/**
 * The organization profile, kept once per spreadsheet in its document properties: one call to read,
 * one to write, invisible to the tab bar (an officer cannot delete or print it by mistake) and checked
 * with its schema whenever it is read, so a damaged value never reaches a form.
 */

import { type Profile, profileSchema } from '../../core/documents/header';
import type { KeyValueStore } from './context';

const PROFILE_KEY = 'ita-sheets.profile';

/** The saved profile, or null when none was saved (or what was saved is no longer readable). */
export function loadProfile(properties: KeyValueStore): Profile | null {
  const json = properties.getProperty(PROFILE_KEY);
  if (json === null) return null;
  try {
    const parsed = profileSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not JSON: a value no version of the add-in wrote. Treat as no profile; saving replaces it.
    return null;
  }
}

/** Saves a checked profile. */
export function storeProfile(properties: KeyValueStore, profile: Profile): void {
  properties.setProperty(PROFILE_KEY, JSON.stringify(profile));
}
