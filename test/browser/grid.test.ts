import type { Page } from 'playwright-core';
import { gridTable, screenshot, selectCell, usePreviewSessions } from './preview-session';

jest.setTimeout(90_000);

const current = usePreviewSessions();

/** A cell of the grid. */
const cell = (page: Page, a1: string) => gridTable(page).locator(`td[data-a1="${a1}"]`);

/** Waits until a cell shows `text` (the grid is drawn again after each write). */
async function shows(page: Page, a1: string, text: string): Promise<void> {
  await gridTable(page).locator(`td[data-a1="${a1}"]`, { hasText: text }).waitFor();
}

async function selected(page: Page, a1: string): Promise<void> {
  await gridTable(page).locator(`td[data-a1="${a1}"].selected`).waitFor();
}

/** A new empty tab, active, its A1 selected. */
async function emptyTab(page: Page): Promise<void> {
  await page.getByTestId('add-tab').click();
  await page.locator('[data-testid="grid-tab"][aria-selected="true"]', { hasText: 'แผ่นงาน' }).waitFor();
  await selectCell(page, 'A1');
}

/** Types into the selected cell and presses `key` (Enter, Tab). */
async function type(page: Page, text: string, key = 'Enter'): Promise<void> {
  await page.keyboard.type(text);
  await page.getByTestId('cell-editor').waitFor();
  await page.keyboard.press(key);
  await page.getByTestId('cell-editor').waitFor({ state: 'detached' });
}

describe('the preview grid runs the custom functions and takes the keyboard', () => {
  it('computes a typed formula with the built functions, recomputes it after an edit, and Ctrl+Z undoes', async () => {
    const { page } = current();
    await emptyTab(page);

    await type(page, '77.21');
    await selected(page, 'A2');
    await type(page, '=ITA_GRADE(A1, 2562)');
    await shows(page, 'A2', 'B');
    await selected(page, 'A3');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await selected(page, 'A1');
    await page.keyboard.press('ArrowRight');
    await selected(page, 'B1');
    await type(page, '=THAI_DIGITS("๑๒") & THAI_DIGITS(A1)', 'Tab');
    await selected(page, 'C1');
    await shows(page, 'B1', '๗๗.๒๑');
    await screenshot(page, 'grid-formulas');

    // The score changes: the grade and the digits that read it are computed again.
    await selectCell(page, 'A1');
    await type(page, '50');
    await shows(page, 'B1', '๕๐');
    expect((await cell(page, 'A2').textContent())?.trim()).not.toBe('B');

    await page.keyboard.press('Control+z');
    await shows(page, 'A1', '77.21');
    await shows(page, 'A2', 'B');
    expect(await page.getByTestId('cell-bar').textContent()).toContain('77.21');
  });

  it('shows an error in the cell and its message on hover', async () => {
    const { page } = current();
    await emptyTab(page);

    await type(page, '=ITA_GRADE("abc", 2562)');
    await shows(page, 'A1', '#ERROR!');
    expect(await cell(page, 'A1').getAttribute('title')).toContain('ITA_GRADE');

    await type(page, '=ITA_SCORE(B2:K2');
    await shows(page, 'A2', '#ERROR!');
    expect(await cell(page, 'A2').getAttribute('title')).toContain('parse error');

    await type(page, '=NOT_A_FUNCTION(1)');
    await shows(page, 'A3', '#NAME?');
    // The cell bar shows the formula as typed, as Sheets' formula bar does.
    await selectCell(page, 'A3');
    expect(await page.getByTestId('cell-bar').textContent()).toContain('=NOT_A_FUNCTION(1)');
  });

  it('moves with the arrows and Tab, opens a cell with Enter, and clears it with Delete', async () => {
    const { page } = current();
    await emptyTab(page);
    await type(page, 'xก');
    await selected(page, 'A2');

    await page.keyboard.press('ArrowUp');
    await selected(page, 'A1');
    await page.keyboard.press('ArrowRight');
    await selected(page, 'B1');
    await page.keyboard.press('Tab');
    await selected(page, 'C1');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await selected(page, 'A1');

    await page.keyboard.press('Enter');
    expect(await page.getByTestId('cell-editor').inputValue()).toBe('xก');
    await page.keyboard.press('Escape');
    await page.getByTestId('cell-editor').waitFor({ state: 'detached' });

    await page.keyboard.press('Delete');
    await gridTable(page).locator('td[data-a1="A1"]', { hasText: 'xก' }).waitFor({ state: 'detached' });
    expect((await cell(page, 'A1').textContent())?.trim()).toBe('');
    await page.keyboard.press('Control+z');
    await shows(page, 'A1', 'xก');
  });
});
