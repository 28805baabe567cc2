/**
 * One item of the OIT panel: its status, evidence URL, due date and note edited in place, saved over
 * its row with `updateRecord` (the whole record, the changed fields in it, `expected` as last read or
 * saved). A refusal is shown beside the item and what the officer typed stays.
 */

import type { DocumentRecord } from '../../src/core/documents/document-type';
import { oitStatusLabel, readOitStatus } from '../../src/core/oit/oit-status';
import { fieldText } from '../../src/core/reports/record-text';
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
} from './oit-figures';

/** The values of an item's controls. */
export type ItemValues = Readonly<Record<EditableField, string>>;

/** The controls the officer changed from the record, with what they hold now. */
export type ItemChanges = Readonly<Partial<ItemValues>>;

/** An item's block in the panel and what the panel asks of it. */
export interface OitItemEditor {
  readonly element: HTMLElement;
  readonly row: number;
  /** The item's code ("o3"): what an edit is carried by when rows move. */
  readonly code: string;
  /** The record as the row held it when last read or saved. */
  readonly expected: DocumentRecord;
  /** The controls the officer changed and has not saved. */
  changes(): ItemChanges;
  /** Puts changes typed before a reading of the tab back into the controls, with a line to say so. */
  restore(changes: ItemChanges, note: string): void;
}

/** What an item needs from its panel. */
interface ItemContext {
  readonly app: App;
  readonly sheetId: number;
  /** After a save: the record as the row now holds it; answers a line to show beside the item, if any. */
  onSaved(saved: SavedRecord): string | undefined;
  /** Reads the tab again (offered when the row changed since it was read). */
  onReload(): void;
}

const FIELDS: readonly EditableField[] = ['status', 'url', 'due', 'note'];

const LABELS: Readonly<Record<EditableField, readonly [string, string]>> = {
  status: ['สถานะ', 'status'],
  url: ['URL / ลิงก์หลักฐาน', 'evidence URL'],
  due: ['กำหนดเสร็จ', 'due date'],
  note: ['หมายเหตุ', 'note'],
};

/** The editor of one checklist item. */
export function createOitItem(item: ChecklistRow, context: ItemContext): OitItemEditor {
  const { app } = context;
  const code = fieldText(item.record, 'code');
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
  const multipleUrls = fieldText(item.record, 'url').includes('\n');
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
  const changes = (): ItemChanges => {
    const now = values();
    return Object.fromEntries(FIELDS.filter((f) => now[f] !== initial[f]).map((f) => [f, now[f]]));
  };
  const isDirty = (): boolean => Object.keys(changes()).length > 0;

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
    const cell = fieldText(record, 'status');
    const choice = readOitStatus(cell) ?? '';
    status.querySelector('option[value=""]')?.remove();
    if (choice === '') {
      const shown = cell === '' ? 'ว่าง' : cell;
      status.prepend(h('option', { value: '' }, `— ${shown} (อ่านไม่ได้ / unreadable) —`));
    }
    status.value = choice;
    url.value = fieldText(record, 'url');
    due.value = fieldText(record, 'due');
    note.value = fieldText(record, 'note');
    // Read back: an input's value may differ from the cell (a URL input trims it), and only what the
    // officer changes counts as an edit.
    initial = values();
    onInput();
  }

  /** The changes as the sheet writes them: a status by its Thai word. */
  function edits(): ItemChanges {
    const { status: chosen, ...rest } = changes();
    const id = chosen === undefined ? undefined : readOitStatus(chosen);
    return id === undefined ? rest : { ...rest, status: oitStatusLabel(id) };
  }

  function put(typed: ItemChanges): void {
    for (const field of FIELDS) {
      const value = typed[field];
      if (value !== undefined) controls[field].value = value;
    }
    onInput();
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
    const sent = values();
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
    // What the officer typed while the save was on its way stays, still to be saved.
    const typedSince = Object.fromEntries(
      Object.entries(values()).filter(([field, value]) => sent[field as EditableField] !== value),
    );
    fill(expected);
    put(typedSince);
    const after = context.onSaved(answer.value);
    const line = `บันทึกแล้ว แถวที่ ${answer.value.row} (saved, row ${answer.value.row})`;
    saved.textContent = [line, answer.value.notice, after].filter(Boolean).join(' · ');
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
      ` ${fieldText(item.record, 'title').replace(/\s+/g, ' ')}`,
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
    code,
    get expected() {
      return expected;
    },
    changes,
    restore(typed, line) {
      put(typed);
      saved.textContent = line;
    },
  };
}
