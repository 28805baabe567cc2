/**
 * The district view (ภาพรวมอำเภอ), for the district officer who follows the organizations of a district
 * (or a province's officer following districts): the steps in Thai (each organization shares its
 * spreadsheet; the officer lists the links, updates, and clicks Allow access on each new import), the
 * update, what became of each link with a button to the cell where Sheets shows Allow access, the
 * ranking, and the district report's print view with its signer. Everything shown is text, never markup.
 */

import { SOURCE_STATUS_TH } from '../../src/core/rollup/source-status';
import type { RollupAnswer, RollupSourceView } from '../../src/shared/api';
import type { App, View } from './app';
import { h, labelled, replace, show } from './dom';

/** A score with 2 decimals, or a dash when unknown. */
const score = (n: number | null): string => (n === null ? '–' : n.toFixed(2));

/** The district view. */
export function createDistrictView(app: App): View {
  const signerName = h('input', { type: 'text', maxlength: 200, 'data-testid': 'district-signer-name' });
  const signerPosition = h('input', {
    type: 'text',
    maxlength: 200,
    placeholder: 'เช่น ท้องถิ่นอำเภอโนนสูง',
    'data-testid': 'district-signer-position',
  });
  const thaiDigits = h('input', {
    type: 'checkbox',
    id: 'district-thai-digits',
    'data-testid': 'district-thai-digits',
  });
  thaiDigits.checked = true;
  const updateButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'district-update' },
    'อัปเดตภาพรวม',
  );
  const printButton = h(
    'button',
    { type: 'button', 'data-testid': 'district-print' },
    'พิมพ์รายงานภาพรวม / บันทึกเป็น PDF',
  );
  const result = h('div', {
    class: 'district-result',
    'data-testid': 'district-result',
    'aria-live': 'polite',
  });

  function request() {
    return {
      thaiDigits: thaiDigits.checked,
      ...(signerName.value.trim() !== '' ? { signerName: signerName.value.trim() } : {}),
      ...(signerPosition.value.trim() !== '' ? { signerPosition: signerPosition.value.trim() } : {}),
    };
  }

  /** A link not read: what it is, why, and for one waiting for Allow access, the way to its cell. */
  function sourceItem(source: RollupSourceView, importsSheetId: number | undefined): HTMLElement {
    const goTo =
      source.importCell !== undefined && importsSheetId !== undefined && source.status === 'not-connected'
        ? h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-testid': 'district-go-to-cell',
              onClick: () =>
                void app.call('selectCell', { sheetId: importsSheetId, a1: source.importCell ?? 'A1' }),
            },
            `ไปที่เซลล์ ${source.importCell} แล้วกด อนุญาตให้เข้าถึง (Allow access)`,
          )
        : null;
    return h(
      'li',
      { 'data-testid': 'district-source', 'data-status': source.status },
      h(
        'strong',
        {},
        `แถว ${source.row}${source.label ? ` ${source.label}` : ''}: ${SOURCE_STATUS_TH[source.status]}`,
      ),
      source.message ? h('p', { class: 'hint' }, source.message) : null,
      goTo,
    );
  }

  function ranking(answer: RollupAnswer): HTMLElement {
    const province = answer.scope === 'province';
    const head = ['ลำดับ', 'หน่วยงาน', ...(province ? ['อำเภอ'] : []), 'ระดับที่คาด', 'OIT วันนี้', 'เอกสาร'];
    return h(
      'table',
      { class: 'district-ranking', 'data-testid': 'district-ranking' },
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
      h(
        'tbody',
        {},
        ...answer.ranked.map((o) =>
          h(
            'tr',
            { 'data-testid': 'district-ranked', class: o.atRisk ? 'at-risk' : '' },
            h('td', {}, String(o.rank)),
            h(
              'td',
              {},
              o.organization || '(ไม่มีชื่อ)',
              o.notStarted ? h('span', { class: 'warning' }, ' ยังไม่เริ่ม') : null,
              o.atRisk && !o.notStarted ? h('span', { class: 'warning' }, ' เสี่ยง') : null,
            ),
            ...(province ? [h('td', {}, o.district)] : []),
            h('td', {}, o.projectedLevel || 'ยังคาดไม่ได้'),
            h('td', {}, score(o.oitScoreToday)),
            h('td', {}, `${o.documentsReady}/6`),
          ),
        ),
      ),
    );
  }

  function showAnswer(answer: RollupAnswer): void {
    if (answer.madeLinksTab || answer.sources.length === 0) {
      replace(
        result,
        h(
          'p',
          { 'data-testid': 'district-next' },
          answer.madeLinksTab
            ? 'สร้างแท็บ "รายชื่อหน่วยงานในอำเภอ" แล้ว: วางลิงก์สเปรดชีตของแต่ละหน่วยงานในคอลัมน์ B ทีละแถว (ชื่อในคอลัมน์ A ไม่บังคับ) แล้วกด อัปเดตภาพรวม อีกครั้ง'
            : 'ยังไม่มีลิงก์ในแท็บรายชื่อหน่วยงาน: วางลิงก์ในคอลัมน์ B ทีละแถว แล้วกด อัปเดตภาพรวม อีกครั้ง',
        ),
      );
      return;
    }
    const read = answer.sources.filter((s) => s.status === 'ok').length;
    const waiting = answer.sources.filter((s) => s.status !== 'ok');
    const counts = answer.levelCounts
      .filter((c) => c.count > 0)
      .map((c) => `${c.level || 'ยังคาดไม่ได้'} ${c.count}`)
      .join(' · ');
    replace(
      result,
      h(
        'p',
        { 'data-testid': 'district-counts' },
        `นำเข้าได้ ${read} จาก ${answer.sources.length} แถว · จัดลำดับ ${answer.ranked.length} หน่วยงาน`,
      ),
      counts ? h('p', {}, `ระดับที่คาด (IIT/EIT ล่าสุด + OIT วันนี้): ${counts}`) : null,
      answer.updated
        ? null
        : h(
            'p',
            { class: 'warning', 'data-testid': 'district-waiting' },
            'Sheets ยังดึงข้อมูลบางแถวไม่เสร็จ แท็บภาพรวมจึงยังเป็นฉบับเดิม กดอัปเดตภาพรวมอีกครั้งในอีกสักครู่',
          ),
      waiting.length > 0
        ? h(
            'div',
            {},
            h('h3', {}, `ยังนำเข้าไม่ได้ ${waiting.length} แถว`),
            h(
              'ul',
              { class: 'district-sources' },
              ...waiting.map((s) => sourceItem(s, answer.importsSheetId)),
            ),
            h(
              'p',
              { class: 'hint' },
              'กด อนุญาตให้เข้าถึง ครั้งเดียวต่อหน่วยงาน แล้วกด อัปเดตภาพรวม อีกครั้ง หากไม่มีปุ่มอนุญาต ขอให้หน่วยงานแชร์สเปรดชีตให้อีเมลของคุณ (ผู้มีสิทธิ์อ่าน: Viewer) ก่อน',
            ),
          )
        : null,
      answer.ranked.length > 0 ? ranking(answer) : null,
      answer.commonMissing.length > 0
        ? h(
            'p',
            { 'data-testid': 'district-missing' },
            `ข้อ OIT ที่ยังขาดมากที่สุด: ${answer.commonMissing.map((m) => `${m.code} (${m.count})`).join(', ')}`,
          )
        : null,
    );
  }

  async function update(): Promise<void> {
    const answer = await app.call('updateRollup', request(), updateButton);
    if (answer.ok) showAnswer(answer.value);
  }

  async function print(): Promise<void> {
    const answer = await app.call('printRollup', request(), printButton);
    if (answer.ok) {
      replace(
        result,
        h('p', { 'data-testid': 'district-printed' }, 'เปิดหน้าพิมพ์แล้ว: กด "พิมพ์ / บันทึกเป็น PDF" ในหน้าต่างนั้น'),
      );
    }
  }

  updateButton.addEventListener('click', () => void update());
  printButton.addEventListener('click', () => void print());

  // The organization's side: the link the district lists, from this spreadsheet's id (letters, digits, - and _).
  const ownLink = h('input', {
    type: 'text',
    readonly: true,
    'data-testid': 'district-own-link',
    'aria-describedby': 'district-own-hint',
  });
  ownLink.addEventListener('focus', () => ownLink.select());
  const organizationPart = h(
    'div',
    { class: 'district-organization', 'data-testid': 'district-organization' },
    h('h3', {}, 'หน่วยงาน: ส่งข้อมูลให้อำเภอ'),
    h(
      'p',
      { class: 'hint', id: 'district-own-hint' },
      'สรุปของหน่วยงานอยู่ในแท็บ สรุปสำหรับอำเภอ (ปรับให้เป็นปัจจุบันเอง) ให้แชร์สเปรดชีตนี้แก่อีเมลของท้องถิ่นอำเภอ แบบผู้มีสิทธิ์อ่าน (Viewer) ด้วยปุ่ม แชร์ แล้วส่งลิงก์นี้ให้อำเภอ',
    ),
    labelled('ลิงก์ของสเปรดชีตนี้', ownLink, 'this spreadsheet'),
  );

  async function showOwnLink(): Promise<void> {
    const context = await app.call('getActiveContext');
    if (!context.ok) return;
    const id = context.value.spreadsheetId;
    ownLink.value = /^[A-Za-z0-9_-]+$/.test(id) ? `https://docs.google.com/spreadsheets/d/${id}/edit` : '';
    // A district's roll-up has no summary of its own to send.
    show(organizationPart, app.store.get().start?.rollup !== true);
  }

  const element = h(
    'section',
    { 'aria-labelledby': 'district-heading' },
    h('h2', { id: 'district-heading' }, 'ภาพรวมอำเภอ ', h('span', { class: 'gloss' }, 'district roll-up')),
    organizationPart,
    h('h3', {}, 'ท้องถิ่นอำเภอ: รวมข้อมูลทุกหน่วยงาน'),
    h(
      'p',
      { class: 'hint' },
      'สำหรับท้องถิ่นอำเภอ (หรือจังหวัด) ที่ติดตามหลายหน่วยงาน ใช้ในสเปรดชีตของอำเภอเอง ไม่ใช่สเปรดชีตของหน่วยงาน',
    ),
    h(
      'ol',
      { class: 'district-steps' },
      h(
        'li',
        {},
        'ให้แต่ละหน่วยงานเปิด ita-sheets ในสเปรดชีตของตน (สรุปสำหรับอำเภอจะถูกสร้างเอง) แล้วแชร์สเปรดชีตให้อีเมลของคุณ แบบผู้มีสิทธิ์อ่าน (Viewer) ด้วยปุ่ม แชร์',
      ),
      h(
        'li',
        {},
        'กด อัปเดตภาพรวม ครั้งแรก: add-in สร้างแท็บ รายชื่อหน่วยงานในอำเภอ ให้วางลิงก์ของแต่ละหน่วยงานในคอลัมน์ B',
      ),
      h(
        'li',
        {},
        'กด อัปเดตภาพรวม อีกครั้ง: แถวที่ยังไม่อนุญาต กด ไปที่เซลล์ แล้วกด อนุญาตให้เข้าถึง (Allow access) ในสเปรดชีต หน่วยงานละครั้ง',
      ),
      h('li', {}, 'กด อัปเดตภาพรวม เมื่อใดก็ได้ เพื่อดูลำดับและสิ่งที่แต่ละหน่วยงานยังขาด แล้วพิมพ์รายงานภาพรวม'),
    ),
    labelled('ผู้ลงนาม', signerName, 'signer'),
    labelled('ตำแหน่ง', signerPosition, 'position'),
    h('div', { class: 'check' }, thaiDigits, h('label', { for: thaiDigits.id }, 'ใช้ตัวเลขไทย (Thai digits)')),
    h('div', { class: 'actions' }, updateButton, printButton),
    result,
  );
  return { name: 'district', element, show: () => void showOwnLink() };
}
