/**
 * The sidebar's state in one place: the view shown, where the officer is in the spreadsheet (the active
 * tab and the selected row), what the form shows, the start page's steps, and a record asked for in the
 * form. Views read it with `get()` and hear of changes with `subscribe`; only what changed is told
 * (`changed(key)`), so a view re-draws for its own keys alone. Pure: no DOM, no server.
 *
 * Not here, on purpose: the form's typed values stay in its controls and their copy in localStorage
 * (drafts.ts), which outlives the sidebar; the profile keeps its own store (profile-store.ts), which
 * the entry form and the profile view already share.
 */

import type { ActiveContext, StartState } from '../../src/shared/api';

/** The sidebar's views (each a page behind a navigation button). */
export type ViewName =
  | 'start'
  | 'profile'
  | 'documents'
  | 'entry'
  | 'oit'
  | 'validate'
  | 'report'
  | 'district';

/** What the entry form shows: the tab, the row it edits (null for a new record), unsaved typing. */
export interface FormState {
  readonly sheetId: number;
  readonly row: number | null;
  readonly dirty: boolean;
}

export interface SidebarState {
  readonly view: ViewName;
  /** The active tab and the selected row, as last read from the spreadsheet (null before the first read). */
  readonly context: ActiveContext | null;
  readonly form: FormState | null;
  /** The start page's steps as last read (null before the first read). */
  readonly start: StartState | null;
  /** A record asked for in the form ("แก้ในฟอร์ม"): the form opens it when it is shown. */
  readonly openRecord: { readonly sheetId: number; readonly row: number } | null;
}

/** A change: the state after, the state before, and whether a key changed. */
export interface Change<S> {
  readonly state: S;
  readonly previous: S;
  changed(key: keyof S): boolean;
}

export interface Store<S> {
  get(): S;
  /** Sets some keys; listeners hear of it only when a value changed (by identity, or as JSON for plain data). */
  set(patch: Partial<S>): void;
  /** Listens to every change; returns how to stop. */
  subscribe(listener: (change: Change<S>) => void): () => void;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A store of plain data. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(change: Change<S>) => void>();
  return {
    get: () => state,
    set(patch) {
      const keys = (Object.keys(patch) as (keyof S)[]).filter((key) => !same(state[key], patch[key]));
      if (keys.length === 0) return;
      const previous = state;
      state = { ...state, ...patch };
      const change: Change<S> = { state, previous, changed: (key) => keys.includes(key) };
      for (const listener of [...listeners]) listener(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SidebarStore = Store<SidebarState>;

/** The sidebar's store as it opens: on the start page, nothing read yet. */
export function createSidebarStore(): SidebarStore {
  return createStore<SidebarState>({
    view: 'start',
    context: null,
    form: null,
    start: null,
    openRecord: null,
  });
}
