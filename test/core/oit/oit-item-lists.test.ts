import { OIT_LIST_YEARS, type OitItemList, oitItemList } from '../../../src/core/oit/oit-item-lists';

const codesOf = (list: OitItemList | undefined, subIndicator: string) =>
  (list?.items ?? []).filter((i) => i.subIndicator === subIndicator).map((i) => i.code);

const counts = (list: OitItemList | undefined) =>
  (list?.subIndicators ?? []).map((s) => `${s.code}:${codesOf(list, s.code).length}`).join(' ');

describe('oitItemList', () => {
  it('gives the verified FY 2564 list of 43 items, o1 … o43 in order', () => {
    const list = oitItemList(2564);

    expect(list?.verified).toBe(true);
    expect(list?.fiscalYears).toEqual([2564]);
    expect(list?.items).toHaveLength(43);
    expect(list?.items.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, i) => `o${i + 1}`));
  });

  it('groups FY 2564 as ita-frameworks.md does: 9.1 has 9 items … 10.2 has o42 and o43', () => {
    const list = oitItemList(2564);

    expect(counts(list)).toBe('9.1:9 9.2:8 9.3:7 9.4:4 9.5:5 10.1:8 10.2:2');
    expect(codesOf(list, '9.1')).toEqual(['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8', 'o9']);
    expect(codesOf(list, '10.2')).toEqual(['o42', 'o43']);
    expect(list?.subIndicators[0]).toEqual({ code: '9.1', th: 'ข้อมูลพื้นฐาน' });
  });

  it('keeps the FY 2564 titles word for word', () => {
    const title = (code: string) => oitItemList(2564)?.items.find((i) => i.code === code)?.title;

    expect([title('o1'), title('o8'), title('o11'), title('o39'), title('o43')]).toEqual([
      'โครงสร้าง',
      'Q&A',
      'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน',
      'แผนปฏิบัติการป้องกันการทุจริต',
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    ]);
  });

  it("notes o34's other title in the FY 2564 source", () => {
    expect(oitItemList(2564)?.source).toContain('นโยบายไม่รับของขวัญ (No Gift Policy)');
  });

  it('gives FY 2565 the FY 2564 items, marked unverified and saying so', () => {
    const list = oitItemList(2565);

    expect(list?.verified).toBe(false);
    expect(list?.items).toEqual(oitItemList(2564)?.items);
    expect(list?.source).toContain('not verified');
  });

  it('gives the unverified FY 2566 list of 43 items in the grouping ita-frameworks.md gives', () => {
    const list = oitItemList(2566);

    expect(list?.verified).toBe(false);
    expect(counts(list)).toBe('9.1:10 9.2:8 9.3:4 9.4:4 9.5:4 10.1:8 10.2:5');
    expect(codesOf(list, '10.2')).toEqual(['o39', 'o40', 'o41', 'o42', 'o43']);
    expect(list?.source).toContain('titles inferred');
  });

  it('writes an item FY 2566 only describes with the FY 2564 title of the same item', () => {
    const title = (code: string) => oitItemList(2566)?.items.find((i) => i.code === code)?.title;

    expect([title('o10'), title('o11'), title('o14'), title('o36'), title('o38')]).toEqual([
      'นโยบายคุ้มครองข้อมูลส่วนบุคคล',
      'แผนดำเนินงานและการใช้งบประมาณประจำปี',
      'คู่มือหรือมาตรฐานการปฏิบัติงาน',
      'แผนปฏิบัติการป้องกันการทุจริต',
      'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
    ]);
  });

  it.each([2563, 2567, 2568, 2569])('ships no list for %s: the officer pastes it', (year) => {
    expect(oitItemList(year)).toBeUndefined();
  });

  it('names the years it has a list for', () => {
    expect(OIT_LIST_YEARS).toEqual([2564, 2565, 2566]);
  });
});
