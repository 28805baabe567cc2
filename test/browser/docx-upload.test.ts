/**
 * The Word-file step in the preview: the officer picks a .docx (playwright's setInputFiles), the
 * browser unzips it, the preview's google.script.run stand-in calls the same server function, and a
 * new document tab holds every record; a file that is not a Word file is refused with nothing made.
 */

import { bodyOfPaste, buildDocx } from '../support/docx-builder';
import { fixture } from '../support/fixtures';
import { gridTable, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(60_000);

const current = usePreviewSessions();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('a Word file picked in the sidebar', () => {
  it('is structured into a new document tab with every record of the file', async () => {
    const { page, sidebar } = current();
    const tabs = page.getByTestId('grid-tab');
    const tabsBefore = await tabs.count();
    await sidebar.getByTestId('nav-documents').click();
    const docx = await buildDocx(bodyOfPaste(fixture('measures-fy2568.txt')));

    await sidebar.getByTestId('structure-type').selectOption('measures');
    await sidebar
      .getByTestId('docx-file')
      .setInputFiles({ name: 'มาตรการ 2568.docx', mimeType: DOCX, buffer: Buffer.from(docx) });
    await sidebar.getByTestId('docx-structure').click();
    const result = sidebar.getByTestId('structure-result').filter({ hasText: 'รายการ' });
    await result.waitFor();
    await page.locator('[data-testid="grid-tab"]').nth(tabsBefore).waitFor();
    await idle(current());
    await screenshot(page, 'documents-word-file');

    expect(await result.textContent()).toMatch(/: 5 รายการ/);
    expect(await tabs.count()).toBe(tabsBefore + 1);
    expect(await gridTable(page).locator('tr[data-row]').count()).toBe(5 + 1);
    expect(await gridTable(page).textContent()).toContain('เปิดเผยแผนการจัดซื้อจัดจ้างประจำปี');
  });

  it('refuses a file that is not a Word file in the banner, and makes no tab', async () => {
    const { page, sidebar } = current();
    const tabs = page.getByTestId('grid-tab');
    const tabsBefore = await tabs.count();
    await sidebar.getByTestId('nav-documents').click();

    await sidebar
      .getByTestId('docx-file')
      .setInputFiles({ name: 'แผน.docx', mimeType: DOCX, buffer: Buffer.from('ไม่ใช่ไฟล์ Word') });
    await sidebar.getByTestId('docx-structure').click();
    const banner = sidebar.getByTestId('error-banner');
    await banner.waitFor();

    expect(await banner.textContent()).toContain('ไฟล์ "แผน.docx": ไม่ใช่ไฟล์ Word (.docx)');
    expect(await tabs.count()).toBe(tabsBefore);
  });
});
