import { activateTab, gridTable, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(60_000);

const RESULTS_TITLE = 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

const current = usePreviewSessions();

describe('documents and reports in the preview', () => {
  it('structures the pasted tab into a new tab with every record of the paste', async () => {
    const { page, sidebar } = current();
    const tabs = page.getByTestId('grid-tab');
    const tabsBefore = await tabs.count();
    await activateTab(page, 'วางข้อความ');
    await sidebar.getByTestId('nav-documents').click();

    await sidebar.getByTestId('structure-type').selectOption('measures');
    await sidebar.getByTestId('structure-tab').click();
    const result = sidebar.getByTestId('structure-result').filter({ hasText: 'รายการ' });
    await result.waitFor();
    await page.locator('[data-testid="grid-tab"]').nth(tabsBefore).waitFor();
    await idle(current());
    await screenshot(page, 'documents-structure');

    // The FY 2563 seed beside the repository holds 19 measures (its fixture stand-in, 5).
    expect(await result.textContent()).toMatch(/: (19|5) รายการ/);
    const count = Number(/: (\d+) รายการ/.exec((await result.textContent()) ?? '')?.[1]);
    expect(await tabs.count()).toBe(tabsBefore + 1);
    expect(await page.locator('[data-testid="grid-tab"][aria-selected="true"]').textContent()).not.toBe(
      'วางข้อความ',
    );
    // The header row, then one row per record at least (a record's lists stay in its one row).
    expect(await gridTable(page).locator('tr[data-row]').count()).toBe(count + 1);
  });

  it('makes a results report tab with its title and a row per measure', async () => {
    const { page, sidebar } = current();
    const tabs = page.getByTestId('grid-tab');
    const tabsBefore = await tabs.count();
    await activateTab(page, 'มาตรการ 2568');
    await sidebar.getByTestId('nav-report').click();

    await sidebar.getByTestId('report-kind').selectOption('results');
    await sidebar.getByTestId('report-make').click();
    await sidebar.getByTestId('report-link').waitFor();
    await gridTable(page).locator('td', { hasText: RESULTS_TITLE }).first().waitFor();
    await idle(current());
    await screenshot(page, 'report-results');

    expect(await tabs.count()).toBe(tabsBefore + 1);
    const text = (await gridTable(page).textContent()) ?? '';
    expect(text).toContain(RESULTS_TITLE);
    expect(text).toContain('เปิดเผยแผนการจัดซื้อจัดจ้างประจำปีให้ประชาชนตรวจสอบได้');
  });
});
