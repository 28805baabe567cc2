/**
 * Keeps the store's `context` (the active tab and the selected row) up to date while the entry form is
 * shown, so the form follows the spreadsheet: read again when the sidebar gets the focus back (the
 * officer clicked into it from the sheet) and every few seconds while it is visible. Quiet: no busy
 * line, no banner, one read-only call, none while the form is not shown or the page is hidden.
 */

import { callServer } from './server';
import type { SidebarStore } from './state';

/** How often the active tab and row are read while the form is shown. */
export const FOLLOW_INTERVAL_MS = 3000;

/** Starts following; returns how to stop. */
export function followActiveContext(store: SidebarStore, intervalMs = FOLLOW_INTERVAL_MS): () => void {
  let reading = false;
  async function read(): Promise<void> {
    if (reading || store.get().view !== 'entry' || document.visibilityState !== 'visible') return;
    reading = true;
    try {
      const answer = await callServer('getActiveContext');
      if (answer.ok) store.set({ context: answer.value });
    } finally {
      reading = false;
    }
  }
  const onFocus = () => void read();
  window.addEventListener('focus', onFocus);
  const timer = window.setInterval(() => void read(), intervalMs);
  return () => {
    window.removeEventListener('focus', onFocus);
    window.clearInterval(timer);
  };
}
