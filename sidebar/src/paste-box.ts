/**
 * The paste box: the officer pastes the text copied from Word, a PDF or a website straight into the
 * sidebar (a textarea: Sheets never parses it, so a `- …` bullet line stays text), says what document
 * it is and, when the paste names none, its fiscal year; the server structures it into a new document
 * tab as it does a pasted tab. The text is sent as text and every answer shown as text.
 */

import { DOCUMENT_TYPE_IDS, isDocumentTypeId } from '../../src/core/catalog';
import { DOCUMENT_TYPES } from '../../src/core/documents/types';
import type { App } from './app';
import { readFiscalYear } from './documents-view';
import { h, labelled, options, replace, uniqueId } from './dom';
import { structureAnswer } from './structure-answer';

const TYPE_OPTIONS = DOCUMENT_TYPE_IDS.map((id) => [id, DOCUMENT_TYPES[id].th] as const);

/** The paste box's elements, for the documents view; `done` refreshes its list of tabs. */
export function pasteBox(app: App, done: () => Promise<void>): HTMLElement[] {
  const type = h('select', { 'data-testid': 'paste-type' }, ...options(TYPE_OPTIONS));
  const yearMessage = h('div', { id: uniqueId('m'), class: 'messages', 'data-testid': 'error-paste-year' });
  const year = h('input', {
    type: 'text',
    inputmode: 'numeric',
    placeholder: 'เช่น 2568',
    'data-testid': 'paste-year',
    'aria-describedby': yearMessage.id,
  });
  const text = h('textarea', {
    rows: 8,
    spellcheck: 'false',
    placeholder: 'วางข้อความหรือตารางที่คัดลอกมาที่นี่ (Ctrl+V)',
    'data-testid': 'paste-text',
  });
  const button = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'paste-structure' },
    'จัดโครงสร้างข้อความที่วาง',
  );
  const result = h('div', { class: 'status', role: 'status', 'data-testid': 'paste-result' });

  async function structure(): Promise<void> {
    replace(result);
    const typed = readFiscalYear(year.value);
    replace(yearMessage, typed.ok ? null : h('p', { class: 'error' }, typed.error));
    year.setAttribute('aria-invalid', String(!typed.ok));
    if (!typed.ok || !isDocumentTypeId(type.value)) return;
    if (text.value.trim() === '') {
      replace(result, h('p', { class: 'error' }, 'ยังไม่ได้วางข้อความ (nothing was pasted)'));
      return;
    }
    const request = {
      type: type.value,
      text: text.value,
      ...(typed.value === undefined ? {} : { fiscalYear: typed.value }),
    };
    const answer = await app.call('structurePastedText', request, button);
    if (!answer.ok) return;
    replace(result, ...structureAnswer(answer.value, 'paste-warnings'));
    await done();
  }

  button.addEventListener('click', () => void structure());
  return [
    h('h3', {}, 'วางข้อความในแถบข้าง'),
    h(
      'p',
      { class: 'hint' },
      'วางข้อความที่คัดลอกจาก Word, PDF หรือเว็บไซต์ลงในช่องนี้โดยตรง บรรทัดที่ขึ้นต้นด้วย - หรือ + จะไม่กลายเป็นสูตร',
    ),
    labelled('เป็นเอกสารประเภท', type, 'as type'),
    labelled('ปีงบประมาณ พ.ศ. ถ้าข้อความไม่ระบุ (ไม่บังคับ)', year, 'fiscal year, if the text names none'),
    yearMessage,
    labelled('ข้อความที่วาง', text, 'pasted text'),
    button,
    result,
  ];
}
