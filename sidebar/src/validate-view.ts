/**
 * The validate view: checks the active document tab (marking its problem cells) and lists the
 * problems; a click on one selects its cell in the sheet, and แก้ในฟอร์ม opens its record in the form.
 * Shown again after a check, it checks the same tab again (a save since may have fixed a record).
 */

import { parseA1 } from '../../src/core/layout/a1';
import type { ApiProblem } from '../../src/shared/api';
import type { App, View } from './app';
import { h, replace } from './dom';

/** The summary line of a check: how many errors and warnings, and its tone (an error is never green). */
export function problemsSummary(problems: readonly ApiProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'ไม่พบปัญหา';
  return `ข้อผิดพลาด ${errors} · คำเตือน ${warnings}`;
}

/** The summary's class: green only without a problem; one error makes it red, warnings alone amber. */
export function summaryClass(problems: readonly ApiProblem[]): string {
  if (problems.some((p) => p.severity === 'error')) return 'status has-errors';
  return problems.length > 0 ? 'status has-warnings' : 'status';
}

/** The validate view. */
export function createValidateView(app: App): View {
  const runButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'validate-run' },
    'ตรวจแท็บนี้',
  );
  const summary = h('p', { class: 'status', role: 'status', 'data-testid': 'validate-summary' });
  const list = h('ul', { class: 'problems', 'data-testid': 'validate-problems' });

  let checked: number | null = null;

  /** Selects the problem's cell, then opens its record in the form (which loads the selected row). */
  async function fix(sheetId: number, a1: string, button: HTMLButtonElement): Promise<void> {
    const selected = await app.call('selectCell', { sheetId, a1 }, button);
    if (!selected.ok) return;
    app.store.set({ openRecord: { sheetId, row: parseA1(a1).row } });
    app.navigate('entry');
  }

  function item(sheetId: number, problem: ApiProblem): HTMLElement {
    const text = [problem.a1 ? h('span', { class: 'cell' }, problem.a1) : null, problem.message];
    const a1 = problem.a1;
    const fixable = a1 !== undefined && problem.record !== undefined;
    return h(
      'li',
      { 'data-testid': 'problem', class: problem.severity },
      a1
        ? h(
            'button',
            {
              type: 'button',
              class: 'problem-item',
              title: `ไปที่เซลล์ ${a1} (go to ${a1})`,
              onClick: (event) =>
                void app.call('selectCell', { sheetId, a1 }, event.currentTarget as HTMLButtonElement),
            },
            ...text,
          )
        : h('span', { class: 'problem-item' }, ...text),
      fixable
        ? h(
            'button',
            {
              type: 'button',
              class: 'link fix',
              'data-testid': 'problem-fix',
              onClick: (event) => void fix(sheetId, a1, event.currentTarget as HTMLButtonElement),
            },
            'แก้ในฟอร์ม',
          )
        : null,
    );
  }

  async function run(): Promise<void> {
    summary.textContent = '';
    replace(list);
    const context = await app.call('getActiveContext', undefined, runButton);
    if (!context.ok) return;
    const { tab, sheetName } = context.value;
    if (!tab) {
      app.showError(`แท็บ “${sheetName}” ไม่ใช่แท็บเอกสาร — เปิดแท็บเอกสารก่อน (open a document tab first)`);
      return;
    }
    const answer = await app.call('validateTab', { sheetId: tab.sheetId, mark: true }, runButton);
    if (!answer.ok) return;
    checked = tab.sheetId;
    summary.className = summaryClass(answer.value.problems);
    summary.textContent = `แท็บ “${tab.name}”: ${problemsSummary(answer.value.problems)}`;
    replace(list, ...answer.value.problems.map((p) => item(tab.sheetId, p)));
  }

  runButton.addEventListener('click', () => void run());

  const element = h(
    'section',
    { 'aria-labelledby': 'validate-heading' },
    h('h2', { id: 'validate-heading' }, 'ตรวจเอกสาร ', h('span', { class: 'gloss' }, 'validate')),
    h(
      'p',
      { class: 'hint' },
      'ตรวจแท็บเอกสารที่เปิดอยู่ เซลล์ที่มีปัญหาจะมีสีและบันทึกย่อ กดรายการเพื่อไปที่เซลล์ หรือกด “แก้ในฟอร์ม”',
    ),
    runButton,
    summary,
    list,
  );
  // Shown again on the tab it checked (a record saved since may be fixed): the check runs again.
  const onShow = async (): Promise<void> => {
    if (checked === null) return;
    const context = await app.call('getActiveContext');
    if (context.ok && context.value.tab?.sheetId === checked) await run();
  };
  return { name: 'validate', element, show: () => void onShow() };
}
