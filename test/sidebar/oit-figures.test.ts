import {
  type ChecklistRow,
  duePreview,
  editedRecord,
  formatHundredths,
  groupTitle,
  missingText,
  oitFigures,
  pickChecklist,
  scoreText,
} from '../../sidebar/src/oit-figures';
import type { DocumentRecord } from '../../src/core/documents/document-type';
import type { TabSummary } from '../../src/shared/api';

/** A checklist item on `row`: code, sub-indicator and status as the sheet writes them. */
function item(row: number, code: string, subIndicator: string, status: string): ChecklistRow {
  const record: DocumentRecord = {
    code,
    title: `ข้อมูล ${code}`,
    subIndicator,
    url: status === 'เผยแพร่แล้ว' ? `https://www.nongbuathong.go.th/${code}` : '',
    status,
    responsible: ['สำนักปลัด'],
    due: '',
    note: '',
  };
  return { row, record };
}

const tab = (sheetId: number, type: TabSummary['type']): TabSummary => ({
  sheetId,
  name: `แท็บ ${sheetId}`,
  type,
  header: {},
});

describe('formatHundredths', () => {
  it('writes hundredths with two decimals, exactly', () => {
    expect(formatHundredths(3750n)).toBe('37.50');
    expect(formatHundredths(5n)).toBe('0.05');
    expect(formatHundredths(0n)).toBe('0.00');
    expect(formatHundredths(10000n)).toBe('100.00');
    expect(formatHundredths(-125n)).toBe('-1.25');
  });
});

describe('scoreText', () => {
  it('rounds a score half up at the second decimal, as the officer sees it', () => {
    expect(scoreText({ numerator: 175n, denominator: 3n })).toBe('58.33');
    expect(scoreText({ numerator: 16999n, denominator: 200n })).toBe('85.00');
    expect(scoreText({ numerator: 100n, denominator: 1n })).toBe('100.00');
  });
});

describe('oitFigures', () => {
  it('from 2567 puts today’s OIT against the ผ่านดี floor of 85; nothing before 2567 or without a year', () => {
    const codes = ['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2'];
    const rows = codes.map((code, i) =>
      item(i + 2, `o${i + 1}`, code, code === '10.2' ? 'ยังไม่ดำเนินการ' : 'เผยแพร่แล้ว'),
    );

    // Indicator 9 = 100, indicator 10 = (100 + 0) / 2 = 50: OIT 75.
    expect(oitFigures(2568, rows).level).toBe(
      'ระดับผ่านดี (ปี 2568): OIT ต้องได้อย่างน้อย 85.00 ตอนนี้ 75.00 ขาดอีก 10.00 และ IIT EIT คะแนนรวม ต้องถึงเกณฑ์ด้วย (good pass needs OIT ≥ 85.00; 10.00 to go; IIT, EIT and the total too)',
    );
    expect(oitFigures(2566, rows).level).toBeUndefined();
    expect(oitFigures(undefined, rows).level).toBeUndefined();
  });

  it('groups the items by sub-indicator in framework order, each with published / total and its score', () => {
    const rows = [
      item(2, 'o1', '9.1 ข้อมูลพื้นฐาน', 'เผยแพร่แล้ว'),
      item(3, 'o2', '9.1', 'อยู่ระหว่างดำเนินการ'),
      item(4, 'o40', '10.1 การดำเนินการเพื่อป้องกันการทุจริต', 'เผยแพร่แล้ว'),
      item(5, 'o3', '9.1', 'ไม่ต้องเผยแพร่'),
      item(6, 'o20', '9.10', 'เผยแพร่แล้ว'),
      item(7, 'o10', '9.2 การบริหารงาน', 'ยังไม่ดำเนินการ'),
    ];

    const figures = oitFigures(2568, rows);

    expect(figures.groups.map((g) => [g.code, g.name, g.rows.map((r) => r.row)])).toEqual([
      ['9.1', 'ข้อมูลพื้นฐาน', [2, 3, 5]],
      ['9.2', 'การบริหารงาน', [7]],
      ['9.10', '', [6]],
      ['10.1', 'การดำเนินการเพื่อป้องกันการทุจริต', [4]],
    ]);
    expect(figures.groups.map((g) => [g.count, g.score])).toEqual([
      [
        { published: 1, total: 2, exempt: 1 },
        { ok: true, text: '50.00' },
      ],
      [
        { published: 0, total: 1, exempt: 0 },
        { ok: true, text: '0.00' },
      ],
      [
        { published: 1, total: 1, exempt: 0 },
        { ok: true, text: '100.00' },
      ],
      [
        { published: 1, total: 1, exempt: 0 },
        { ok: true, text: '100.00' },
      ],
    ]);
    // Indicator 9 = (50 + 0 + 100) / 3 = 50; indicator 10 = 100; OIT = 75.
    expect([figures.indicator9, figures.indicator10, figures.oit]).toEqual([
      { ok: true, text: '50.00' },
      { ok: true, text: '100.00' },
      { ok: true, text: '75.00' },
    ]);
    expect(figures.missing).toBe(2);
  });

  it('says why there is no score when a sub-indicator has only items not required, and still groups them', () => {
    const rows = [
      item(2, 'o1', '9.1 ข้อมูลพื้นฐาน', 'เผยแพร่แล้ว'),
      item(3, 'o6', '9.2 การบริหารงาน', 'ไม่ต้องเผยแพร่'),
      item(4, 'o10', '10.2', 'ยังไม่ดำเนินการ'),
    ];

    const figures = oitFigures(2568, rows);

    expect(figures.oit.ok).toBe(false);
    expect(figures.oit.ok ? '' : figures.oit.reason).toContain('ตัวชี้วัดย่อย 9.2 ไม่มีข้อที่นับคะแนน');
    expect(figures.indicator9.ok).toBe(false);
    const nine2 = figures.groups.find((g) => g.code === '9.2');
    expect(nine2?.count).toEqual({ published: 0, total: 0, exempt: 1 });
    expect(nine2?.score.ok).toBe(false);
    expect(figures.groups.find((g) => g.code === '9.1')?.score).toEqual({ ok: true, text: '100.00' });
  });

  it('puts items without a readable sub-indicator last, unscored, and has no score without indicator 10', () => {
    const rows = [item(2, 'o1', '', 'เผยแพร่แล้ว'), item(3, 'o2', '9.1', 'เผยแพร่แล้ว')];

    const figures = oitFigures(undefined, rows);

    expect(figures.groups.map((g) => g.code)).toEqual(['9.1', '']);
    expect(figures.groups[1]?.score.ok).toBe(false);
    expect(figures.oit.ok).toBe(false);
  });

  it('has no groups and no score for an empty checklist', () => {
    const figures = oitFigures(2568, []);

    expect(figures.groups).toEqual([]);
    expect(figures.oit.ok).toBe(false);
    expect(figures.missing).toBe(0);
  });
});

describe('groupTitle', () => {
  it('titles a group by its code and name, and names a group without a code', () => {
    expect(groupTitle({ code: '9.1', name: 'ข้อมูลพื้นฐาน' })).toBe('9.1 ข้อมูลพื้นฐาน');
    expect(groupTitle({ code: '10.2', name: '' })).toBe('ตัวชี้วัดย่อย 10.2 (sub-indicator 10.2)');
    expect(groupTitle({ code: '', name: '' })).toContain('ไม่ระบุตัวชี้วัดย่อย');
  });
});

describe('editedRecord', () => {
  const record = item(8, 'o10', '10.2 มาตรการภายในเพื่อป้องกันการทุจริต', 'ยังไม่ดำเนินการ').record;

  it('sends the whole record with only the changed fields changed', () => {
    const edited = editedRecord(record, { status: 'เผยแพร่แล้ว', url: 'https://www.nongbuathong.go.th/o10' });

    expect(edited).toEqual({ ...record, status: 'เผยแพร่แล้ว', url: 'https://www.nongbuathong.go.th/o10' });
    expect(editedRecord(record, {})).toEqual(record);
  });
});

describe('duePreview', () => {
  it('says how a Thai date was read', () => {
    expect(duePreview('30 เม.ย. 2568')).toEqual({ kind: 'read', text: 'อ่านได้ว่า 30 เมษายน 2568' });
    expect(duePreview('๓๑ ต.ค. ๖๗')).toEqual({ kind: 'read', text: 'อ่านได้ว่า 31 ตุลาคม 2567' });
    expect(duePreview(' ')).toEqual({ kind: 'empty' });
  });

  it('gives an example when a date cannot be read (the item says why, once)', () => {
    const preview = duePreview('31 ก.ย. 68');

    expect(preview.kind).toBe('hint');
    expect(preview.kind === 'empty' ? '' : preview.text).toContain('เช่น 30 เม.ย. 2568');
  });
});

describe('pickChecklist', () => {
  const tabs = [tab(1, 'measures'), tab(4, 'oit-checklist'), tab(9, 'oit-checklist')];

  it('takes the active tab when it is a checklist', () => {
    expect(pickChecklist(tabs, 9, 4)?.sheetId).toBe(9);
  });

  it('else keeps the checklist shown before, else takes the first', () => {
    expect(pickChecklist(tabs, 1, 9)?.sheetId).toBe(9);
    expect(pickChecklist(tabs, 1, undefined)?.sheetId).toBe(4);
    expect(pickChecklist(tabs, undefined, 7)?.sheetId).toBe(4);
  });

  it('finds none in a spreadsheet without a checklist', () => {
    expect(pickChecklist([tab(1, 'measures')], 1, undefined)).toBeUndefined();
  });
});

describe('missingText', () => {
  it('counts the items still to publish', () => {
    expect(missingText(0)).toContain('เผยแพร่ครบทุกรายการแล้ว');
    expect(missingText(1)).toBe('ยังไม่เผยแพร่ 1 รายการ (1 item still to publish)');
    expect(missingText(4)).toBe('ยังไม่เผยแพร่ 4 รายการ (4 items still to publish)');
  });
});
