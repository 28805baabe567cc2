/**
 * The column-mapping step of structuring: each pasted column with its first values and a dropdown
 * of the document's fields, the guess chosen, plus ไม่ใช้ (เก็บไว้); confirmed, the pasted tab is
 * structured into a new tab by that mapping. Every value shown is set as text, never as markup.
 */

import type { DocumentTypeId } from '../../src/core/documents/document-type';
import type { PastedColumnsView, StructureSummary } from '../../src/shared/api';
import type { App } from './app';
import { h, labelled, options, replace, show } from './dom';

/** The entry of a column kept aside (src/core/structure/column-mapping.ts's KEEP_ASIDE). */
const KEEP_ASIDE = '-';

export interface ColumnMappingStep {
  readonly element: HTMLElement;
  /** Reads the active tab's columns for `type` and shows them; `reason` says why the step opened. */
  open(type: DocumentTypeId, reason?: string): Promise<void>;
  close(): void;
}

/** Two columns given the same field: the officer is told before the server is asked. */
function twice(view: PastedColumnsView, mapping: readonly string[]): string | undefined {
  const seen = new Map<string, number>();
  for (const [i, key] of mapping.entries()) {
    if (key === KEEP_ASIDE) continue;
    const before = seen.get(key);
    if (before !== undefined) {
      const th = view.fields.find((f) => f.key === key)?.th ?? key;
      return `ช่อง “${th}” ถูกเลือกซ้ำที่คอลัมน์ที่ ${before} และ ${i + 1} (a field is chosen twice)`;
    }
    seen.set(key, i + 1);
  }
  return undefined;
}

/** The step, calling `done` with the summary of the tab it made. */
export function createColumnMappingStep(
  app: App,
  done: (summary: StructureSummary) => void,
): ColumnMappingStep {
  const intro = h('p', { class: 'hint', 'data-testid': 'mapping-intro' });
  const list = h('div', { class: 'mapping-columns' });
  const message = h('p', { class: 'error', role: 'alert', 'data-testid': 'mapping-message' });
  const confirm = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'mapping-confirm' },
    'ยืนยันและจัดโครงสร้าง',
  );
  const cancel = h('button', { type: 'button', 'data-testid': 'mapping-cancel' }, 'ยกเลิก');
  const element = h(
    'section',
    { class: 'mapping', 'data-testid': 'mapping-step', 'aria-labelledby': 'mapping-heading', hidden: true },
    h('h3', { id: 'mapping-heading' }, 'กำหนดคอลัมน์เอง ', h('span', { class: 'gloss' }, 'map the columns')),
    intro,
    list,
    message,
    h('div', { class: 'actions' }, confirm, ' ', cancel),
  );
  let current: { view: PastedColumnsView; selects: HTMLSelectElement[] } | undefined;

  function column(
    view: PastedColumnsView,
    c: PastedColumnsView['columns'][number],
  ): {
    item: HTMLElement;
    select: HTMLSelectElement;
  } {
    const choices = [
      ...view.fields.map((f) => [f.key, f.required ? `${f.th} *` : f.th] as const),
      [KEEP_ASIDE, 'ไม่ใช้ (เก็บไว้)'] as const,
    ];
    const select = h('select', { 'data-testid': `mapping-field-${c.column}` }, ...options(choices));
    select.value = c.guess;
    const title = c.heading ? `คอลัมน์ที่ ${c.column}: ${c.heading}` : `คอลัมน์ที่ ${c.column}`;
    const item = h(
      'fieldset',
      { class: 'mapping-column', 'data-testid': 'mapping-column' },
      h('legend', {}, title),
      c.samples.length > 0
        ? h('ul', { class: 'samples' }, ...c.samples.map((s) => h('li', {}, s)))
        : h('p', { class: 'hint' }, '(ว่าง)'),
      labelled('เป็นช่อง', select, 'field'),
    );
    return { item, select };
  }

  async function open(type: DocumentTypeId, reason?: string): Promise<void> {
    const answer = await app.call('readPastedColumns', { type });
    if (!answer.ok) return;
    const view = answer.value;
    const columns = view.columns.map((c) => column(view, c));
    current = { view, selects: columns.map((c) => c.select) };
    intro.textContent = [
      reason,
      `แท็บ “${view.sheetName}”: ${view.headed ? 'ตรวจว่าแต่ละคอลัมน์ตรงกับช่องใด' : 'ไม่พบแถวหัวตาราง บอกว่าแต่ละคอลัมน์คือช่องใด'}` +
        ' คอลัมน์ที่ไม่ใช้จะเก็บไว้ท้ายแท็บใหม่ ไม่มีข้อความใดหาย (kept-aside columns go to the end of the new tab)',
    ]
      .filter((line) => line)
      .join(' — ');
    message.textContent = '';
    replace(list, ...columns.map((c) => c.item));
    for (const { select } of columns) select.addEventListener('change', () => (message.textContent = ''));
    show(element, true);
    columns[0]?.select.focus();
  }

  function close(): void {
    current = undefined;
    replace(list);
    message.textContent = '';
    show(element, false);
  }

  confirm.addEventListener('click', async () => {
    if (!current) return;
    const mapping = current.selects.map((s) => s.value);
    const fault = twice(current.view, mapping);
    message.textContent = fault ?? '';
    if (fault) return;
    // The tab the columns were read from: refused if the officer has since opened another.
    const { type, sheetId } = current.view;
    const answer = await app.call('structureActiveTab', { type, columns: mapping, sheetId }, confirm);
    if (!answer.ok) return;
    close();
    done(answer.value);
  });
  cancel.addEventListener('click', close);

  return { element, open, close };
}
