/**
 * The header of the open document tab set afterwards: its fiscal year, organization and round (a
 * paste without its title gives a tab with none, and reports print `พ.ศ. ....`). A blank box leaves
 * its field as it is.
 */

import type { App } from './app';
import { readFiscalYear } from './documents-view';
import { h, labelled, options, replace, uniqueId } from './dom';

const ROUND_OPTIONS = [
  ['', 'ไม่เปลี่ยน'],
  ['6', 'รอบ ๖ เดือน'],
  ['12', 'รอบ ๑๒ เดือน'],
] as const;

/** The header part's elements, for the documents view; `done` refreshes its list of tabs. */
export function tabHeaderPart(app: App, done: () => Promise<void>): HTMLElement[] {
  const yearMessage = h('div', { id: uniqueId('m'), class: 'messages', 'data-testid': 'error-header-year' });
  const year = h('input', {
    type: 'text',
    inputmode: 'numeric',
    placeholder: 'เช่น 2568',
    'data-testid': 'header-year',
    'aria-describedby': yearMessage.id,
  });
  const organization = h('input', { type: 'text', 'data-testid': 'header-organization' });
  const round = h('select', { 'data-testid': 'header-round' }, ...options(ROUND_OPTIONS));
  const button = h('button', { type: 'button', 'data-testid': 'header-save' }, 'บันทึกหัวเอกสารของแท็บที่เปิดอยู่');
  const result = h('p', { class: 'status', role: 'status', 'data-testid': 'header-result' });

  async function save(): Promise<void> {
    result.textContent = '';
    const typed = readFiscalYear(year.value);
    replace(yearMessage, typed.ok ? null : h('p', { class: 'error' }, typed.error));
    year.setAttribute('aria-invalid', String(!typed.ok));
    if (!typed.ok) return;
    const active = await app.call('getActiveContext', undefined, button);
    if (!active.ok) return;
    const request = {
      sheetId: active.value.sheetId,
      ...(typed.value === undefined ? {} : { fiscalYear: typed.value }),
      ...(organization.value.trim() === '' ? {} : { organization: organization.value }),
      ...(round.value === '6' ? { round: 6 as const } : round.value === '12' ? { round: 12 as const } : {}),
    };
    const answer = await app.call('setTabHeader', request, button);
    if (!answer.ok) return;
    const { name, header } = answer.value;
    result.textContent = `บันทึกหัวเอกสารของแท็บ “${name}” แล้ว: ปีงบประมาณ ${header.fiscalYear ?? '-'} · ${header.organization ?? '-'}`;
    await done();
  }

  button.addEventListener('click', () => void save());
  return [
    h('h3', {}, 'หัวเอกสารของแท็บ'),
    h('p', { class: 'hint' }, 'เปิดแท็บเอกสาร แล้วกรอกเฉพาะช่องที่ต้องการเปลี่ยน ช่องว่างคงค่าเดิม'),
    labelled('ปีงบประมาณ พ.ศ.', year, 'fiscal year'),
    yearMessage,
    labelled('ชื่อหน่วยงาน', organization, 'organization'),
    labelled('รอบรายงาน', round, 'round'),
    button,
    result,
  ];
}
