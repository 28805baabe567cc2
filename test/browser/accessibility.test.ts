import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { idle, launchChromium, openPreview, type PreviewSession, screenshot } from './preview-session';

jest.setTimeout(60_000);

const AXE = join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const VIEWS = ['start', 'profile', 'documents', 'entry', 'oit', 'validate', 'report'] as const;

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: unknown }[];
}

interface AxeWindow {
  readonly axe: {
    run(context: Document | { exclude: string[][] }): Promise<{ violations: AxeViolation[] }>;
  };
}

// Serious and critical: the violations that stop an officer using a screen reader or a keyboard.
const SERIOUS = (v: { impact?: string | null }) => v.impact === 'serious' || v.impact === 'critical';

let browser: Browser;
let session: PreviewSession;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openPreview(browser);
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
});

describe('the sidebar’s accessibility', () => {
  it.each(VIEWS)('has no serious or critical axe-core violation in the %s view', async (view) => {
    const { page, sidebar } = session;
    await sidebar.getByTestId(`nav-${view}`).click();
    await idle(session);
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
    if (!frame) throw new Error('the sidebar frame is not loaded');
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });

    const violations = await frame.evaluate(async () => {
      const result = await (window as unknown as AxeWindow).axe.run(document);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
      }));
    });
    await screenshot(page, `axe-${view}`);

    expect(violations.filter(SERIOUS)).toEqual([]);
  });
});

describe('the preview page’s accessibility', () => {
  it('has no serious or critical axe-core violation in the grid around the sidebar', async () => {
    const { page } = session;
    await page.addScriptTag({ path: AXE });

    const violations = await page.evaluate(async () => {
      // The sidebar has its own scan above.
      const result = await (window as unknown as AxeWindow).axe.run({ exclude: [['iframe']] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
      }));
    });

    expect(violations.filter(SERIOUS)).toEqual([]);
  });
});
