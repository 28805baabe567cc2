/**
 * The start page the sidebar opens on: the five steps in order, each with its state read from the
 * workbook (getStartState, one call) and a button to the page where it is done; the first step not
 * done is marked as the next. Thai only: the panel is 300 px.
 */

import { toThaiDigits } from '../../src/core/thai/digits';
import type { App, View } from './app';
import { h, replace, show } from './dom';
import { nextStep, type Step, startSteps } from './steps';

/** The start view. */
export function createStartView(app: App): View {
  const list = h('ol', { class: 'steps', 'data-testid': 'start-steps' });
  const summary = h('p', { class: 'status', role: 'status', 'data-testid': 'start-summary' });

  function stepItem(step: Step, next: boolean): HTMLElement {
    return h(
      'li',
      {
        class: `step ${step.done ? 'done' : 'todo'}${next ? ' next' : ''}`,
        'data-testid': `step-${step.id}`,
        'data-state': step.done ? 'done' : 'todo',
        'aria-current': next ? 'step' : null,
      },
      h('span', { class: 'step-number', 'aria-hidden': 'true' }, toThaiDigits(String(step.number))),
      h(
        'div',
        { class: 'step-body' },
        h('strong', {}, `${toThaiDigits(String(step.number))}. ${step.title}`),
        h('p', { class: 'step-status', 'data-testid': `step-status-${step.id}` }, step.status),
        h('p', { class: 'hint' }, step.help),
        h(
          'button',
          {
            type: 'button',
            class: next ? 'primary' : '',
            'data-testid': `step-go-${step.id}`,
            onClick: () => app.navigate(step.view),
          },
          step.done ? 'เปิดดู' : next ? 'ทำขั้นนี้' : 'ไปที่ขั้นนี้',
        ),
      ),
    );
  }

  function render(): void {
    const start = app.store.get().start;
    if (!start) return;
    const steps = startSteps(start);
    const next = nextStep(steps);
    replace(list, ...steps.map((step) => stepItem(step, step === next)));
    summary.textContent = next
      ? `ขั้นต่อไป: ${toThaiDigits(String(next.number))}. ${next.title}`
      : 'ทำครบทุกขั้นแล้ว ตรวจและพิมพ์รายงานได้ทุกเมื่อ';
    show(rollupNote, start.rollup);
  }

  // In a district's roll-up the steps are the district page's.
  const rollupNote = h(
    'p',
    { class: 'next-step', 'data-testid': 'start-rollup', hidden: true },
    'สเปรดชีตนี้เป็นภาพรวมอำเภอ: ',
    h('button', { type: 'button', class: 'link', onClick: () => app.navigate('district') }, 'ไปที่หน้าอำเภอ'),
  );

  app.store.subscribe((change) => {
    if (change.changed('start')) render();
  });

  const element = h(
    'section',
    { 'aria-labelledby': 'start-heading', 'data-testid': 'start-page' },
    h('h2', { id: 'start-heading' }, 'เริ่มต้นใช้งาน'),
    rollupNote,
    h('p', { class: 'hint' }, 'ทำตามขั้นตอนทีละขั้น สถานะแต่ละขั้นอ่านจากสเปรดชีตนี้'),
    summary,
    list,
  );
  return { name: 'start', element, show: () => void app.refreshSteps() };
}
