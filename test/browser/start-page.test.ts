import { PreviewProperties } from '../../src/preview/preview-properties';
import { MemoryWorkbook } from '../../src/sheets/memory';
import {
  activateTab,
  gridTable,
  idle,
  launchChromium,
  openPreview,
  type PreviewSession,
  screenshot,
  selectCell,
  usePreviewSessions,
} from './preview-session';

jest.setTimeout(90_000);

const MEASURES_TAB = 'มาตรการ 2568';

describe('the start page of a new spreadsheet', () => {
  let session: PreviewSession | undefined;
  afterEach(async () => {
    await session?.close();
  });

  it('opens on the five steps, all to do, and marks the profile done once it is saved, offering the next step', async () => {
    const browser = await launchChromium();
    try {
      const workbook = new MemoryWorkbook({ id: 'new-file', name: 'ไฟล์ใหม่', sheetNames: ['แผ่นงาน1'] });
      session = await openPreview(browser, { workbook, properties: new PreviewProperties() });
      const { sidebar, page } = session;
      const state = (id: string) => sidebar.getByTestId(`step-${id}`).getAttribute('data-state');

      await sidebar.getByTestId('step-profile').waitFor();
      expect(await sidebar.getByTestId('start-steps').locator('li').count()).toBe(5);
      for (const id of ['profile', 'document', 'check', 'report', 'oit'])
        expect(await state(id)).toBe('todo');
      expect(await sidebar.getByTestId('step-profile').getAttribute('aria-current')).toBe('step');
      expect(await sidebar.getByTestId('start-summary').textContent()).toContain('ข้อมูลหน่วยงาน');
      await screenshot(page, 'start-page-new');

      await sidebar.getByTestId('step-go-profile').click();
      await sidebar.getByTestId('profile-organization').fill('องค์การบริหารส่วนตำบลหนองบัวทอง');
      await sidebar.getByTestId('profile-district').fill('โนนสูง');
      await sidebar.getByTestId('profile-province').fill('นครราชสีมา');
      await sidebar.getByTestId('profile-units').fill('สำนักปลัด\nกองคลัง');
      await sidebar.getByTestId('profile-save').click();
      await idle(session);

      const next = sidebar.getByTestId('next-step');
      await next.filter({ hasText: 'ขั้นต่อไป: ๒. เอกสาร' }).waitFor();
      await sidebar.getByTestId('next-step-go').click();
      await sidebar.getByTestId('create-tab').waitFor();

      await sidebar.getByTestId('nav-start').click();
      await sidebar.locator('[data-testid="step-profile"][data-state="done"]').waitFor();
      expect(await state('document')).toBe('todo');
      expect(await sidebar.getByTestId('step-document').getAttribute('aria-current')).toBe('step');
    } finally {
      await session?.close();
      session = undefined;
      await browser.close();
    }
  });
});

describe('the start page and fixing from a problem, on the demo', () => {
  const current = usePreviewSessions();

  it('reads the demo’s steps: a check with errors is not done, and a clean one is', async () => {
    const { sidebar, page } = current();
    await sidebar.locator('[data-testid="step-document"][data-state="done"]').waitFor();
    expect(await sidebar.getByTestId('step-check').getAttribute('data-state')).toBe('todo');

    await activateTab(page, MEASURES_TAB);
    await sidebar.getByTestId('step-go-check').click();
    await sidebar.getByTestId('validate-run').click();
    await idle(current());
    await sidebar.getByTestId('nav-start').click();

    await sidebar.getByTestId('step-status-check').filter({ hasText: MEASURES_TAB }).waitFor();
  });

  it('opens a problem’s record in the form, and a save clears its marks', async () => {
    const { page, sidebar } = current();
    // The profile no longer lists กองการศึกษา, the unit of the measure on row 6.
    await sidebar.getByTestId('nav-profile').click();
    await sidebar.getByTestId('profile-units').fill('สำนักปลัด\nกองคลัง\nกองช่าง\nกองสวัสดิการสังคม');
    await sidebar.getByTestId('profile-save').click();
    await idle(current());
    await activateTab(page, MEASURES_TAB);
    await sidebar.getByTestId('nav-validate').click();
    await sidebar.getByTestId('validate-run').click();
    await idle(current());

    const summary = sidebar.getByTestId('validate-summary');
    expect(await summary.getAttribute('class')).toContain('has-errors');
    const problem = sidebar.getByTestId('problem').filter({ hasText: 'กองการศึกษา' });
    expect(await problem.count()).toBe(1);
    const marked = gridTable(page).locator('td[data-a1="E6"]');
    await gridTable(page).locator('td[data-a1="E6"][title]').waitFor();
    expect(await marked.getAttribute('style')).toContain('#fce8e6');

    await problem.getByTestId('problem-fix').click();
    await sidebar.getByTestId('entry-row').filter({ hasText: '6' }).waitFor();
    expect(await sidebar.getByTestId('field-measure').inputValue()).toBe(
      (await gridTable(page).locator('td[data-a1="B6"]').textContent())?.trim(),
    );
    expect(await sidebar.getByTestId('error-responsible').textContent()).toContain('กองการศึกษา');
    expect(await sidebar.getByTestId('entry-save').isDisabled()).toBe(true);
    await screenshot(page, 'fix-from-problem');

    const units = sidebar.getByTestId('field-responsible');
    await units.locator('input[value="กองการศึกษา"]').uncheck();
    await units.getByLabel('กองคลัง', { exact: true }).check();
    await sidebar.getByTestId('entry-save').click();
    await sidebar.getByTestId('entry-status').filter({ hasText: 'บันทึกแล้ว' }).waitFor();

    await gridTable(page).locator('td[data-a1="E6"]:not([title])').waitFor();
    expect(await gridTable(page).locator('td[data-a1="E6"]').getAttribute('style')).not.toContain('#fce8e6');
    await sidebar.getByTestId('nav-validate').click();
    await idle(current());
    await sidebar.getByTestId('validate-summary').filter({ hasText: MEASURES_TAB }).waitFor();
    expect(await sidebar.getByTestId('problem').filter({ hasText: 'กองการศึกษา' }).count()).toBe(0);
  });

  it('follows the active tab and the selected row in the form', async () => {
    const { page, sidebar } = current();
    await activateTab(page, MEASURES_TAB);
    await sidebar.getByTestId('nav-entry').click();
    await sidebar.getByTestId('entry-tab-name').filter({ hasText: MEASURES_TAB }).waitFor();

    await selectCell(page, 'B4');
    await sidebar.getByTestId('entry-row').filter({ hasText: '4' }).waitFor();
    expect(await sidebar.getByTestId('field-measure').inputValue()).toBe(
      (await gridTable(page).locator('td[data-a1="B4"]').textContent())?.trim(),
    );

    await selectCell(page, 'C5');
    await sidebar.getByTestId('entry-row').filter({ hasText: '5' }).waitFor();

    await activateTab(page, /ผลการดำเนินการ|รายงานผล|ผล/);
    await sidebar.getByTestId('entry-tab-name').filter({ hasNotText: MEASURES_TAB }).waitFor();
  });
});
