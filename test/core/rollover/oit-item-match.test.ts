import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { checklistRecords } from '../../../src/core/oit/oit-checklist-records';
import { type OitItemList, oitItemList } from '../../../src/core/oit/oit-item-lists';
import { describeProblem } from '../../../src/core/problems/messages';
import { describeNoteOrProblem } from '../../../src/core/problems/structure-note-words';
import { matchOitItems, titleKey, titleLikeness } from '../../../src/core/rollover/oit-item-match';
import { rollover } from '../../../src/core/rollover/rollover';

const LIST_2564 = oitItemList(2564)!;
const LIST_2566 = oitItemList(2566)!;

/** The FY 2564 checklist, every item published with its own link. */
const checklist2564 = (): DocumentRecord[] =>
  checklistRecords(LIST_2564).map((r) => ({
    ...r,
    status: 'เผยแพร่แล้ว',
    url: `https://www.nongbuathong.go.th/${String(r.code)}`,
    responsible: ['สำนักปลัด'],
  }));

/** A list of one sub-indicator with these titles, numbered o1, o2 … */
const listOf = (...titles: string[]): OitItemList => ({
  fiscalYears: [2571],
  verified: false,
  source: 'test',
  subIndicators: [{ code: '9.1', th: 'ข้อมูลพื้นฐาน' }],
  items: titles.map((title, i) => ({ code: `o${i + 1}`, title, subIndicator: '9.1' })),
});

const record = (code: string, title: string, url: string, status: string): DocumentRecord => ({
  code,
  title,
  subIndicator: '9.1',
  url,
  status,
  responsible: [],
  due: '',
  note: '',
});

describe('titleKey and titleLikeness', () => {
  it('set aside spaces, Thai digits, marks and case, and keep the words', () => {
    expect(titleKey(' ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ')).toBe(titleKey('ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้าง'));
    expect(titleKey('รายงาน รอบ ๖ เดือน')).toBe('รายงานรอบ6เดือน');
    expect(titleKey('Q&A')).toBe('qa');
    expect(titleKey('โครงสร้าง')).not.toBe(titleKey('อำนาจหน้าที่'));
  });

  it('finds a small wording change alike and another item not', () => {
    const a = titleKey('รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน');
    const b = titleKey('รายงานการกำกับติดตามการดำเนินงาน ประจำปี รอบ ๖ เดือน (ฉบับปรับปรุง)');
    expect(titleLikeness(a, b)).toBeGreaterThanOrEqual(0.8);
    expect(titleLikeness(titleKey('โครงสร้าง'), titleKey('ข้อมูลผู้บริหาร'))).toBeLessThan(0.3);
  });
});

describe('matchOitItems', () => {
  it('carries each item’s link and status to its new code by title, and lists new, gone and renumbered', () => {
    const old = [
      record('o1', 'โครงสร้าง', 'https://x.go.th/structure', 'เผยแพร่แล้ว'),
      record('o2', 'ข้อมูลผู้บริหาร', 'https://x.go.th/executives', 'อยู่ระหว่างดำเนินการ'),
      record('o3', 'อำนาจหน้าที่', 'https://x.go.th/authority', 'เผยแพร่แล้ว'),
      record('o4', 'Social Network', 'https://facebook.com/x', 'เผยแพร่แล้ว'),
    ];
    const list = listOf('ข้อมูลผู้บริหาร', 'อำนาจ หน้าที่', 'โครงสร้าง', 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');

    const match = matchOitItems(old, list);

    expect(match.records.map((r) => [r.code, r.title, r.url, r.status])).toEqual([
      ['o1', 'ข้อมูลผู้บริหาร', 'https://x.go.th/executives', 'อยู่ระหว่างดำเนินการ'],
      ['o2', 'อำนาจ หน้าที่', 'https://x.go.th/authority', 'เผยแพร่แล้ว'],
      ['o3', 'โครงสร้าง', 'https://x.go.th/structure', 'เผยแพร่แล้ว'],
      ['o4', 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', '', 'ยังไม่ดำเนินการ'],
    ]);
    expect(match.added).toEqual([{ code: 'o4', title: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร' }]);
    expect(match.gone).toEqual([{ code: 'o4', title: 'Social Network' }]);
    expect(match.renumbered).toEqual([
      { from: 'o2', to: 'o1', title: 'ข้อมูลผู้บริหาร' },
      { from: 'o3', to: 'o2', title: 'อำนาจ หน้าที่' },
      { from: 'o1', to: 'o3', title: 'โครงสร้าง' },
    ]);
  });

  it('matches each old item once, the most alike first, and changes nothing for the same list', () => {
    const old = [record('o1', 'แผนดำเนินงานประจำปี', 'https://x.go.th/plan', 'เผยแพร่แล้ว')];
    const list = listOf('แผนดำเนินงาน ประจำปี', 'แผนดำเนินงานประจำปี (ฉบับทบทวน)');

    const match = matchOitItems(old, list);

    expect(match.records.map((r) => r.url)).toEqual(['https://x.go.th/plan', '']);
    expect(match.renumbered).toEqual([]);
    const same = matchOitItems(checklist2564(), LIST_2564);
    expect([same.added, same.gone, same.renumbered]).toEqual([[], [], []]);
    expect(same.records.map((r) => r.url)).toEqual(checklist2564().map((r) => r.url));
  });
});

describe('rolling the FY 2564 checklist into FY 2566, whose list is renumbered', () => {
  const result = rollover(
    { type: 'oit-checklist', header: { fiscalYear: 2564 }, records: checklist2564() },
    2566,
  );
  if (!result.ok) throw new Error(describeProblem(result.problem).en);
  const next = result.value;
  const byCode = (code: string) => next.records.find((r) => r.code === code);
  const codes = (kind: string) =>
    next.warnings.flatMap((w) => (w.problem.code === kind && 'item' in w.problem ? [w.problem.item] : []));

  it('writes the 43 items of the 2566 list, each link under its new code, marked to check again', () => {
    expect(next.records.map((r) => [r.code, r.title])).toEqual(LIST_2566.items.map((i) => [i.code, i.title]));
    // E-Service is o17 in 2564 and o18 in 2566; the procurement plan o21 → o19.
    expect(byCode('o18')?.url).toBe('https://www.nongbuathong.go.th/o17');
    expect(byCode('o19')?.url).toBe('https://www.nongbuathong.go.th/o21');
    expect(byCode('o18')?.note).toBe('ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ 2564');
    expect(byCode('o18')?.responsible).toEqual(['สำนักปลัด']);
    // Statuses start the new year at ยังไม่ดำเนินการ, as every rollover does.
    expect(next.records.every((r) => r.status === 'ยังไม่ดำเนินการ')).toBe(true);
  });

  it('tolerates a small change of wording: the 6-month report o11 is o12, “and budget” added', () => {
    expect(byCode('o12')?.title).toBe('รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ 6 เดือน');
    expect(byCode('o12')?.url).toBe('https://www.nongbuathong.go.th/o11');
  });

  it('warns of each item new, gone and renumbered, in Thai with the English gloss', () => {
    expect(codes('oit-item-added')).toContain('o10');
    expect(byCode('o10')).toMatchObject({ title: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', url: '' });
    expect(codes('oit-item-gone')).toContain('o34');
    const renumbered = next.warnings.find(
      (w) => w.problem.code === 'oit-item-renumbered' && w.problem.from === 'o17',
    );
    expect(describeNoteOrProblem(renumbered!.problem)).toEqual({
      th: 'ข้อ o17 E-Service เป็นข้อ o18 ในปี 2566 ยกลิงก์ ผู้รับผิดชอบ และหมายเหตุไปด้วย',
      en: 'item o17 is o18 in 2566: its link, units and note carried',
    });
  });
});
