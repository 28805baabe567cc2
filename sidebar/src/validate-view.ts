/**
 * The validate view: checks the active document tab (marking its problem cells) and lists the
 * problems; a click on one selects its cell in the sheet.
 */

import type { ApiProblem } from '../../src/shared/api';
import type { App, View } from './app';
import { h, replace } from './dom';

/** The summary line of a check: how many errors and warnings. */
export function problemsSummary(problems: readonly ApiProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'ไม่พบปัญหา (no problems)';
  return `ข้อผิดพลาด ${errors} · คำเตือน ${warnings} (${errors} errors, ${warnings} warnings)`;
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

  function item(sheetId: number, problem: ApiProblem): HTMLElement {
    const text = [problem.a1 ? h('span', { class: 'cell' }, problem.a1) : null, problem.message];
    const a1 = problem.a1;
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
    summary.textContent = `แท็บ “${tab.name}”: ${problemsSummary(answer.value.problems)}`;
    replace(list, ...answer.value.problems.map((p) => item(tab.sheetId, p)));
  }

  runButton.addEventListener('click', () => void run());

  const element = h(
    'section',
    { 'aria-labelledby': 'validate-heading' },
    h('h2', { id: 'validate-heading' }, 'ตรวจเอกสาร ', h('span', { class: 'gloss' }, 'validate')),
    h('p', { class: 'hint' }, 'ตรวจแท็บเอกสารที่เปิดอยู่ เซลล์ที่มีปัญหาจะมีสีและบันทึกย่อ กดรายการเพื่อไปที่เซลล์'),
    runButton,
    summary,
    list,
  );
  return { name: 'validate', element, show: () => undefined };
}
