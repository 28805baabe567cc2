import { MEASURES, OIT_CHECKLIST } from '../../../src/core/documents/types';
import { newDocumentTab } from '../../../src/core/layout/new-document-tab';

const UNITS = ['สำนักปลัด', 'กองคลัง'];

describe('newDocumentTab', () => {
  it('pre-fills a FY 2564 checklist with the 43 items, each not started, under the headings', () => {
    const { layout, notice } = newDocumentTab(OIT_CHECKLIST, { fiscalYear: 2564 }, UNITS);

    expect(layout.values).toHaveLength(44);
    expect(layout.values[0]).toEqual(OIT_CHECKLIST.fields.map((f) => f.th));
    expect(layout.values[1]).toEqual(['o1', 'โครงสร้าง', '9.1 ข้อมูลพื้นฐาน', '', 'ยังไม่ดำเนินการ', '', '', '']);
    expect(layout.values[43]?.slice(0, 3)).toEqual([
      'o43',
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      '10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
    ]);
    expect(notice?.th).toBe('เติมรายการข้อ OIT ของปี 2564 ไว้ 43 ข้อ');
    expect(layout.name).toBe('แบบตรวจ OIT 2564');
  });

  it('says a pre-filled list is not verified (FY 2566), on the first heading and in its notice', () => {
    const { layout, notice } = newDocumentTab(OIT_CHECKLIST, { fiscalYear: 2566 }, UNITS);

    expect(layout.values).toHaveLength(44);
    expect(notice?.th).toContain('รายการนี้ยังไม่ได้ยืนยัน');
    expect(notice?.en).toContain('not verified');
    expect(layout.notes?.A1).toContain('ยังไม่ได้ยืนยัน');
  });

  it("leaves a checklist for a year without a built-in list empty and says to paste the NACC's list", () => {
    const { layout, notice } = newDocumentTab(OIT_CHECKLIST, { fiscalYear: 2568 }, UNITS);

    expect(layout.values).toHaveLength(1);
    expect(notice?.th).toContain('ยังไม่มีรายการข้อ OIT ของปี 2568 ในโปรแกรม: วางรายการข้อจากคู่มือของสำนักงาน ป.ป.ช.');
    expect(notice?.en).toContain("paste the NACC's list");
    expect(newDocumentTab(OIT_CHECKLIST, {}, UNITS).notice?.th).toContain('ไม่ได้ระบุปีงบประมาณ');
  });

  it('offers the four statuses as a dropdown in the status column and the units in the responsible one', () => {
    const { layout } = newDocumentTab(OIT_CHECKLIST, { fiscalYear: 2568 }, UNITS);

    expect(layout.validations?.map((v) => [v.range, v.values.join(' ')])).toEqual([
      ['F2:F501', 'สำนักปลัด กองคลัง'],
      ['E2:E501', 'เผยแพร่แล้ว อยู่ระหว่างดำเนินการ ยังไม่ดำเนินการ ไม่ต้องเผยแพร่'],
    ]);
  });

  it('leaves another type empty, with nothing to say', () => {
    const made = newDocumentTab(MEASURES, { fiscalYear: 2564 }, UNITS);

    expect([made.layout.values.length, made.notice, made.layout.notes]).toEqual([1, undefined, undefined]);
  });
});
