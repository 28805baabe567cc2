import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_IDS, DISTRICT_NAME } from '../../src/preview/district-demo';
import { IMPORT_MESSAGES } from '../../src/sheets/memory';
import { activateTab, gridTable, idle, screenshot, selectCell, usePreviewSessions } from './preview-session';

jest.setTimeout(90_000);

const AXE = join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

const current = usePreviewSessions();

const importOf = (id: string) =>
  `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id}/edit", "ITA_SUMMARY")`;

/** Types into the selected cell and presses Enter. */
async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.getByTestId('cell-editor').waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('cell-editor').waitFor({ state: 'detached' });
}

async function shows(page: Page, a1: string, text: string): Promise<void> {
  await gridTable(page).locator(`td[data-a1="${a1}"]`, { hasText: text }).waitFor();
}

/** Switches the preview to the district's spreadsheet with the labelled switcher. */
async function openDistrict(page: Page): Promise<void> {
  await page.getByLabel('สเปรดชีต:').selectOption(DEMO_IDS.district);
  await page.locator('h1', { hasText: DISTRICT_NAME }).waitFor();
}

/** The district's spreadsheet on its empty first tab, where an officer types an import by hand. */
async function openDistrictSheet1(page: Page): Promise<void> {
  await openDistrict(page);
  await activateTab(page, 'Sheet1');
}

describe('the district in the preview', () => {
  it('switches to the district, and Allow access on an import of a shared spreadsheet shows its summary', async () => {
    const { page } = current();

    await openDistrict(page);
    expect(page.url()).toContain(`wb=${DEMO_IDS.district}`);
    expect(await page.getByTestId('sidebar-frame').getAttribute('src')).toBe(
      `/sidebar?wb=${DEMO_IDS.district}`,
    );
    await activateTab(page, 'Sheet1');
    await selectCell(page, 'A1');
    await type(page, importOf(DEMO_IDS.orgC));
    await shows(page, 'A1', '#REF!');

    await selectCell(page, 'A1');
    const card = page.getByTestId('import-card');
    await card.waitFor();
    expect(await card.textContent()).toContain(IMPORT_MESSAGES.connect);
    expect(await card.textContent()).toContain('ต้องอนุญาตให้เข้าถึงสเปรดชีตนี้ก่อน');
    await screenshot(page, 'district-allow-access');
    // The switcher and the card, as a screen reader or a keyboard meets them (the sidebar has its own scan).
    await page.addScriptTag({ path: AXE });
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(c: unknown): Promise<{ violations: { id: string; impact?: string | null }[] }> };
        }
      ).axe;
      const result = await axe.run({ exclude: [['iframe']] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await card.getByRole('button', { name: /อนุญาตให้เข้าถึง/ }).click();

    await shows(page, 'A1', 'version');
    await shows(page, 'B2', 'เทศบาลตำบลดอนชมพู');
    await card.waitFor({ state: 'detached' });
    await screenshot(page, 'district-imported');
    expect(await gridTable(page).locator('td[data-a1="B2"]').getAttribute('class')).toContain('spilled');

    // The address keeps the workbook: a reload shows the district, its import still allowed.
    await page.reload();
    await page.locator('h1', { hasText: DISTRICT_NAME }).waitFor();
    await activateTab(page, 'Sheet1');
    await shows(page, 'B2', 'เทศบาลตำบลดอนชมพู');
  });

  it('shows the message of a spreadsheet not shared with the district, and no Allow access', async () => {
    const { page } = current();

    await openDistrictSheet1(page);
    await selectCell(page, 'A1');
    await type(page, importOf(DEMO_IDS.orgD));
    await shows(page, 'A1', '#REF!');
    await selectCell(page, 'A1');

    const card = page.getByTestId('import-card');
    await card.waitFor();
    expect(await card.textContent()).toContain(IMPORT_MESSAGES.permission);
    expect(await card.getByRole('button').count()).toBe(0);
  });

  it('reaches the switcher and Allow access from the keyboard', async () => {
    const { page } = current();
    await openDistrictSheet1(page);
    await selectCell(page, 'A1');
    await type(page, importOf(DEMO_IDS.orgC));
    await selectCell(page, 'A1');
    const button = page.getByTestId('allow-access');

    await button.focus();
    await page.keyboard.press('Enter');

    await shows(page, 'A1', 'version');
    await page.getByLabel('สเปรดชีต:').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('workbook-switch');
  });

  it('gives an organization its own spreadsheet’s link to send to the district, and how to share', async () => {
    const { sidebar } = current();
    await sidebar.getByTestId('nav-district').click();

    const link = sidebar.getByTestId('district-own-link');
    await link.waitFor();
    // Filled once the page has read the spreadsheet's id from the server.
    let value = '';
    for (let tries = 0; tries < 100 && value === ''; tries++) {
      value = await link.inputValue();
      if (value === '') await new Promise((done) => setTimeout(done, 100));
    }
    expect(value).toBe(`https://docs.google.com/spreadsheets/d/${DEMO_IDS.orgA}/edit`);
    expect(await sidebar.getByTestId('district-organization').textContent()).toContain('ผู้มีสิทธิ์อ่าน');
  });

  it('runs the district officer’s whole roll-up from the sidebar: update, allow the waiting row, rank, print', async () => {
    const session = current();
    const { page } = session;
    await openDistrict(page);
    const sidebar = page.frameLocator('[data-testid="sidebar-frame"]');
    await sidebar.getByTestId('nav-district').click();

    // The demo's links tab lists four organizations: two allowed, one waiting, one never shared.
    await sidebar.getByTestId('district-signer-name').fill('นายสมชาย ใจดี');
    await sidebar.getByTestId('district-update').click();
    await idle(session);
    await sidebar.getByTestId('district-counts').waitFor();
    expect(await sidebar.getByTestId('district-counts').textContent()).toContain('นำเข้าได้ 2 จาก 4 แถว');
    const waiting = sidebar.locator('[data-testid="district-source"][data-status="not-connected"]');
    expect(await waiting.count()).toBe(2);
    expect(await sidebar.getByTestId('district-ranked').count()).toBe(2);
    // The organization's steps do not apply to a district's roll-up: no "next step" line, no link to send.
    await sidebar.getByTestId('next-step').waitFor({ state: 'hidden' });
    await sidebar.getByTestId('nav-start').click();
    await sidebar.getByTestId('nav-district').click();
    await sidebar.getByTestId('district-organization').waitFor({ state: 'hidden' });
    await screenshot(page, 'district-rollup-first');

    // "Go to the cell" shows the imports tab with the waiting import selected; its card allows access.
    await waiting.filter({ hasText: 'ทต.ดอนชมพู' }).getByTestId('district-go-to-cell').click();
    await idle(session);
    await page
      .locator('[data-testid="grid-tab"][aria-selected="true"]')
      .filter({ hasText: 'นำเข้าข้อมูลหน่วยงาน' })
      .waitFor();
    const card = page.getByTestId('import-card');
    await card.waitFor();
    expect(await card.textContent()).toContain(IMPORT_MESSAGES.connect);
    await card.getByRole('button', { name: /อนุญาตให้เข้าถึง/ }).click();
    await card.waitFor({ state: 'detached' });

    await sidebar.getByTestId('district-update').click();
    await idle(session);
    await sidebar.getByTestId('district-counts').filter({ hasText: 'นำเข้าได้ 3 จาก 4 แถว' }).waitFor();
    expect(await sidebar.getByTestId('district-ranked').count()).toBe(3);
    expect(await sidebar.getByTestId('district-ranking').textContent()).toContain('เทศบาลตำบลดอนชมพู');
    // The one never shared stays listed, saying to ask the organization to share.
    expect(await sidebar.locator('[data-testid="district-source"]').textContent()).toContain('แชร์');
    await screenshot(page, 'district-rollup-ranked');

    // The district report in the print view, with the signer named.
    await sidebar.getByTestId('district-print').click();
    await page.getByTestId('preview-dialog').waitFor({ state: 'visible' });
    const view = page.frameLocator('[data-testid="preview-dialog-frame"]');
    await view.getByTestId('print-dialog-print').waitFor();
    const text = (await view.locator('body').textContent()) ?? '';
    expect(text).toContain('รายงานภาพรวมการประเมินคุณธรรมและความโปร่งใส');
    expect(text).toContain('นายสมชาย ใจดี');
    expect(text).toContain('ดอนชมพู');
    await screenshot(page, 'district-report-dialog');
  });
});
