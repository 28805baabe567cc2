/**
 * One item of the OIT panel: its status, evidence URL, due date and note edited in place, saved over
 * its row with `updateRecord` (the whole record, the changed fields in it, `expected` as last read or
 * saved). A refusal is shown beside the item and what the officer typed stays.
 */

import type { DocumentRecord, FieldValue } from '../../src/core/documents/document-type';
import type { ApiProblem, SavedRecord } from '../../src/shared/api';
import type { App } from './app';
import { h, options, replace, uniqueId } from './dom';
import { previewLine } from './field-parts';
import {
  type ChecklistRow,
  duePreview,
  type EditableField,
  editedRecord,
  STATUS_OPTIONS,
  statusCell,
  statusChoice,
} from './oit-figures';

/** The values of an item's controls. */
export type ItemValues = Readonly<Record<EditableField, string>>;

/** An item's block in the panel and what the panel asks of it. */
export interface OitItemEditor {
  readonly element: HTMLElement;
  readonly row: number;
  /** The record as the row held it when last read or saved. */
  readonly expected: DocumentRecord;
  /** True while a control differs from the record. */
  isDirty(): boolean;
  values(): ItemValues;
  /** Puts typed values back (carried over a reload of an unchanged row). */
  restore(values: ItemValues): void;
}

/** What an item needs from its panel. */
export interface ItemContext {
  readonly app: App;
  readonly sheetId: number;
  /** After a save: the record as the row now holds it; answers a line to show beside the item, if any. */
  onSaved(saved: SavedRecord): string | undefined;
  /** Reads the tab again (offered when the row changed since it was read). */
  onReload(): void;
}

const FIELDS: readonly EditableField[] = ['status', 'url', 'due', 'note'];

const text = (value: FieldValue | undefined): string =>
  typeof value === 'string' ? value : (value ?? []).join('\n');

const LABELS: Readonly<Record<EditableField, readonly [string, string]>> = {
  status: ['สถานะ', 'status'],
  url: ['URL / ลิงก์หลักฐาน', 'evidence URL'],
  due: ['กำหนดเสร็จ', 'due date'],
  note: ['หมายเหตุ', 'note'],
};

/** The editor of one checklist item. */
export function createOitItem(item: ChecklistRow, context: ItemContext): OitItemEditor {
  const { app } = context;
  const code = text(item.record.code).trim();
  let expected = item.record;
  let initial: ItemValues = { status: '', url: '', due: '', note: '' };

  const messages = h('div', {
    id: uniqueId('m'),
    class: 'messages',
    'data-testid': 'oit-item-messages',
    'aria-live': 'polite',
  });
  const status = h('select', { 'data-testid': 'oit-status' }, ...options(STATUS_OPTIONS));
  // An input drops line breaks, so an item with several links keeps them in a text box.
  const multipleUrls = text(item.record.url).includes('\n');
  const url = multipleUrls
    ? h('textarea', { rows: 2, 'data-testid': 'oit-url' })
    : h('input', { type: 'url', inputmode: 'url', placeholder: 'https://…', 'data-testid': 'oit-url' });
  const preview = previewLine();
  const due = h('input', {
    type: 'text',
    placeholder: 'เช่น 30 เม.ย. 2568',
    'data-testid': 'oit-due',
    'aria-describedby': preview.element.id,
  });
  const note = h('textarea', { rows: 2, 'data-testid': 'oit-note' });
  const controls: Readonly<
    Record<EditableField, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>
  > = { status, url, due, note };
  const saved = h('p', { class: 'status', role: 'status', 'data-testid': 'oit-item-status' });
  const saveButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'oit-save' },
    `บันทึก ${code} (save)`,
  );

  const values = (): ItemValues => ({
    status: status.value,
    url: url.value,
    due: due.value,
    note: note.value,
  });
  const isDirty = (): boolean => FIELDS.some((f) => values()[f] !== initial[f]);

  function clearRefusal(): void {
    replace(messages);
    for (const control of Object.values(controls)) control.removeAttribute('aria-invalid');
  }

  function onInput(): void {
    saved.textContent = '';
    clearRefusal();
    preview.set(duePreview(due.value));
    saveButton.disabled = !isDirty();
  }

  /** Fills the controls from a record; the status select names a status the cell does not as such. */
  function fill(record: DocumentRecord): void {
    const cell = text(record.status);
    const choice = statusChoice(cell);
    status.querySelector('option[value=""]')?.remove();
    if (choice === '') {
      const shown = cell.trim() === '' ? 'ว่าง' : cell.trim();
      status.prepend(h('option', { value: '' }, `— ${shown} (อ่านไม่ได้ / unreadable) —`));
    }
    status.value = choice;
    url.value = text(record.url);
    due.value = text(record.due);
    note.value = text(record.note);
    // Read back: an input's value may differ from the cell (a URL input trims it), and only what the
    // officer changes counts as an edit.
    initial = values();
    onInput();
  }

  function edits(): Partial<Record<EditableField, string>> {
    const now = values();
    const changed: Partial<Record<EditableField, string>> = {};
    for (const field of FIELDS) {
      if (now[field] === initial[field]) continue;
      changed[field] = field === 'status' && now.status !== '' ? statusCell(now.status) : now[field];
    }
    return changed;
  }

  function showRefusal(error: string, problems: readonly ApiProblem[]): void {
    if (problems.length === 0) {
      // No check failed: the row changed since it was read (or the call did not get through).
      replace(
        messages,
        h('p', { class: 'error' }, error),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            'data-testid': 'oit-item-reload',
            onClick: () => context.onReload(),
          },
          'อ่านแท็บอีกครั้ง (reload the tab)',
        ),
      );
      return;
    }
    replace(messages, ...problems.map((p) => h('p', { class: p.severity }, p.message)));
    for (const field of FIELDS) {
      const invalid = problems.some((p) => p.field === field && p.severity === 'error');
      if (invalid) controls[field].setAttribute('aria-invalid', 'true');
    }
  }

  async function save(): Promise<void> {
    if (!isDirty()) return;
    saved.textContent = '';
    clearRefusal();
    const record = editedRecord(expected, edits());
    const answer = await app.call(
      'updateRecord',
      { sheetId: context.sheetId, row: item.row, record, expected },
      saveButton,
    );
    if (!answer.ok) {
      showRefusal(answer.error, answer.problems ?? []);
      saveButton.disabled = !isDirty();
      return;
    }
    expected = answer.value.record;
    fill(expected);
    const after = context.onSaved(answer.value);
    const line = `บันทึกแล้ว แถวที่ ${answer.value.row} (saved, row ${answer.value.row})`;
    saved.textContent = after ? `${line} · ${after}` : line;
  }

  for (const field of FIELDS) {
    const control = controls[field];
    control.id = uniqueId(`oit-${field}`);
    control.setAttribute(
      'aria-describedby',
      [control.getAttribute('aria-describedby'), messages.id].filter(Boolean).join(' '),
    );
    control.addEventListener(field === 'status' ? 'change' : 'input', onInput);
  }
  saveButton.addEventListener('click', () => void save());
  fill(expected);

  const label = (field: EditableField) =>
    h(
      'label',
      { for: controls[field].id },
      LABELS[field][0],
      h('span', { class: 'gloss' }, ` ${LABELS[field][1]}`),
    );
  const element = h(
    'fieldset',
    { class: 'oit-item', 'data-testid': 'oit-item', 'data-code': code, 'data-row': item.row },
    h(
      'legend',
      {},
      h('span', { class: 'oit-code' }, code),
      ` ${text(item.record.title).replace(/\s+/g, ' ').trim()}`,
    ),
    label('status'),
    status,
    label('url'),
    url,
    label('due'),
    due,
    preview.element,
    label('note'),
    note,
    messages,
    saveButton,
    saved,
  );

  return {
    element,
    row: item.row,
    get expected() {
      return expected;
    },
    isDirty,
    values,
    restore(typed) {
      status.value = typed.status;
      url.value = typed.url;
      due.value = typed.due;
      note.value = typed.note;
      onInput();
    },
  };
}
