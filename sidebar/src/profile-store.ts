/** The organization profile as the sidebar last read or saved it, shared by the views that need its units. */

import type { Profile } from '../../src/core/documents/header';

type Listener = (profile: Profile | null) => void;

/** Holds the profile and tells the views when it changes. */
export class ProfileStore {
  private current: Profile | null = null;
  private loaded = false;
  private readonly listeners: Listener[] = [];

  /** The profile, or null when the spreadsheet has none yet. */
  get profile(): Profile | null {
    return this.current;
  }

  /** True once the profile has been read from the server (it may still be null). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** The units of the profile, or none. */
  get units(): readonly string[] {
    return this.current?.units ?? [];
  }

  set(profile: Profile | null): void {
    this.current = profile;
    this.loaded = true;
    for (const listener of this.listeners) listener(profile);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
