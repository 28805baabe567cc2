import { activateTab, gridTable, idle, screenshot, usePreviewSessions } from './preview-session';

jest.setTimeout(60_000);

// The demo's checklist (test/fixtures/oit-checklist-fy2568.txt), rows 2–9:
//   9.1  o1 o2 o4 published, o3 in progress           → 3 / 4 = 75
//   9.2  o6 not required (ไม่ต้องเผยแพร่)              → no scored item: no OIT score yet
//   9.3  o5 not started                                → 0 / 1 = 0
//   10.2 o10 (row 8), o11 not started                  → 0 / 2 = 0
const CHECKLIST_TAB = 'แบบตรวจ OIT 2568';
const O10_URL = 'https://www.nongbuathong.go.th/ita/o10';

const current = usePreviewSessions();

interface ChecklistRow {
  readonly row: number;
  readonly record: Record<string, unknown>;
}

/** Calls the preview's server API as the sidebar does, bypassing the page. */
async function api(
  name: string,
  request?: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const response = await fetch(`${current().server.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ request }),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

/** The checklist's rows as the server reads them: what was written, whatever the page shows. */
async function checklistRows(): Promise<{ sheetId: number; rows: ChecklistRow[] }> {
  const tabs = (await api('listDocumentTabs')).value as { sheetId: number; name: string }[];
  const sheetId = tabs.find((t) => t.name === CHECKLIST_TAB)?.sheetId ?? -1;
  const answer = (await api('readRecords', { sheetId })).value as { records: ChecklistRow[] };
  return { sheetId, rows: answer.records };
}

async function recordOn(row: number): Promise<Record<string, unknown> | undefined> {
  return (await checklistRows()).rows.find((r) => r.row === row)?.record;
}

const item = (code: string) => current().sidebar.locator(`[data-testid="oit-item"][data-code="${code}"]`);
const group = (code: string) => current().sidebar.locator(`[data-testid="oit-group"][data-code="${code}"]`);

async function openOit(): Promise<void> {
  const { sidebar } = current();
  await sidebar.getByTestId('nav-oit').click();
  await sidebar.getByTestId('oit-tab-name').filter({ hasText: CHECKLIST_TAB }).waitFor();
  await idle(current());
}

async function saveItem(code: string): Promise<void> {
  await item(code).getByTestId('oit-save').click();
  await item(code).getByTestId('oit-item-status').filter({ hasText: 'บันทึกแล้ว' }).waitFor();
}

async function scoreShows(text: string): Promise<void> {
  await current().sidebar.getByTestId('oit-score').filter({ hasText: text }).waitFor();
}

describe('the OIT panel in the preview', () => {
  it('shows the first checklist tab by sub-indicator and says why it has no OIT score yet', async () => {
    const { page, sidebar } = current();

    // The pasted tab is active: the panel takes the spreadsheet's one checklist tab.
    await openOit();
    await screenshot(page, 'oit-panel');

    const codes = await sidebar.getByTestId('oit-group').evaluateAll((els) => els.map((e) => e.dataset.code));
    expect(codes).toEqual(['9.1', '9.2', '9.3', '10.2']);
    expect(await group('9.1').locator('h3').textContent()).toBe('9.1 ข้อมูลพื้นฐาน');
    expect(await group('9.1').getByTestId('oit-group-count').textContent()).toBe('3 / 4');
    expect(await group('9.1').getByTestId('oit-group-score').textContent()).toBe('75.00');
    expect(await group('9.2').getByTestId('oit-group-problem').textContent()).toContain('ทุกข้อไม่ต้องเผยแพร่');
    expect(await sidebar.getByTestId('oit-item').count()).toBe(8);
    expect(await item('o1').getByTestId('oit-status').inputValue()).toBe('published');
    expect(await item('o3').getByTestId('oit-due').inputValue()).toBe('๓๐ พ.ย. ๖๗');
    expect(await sidebar.getByTestId('oit-score').textContent()).toBe('—');
    expect(await sidebar.getByTestId('oit-score-problem').textContent()).toContain('ตัวชี้วัดย่อย 9.2');
    expect(await sidebar.getByTestId('oit-missing').textContent()).toContain('ยังไม่เผยแพร่ 4 รายการ');
  });

  it('publishes an item with its evidence URL: the OIT goes from 12.50 to 37.50 and the row is updated', async () => {
    const { page, sidebar } = current();
    await openOit();

    // o6 turns out to be required: 9.2 = 0 / 1, so 9 = (75 + 0 + 0) / 3 = 25, 10 = 0, OIT 12.50.
    await item('o6').getByTestId('oit-status').selectOption('not-started');
    await saveItem('o6');
    await scoreShows('12.50');
    const before = {
      oit: await sidebar.getByTestId('oit-score').textContent(),
      nine: await sidebar.getByTestId('oit-indicator-9').textContent(),
      ten: await sidebar.getByTestId('oit-indicator-10').textContent(),
    };

    // o10 published: 10.2 = 1 / 2 = 50, so 10 = 50 and OIT = (25 + 50) / 2 = 37.50.
    await item('o10').getByTestId('oit-status').selectOption('published');
    await item('o10').getByTestId('oit-url').fill(O10_URL);
    await saveItem('o10');
    await scoreShows('37.50');
    // A second save of the same item goes through: the saved record is the row's new `expected`.
    await item('o10').getByTestId('oit-due').fill('31 พ.ค. 2568');
    const savedLineAfterTyping = await item('o10').getByTestId('oit-item-status').textContent();
    await saveItem('o10');
    await activateTab(page, CHECKLIST_TAB);
    await gridTable(page).locator('td[data-a1="G8"]', { hasText: '31 พ.ค. 2568' }).waitFor();
    await screenshot(page, 'oit-panel-published');

    expect(before).toEqual({ oit: '12.50', nine: '25.00', ten: '0.00' });
    expect(savedLineAfterTyping).toBe('');
    expect(await sidebar.getByTestId('oit-score').textContent()).toBe('37.50');
    expect(await item('o10').getByTestId('oit-item-status').textContent()).toContain('คะแนน OIT ตอนนี้ 37.50');
    expect(await sidebar.getByTestId('oit-indicator-9').textContent()).toBe('25.00');
    expect(await sidebar.getByTestId('oit-indicator-10').textContent()).toBe('50.00');
    expect(await group('10.2').getByTestId('oit-group-count').textContent()).toBe('1 / 2');
    expect(await group('10.2').getByTestId('oit-group-score').textContent()).toBe('50.00');
    expect(await gridTable(page).locator('td[data-a1="D8"]').textContent()).toBe(O10_URL);
    expect(await gridTable(page).locator('td[data-a1="E8"]').textContent()).toBe('เผยแพร่แล้ว');
    expect(await recordOn(8)).toEqual({
      code: 'o10',
      title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      subIndicator: '10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
      url: O10_URL,
      status: 'เผยแพร่แล้ว',
      responsible: ['สำนักปลัด'],
      due: '31 พ.ค. 2568',
      note: '',
    });
    expect((await recordOn(7))?.status).toBe('ยังไม่ดำเนินการ');
  });

  it('shows the server’s refusal of a published item without a URL beside it and keeps what was typed', async () => {
    const { page, sidebar } = current();
    await openOit();
    const before = await recordOn(6);

    await item('o5').getByTestId('oit-status').selectOption('published');
    await item('o5').getByTestId('oit-save').click();
    const message = item('o5').getByTestId('oit-item-messages').filter({ hasText: 'ต้องมีลิงก์หลักฐาน' });
    await message.waitFor();
    await idle(current());
    await screenshot(page, 'oit-panel-refused');

    expect(await item('o5').getByTestId('oit-status').inputValue()).toBe('published');
    expect(await item('o5').getByTestId('oit-url').getAttribute('aria-invalid')).toBe('true');
    expect(await item('o5').getByTestId('oit-save').isDisabled()).toBe(false);
    expect(await sidebar.getByTestId('oit-score').textContent()).toBe('—');
    expect(await recordOn(6)).toEqual(before);
  });

  it('refuses to save over a row changed since it was read, and reads it again keeping what was typed', async () => {
    const { sidebar } = current();
    await openOit();
    // Someone else writes a note on o10's row after the panel read it.
    const { sheetId, rows } = await checklistRows();
    const o10 = rows.find((r) => r.row === 8)?.record ?? {};
    const changed = { ...o10, note: 'ผู้อื่นแก้ไข' };
    expect((await api('updateRecord', { sheetId, row: 8, record: changed, expected: o10 })).ok).toBe(true);

    await item('o10').getByTestId('oit-status').selectOption('published');
    await item('o10').getByTestId('oit-url').fill(O10_URL);
    await item('o10').getByTestId('oit-save').click();
    await item('o10')
      .getByTestId('oit-item-messages')
      .filter({ hasText: 'เปลี่ยนไปหลังจากที่เปิดมาแก้ไข' })
      .waitFor();
    const kept = await item('o10').getByTestId('oit-url').inputValue();
    const reload = item('o10').getByTestId('oit-item-reload');
    await reload.click();
    // The panel draws its items anew from what the tab holds now.
    await reload.waitFor({ state: 'detached' });
    await idle(current());

    expect(kept).toBe(O10_URL);
    // The other writer's note is read in; the status and URL the officer changed stay, to be saved.
    expect(await item('o10').getByTestId('oit-note').inputValue()).toBe('ผู้อื่นแก้ไข');
    expect(await item('o10').getByTestId('oit-status').inputValue()).toBe('published');
    expect(await item('o10').getByTestId('oit-url').inputValue()).toBe(O10_URL);
    expect(await item('o10').getByTestId('oit-item-status').textContent()).toContain('your typing was kept');
    expect(await recordOn(8)).toEqual(changed);
    expect(await sidebar.getByTestId('oit-score').textContent()).toBe('—');

    // Saved now, it lands over the row as the other writer left it, their note kept.
    await item('o10').getByTestId('oit-save').click();
    await item('o10').getByTestId('oit-item-status').filter({ hasText: 'บันทึกแล้ว' }).waitFor();
    expect(await recordOn(8)).toMatchObject({ note: 'ผู้อื่นแก้ไข', status: 'เผยแพร่แล้ว', url: O10_URL });
  });
});
