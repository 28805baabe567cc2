/**
 * Part of the documents view: the active document tab rolled into a new fiscal year (the one after
 * its own unless typed), or made into the results report of its measures. Always a new tab; the
 * old one is only read.
 */

import { isDocumentTypeId } from '../../src/core/catalog';
import type { App } from './app';
import { readFiscalYear } from './documents-view';
import { h, labelled, options, replace, uniqueId } from './dom';

const AS_OPTIONS = [
  ['', 'เอกสารประเภทเดิม ปีงบประมาณใหม่'],
  ['results', 'รายงานผลการดำเนินการ จากแท็บมาตรการ'],
] as const;

/** The elements of the rollover part; `done` runs after a new tab is made (the list refreshes). */
export function rolloverPart(app: App, done: () => Promise<void>): HTMLElement[] {
  const yearMessage = h('div', {
    id: uniqueId('m'),
    class: 'messages',
    'data-testid': 'error-rollover-year',
  });
  const year = h('input', {
    type: 'text',
    inputmode: 'numeric',
    placeholder: 'ว่าง = ปีถัดไป',
    'data-testid': 'rollover-year',
    'aria-describedby': yearMessage.id,
  });
  const as = h('select', { 'data-testid': 'rollover-as' }, ...options(AS_OPTIONS));
  const button = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'rollover-tab' },
    'ยกแท็บที่เปิดอยู่ไปปีงบประมาณใหม่',
  );
  const result = h('div', { class: 'status', role: 'status', 'data-testid': 'rollover-result' });

  async function roll(): Promise<void> {
    replace(result);
    const typed = readFiscalYear(year.value);
    replace(yearMessage, typed.ok ? null : h('p', { class: 'error' }, typed.error));
    year.setAttribute('aria-invalid', String(!typed.ok));
    if (!typed.ok) return;
    const active = await app.call('getActiveContext', undefined, button);
    if (!active.ok) return;
    const request = {
      sheetId: active.value.sheetId,
      ...(typed.value === undefined ? {} : { fiscalYear: typed.value }),
      ...(isDocumentTypeId(as.value) ? { as: as.value } : {}),
    };
    const answer = await app.call('rolloverTab', request, button);
    if (!answer.ok) return;
    const { tab, records, warnings } = answer.value;
    replace(
      result,
      h(
        'p',
        {},
        `สร้างแท็บ “${tab.name}” ปีงบประมาณ ${tab.header.fiscalYear ?? ''} แล้ว: ${records} รายการ แท็บเดิมไม่เปลี่ยนแปลง`,
      ),
      warnings.length > 0
        ? h(
            'ul',
            { class: 'warnings', 'data-testid': 'rollover-warnings' },
            ...warnings.map((w) => h('li', { class: w.severity }, w.message)),
          )
        : null,
    );
    await done();
  }

  button.addEventListener('click', () => void roll());
  return [
    h('h3', {}, 'ปีงบประมาณใหม่'),
    h(
      'p',
      { class: 'hint' },
      'เปิดแท็บเอกสารของปีที่แล้ว ช่วงเวลาและปีในข้อความเลื่อนไปปีใหม่ ผลการดำเนินการและสถานะเริ่มว่าง ลิงก์เดิมต้องตรวจสอบอีกครั้ง',
    ),
    labelled('ทำเป็น', as, 'make'),
    labelled('ปีงบประมาณ พ.ศ. (ไม่บังคับ)', year, 'fiscal year, optional'),
    yearMessage,
    button,
    result,
  ];
}
