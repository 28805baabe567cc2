/**
 * The report view: a report of a kind (and round) from a document tab, with Thai digits or not;
 * made as a tab (a progress line, then a link to it), or printed: the print view in a dialog whose
 * button prints it or saves it as PDF.
 */

import { isReportKindId } from '../../src/core/catalog';
import type { TabSummary } from '../../src/shared/api';
import type { App, View } from './app';
import { h, labelled, options, replace, show } from './dom';
import { REPORT_CHOICES, reportSources } from './report-sources';
import { safeHttpUrl } from './safe-url';

/** The report view. */
export function createReportView(app: App): View {
  let tabs: readonly TabSummary[] = [];
  let activeSheetId: number | undefined;

  const kind = h(
    'select',
    { 'data-testid': 'report-kind' },
    ...options(REPORT_CHOICES.map((c) => [c.id, c.th] as const)),
  );
  const round = h(
    'select',
    { 'data-testid': 'report-round' },
    ...options([
      ['6', 'รอบ ๖ เดือน (6 months)'],
      ['12', 'ประจำปี ๑๒ เดือน (12 months)'],
    ]),
  );
  const source = h('select', { 'data-testid': 'report-source' });
  const thaiDigits = h('input', {
    type: 'checkbox',
    id: 'report-thai-digits',
    'data-testid': 'report-thai-digits',
  });
  thaiDigits.checked = true;
  const makeButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'report-make' },
    'สร้างรายงาน',
  );
  const printButton = h('button', { type: 'button', 'data-testid': 'report-print' }, 'พิมพ์ / บันทึกเป็น PDF');
  const progress = h(
    'p',
    { class: 'progress', role: 'status', 'data-testid': 'report-progress', hidden: true },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    'กำลังสร้างรายงาน… (making the report)',
  );
  const result = h('div', { class: 'report-result', 'data-testid': 'report-result' });

  function fillSources(): void {
    const fitting = reportSources(isReportKindId(kind.value) ? kind.value : 'results', tabs, activeSheetId);
    replace(source, ...fitting.tabs.map((tab) => h('option', { value: String(tab.sheetId) }, `${tab.name}`)));
    if (fitting.selected !== undefined) source.value = String(fitting.selected);
    if (fitting.tabs.length === 0) source.append(h('option', { value: '' }, '— ยังไม่มีแท็บเอกสารที่ใช้ได้ —'));
    source.disabled = fitting.tabs.length === 0;
    makeButton.disabled = fitting.tabs.length === 0;
    printButton.disabled = fitting.tabs.length === 0;
    round.disabled = kind.value !== 'results';
  }

  async function refresh(): Promise<void> {
    const list = await app.call('listDocumentTabs');
    if (!list.ok) return;
    tabs = list.value;
    const context = await app.call('getActiveContext');
    activeSheetId = context.ok ? context.value.tab?.sheetId : undefined;
    fillSources();
  }

  /** The request both buttons send, or undefined while no document tab fits. */
  function request() {
    const sheetId = Number(source.value);
    const chosen = kind.value;
    if (source.value === '' || !Number.isInteger(sheetId) || !isReportKindId(chosen)) return undefined;
    return {
      kind: chosen,
      sheetId,
      thaiDigits: thaiDigits.checked,
      ...(chosen === 'results' ? { round: round.value === '12' ? (12 as const) : (6 as const) } : {}),
    };
  }

  async function print(): Promise<void> {
    const asked = request();
    if (!asked) return;
    replace(result);
    const answer = await app.call('printReport', asked, printButton);
    if (!answer.ok) return;
    replace(
      result,
      h(
        'p',
        { 'data-testid': 'report-printed' },
        'เปิดหน้าพิมพ์แล้ว: กด "พิมพ์ / บันทึกเป็น PDF" ในหน้าต่างนั้น แล้วเลือกเครื่องพิมพ์ หรือ "บันทึกเป็น PDF"',
      ),
    );
  }

  async function make(): Promise<void> {
    const asked = request();
    if (!asked) return;
    replace(result);
    show(progress, true);
    const answer = await app.call('makeReport', asked, makeButton);
    show(progress, false);
    if (!answer.ok) return;
    const { name, url, replaced, kept = [] } = answer.value;
    const link = (href: string, text: string, testid: string) => {
      const safe = safeHttpUrl(href);
      return safe
        ? h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid }, text)
        : null;
    };
    replace(
      result,
      h('p', {}, `${replaced ? 'สร้างใหม่แทนรายงานเดิม' : 'สร้างรายงาน'} “${name}” แล้ว`),
      ...kept.map((k) =>
        h('p', { 'data-testid': 'report-kept' }, `ฉบับเดิมมีการแก้ไข จึงเก็บไว้เป็นแท็บ “${k}” (kept: edited)`),
      ),
      h('p', { class: 'links' }, link(url, 'เปิดแท็บรายงาน (open tab)', 'report-link')),
      h('p', { class: 'hint' }, 'พิมพ์หรือบันทึกเป็น PDF ด้วยปุ่ม "พิมพ์ / บันทึกเป็น PDF" ด้านบน'),
    );
  }

  kind.addEventListener('change', fillSources);
  makeButton.addEventListener('click', () => void make());
  printButton.addEventListener('click', () => void print());

  const element = h(
    'section',
    { 'aria-labelledby': 'report-heading' },
    h('h2', { id: 'report-heading' }, 'สร้างรายงาน ', h('span', { class: 'gloss' }, 'report')),
    labelled('ชนิดรายงาน', kind, 'kind'),
    labelled('รอบ (รายงานผล)', round, 'round'),
    labelled('จากแท็บเอกสาร', source, 'from tab'),
    h('div', { class: 'check' }, thaiDigits, h('label', { for: thaiDigits.id }, 'ใช้ตัวเลขไทย (Thai digits)')),
    h('div', { class: 'actions' }, makeButton, printButton),
    progress,
    result,
  );
  fillSources();
  return { name: 'report', element, show: () => void refresh() };
}
