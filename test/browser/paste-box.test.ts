import { gridTable, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(60_000);

const current = usePreviewSessions();

// Bullet lines Sheets would turn into #ERROR! if pasted into a tab, and an OIT list with no year.
const ETHICS = [
  'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
  'พฤติกรรมที่พึงประสงค์\tมาตรฐานทางคุณธรรมและจริยธรรม\tความหมาย\tแนวทางปฏิบัติ\tตัวชี้วัดเพื่อการประเมินผล',
  '- จิตอาสา\tมาตรฐาน ๑ มีจิตสาธารณะ\tการทำประโยชน์เพื่อส่วนรวม\t- ร่วมกิจกรรมจิตอาสา\t- จำนวนครั้งที่เข้าร่วมกิจกรรม',
].join('\n');
const OIT =
  'ข้อ\tข้อมูล\tลิงก์\no1\tโครงสร้าง\thttps://www.nongbuathong.go.th/structure\no11\tแผนดำเนินงาน\tอยู่ระหว่างจัดทำ';

describe('the paste box in the preview', () => {
  it('structures text pasted into the sidebar into a new tab, bullet lines kept as text', async () => {
    const { page, sidebar } = current();
    const tabs = page.getByTestId('grid-tab');
    const tabsBefore = await tabs.count();
    await sidebar.getByTestId('nav-documents').click();

    await sidebar.getByTestId('paste-type').selectOption('ethics');
    await sidebar.getByTestId('paste-text').fill(ETHICS);
    await sidebar.getByTestId('paste-structure').click();
    const result = sidebar.getByTestId('paste-result').filter({ hasText: 'รายการ' });
    await result.waitFor();
    await page.locator('[data-testid="grid-tab"]').nth(tabsBefore).waitFor();
    await idle(current());
    await screenshot(page, 'paste-box-ethics');

    expect(await result.textContent()).toContain('1 รายการ');
    const text = (await gridTable(page).textContent()) ?? '';
    expect(text).toContain('จิตอาสา');
    expect(text).toContain('ร่วมกิจกรรมจิตอาสา');
    expect(text).not.toContain('#ERROR!');
  });

  it('takes the year typed beside the box for a list that names none, and lists its warnings', async () => {
    const { page, sidebar } = current();
    await sidebar.getByTestId('nav-documents').click();

    await sidebar.getByTestId('paste-type').selectOption('oit-checklist');
    await sidebar.getByTestId('paste-year').fill('2566');
    await sidebar.getByTestId('paste-text').fill(OIT);
    await sidebar.getByTestId('paste-structure').click();
    await sidebar.getByTestId('paste-warnings').waitFor();
    await idle(current());

    expect(await sidebar.getByTestId('paste-result').textContent()).toContain('แบบตรวจ OIT 2566');
    expect(await sidebar.getByTestId('paste-warnings').textContent()).toContain('อยู่ระหว่างจัดทำ');
    expect(await gridTable(page).textContent()).toContain('9.1 ข้อมูลพื้นฐาน');
  });

  it("sets the year of the tab a paste without a title made, and the tab's name follows", async () => {
    const { page, sidebar } = current();
    await sidebar.getByTestId('nav-documents').click();
    await sidebar.getByTestId('paste-type').selectOption('oit-checklist');
    await sidebar.getByTestId('paste-text').fill(OIT);
    await sidebar.getByTestId('paste-structure').click();
    await sidebar.getByTestId('paste-result').filter({ hasText: 'รายการ' }).waitFor();
    await idle(current());

    await sidebar.getByTestId('header-year').fill('2566');
    await sidebar.getByTestId('header-organization').fill('องค์การบริหารส่วนตำบลหนองบัวทอง');
    await sidebar.getByTestId('header-save').click();
    const saved = sidebar.getByTestId('header-result').filter({ hasText: 'บันทึกหัวเอกสาร' });
    await saved.waitFor();

    expect(await saved.textContent()).toContain('แบบตรวจ OIT 2566');
    await page.locator('[data-testid="grid-tab"]', { hasText: 'แบบตรวจ OIT 2566' }).waitFor();
  });

  it('says so when nothing was pasted, and makes no tab', async () => {
    const { page, sidebar } = current();
    const tabsBefore = await page.getByTestId('grid-tab').count();
    await sidebar.getByTestId('nav-documents').click();

    await sidebar.getByTestId('paste-text').fill('   ');
    await sidebar.getByTestId('paste-structure').click();

    await sidebar.getByTestId('paste-result').filter({ hasText: 'ยังไม่ได้วางข้อความ' }).waitFor();
    expect(await page.getByTestId('grid-tab').count()).toBe(tabsBefore);
  });
});
