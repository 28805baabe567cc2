/**
 * The browser tests' setting: the preview started in-process on a free port with a fresh workbook
 * file, Debian's Chromium driven by playwright-core, and helpers to reach the grid and the sidebar.
 */

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type FrameLocator, type Page } from 'playwright-core';
import { type PreviewServer, startPreview } from '../../src/preview/server';
import { oneWorkbook, type PreviewDocument, writePreviewFile } from '../../src/preview/workbook-file';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** Launches Debian's Chromium, headless, saying what is missing when it cannot. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!existsSync(join(ROOT, 'dist', 'sidebar.html'))) {
    throw new Error('dist/sidebar.html is missing: run `npm run build` before the browser tests');
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** One test's preview: its server, its page and what it saw. */
export interface PreviewSession {
  readonly server: PreviewServer;
  readonly page: Page;
  readonly sidebar: FrameLocator;
  /** Messages of every alert, confirm or prompt the page or the sidebar opened. */
  readonly dialogs: string[];
  close(): Promise<void>;
}

/** Starts a preview with a fresh demo workbook (or `document`) and opens it in a new browser context. */
export async function openPreview(browser: Browser, document?: PreviewDocument): Promise<PreviewSession> {
  const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-browser-'));
  const workbookFile = join(dir, 'workbook.json');
  if (document) writePreviewFile(workbookFile, oneWorkbook(document));
  const server = await startPreview({ port: 0, workbookFile, root: ROOT });
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'th-TH' });
    // Hermetic: the sidebar links Google Fonts; nothing but the preview is fetched.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url);
    const sidebar = page.frameLocator('[data-testid="sidebar-frame"]');
    await sidebar.getByTestId('nav-entry').waitFor();
    const opened = context;
    return {
      server,
      page,
      sidebar,
      dialogs,
      close: async () => {
        await opened.close();
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The grid's table. */
export function gridTable(page: Page) {
  return page.getByTestId('grid-table');
}

/** How many rows the grid draws for the active tab. */
export function gridRowCount(page: Page): Promise<number> {
  return gridTable(page).locator('tr[data-row]').count();
}

/** Clicks a grid tab by its name and waits until the grid shows it. */
export async function activateTab(page: Page, name: string | RegExp): Promise<void> {
  const tab = page.getByTestId('grid-tab').filter({ hasText: name });
  await tab.click();
  await page.locator('[data-testid="grid-tab"][aria-selected="true"]').filter({ hasText: name }).waitFor();
}

/** Clicks a cell of the grid and waits until it is drawn selected. */
export async function selectCell(page: Page, a1: string): Promise<void> {
  await gridTable(page).locator(`td[data-a1="${a1}"]`).click();
  await gridTable(page).locator(`td[data-a1="${a1}"].selected`).waitFor();
}

/** Opens the entry form on the active tab (the form reads the active tab when shown). */
export async function openEntry(session: PreviewSession, tabName: string): Promise<void> {
  await session.sidebar.getByTestId('nav-entry').click();
  await session.sidebar.getByTestId('entry-refresh').click();
  await session.sidebar.getByTestId('entry-tab-name').filter({ hasText: tabName }).waitFor();
}

/** Waits until the sidebar has no server call running. */
export async function idle(session: PreviewSession): Promise<void> {
  await session.sidebar.getByTestId('busy').waitFor({ state: 'hidden' });
}

/** Saves a screenshot of the whole preview to test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * One Chromium for the file and a fresh preview (own port, own workbook) for each test; the
 * returned function gives the current test's session.
 */
export function usePreviewSessions(): () => PreviewSession {
  let browser: Browser | undefined;
  let session: PreviewSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('usePreviewSessions: bug: Chromium did not start');
    session = await openPreview(browser);
  });
  afterEach(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('usePreviewSessions: bug: no session outside a test');
    return session;
  };
}
