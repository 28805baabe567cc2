/**
 * The line under the navigation that offers the next step after each action (saving the profile,
 * making a tab, a check, a report): the first step of the start page not done, with a button to it.
 * Hidden on the start page, on the page of that step, and once every step is done.
 */

import { toThaiDigits } from '../../src/core/thai/digits';
import type { App } from './app';
import { h, show } from './dom';
import { nextStep, startSteps } from './steps';

/** The next-step line, kept up to date from the store. */
export function createNextStep(app: App): HTMLElement {
  const text = h('span', {});
  const go = h('button', { type: 'button', class: 'link', 'data-testid': 'next-step-go' }, 'ไปต่อ');
  const element = h(
    'p',
    { class: 'next-step', 'data-testid': 'next-step', role: 'status', hidden: true },
    text,
    ' ',
    go,
  );
  let target: ReturnType<typeof nextStep>;
  go.addEventListener('click', () => {
    if (target) app.navigate(target.view);
  });

  app.store.subscribe((change) => {
    if (!change.changed('start') && !change.changed('view')) return;
    const { start, view } = change.state;
    // A district's roll-up has none of the organization's steps to offer.
    target = start && !start.rollup ? nextStep(startSteps(start)) : undefined;
    const visible = target !== undefined && view !== 'start' && view !== target.view;
    if (target) text.textContent = `ขั้นต่อไป: ${toThaiDigits(String(target.number))}. ${target.title}`;
    show(element, visible);
  });
  return element;
}
