/**
 * What every view shares: server calls with a busy state and an error banner, the profile, and
 * navigation between views.
 */

import type { ServerApi, ServerRequest } from '../../src/shared/api';
import { h, replace, show } from './dom';
import { ProfileStore } from './profile-store';
import { callServer, type ServerAnswer } from './server';
import { createSidebarStore, type SidebarStore, type ViewName } from './state';

export type { ViewName } from './state';

/**
 * The writes that change a step of the start page: after one succeeds the steps are read again, so
 * the next step offered follows (a view added later joins by calling one of these, or `app.refreshSteps`).
 */
const STEP_ACTIONS: ReadonlySet<keyof ServerApi> = new Set<keyof ServerApi>([
  'saveProfile',
  'createDocumentTab',
  'structureActiveTab',
  'structurePastedText',
  'structureWordFile',
  'appendRecord',
  'updateRecord',
  'validateTab',
  'makeReport',
  'rolloverTab',
  // The first update makes the roll-up's links tab: the organization's steps then give way to the district page.
  'updateRollup',
]);

/** One view of the sidebar: its element and what it does when it is shown. */
export interface View {
  readonly name: ViewName;
  readonly element: HTMLElement;
  show(): void;
}

/** The services a view receives. */
export interface App {
  /** Calls the server; while it runs the busy line shows and `button` is disabled; a refusal fills the banner. */
  call<K extends keyof ServerApi>(
    name: K,
    request?: ServerRequest<K>,
    button?: HTMLButtonElement,
  ): Promise<ServerAnswer<K>>;
  showError(message: string, details?: readonly string[]): void;
  clearError(): void;
  navigate(view: ViewName): void;
  readonly profile: ProfileStore;
  /** The sidebar's state: the view, the active tab and row, the form, the steps (state.ts). */
  readonly store: SidebarStore;
  /** Reads the start page's steps again, quietly (no busy line, no banner). */
  refreshSteps(): Promise<void>;
}

/** The busy line and the error banner, and the App built on them. */
export function createApp(navigate: (view: ViewName) => void): {
  app: App;
  busy: HTMLElement;
  banner: HTMLElement;
} {
  const busyText = h('span', {}, 'กำลังทำงาน… (working)');
  const busy = h(
    'div',
    { class: 'busy', 'data-testid': 'busy', role: 'status', 'aria-live': 'polite', hidden: true },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    busyText,
  );
  const message = h('p', { class: 'banner-message' });
  const details = h('ul', { class: 'banner-details' });
  const banner = h(
    'div',
    { class: 'banner', 'data-testid': 'error-banner', role: 'alert', hidden: true },
    message,
    details,
    h('button', { type: 'button', class: 'link', onClick: () => app.clearError() }, 'ปิด (close)'),
  );
  let running = 0;

  const app: App = {
    profile: new ProfileStore(),
    store: createSidebarStore(),
    navigate,
    async refreshSteps() {
      const answer = await callServer('getStartState');
      if (answer.ok) app.store.set({ start: answer.value });
    },
    showError(text, lines = []) {
      message.textContent = text;
      replace(details, ...lines.map((line) => h('li', {}, line)));
      show(banner, true);
    },
    clearError() {
      message.textContent = '';
      replace(details);
      show(banner, false);
    },
    async call(name, request, button) {
      app.clearError();
      running += 1;
      show(busy, true);
      const wasDisabled = button?.disabled ?? false;
      if (button) button.disabled = true;
      try {
        const answer = await callServer(name, request);
        if (answer.ok && STEP_ACTIONS.has(name)) void app.refreshSteps();
        if (!answer.ok) {
          const problems = answer.problems ?? [];
          app.showError(
            answer.error,
            // The banner's line already says them all when they are few; a long list reads better split.
            problems.length > 1 ? problems.map((p) => (p.a1 ? `${p.a1}: ${p.message}` : p.message)) : [],
          );
        }
        return answer;
      } finally {
        running -= 1;
        show(busy, running > 0);
        if (button) button.disabled = wasDisabled;
      }
    },
  };
  return { app, busy, banner };
}
