import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixture } from '../support/fixtures';
import { activateTab, gridTable, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(90_000);

const current = usePreviewSessions();

/** Adds an empty tab with the preview's "+" and waits until the grid shows it. */
async function addEmptyTab(page: Page): Promise<string> {
  const tabs = page.getByTestId('grid-tab');
  const before = await tabs.count();
  await page.getByTestId('add-tab').click();
  await tabs.nth(before).waitFor();
  const name = (await tabs.nth(before).textContent()) ?? '';
  await page.locator('[data-testid="grid-tab"][aria-selected="true"]').filter({ hasText: name }).waitFor();
  return name;
}

/** The tab a structuring made, as the sidebar names it, once the grid shows it selected. */
async function madeTab(page: Page, resultText: string): Promise<string> {
  const name = /สร้างแท็บ “(.+)” แล้ว/.exec(resultText)?.[1];
  if (!name) throw new Error(`no tab named in ${JSON.stringify(resultText)}`);
  await page.locator('[data-testid="grid-tab"][aria-selected="true"]').filter({ hasText: name }).waitFor();
  return name;
}

/** Pastes text on the grid as Ctrl+V does: a paste event carrying the clipboard's text. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

const AXE = join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** The serious and critical axe-core violations of the sidebar as it is now. */
async function sidebarViolations(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
  if (!frame) throw new Error('the sidebar frame is not loaded');
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  return frame.evaluate(async () => {
    type Axe = { run(d: Document): Promise<{ violations: { id: string; impact?: string | null }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}

/** The records of a tab as the server reads them, and the tab's developer metadata from the saved workbook. */
async function tabOnServer(name: string): Promise<{ records: unknown[]; metadata: unknown }> {
  const { server } = current();
  const call = async (fn: string, request?: unknown) =>
    (
      await fetch(`${server.url}api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      })
    ).json();
  const tabs = (await call('listDocumentTabs')).value as { sheetId: number; name: string }[];
  const tab = tabs.find((t) => t.name === name);
  const records = (await call('readRecords', { sheetId: tab?.sheetId })).value.records as {
    record: unknown;
  }[];
  const saved = JSON.parse(readFileSync(server.workbookFile, 'utf8'));
  return {
    records: records.map((r) => r.record),
    metadata: JSON.stringify(saved).includes('ita-sheets.columns'),
  };
}

describe('the column-mapping step in the preview', () => {
  it('structures a pasted header-less measures table by the columns the officer maps', async () => {
    const session = current();
    const { page, sidebar } = session;
    const pastedTab = await addEmptyTab(page);
    await paste(page, fixture('measures-no-header-fy2568.txt'));
    await gridTable(page).locator('td', { hasText: 'เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี' }).first().waitFor();

    await sidebar.getByTestId('nav-documents').click();
    await sidebar.getByTestId('structure-type').selectOption('measures');
    await sidebar.getByTestId('structure-tab').click();
    const step = sidebar.getByTestId('mapping-step');
    await step.waitFor();
    await idle(session);

    // Seven columns, each with its first values and the guess chosen in its dropdown.
    expect(await sidebar.getByTestId('mapping-intro').textContent()).toContain('ไม่พบแถวหัวตาราง');
    expect(await sidebar.getByTestId('mapping-column').count()).toBe(7);
    expect(await sidebar.getByTestId('mapping-column').nth(4).textContent()).toContain('กองคลัง');
    const guessed = [];
    for (let c = 1; c <= 7; c++) guessed.push(await sidebar.getByTestId(`mapping-field-${c}`).inputValue());
    expect(guessed).toEqual(['no', 'measure', 'steps', 'period', 'responsible', 'monitoring', '-']);
    expect(await sidebarViolations(page)).toEqual([]);

    // A field chosen twice is caught before the server is asked; then the officer maps it right.
    await sidebar.getByTestId('mapping-field-6').selectOption('measure');
    await sidebar.getByTestId('mapping-confirm').click();
    expect(await sidebar.getByTestId('mapping-message').textContent()).toContain('ถูกเลือกซ้ำที่คอลัมน์ที่ 2 และ 6');
    await sidebar.getByTestId('mapping-field-6').selectOption('monitoring');
    await sidebar.getByTestId('mapping-field-7').selectOption({ label: 'ไม่ใช้ (เก็บไว้)' });
    await screenshot(page, 'column-mapping-step');
    await sidebar.getByTestId('mapping-confirm').click();

    const result = sidebar.getByTestId('structure-result').filter({ hasText: 'รายการ' });
    await result.waitFor();
    await idle(session);
    expect(await result.textContent()).toContain(': 5 รายการ');
    expect(await step.isHidden()).toBe(true);
    expect(await sidebar.getByTestId('structure-warnings').textContent()).toContain('คอลัมน์ที่ 7');

    // The new tab: the fields' headings, the kept column after them, one row a measure.
    const newTab = await madeTab(page, (await result.textContent()) ?? '');
    expect(newTab).not.toBe(pastedTab);
    await gridTable(page).locator('td', { hasText: 'คอลัมน์ที่ 7 ที่วางมา' }).waitFor();
    await screenshot(page, 'column-mapping-new-tab');
    expect(await gridTable(page).locator('tr[data-row]').count()).toBe(6);
    const { records, metadata } = await tabOnServer(newTab);
    expect(records).toHaveLength(5);
    expect(records[1]).toEqual({
      no: '๒',
      measure: 'เปิดช่องทางร้องเรียนการทุจริตที่ปลอดภัยต่อผู้ร้องเรียน',
      steps: ['จัดทำกล่องรับเรื่องร้องเรียน', 'เปิดช่องทาง Line และเว็บไซต์', 'ตอบผู้ร้องเรียนภายใน ๑๕ วัน'],
      period: 'ตลอดปีงบประมาณ ๒๕๖๘',
      responsible: ['สำนักปลัด'],
      monitoring: 'สรุปเรื่องร้องเรียนเสนอผู้บริหารทุกเดือน',
    });
    expect(metadata).toBe(true);

    // The pasted tab is as it was: its title still in A1, its rows still header-less.
    await activateTab(page, pastedTab);
    expect(await gridTable(page).locator('td[data-a1="A1"]').textContent()).toContain(
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    );
  });

  it('maps an OIT list on request ("กำหนดคอลัมน์เอง") and shows pasted text as text', async () => {
    const session = current();
    const { page, sidebar } = session;
    await addEmptyTab(page);
    // Escaped in the paste as a web page gives it; the structurer decodes it to the tag itself.
    const attack = '<img src=x onerror=alert(1)>';
    const escaped = '&lt;img src=x onerror=alert(1)&gt;';
    await paste(
      page,
      fixture('oit-list-no-header-fy2568.txt').replace('\tโครงสร้าง\t', `\tโครงสร้าง ${escaped}\t`),
    );
    await gridTable(page).locator('td', { hasText: 'ข้อมูลผู้บริหาร' }).first().waitFor();

    await sidebar.getByTestId('nav-documents').click();
    await sidebar.getByTestId('structure-type').selectOption('oit-checklist');
    await sidebar.getByTestId('structure-map').click();
    await sidebar.getByTestId('mapping-step').waitFor();
    await idle(session);

    const guessed = [];
    for (let c = 1; c <= 5; c++) guessed.push(await sidebar.getByTestId(`mapping-field-${c}`).inputValue());
    expect(guessed).toEqual(['code', 'title', 'subIndicator', 'url', 'note']);
    expect(await sidebar.getByTestId('mapping-column').nth(1).textContent()).toContain(attack);
    expect(await sidebar.locator('[data-testid="mapping-step"] img').count()).toBe(0);
    await sidebar.getByTestId('mapping-field-5').selectOption('-');
    await sidebar.getByTestId('mapping-confirm').click();

    const result = sidebar.getByTestId('structure-result').filter({ hasText: 'รายการ' });
    await result.waitFor();
    expect(await result.textContent()).toContain(': 8 รายการ');
    const newTab = await madeTab(page, (await result.textContent()) ?? '');
    const { records } = await tabOnServer(newTab);
    expect(records[0]).toMatchObject({
      code: 'o1',
      title: `โครงสร้าง ${attack}`,
      subIndicator: '9.1 ข้อมูลพื้นฐาน',
      url: 'https://www.nongphaingam.go.th/structure',
      note: '',
    });
    expect(session.dialogs).toEqual([]);
  });
});
