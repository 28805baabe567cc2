import { activateTab, gridTable, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(60_000);

const current = usePreviewSessions();

describe('rolling a document tab into a new fiscal year from the sidebar', () => {
  it('makes the FY 2569 measures tab from 2568, periods moved, and leaves the old tab as it was', async () => {
    const { page, sidebar } = current();
    const tabs = page.getByTestId('grid-tab');
    const tabsBefore = await tabs.count();
    await activateTab(page, 'มาตรการ 2568');
    const oldText = await gridTable(page).textContent();
    await sidebar.getByTestId('nav-documents').click();

    await sidebar.getByTestId('rollover-tab').click();
    const result = sidebar.getByTestId('rollover-result').filter({ hasText: 'แท็บเดิมไม่เปลี่ยนแปลง' });
    await result.waitFor();
    await page.locator('[data-testid="grid-tab"]', { hasText: 'มาตรการ 2569' }).waitFor();
    await idle(current());
    await screenshot(page, 'rollover-measures');

    expect(await result.textContent()).toContain('สร้างแท็บ “มาตรการ 2569” ปีงบประมาณ 2569 แล้ว');
    expect(await tabs.count()).toBe(tabsBefore + 1);
    await activateTab(page, 'มาตรการ 2569');
    await gridTable(page).locator('td', { hasText: '๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙' }).first().waitFor();
    await activateTab(page, 'มาตรการ 2568');
    expect(await gridTable(page).textContent()).toBe(oldText);
  });

  it('makes a results tab from the measures tab, and refuses a year typed wrong without a call', async () => {
    const { page, sidebar } = current();
    await activateTab(page, 'มาตรการ 2568');
    await sidebar.getByTestId('nav-documents').click();

    await sidebar.getByTestId('rollover-year').fill('69');
    await sidebar.getByTestId('rollover-tab').click();
    await sidebar.getByTestId('error-rollover-year').filter({ hasText: 'ปี พ.ศ. สี่หลัก' }).waitFor();
    await sidebar.getByTestId('rollover-year').fill('๒๕๖๘');
    await sidebar.getByTestId('rollover-as').selectOption('results');
    await sidebar.getByTestId('rollover-tab').click();
    const result = sidebar.getByTestId('rollover-result').filter({ hasText: 'รายการ' });
    await result.waitFor();

    expect(await result.textContent()).toMatch(/สร้างแท็บ “รายงานผล[^”]*” ปีงบประมาณ 2568 แล้ว/);
    expect(await sidebar.getByTestId('rollover-year').getAttribute('aria-invalid')).toBe('false');
  });
});
