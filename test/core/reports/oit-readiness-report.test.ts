import { checklistRecords } from '../../../src/core/oit/oit-checklist-records';
import { oitItemList } from '../../../src/core/oit/oit-item-lists';
import { oitReadinessReport, progressBar } from '../../../src/core/reports/oit-readiness-report';

describe('progressBar', () => {
  it.each([
    [0, 9, '□□□□□□□□□□'],
    [4, 9, '■■■■□□□□□□'],
    [9, 9, '■■■■■■■■■■'],
    [0, 0, '□□□□□□□□□□'],
  ])('%i of %i → %s', (published, total, bar) => {
    expect(progressBar(published, total)).toBe(bar);
  });
});

describe('the readiness report of the FY 2564 checklist', () => {
  const list = oitItemList(2564);
  if (!list) throw new Error('the FY 2564 list is built in');
  const records = checklistRecords(list).map((record) =>
    record.code === 'o43'
      ? record
      : { ...record, status: 'เผยแพร่แล้ว', url: `https://x.go.th/${String(record.code)}` },
  );
  const layout = oitReadinessReport({ fiscalYear: 2564 }, records, {
    thaiDigits: false,
    asOf: { year: 2021, month: 3, day: 31 },
  });
  const lines = layout.values.map((row) => row.filter((cell) => cell !== '' && cell !== null).join(' | '));

  it('shows each sub-indicator, indicators 9 and 10 and the OIT if assessed on the day it names', () => {
    expect(lines[3]).toBe('ข้อมูล ณ วันที่ 31 มีนาคม 2564');
    expect(lines).toContain('9.1 | ข้อมูลพื้นฐาน | 9 / 9 | 100 | ■■■■■■■■■■');
    expect(lines).toContain('10.2 | มาตรการภายในเพื่อป้องกันการทุจริต | 1 / 2 | 50 | ■■■■■□□□□□');
    expect(lines).toContain('ตัวชี้วัดที่ 10 | การป้องกันการทุจริต | 75');
    expect(lines).toContain('OIT | คะแนนหากประเมินวันนี้ | 87.5');
  });

  it('lists the one missing item, with no due day and no unit yet', () => {
    expect(lines).toContain(
      'o43 | การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n(ตัวชี้วัดย่อย 10.2) | ยังไม่ดำเนินการ | ยังไม่กำหนด | ยังไม่ระบุ',
    );
  });

  it('says there is no projection without an ITA analysis tab', () => {
    expect(lines).toContain('ยังไม่มีแท็บวิเคราะห์ผล ITA ในไฟล์นี้ จึงคาดการณ์คะแนนรวมไม่ได้');
  });
});

describe('the readiness report of a FY 2568 checklist, with an ITA analysis', () => {
  it('projects the level and the OIT needed for ผ่านดี', () => {
    const list = oitItemList(2564);
    if (!list) throw new Error('the FY 2564 list is built in');
    const records = checklistRecords(list).map((record) => ({ ...record, status: 'เผยแพร่แล้ว' }));
    const analysis = {
      name: 'วิเคราะห์ ITA 2567',
      fiscalYear: 2567,
      records: Array.from({ length: 10 }, (_, i) => ({
        no: String(i + 1),
        indicator: `ตัวชี้วัดที่ ${i + 1}`,
        score: i < 5 ? '99.12' : i < 8 ? '84.5' : '50',
        weaknesses: [],
      })),
    };
    const layout = oitReadinessReport({ fiscalYear: 2568 }, records, {
      thaiDigits: false,
      workbook: { documentTabs: [], analysis },
    });
    const lines = layout.values.map((row) => row.filter((cell) => cell !== '' && cell !== null).join(' | '));

    // 29.736 + 25.35 + 40 = 95.086 → 95.09, EIT 84.50: ผ่าน.
    expect(lines).toContain('ระดับ | ผ่าน (ผ่าน)');
    expect(lines).toContain('ระดับถัดไป ผ่านดี: ยังขาด EIT 84.50 ต่ำกว่า 85.00 อยู่ 0.50');
    expect(lines).toContain('OIT ที่ต้องได้เพื่อระดับผ่านดี | ไปไม่ถึงด้วย OIT: EIT 84.50 ต่ำกว่า 85.00');
  });
});
