import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activateTab, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(90_000);

const current = usePreviewSessions();

/** pdfinfo's page count and page size of a PDF. */
function pdfInfo(pdf: Buffer): { pages: number; size: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-print-'));
  try {
    const file = join(dir, 'view.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the print dialog in the preview', () => {
  it('opens the print view of a report over the grid, with its print button, and prints A4 pages', async () => {
    const { page, sidebar } = current();
    await activateTab(page, 'มาตรการ 2568');
    await sidebar.getByTestId('nav-report').click();
    await sidebar.getByTestId('report-kind').selectOption('results');

    await sidebar.getByTestId('report-print').click();
    const dialog = page.getByTestId('preview-dialog');
    await dialog.waitFor({ state: 'visible' });
    const view = page.frameLocator('[data-testid="preview-dialog-frame"]');
    await view.getByTestId('print-dialog-print').waitFor();
    await idle(current());
    await screenshot(page, 'print-dialog');

    expect(await page.getByTestId('preview-dialog-title').textContent()).toContain('มาตรการ 2568');
    expect(await sidebar.getByTestId('report-printed').textContent()).toContain('เปิดหน้าพิมพ์แล้ว');
    expect(await view.getByTestId('print-dialog-open-tab').isVisible()).toBe(true);
    expect(await view.getByTestId('print-dialog-download').isVisible()).toBe(true);
    expect(await view.locator('body').textContent()).toContain('รายงานผลการดำเนินการ');

    // "Open in a new tab" opens the view, and says nothing of a blocked window when it was not blocked.
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      view.getByTestId('print-dialog-open-tab').click(),
    ]);
    await tab.waitForLoadState();
    expect(await tab.locator('body').textContent()).toContain('รายงานผลการดำเนินการ');
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();
    expect(await view.locator('.hint').textContent()).not.toContain('กันหน้าต่างใหม่');

    // The view's pages, as the browser's print makes them: A4, the bar left off.
    const printed = await page.context().newPage();
    await printed.goto(new URL('/preview/dialog/page', page.url()).toString());
    await printed.emulateMedia({ media: 'print' });
    expect(await printed.getByTestId('print-dialog-bar').isVisible()).toBe(false);
    const pdf = await printed.pdf({ preferCSSPageSize: true, printBackground: true });
    await printed.close();
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(1);
    expect(info.size).toMatch(/\(A4\)$/);

    await page.getByTestId('preview-dialog-close').click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
