import {
  activateTab,
  gridRowCount,
  gridTable,
  idle,
  openEntry,
  screenshot,
  selectCell,
  usePreviewSessions,
} from './preview-session';

jest.setTimeout(60_000);

const MEASURES_TAB = 'มาตรการ 2568';
const ATTACK = '<img src=x onerror=alert(1)>';

const current = usePreviewSessions();

/** The records of a tab as the server reads them: what was written, whatever the page shows. */
async function recordsOf(tabName: string): Promise<unknown> {
  const call = async (name: string, request?: unknown) =>
    (
      await fetch(`${current().server.url}api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      })
    ).json();
  const tabs = (await call('listDocumentTabs')).value as { sheetId: number; name: string }[];
  const tab = tabs.find((t) => t.name === tabName);
  return (await call('readRecords', { sheetId: tab?.sheetId })).value.records;
}

/** Fills the entry form with a complete measure. */
async function fillMeasure(measure: string): Promise<void> {
  const { sidebar } = current();
  await sidebar.getByTestId('field-measure').fill(measure);
  await sidebar.getByTestId('field-steps').fill('๑. จัดทำคู่มือ\n๒. เผยแพร่บนเว็บไซต์');
  await sidebar.getByTestId('field-period').fill('๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘');
  await sidebar.getByTestId('field-responsible').getByLabel('กองคลัง', { exact: true }).check();
  await sidebar.getByTestId('field-monitoring').fill('รายงานผลให้นายก อบต. ทราบรอบ ๖ เดือนและประจำปี');
}

async function saveEntry(): Promise<void> {
  await current().sidebar.getByTestId('entry-save').click();
  await current().sidebar.getByTestId('entry-status').filter({ hasText: 'บันทึกแล้ว' }).waitFor();
}

describe('the entry form in the preview', () => {
  it('shows the Thai message under each bad field and writes nothing', async () => {
    const { page, sidebar } = current();
    // The profile no longer lists กองการศึกษา, the unit of the measure on row 6.
    await sidebar.getByTestId('nav-profile').click();
    await sidebar.getByTestId('profile-units').fill('สำนักปลัด\nกองคลัง\nกองช่าง\nกองสวัสดิการสังคม');
    await sidebar.getByTestId('profile-save').click();
    await idle(current());
    await activateTab(page, MEASURES_TAB);
    const rowsBefore = await gridRowCount(page);
    const recordsBefore = await recordsOf(MEASURES_TAB);
    await selectCell(page, 'B6');
    await openEntry(current(), MEASURES_TAB);

    await sidebar.getByTestId('entry-load-row').click();
    await sidebar.getByTestId('entry-row').filter({ hasText: '6' }).waitFor();
    await sidebar.getByTestId('field-measure').fill('');
    await sidebar.getByTestId('error-measure').filter({ hasText: 'ต้องกรอก' }).waitFor();
    await screenshot(page, 'entry-bad');

    expect(await sidebar.getByTestId('error-responsible').textContent()).toContain(
      'ไม่มีหน่วยงานนี้ในข้อมูลหน่วยงาน',
    );
    expect(await sidebar.getByTestId('entry-save-reason').textContent()).toContain('บันทึกไม่ได้');
    expect(await sidebar.getByTestId('entry-save').isDisabled()).toBe(true);
    expect(await gridRowCount(page)).toBe(rowsBefore);
    expect(await recordsOf(MEASURES_TAB)).toEqual(recordsBefore);
  });

  it('adds a good entry as a new row of the grid', async () => {
    const { page, sidebar } = current();
    const measure = 'จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้างและเผยแพร่ต่อสาธารณะ';
    await activateTab(page, MEASURES_TAB);
    const rowsBefore = await gridRowCount(page);
    await openEntry(current(), MEASURES_TAB);
    await sidebar.getByTestId('entry-new').click();

    await fillMeasure(measure);
    await saveEntry();
    await gridTable(page).locator('td', { hasText: measure }).waitFor();
    await screenshot(page, 'entry-good');

    expect(await gridRowCount(page)).toBe(rowsBefore + 1);
    expect(
      await gridTable(page)
        .locator(`tr[data-row="${rowsBefore + 1}"]`)
        .textContent(),
    ).toContain(measure);
  });

  it('keeps an unsaved entry as a draft under the spreadsheet and the tab, not the tab alone', async () => {
    const { page, sidebar, server } = current();
    await activateTab(page, MEASURES_TAB);
    await openEntry(current(), MEASURES_TAB);
    await sidebar.getByTestId('entry-new').click();

    await sidebar.getByTestId('field-measure').fill('ร่างที่ยังไม่ได้บันทึก');
    const keys = await sidebar.locator('body').evaluate(() => Object.keys(localStorage));
    const context = (
      await (
        await fetch(`${server.url}api/getActiveContext`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).json()
    ).value as { spreadsheetId: string; sheetId: number };

    expect(context.spreadsheetId).not.toBe('');
    expect(keys.filter((k) => k.startsWith('ita-sheets.draft.'))).toEqual([
      `ita-sheets.draft.${context.spreadsheetId}.${context.sheetId}`,
    ]);
  });

  it('edits a record loaded from the row selected in the grid and saves it over that row', async () => {
    const { page, sidebar } = current();
    const changed = 'จัดให้มีช่องทางร้องเรียนการทุจริตทางออนไลน์ที่ปลอดภัยต่อผู้ร้องเรียน';
    await activateTab(page, MEASURES_TAB);
    const rowsBefore = await gridRowCount(page);
    const original = (await gridTable(page).locator('td[data-a1="B3"]').textContent()) ?? '';
    await selectCell(page, 'B3');
    await openEntry(current(), MEASURES_TAB);

    await sidebar.getByTestId('entry-load-row').click();
    await sidebar.getByTestId('entry-row').filter({ hasText: '3' }).waitFor();
    const loaded = await sidebar.getByTestId('field-measure').inputValue();
    await sidebar.getByTestId('field-measure').fill(changed);
    await saveEntry();
    await gridTable(page).locator('td[data-a1="B3"]', { hasText: changed }).waitFor();
    await screenshot(page, 'entry-edit');

    expect(loaded).toBe(original);
    expect(await gridRowCount(page)).toBe(rowsBefore);
  });

  it('shows markup typed as an entry as text in the sidebar and the grid, and runs none of it', async () => {
    const { page, sidebar } = current();
    await activateTab(page, MEASURES_TAB);
    const rowsBefore = await gridRowCount(page);
    await openEntry(current(), MEASURES_TAB);
    await sidebar.getByTestId('entry-new').click();

    await fillMeasure(ATTACK);
    await saveEntry();
    const cell = gridTable(page).locator(`tr[data-row="${rowsBefore + 1}"] td[data-a1="B${rowsBefore + 1}"]`);
    await cell.waitFor();
    await selectCell(page, `B${rowsBefore + 1}`);
    await sidebar.getByTestId('entry-new').click();
    await sidebar.getByTestId('entry-load-row').click();
    await sidebar
      .getByTestId('entry-row')
      .filter({ hasText: String(rowsBefore + 1) })
      .waitFor();
    // An image that failed to load fires onerror at once; give any stray one time to show itself.
    await page.waitForTimeout(500);
    await screenshot(page, 'entry-markup');

    expect(await cell.textContent()).toBe(ATTACK);
    expect(await cell.isVisible()).toBe(true);
    expect(await page.getByTestId('cell-bar').textContent()).toContain(ATTACK);
    expect(await sidebar.getByTestId('field-measure').inputValue()).toBe(ATTACK);
    expect(await page.locator('img').count()).toBe(0);
    expect(await sidebar.locator('img').count()).toBe(0);
    expect(current().dialogs).toEqual([]);
  });
});
