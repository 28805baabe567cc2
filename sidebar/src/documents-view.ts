/**
 * The documents view: the spreadsheet's document tabs by type, a new tab of a type, the active
 * (pasted) tab structured into a new document tab, and the active document tab rolled into a new year.
 */

import { DOCUMENT_TYPE_IDS, isDocumentTypeId } from '../../src/core/catalog';
import { DOCUMENT_TYPES } from '../../src/core/documents/types';
import { STRUCTURE_RULES } from '../../src/core/structure/rules';
import { readFiscalYear as readYear } from '../../src/core/thai/year-reader';
import type { StructureSummary, TabSummary } from '../../src/shared/api';
import type { App, View } from './app';
import { createColumnMappingStep } from './column-mapping-step';
import { h, labelled, options, replace, uniqueId } from './dom';
import { wordUploadPart } from './docx-upload';
import { pasteBox } from './paste-box';
import { rolloverPart } from './rollover-part';
import { tabHeaderPart } from './tab-header-part';
import { summaryClass } from './validate-view';

const TYPE_OPTIONS = DOCUMENT_TYPE_IDS.map((id) => [id, DOCUMENT_TYPES[id].th] as const);

/** A fiscal year typed in the create box: blank is none; else a B.E. year, read by the one year reader. */
export function readFiscalYear(
  text: string,
): { ok: true; value: number | undefined } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  const year = readYear(text);
  if (year.ok) return { ok: true, value: year.value };
  const era = year.problem.code === 'gregorian-year' ? ` ปี ค.ศ. นี้คือ พ.ศ. ${year.problem.buddhistEra}` : '';
  return { ok: false, error: `ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2568${era} (a B.E. year such as 2568)` };
}

/** The documents view. */
export function createDocumentsView(app: App): View {
  const list = h('ul', { class: 'tabs', 'data-testid': 'documents-list', 'aria-live': 'polite' });
  const createType = h('select', { 'data-testid': 'create-type' }, ...options(TYPE_OPTIONS));
  const yearMessage = h('div', { id: uniqueId('m'), class: 'messages', 'data-testid': 'error-create-year' });
  const createYear = h('input', {
    type: 'text',
    inputmode: 'numeric',
    placeholder: 'เช่น 2568',
    'data-testid': 'create-year',
    'aria-describedby': yearMessage.id,
  });
  const createButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'create-tab' },
    'สร้างแท็บ',
  );
  const createStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'create-result' });
  const structureType = h('select', { 'data-testid': 'structure-type' }, ...options(TYPE_OPTIONS));
  const structureButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'structure-tab' },
    'จัดโครงสร้างแท็บที่เปิดอยู่',
  );
  const mapButton = h('button', { type: 'button', 'data-testid': 'structure-map' }, 'กำหนดคอลัมน์เอง');
  const structureResult = h('div', { class: 'status', role: 'status', 'data-testid': 'structure-result' });
  const mapping = createColumnMappingStep(app, (summary) => void structured(summary));
  // The table types (a checklist is one too) can be structured by a mapping; forms and memos cannot.
  const isTable = (type: string) =>
    isDocumentTypeId(type) && ['table', 'checklist'].includes(STRUCTURE_RULES[type].kind);

  function item(tab: TabSummary): HTMLElement {
    const year = tab.header.fiscalYear === undefined ? '' : ` · ปี ${tab.header.fiscalYear}`;
    return h(
      'li',
      { 'data-testid': 'document-tab' },
      h(
        'button',
        {
          type: 'button',
          class: 'tab-item',
          title: 'เปิดแท็บนี้ (open this tab)',
          onClick: (event) => void open(tab, event.currentTarget as HTMLButtonElement),
        },
        h('span', { class: 'tab-name' }, tab.name),
        h('span', { class: 'tab-type' }, `${DOCUMENT_TYPES[tab.type].th}${year}`),
      ),
    );
  }

  async function open(tab: TabSummary, button: HTMLButtonElement): Promise<void> {
    await app.call('selectCell', { sheetId: tab.sheetId, a1: 'A1' }, button);
  }

  async function refresh(): Promise<void> {
    const answer = await app.call('listDocumentTabs');
    if (!answer.ok) return;
    const tabs = [...answer.value].sort(
      (a, b) =>
        DOCUMENT_TYPE_IDS.indexOf(a.type) - DOCUMENT_TYPE_IDS.indexOf(b.type) ||
        a.name.localeCompare(b.name, 'th'),
    );
    if (tabs.length === 0) {
      replace(list, h('li', { class: 'hint' }, 'ยังไม่มีแท็บเอกสาร (no document tabs yet)'));
      return;
    }
    replace(list, ...tabs.map(item));
  }

  async function create(): Promise<void> {
    createStatus.textContent = '';
    const year = readFiscalYear(createYear.value);
    replace(yearMessage, year.ok ? null : h('p', { class: 'error' }, year.error));
    createYear.setAttribute('aria-invalid', String(!year.ok));
    const type = createType.value;
    if (!year.ok || !isDocumentTypeId(type)) return;
    const request = {
      type,
      ...(year.value === undefined ? {} : { fiscalYear: year.value }),
    };
    const answer = await app.call('createDocumentTab', request, createButton);
    if (!answer.ok) return;
    const created = `สร้างแท็บ “${answer.value.name}” แล้ว (created)`;
    createStatus.textContent = answer.value.notice ? `${created} ${answer.value.notice}` : created;
    await refresh();
  }

  async function structure(): Promise<void> {
    replace(structureResult);
    mapping.close();
    const type = structureType.value;
    if (!isDocumentTypeId(type)) return;
    // The year in the create box also serves a paste that names none (an OIT list without headings).
    const year = readFiscalYear(createYear.value);
    const fiscalYear = year.ok && year.value !== undefined ? { fiscalYear: year.value } : {};
    const answer = await app.call('structureActiveTab', { type, ...fiscalYear }, structureButton);
    // No header row found (or not read): the officer says what each column is instead.
    if (!answer.ok) {
      if (isTable(type) && !answer.problems?.length) await mapping.open(type, answer.error);
      return;
    }
    await structured(answer.value);
  }

  async function structured(summary: StructureSummary): Promise<void> {
    const { tab, records, warnings } = summary;
    structureResult.className = summaryClass(warnings);
    replace(
      structureResult,
      h('p', {}, `สร้างแท็บ “${tab.name}” แล้ว: ${records} รายการ (${records} records)`),
      warnings.length > 0
        ? h(
            'ul',
            { class: 'warnings', 'data-testid': 'structure-warnings' },
            ...warnings.map((w) =>
              h('li', { class: w.severity }, w.a1 ? `${w.a1}: ${w.message}` : w.message),
            ),
          )
        : null,
    );
    await refresh();
  }

  createButton.addEventListener('click', () => void create());
  structureButton.addEventListener('click', () => void structure());
  mapButton.addEventListener('click', () => {
    replace(structureResult);
    const type = structureType.value;
    if (isDocumentTypeId(type)) void mapping.open(type);
  });
  const showMapButton = () => {
    mapButton.hidden = !isTable(structureType.value);
    mapping.close();
  };
  structureType.addEventListener('change', showMapButton);
  showMapButton();

  const element = h(
    'section',
    { 'aria-labelledby': 'documents-heading' },
    h('h2', { id: 'documents-heading' }, 'แท็บเอกสาร ', h('span', { class: 'gloss' }, 'documents')),
    list,
    h('h3', {}, 'สร้างแท็บเอกสารใหม่'),
    labelled('ประเภทเอกสาร', createType, 'type'),
    labelled('ปีงบประมาณ พ.ศ. (ไม่บังคับ)', createYear, 'fiscal year, optional'),
    yearMessage,
    createButton,
    createStatus,
    h('h3', {}, 'จัดโครงสร้างแท็บที่วางมา'),
    h('p', { class: 'hint' }, 'เปิดแท็บที่วางตารางจาก Word หรือ PDF แล้วเลือกประเภท แท็บเดิมไม่ถูกแก้ไข'),
    labelled('เป็นเอกสารประเภท', structureType, 'as type'),
    h('div', { class: 'actions' }, structureButton, ' ', mapButton),
    mapping.element,
    ...wordUploadPart(app, structureType, structured),
    structureResult,
    ...pasteBox(app, refresh),
    ...tabHeaderPart(app, refresh),
    ...rolloverPart(app, refresh),
  );
  return { name: 'documents', element, show: () => void refresh() };
}
