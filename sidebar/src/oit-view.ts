/**
 * The OIT view (แบบตรวจ OIT): the checklist tab's items grouped by sub-indicator, each edited in place
 * and saved over its row, and the OIT score if assessed today with indicators 9 and 10 — worked out
 * again with the core's scoring after every save. The checklist is the active tab when it is one,
 * else the first checklist tab of the spreadsheet.
 */

import type { DocumentRecord } from '../../src/core/documents/document-type';
import { OIT_CHECKLIST } from '../../src/core/documents/types';
import { sameRecord } from '../../src/core/layout/document-tab-layout';
import type { SavedRecord, TabSummary } from '../../src/shared/api';
import type { App, View } from './app';
import { append, type Child, h, labelled, replace, show } from './dom';
import {
  type ChecklistRow,
  type Figure,
  groupTitle,
  missingText,
  type OitFigures,
  type OitGroup,
  oitFigures,
  pickChecklist,
} from './oit-figures';
import { createOitItem, type ItemChanges, type OitItemEditor } from './oit-item';

const NO_CHECKLIST =
  'ไฟล์นี้ยังไม่มีแท็บแบบตรวจ OIT — สร้างได้ที่หน้า “เอกสาร”: เลือกประเภท “แบบตรวจการเปิดเผยข้อมูลสาธารณะ” ' +
  'ใส่ปีงบประมาณ แล้วกด “สร้างแท็บ” (no OIT checklist tab yet: create one in the Documents view)';

const gloss = (text: string) => h('span', { class: 'gloss' }, ` ${text}`);

/** The figures line under a group's heading: published / total, and the score or why there is none. */
function groupFigures(group: OitGroup): Child[] {
  const { published, total, exempt } = group.count;
  return [
    'เผยแพร่แล้ว ',
    h('span', { 'data-testid': 'oit-group-count' }, `${published} / ${total}`),
    exempt > 0 ? ` · ไม่ต้องเผยแพร่ ${exempt}` : '',
    gloss(`(published${exempt > 0 ? `; ${exempt} not required` : ''})`),
    ' · ',
    group.score.ok
      ? h(
          'span',
          {},
          'คะแนน ',
          h('span', { class: 'oit-figure', 'data-testid': 'oit-group-score' }, group.score.text),
          gloss('(score)'),
        )
      : h(
          'span',
          { class: 'warning', 'data-testid': 'oit-group-problem' },
          `คำนวณคะแนนไม่ได้ (no score): ${group.score.reason}`,
        ),
  ];
}

/** Changes typed and not saved, by tab and item code, kept over a reading of the tab or a switch. */
interface Unsaved {
  readonly changes: ItemChanges;
  /** The record the officer was changing. */
  readonly record: DocumentRecord;
}

const unsavedKey = (sheetId: number, code: string) => `${sheetId}:${code}`;

const figureText = (figure: Figure): string => (figure.ok ? figure.text : '—');

/** The OIT view. */
export function createOitView(app: App): View {
  let sequence = 0;
  let tab: TabSummary | undefined;
  let editors: OitItemEditor[] = [];
  const unsaved = new Map<string, Unsaved>();
  let checklists: TabSummary[] = [];
  const figuresByGroup = new Map<string, HTMLElement>();

  const notice = h('div', { class: 'notice', 'data-testid': 'oit-notice', hidden: true });
  const chooser = h('select', { 'data-testid': 'oit-tab' });
  const chooserRow = labelled('แท็บแบบตรวจ', chooser, 'checklist tab');
  const tabLine = h('p', { class: 'row-line', 'data-testid': 'oit-tab-name' });
  const reloadButton = h('button', { type: 'button', 'data-testid': 'oit-reload' }, 'อ่านแท็บอีกครั้ง (reload)');
  const score = h('strong', { class: 'oit-score', 'data-testid': 'oit-score' }, '—');
  const nine = h('strong', { class: 'oit-figure', 'data-testid': 'oit-indicator-9' }, '—');
  const ten = h('strong', { class: 'oit-figure', 'data-testid': 'oit-indicator-10' }, '—');
  const scoreProblem = h('p', { class: 'warning', 'data-testid': 'oit-score-problem', hidden: true });
  const missing = h('p', { class: 'hint', 'data-testid': 'oit-missing' });
  const level = h('p', { class: 'hint', 'data-testid': 'oit-level', hidden: true });
  const line = (label: string, en: string, figure: HTMLElement) =>
    h('p', { class: 'oit-line' }, h('span', {}, label, gloss(en)), figure);
  const summary = h(
    'div',
    { class: 'oit-summary', 'data-testid': 'oit-summary', role: 'status', hidden: true },
    line('คะแนน OIT หากประเมินวันนี้', '(OIT if assessed today)', score),
    scoreProblem,
    line('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', '(indicator 9)', nine),
    line('ตัวชี้วัดที่ 10 การป้องกันการทุจริต', '(indicator 10)', ten),
    missing,
    level,
  );
  const groups = h('div', { class: 'oit-groups', 'data-testid': 'oit-groups' });

  function showFigures(figures: OitFigures): void {
    score.textContent = figureText(figures.oit);
    nine.textContent = figureText(figures.indicator9);
    ten.textContent = figureText(figures.indicator10);
    scoreProblem.textContent = figures.oit.ok ? '' : `คำนวณคะแนนไม่ได้ (no score): ${figures.oit.reason}`;
    show(scoreProblem, !figures.oit.ok);
    missing.textContent = missingText(figures.missing);
    level.textContent = figures.level ?? '';
    show(level, figures.level !== undefined);
    for (const group of figures.groups) {
      const line = figuresByGroup.get(group.code);
      if (line) replace(line, ...groupFigures(group));
    }
  }

  /** The rows as the editors last read or saved them. */
  const rows = (): ChecklistRow[] => editors.map((e) => ({ row: e.row, record: e.expected }));

  function onSaved(saved: SavedRecord): string | undefined {
    if (tab) unsaved.delete(unsavedKey(tab.sheetId, editors.find((e) => e.row === saved.row)?.code ?? ''));
    const figures = oitFigures(tab?.header.fiscalYear, rows());
    showFigures(figures);
    // The score at the top is out of sight below the first items: say it beside the item too.
    return figures.oit.ok ? `คะแนน OIT ตอนนี้ ${figures.oit.text} (OIT now)` : undefined;
  }

  /** Keeps what the shown tab's editors hold unsaved, before they are replaced. */
  function keepUnsaved(): void {
    if (!tab) return;
    for (const editor of editors) {
      const key = unsavedKey(tab.sheetId, editor.code);
      const changes = editor.changes();
      if (Object.keys(changes).length === 0) unsaved.delete(key);
      else unsaved.set(key, { changes, record: editor.expected });
    }
  }

  /** Puts kept changes back into the new editors, saying so where the row changed meanwhile. */
  function restoreUnsaved(sheetId: number): void {
    for (const editor of editors) {
      const kept = unsaved.get(unsavedKey(sheetId, editor.code));
      if (!kept) continue;
      const changed = !sameRecord(OIT_CHECKLIST, kept.record, editor.expected);
      editor.restore(
        kept.changes,
        changed
          ? 'รายการนี้ในแท็บถูกแก้ไขแล้ว ค่าที่พิมพ์ไว้ยังอยู่ ตรวจก่อนบันทึก (the row changed in the tab; your typing was kept: check it before saving)'
          : 'ค่าที่พิมพ์ไว้ยังไม่ได้บันทึก (your typing is not saved yet)',
      );
    }
  }

  function renderNone(): void {
    keepUnsaved();
    tab = undefined;
    editors = [];
    figuresByGroup.clear();
    replace(groups);
    tabLine.textContent = '';
    show(summary, false);
    show(chooserRow, false);
    replace(
      notice,
      h('p', {}, NO_CHECKLIST),
      h(
        'button',
        { type: 'button', 'data-testid': 'oit-go-documents', onClick: () => app.navigate('documents') },
        'ไปที่หน้าเอกสาร (go to Documents)',
      ),
    );
    show(notice, true);
  }

  function render(shown: TabSummary, records: readonly ChecklistRow[]): void {
    keepUnsaved();
    tab = shown;
    show(notice, false);
    const year =
      shown.header.fiscalYear === undefined
        ? ''
        : ` · ปีงบประมาณ ${shown.header.fiscalYear} (FY ${shown.header.fiscalYear})`;
    tabLine.textContent = `แท็บ “${shown.name}”${year}`;
    replace(chooser, ...checklists.map((t) => h('option', { value: String(t.sheetId) }, t.name)));
    chooser.value = String(shown.sheetId);
    show(chooserRow, checklists.length > 1);
    const figures = oitFigures(shown.header.fiscalYear, records);
    const context = { app, sheetId: shown.sheetId, onSaved, onReload: () => void load() };
    editors = [];
    figuresByGroup.clear();
    replace(
      groups,
      ...figures.groups.map((group) => {
        const line = h('p', { class: 'oit-group-figures', 'data-testid': 'oit-group-figures' });
        figuresByGroup.set(group.code, line);
        const items = group.rows.map((row) => {
          const editor = createOitItem(row, context);
          editors.push(editor);
          return editor.element;
        });
        return h(
          'section',
          { class: 'oit-group', 'data-testid': 'oit-group', 'data-code': group.code },
          h('h3', {}, groupTitle(group)),
          line,
          ...items,
        );
      }),
    );
    if (figures.groups.length === 0) {
      append(groups, h('p', { class: 'hint' }, 'แท็บนี้ยังไม่มีรายการ — เพิ่มที่หน้า “กรอก” (no items yet)'));
    }
    show(summary, true);
    showFigures(figures);
    restoreUnsaved(shown.sheetId);
  }

  /** Reads a checklist tab; changes typed and not saved, on this tab or another, are kept. */
  async function read(chosen: TabSummary, mine: number): Promise<void> {
    const answer = await app.call('readRecords', { sheetId: chosen.sheetId }, reloadButton);
    if (!answer.ok || mine !== sequence) return;
    render(answer.value.tab, answer.value.records);
  }

  async function load(): Promise<void> {
    const mine = ++sequence;
    // One after the other: app.call gives the button back as it found it, so two at once would leave
    // it disabled.
    const context = await app.call('getActiveContext', undefined, reloadButton);
    const list = await app.call('listDocumentTabs', undefined, reloadButton);
    if (!list.ok || mine !== sequence) return;
    checklists = list.value.filter((t) => t.type === 'oit-checklist');
    const chosen = pickChecklist(
      list.value,
      context.ok ? context.value.tab?.sheetId : undefined,
      tab?.sheetId,
    );
    if (!chosen) {
      renderNone();
      return;
    }
    await read(chosen, mine);
  }

  chooser.addEventListener('change', () => {
    const chosen = checklists.find((t) => String(t.sheetId) === chooser.value);
    if (chosen) void read(chosen, ++sequence);
  });
  reloadButton.addEventListener('click', () => void load());
  show(chooserRow, false);

  const element = h(
    'section',
    { 'aria-labelledby': 'oit-heading' },
    h('h2', { id: 'oit-heading' }, 'แบบตรวจ OIT ', h('span', { class: 'gloss' }, 'OIT checklist')),
    notice,
    chooserRow,
    tabLine,
    h('div', { class: 'toolbar' }, reloadButton),
    summary,
    groups,
  );
  return { name: 'oit', element, show: () => void load() };
}
