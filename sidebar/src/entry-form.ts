/**
 * The entry view: a form for one record of the active document tab, made from its type's fields,
 * checked as the officer types with the same schema and validation the server runs, kept as a
 * draft per tab, and saved as a new row or over the row it was loaded from.
 */

import type { DocumentRecord } from '../../src/core/documents/document-type';
import { DOCUMENT_TYPES } from '../../src/core/documents/types';
import { sameRecord } from '../../src/core/layout/document-tab-layout';
import type { ActiveContext, TabSummary } from '../../src/shared/api';
import type { App, View } from './app';
import { h, replace, show } from './dom';
import { browserStorage, clearDraft, type DraftPlace, loadDraft, saveDraft } from './drafts';
import { type FieldControl, fieldControl } from './field-input';
import { checkForm, type FormCheck, mergeChecks, saveBlockedReason, serverCheck } from './field-messages';
import {
  emptyValues,
  type FormValues,
  isBlank,
  recordFromValues,
  sameValues,
  valuesFromRecord,
  withTypedChanges,
} from './form-values';

interface EntryState {
  /** The open spreadsheet's id: drafts are kept per spreadsheet and tab. */
  spreadsheetId: string;
  tab: TabSummary | null;
  /** The row the form edits, or null for a new record. */
  row: number | null;
  /** The record as the row held it when it was opened or saved: the server refuses the update if it changed. */
  expected: DocumentRecord | null;
  controls: FieldControl[];
  /** The server's last refusal, shown until the officer types again. */
  refusal: FormCheck | null;
}

const rowText = (row: number | null): string =>
  row === null ? 'รายการใหม่ (new record)' : `กำลังแก้ไขแถวที่ ${row} (editing row ${row})`;

/** The entry view. */
export function createEntryView(app: App): View {
  const storage = browserStorage();
  const state: EntryState = {
    spreadsheetId: '',
    tab: null,
    row: null,
    expected: null,
    controls: [],
    refusal: null,
  };
  const place = (tab: TabSummary): DraftPlace => ({
    spreadsheetId: state.spreadsheetId,
    sheetId: tab.sheetId,
  });
  let sequence = 0;

  const tabName = h('h3', { 'data-testid': 'entry-tab-name' }, '—');
  const typeLine = h('p', { class: 'hint' });
  const notice = h('p', { class: 'notice', 'data-testid': 'entry-notice', hidden: true });
  const rowLine = h('p', { class: 'row-line', 'data-testid': 'entry-row' }, rowText(null));
  const fields = h('div', { class: 'fields' });
  const general = h('div', { class: 'messages', 'data-testid': 'entry-general' });
  const reason = h('p', { class: 'reason', id: 'entry-save-reason', 'data-testid': 'entry-save-reason' });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'entry-status' });
  const saveButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'entry-save', 'aria-describedby': reason.id },
    'บันทึก (save)',
  );
  const refreshButton = h('button', { type: 'button', 'data-testid': 'entry-refresh' }, 'อ่านแท็บอีกครั้ง');
  const loadButton = h('button', { type: 'button', 'data-testid': 'entry-load-row' }, 'โหลดแถวที่เลือก');
  const newButton = h('button', { type: 'button', 'data-testid': 'entry-new' }, 'รายการใหม่');
  const form = h(
    'form',
    { 'data-testid': 'entry-form', novalidate: true, onSubmit: (event) => event.preventDefault() },
    fields,
    general,
    reason,
    saveButton,
    status,
  );

  const values = (): FormValues => Object.fromEntries(state.controls.map((c) => [c.field.key, c.read()]));

  let settingContext = false;
  /** Notes in the store the context the form itself read (its listener, for others' reads, stays quiet). */
  function setContext(context: ActiveContext): void {
    settingContext = true;
    try {
      app.store.set({ context });
    } finally {
      settingContext = false;
    }
  }

  /** True when the form holds typing not saved: a new record with something in it, or a row changed. */
  function isDirty(): boolean {
    const tab = state.tab;
    if (!tab) return false;
    if (state.row === null) return !isBlank(values());
    if (!state.expected) return true;
    return !sameValues(values(), valuesFromRecord(DOCUMENT_TYPES[tab.type], state.expected));
  }

  /** Tells the store what the form shows (the tab, the row, unsaved typing). */
  function publish(): void {
    const tab = state.tab;
    app.store.set({ form: tab ? { sheetId: tab.sheetId, row: state.row, dirty: isDirty() } : null });
  }

  function revalidate(): void {
    const tab = state.tab;
    if (!tab) return;
    const type = DOCUMENT_TYPES[tab.type];
    const own = checkForm(type, values(), tab.header, app.profile.profile);
    const check = state.refusal ? mergeChecks(type, own, state.refusal) : own;
    for (const control of state.controls) control.showMessages(check.byField[control.field.key] ?? []);
    replace(general, ...check.general.map((m) => h('p', { class: m.severity }, m.text)));
    reason.textContent = saveBlockedReason(type, own);
    saveButton.disabled = reason.textContent !== '';
  }

  function keepDraft(): void {
    const tab = state.tab;
    if (!tab) return;
    const current = values();
    // A new record with nothing typed is no draft: reopening should not announce one.
    if (state.row === null && isBlank(current)) clearDraft(storage, place(tab));
    else
      saveDraft(storage, place(tab), {
        type: tab.type,
        row: state.row,
        expected: state.expected,
        values: current,
      });
  }

  function onInput(): void {
    state.refusal = null;
    status.textContent = '';
    revalidate();
    keepDraft();
    publish();
  }

  /** Shows a tab's form filled with `filled` (the form's current values when the same tab is shown again). */
  function render(tab: TabSummary | null, filled: FormValues | undefined, sheetName: string): void {
    state.tab = tab;
    state.refusal = null;
    tabName.textContent = tab?.name ?? sheetName;
    show(form, tab !== null);
    loadButton.disabled = tab === null;
    newButton.disabled = tab === null;
    rowLine.textContent = rowText(state.row);
    if (!tab) {
      state.controls = [];
      replace(fields);
      typeLine.textContent = '';
      notice.textContent =
        `แท็บ “${sheetName}” ไม่ใช่แท็บเอกสารของ ita-sheets — เปิดแท็บเอกสาร หรือสร้างที่หน้า “เอกสาร” ` +
        'แล้วกด “อ่านแท็บอีกครั้ง” (the active tab is not a document tab)';
      show(notice, true);
      return;
    }
    const type = DOCUMENT_TYPES[tab.type];
    const year = tab.header.fiscalYear === undefined ? '' : ` · ปีงบประมาณ ${tab.header.fiscalYear}`;
    typeLine.textContent = `${type.th}${year}`;
    const context = { units: app.profile.units, header: tab.header, now: new Date(), onInput };
    state.controls = type.fields.map((field) => fieldControl(field, context));
    const initial = filled ?? emptyValues(type);
    for (const control of state.controls) control.write(initial[control.field.key] ?? '');
    replace(fields, ...state.controls.map((c) => c.element));
    revalidate();
    publish();
  }

  async function refresh(): Promise<void> {
    const mine = ++sequence;
    if (!app.profile.isLoaded) {
      const profile = await app.call('getProfile');
      if (profile.ok) app.profile.set(profile.value);
    }
    const answer = await app.call('getActiveContext', undefined, refreshButton);
    if (!answer.ok || mine !== sequence) return;
    setContext(answer.value);
    showContext(answer.value);
  }

  /** Shows the form of the context's tab: the same tab keeps what is typed; another opens its draft. */
  function showContext(context: ActiveContext): void {
    const { tab, sheetName } = context;
    state.spreadsheetId = context.spreadsheetId;
    show(notice, false);
    if (tab && state.tab?.sheetId === tab.sheetId) {
      render(tab, values(), sheetName);
      return;
    }
    status.textContent = '';
    const draft = tab ? loadDraft(storage, place(tab), DOCUMENT_TYPES[tab.type]) : undefined;
    state.row = draft?.row ?? null;
    state.expected = draft?.expected ?? null;
    render(tab, draft?.values, sheetName);
    if (draft) {
      notice.textContent = 'กู้คืนร่างที่ยังไม่ได้บันทึกแล้ว (unsaved draft restored)';
      show(notice, true);
    }
  }

  async function loadRow(): Promise<void> {
    const context = await app.call('getActiveContext', undefined, loadButton);
    if (!context.ok) return;
    setContext(context.value);
    await loadRowOf(context.value);
  }

  /** Opens the record on the context's selected row (what typing there is kept when it is that record). */
  async function loadRowOf(context: ActiveContext): Promise<void> {
    const { tab, row, sheetName } = context;
    state.spreadsheetId = context.spreadsheetId;
    if (!tab) {
      render(null, undefined, sheetName);
      return;
    }
    if (row < 2) {
      app.showError('เลือกเซลล์ในแถวของรายการ (แถวที่ 2 ลงไป) ในแท็บก่อน (select a cell in a record’s row first)');
      return;
    }
    const records = await app.call('readRecords', { sheetId: tab.sheetId }, loadButton);
    if (!records.ok) return;
    const found = records.value.records.find((r) => r.row === row);
    if (!found) {
      app.showError(`แถวที่ ${row} ของแท็บ “${tab.name}” ไม่มีรายการ (row ${row} holds no record)`);
      return;
    }
    const type = DOCUMENT_TYPES[tab.type];
    const fresh = valuesFromRecord(type, found.record);
    // The record being edited, read again (after a refused save, say): on its row, or moved whole to
    // another. What the officer typed is kept; only the fields they did not change are refreshed.
    const same =
      state.tab?.sheetId === tab.sheetId &&
      state.row !== null &&
      (state.row === row || (state.expected !== null && sameRecord(type, state.expected, found.record)));
    const shown = same
      ? withTypedChanges(fresh, values(), state.expected ? valuesFromRecord(type, state.expected) : undefined)
      : fresh;
    state.row = row;
    state.expected = found.record;
    status.textContent = '';
    show(notice, false);
    render(records.value.tab, shown, sheetName);
    keepDraft();
    if (!sameValues(shown, fresh)) {
      notice.textContent =
        'อ่านแถวนี้ใหม่แล้ว ค่าที่พิมพ์ไว้ยังอยู่ ตรวจแล้วบันทึกอีกครั้ง (the row was read again and your typing kept: check it and save again)';
      show(notice, true);
    }
  }

  function newRecord(): void {
    if (!state.tab) return;
    clearDraft(storage, place(state.tab));
    state.row = null;
    state.expected = null;
    status.textContent = '';
    show(notice, false);
    render(state.tab, undefined, state.tab.name);
  }

  async function save(): Promise<void> {
    const tab = state.tab;
    if (!tab || saveButton.disabled) return;
    if (state.row !== null && state.expected === null) {
      // A draft kept by an earlier version, which did not note the record it was opened from.
      app.showError(
        'ร่างนี้ไม่ได้จำว่าเปิดมาจากรายการใด โปรดเลือกเซลล์ในแถวของรายการนี้ในแท็บ แล้วกด “โหลดแถวที่เลือก” ค่าที่พิมพ์ไว้จะยังอยู่ ' +
          '(this draft does not know the record it was opened from: select its row in the tab and load it; your typing is kept)',
      );
      return;
    }
    const record = recordFromValues(DOCUMENT_TYPES[tab.type], values());
    status.textContent = '';
    const answer =
      state.row === null
        ? await app.call('appendRecord', { sheetId: tab.sheetId, record }, saveButton)
        : await app.call(
            'updateRecord',
            { sheetId: tab.sheetId, row: state.row, record, expected: state.expected ?? undefined },
            saveButton,
          );
    if (state.tab !== tab) return;
    if (!answer.ok) {
      state.refusal = serverCheck(DOCUMENT_TYPES[tab.type], answer.problems ?? []);
      revalidate();
      return;
    }
    // The form now stands for the saved row, so saving again updates it rather than adding a copy.
    state.row = answer.value.row;
    state.expected = answer.value.record;
    rowLine.textContent = rowText(state.row);
    clearDraft(storage, place(tab));
    const line = `บันทึกแล้ว แถวที่ ${answer.value.row} (saved, row ${answer.value.row})`;
    // A formula in a field the officer changed was replaced: the server says which.
    status.textContent = answer.value.notice ? `${line} · ${answer.value.notice}` : line;
    publish();
  }

  /**
   * The spreadsheet moved (store.context, read by follow-active.ts): another tab shows its form; another
   * record's row opens that record, unless the form holds typing not saved (then the officer chooses,
   * with โหลดแถวที่เลือก).
   */
  function follow(context: ActiveContext): void {
    if (app.store.get().view !== 'entry') return;
    if (context.tab?.sheetId !== state.tab?.sheetId) {
      showContext(context);
      return;
    }
    if (context.tab && context.row >= 2 && context.row !== state.row && !isDirty()) void loadRowOf(context);
  }

  /** Shown: the record asked for ("แก้ในฟอร์ม", on the cell now selected), else the active tab. */
  function onShow(): void {
    const asked = app.store.get().openRecord;
    if (asked) {
      app.store.set({ openRecord: null });
      void loadRow();
      return;
    }
    void refresh();
  }

  refreshButton.addEventListener('click', () => void refresh());
  loadButton.addEventListener('click', () => void loadRow());
  newButton.addEventListener('click', newRecord);
  saveButton.addEventListener('click', () => void save());
  app.store.subscribe((change) => {
    const context = change.state.context;
    if (change.changed('context') && context && !settingContext) follow(context);
  });
  app.profile.subscribe(() => {
    if (state.tab) render(state.tab, values(), state.tab.name);
  });

  const element = h(
    'section',
    { 'aria-labelledby': 'entry-heading' },
    h('h2', { id: 'entry-heading' }, 'กรอกรายการ ', h('span', { class: 'gloss' }, 'entry')),
    tabName,
    typeLine,
    notice,
    h('div', { class: 'toolbar' }, refreshButton, loadButton, newButton),
    rowLine,
    form,
  );
  show(form, false);
  return { name: 'entry', element, show: onShow };
}
