import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { ACTION_PLAN_TITLE, actionPlanReport } from '../../../src/core/reports/action-plan-report';
import { fixture, seed } from '../../support/fixtures';
import { cellAt, rowWith, structured, styleAt } from './layout-helpers';

const PLAN = structured('action-plan', seed('action-plan-fy2562-2564.txt'));
const NONG_PHAI_NGAM = structured('action-plan', fixture('action-plan-tambon-nong-phai-ngam.txt'));

const project = (section: string, name: string, budget: string): DocumentRecord => ({
  section,
  name,
  rationale: 'เหตุผล',
  objectives: ['เพื่อ ก', 'เพื่อ ข'],
  targets: 'บุคลากร',
  area: 'ตำบล',
  methods: ['ประชุม'],
  period: 'ปีงบประมาณ 2563',
  budget,
  responsible: 'สำนักปลัด',
  indicators: ['ร้อยละ 80'],
});

describe('actionPlanReport', () => {
  it('heads the plan with its title, its years and the organization', () => {
    const layout = actionPlanReport(PLAN.header, PLAN.records, { thaiDigits: true });

    expect(layout.values.slice(0, 3).map((row) => row[0])).toEqual([
      ACTION_PLAN_TITLE,
      'ปีงบประมาณ พ.ศ. ๒๕๖๒ – ๒๕๖๔',
      'องค์การบริหารส่วนตำบลจอมประทัด',
    ]);
    expect(layout.name).toBe('แผนป้องกันการทุจริต ๒๕๖๒–๒๕๖๔');
  });

  it('lists the 17 projects of the FY 2562–2564 plan in order, with the budget total', () => {
    const layout = actionPlanReport(PLAN.header, PLAN.records, { thaiDigits: false });
    const total = rowWith(layout, 3, 'รวมทั้งสิ้น');

    const projects = layout.values
      .slice(layout.frozenRows, total)
      .filter((row) => typeof row[0] === 'number');

    expect(projects.map((row) => row[0])).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(projects.map((row) => row[2])).toEqual(PLAN.records.map((r) => r.name));
    expect(projects.every((row) => row[3] === 'ไม่ใช้งบประมาณ')).toBe(true);
    expect(layout.values[total - 1]?.slice(2, 5)).toEqual(['รวมทั้งสิ้น 17 โครงการ', 0, '']);
    expect(styleAt(layout, total, 4).numberFormat).toBe('#,##0.00');
  });

  it('groups the projects under their deepest heading, with a subtotal per section', () => {
    const layout = actionPlanReport(PLAN.header, PLAN.records, { thaiDigits: false });
    const first = rowWith(layout, 2, '2.2.1 สร้างความโปร่งใสในการบริหารงานบุคคล');

    expect(cellAt(layout, first, 1)).toBe(2);
    expect(cellAt(layout, first + 1, 2)).toBe('');
    expect(cellAt(layout, first + 2, 3)).toBe('รวมข้อ 2.2.1 (2 โครงการ)');
  });

  it('sums the budgets exactly per section and overall: 20,000 + 5,000 + 15,000 = 40,000', () => {
    const layout = actionPlanReport(NONG_PHAI_NGAM.header, NONG_PHAI_NGAM.records, { thaiDigits: true });

    const subtotals = layout.values
      .filter((row) => String(row[2]).startsWith('รวม'))
      .map((row) => [row[2], row[3]]);

    expect(subtotals).toEqual([
      ['รวมข้อ ๑.๑.๑ (๒ โครงการ)', '๒๐,๐๐๐.๐๐'],
      ['รวมข้อ ๑.๑.๒ (๑ โครงการ)', '๕,๐๐๐.๐๐'],
      ['รวมข้อ ๑.๒.๑ (๑ โครงการ)', '๑๕,๐๐๐.๐๐'],
      ['รวมข้อ ๒.๑ (๑ โครงการ)', '๐.๐๐'],
      ['รวมทั้งสิ้น ๕ โครงการ', '๔๐,๐๐๐.๐๐'],
    ]);
  });

  it('adds satang exactly: 1,000.10 + 2,000.20 is 3,000.30', () => {
    const records = [project('2.1 ข้อ', 'ก', '1,000.10 บาท'), project('2.1 ข้อ', 'ข', '2,000.20 บาท')];

    const layout = actionPlanReport({}, records, { thaiDigits: true });

    expect(cellAt(layout, rowWith(layout, 3, 'รวมทั้งสิ้น'), 4)).toBe('๓,๐๐๐.๓๐');
  });

  it('lists an unreadable budget as such, and leaves it out of the total without counting it as zero', () => {
    const records = [project('2.1 ข้อ', 'ก', '10,000 บาท'), project('2.1 ข้อ', 'ข', 'ตามที่ได้รับจัดสรร')];

    const layout = actionPlanReport({}, records, { thaiDigits: false });
    const total = layout.values[rowWith(layout, 3, 'รวมทั้งสิ้น') - 1];

    expect(cellAt(layout, rowWith(layout, 1, 'ที่') + 2, 4)).toBe('ตามที่ได้รับจัดสรร (อ่านจำนวนเงินไม่ได้)');
    expect(total?.slice(3)).toEqual([10000, 'ไม่รวมงบประมาณที่อ่านไม่ได้ 1 โครงการ']);
  });

  it("prints each project's ten fields as a form, lists numbered", () => {
    const layout = actionPlanReport(NONG_PHAI_NGAM.header, NONG_PHAI_NGAM.records, { thaiDigits: false });
    const top = rowWith(layout, 2, 'มิติ/ข้อ', rowWith(layout, 1, 'ที่') + 1);

    // A field too long for a page goes on several rows; its label is on the first.
    const form = layout.values
      .slice(top)
      .filter((row) => row[1] !== '')
      .slice(0, 10)
      .map((row) => [row[1], String(row[2]).split('\n')[0]]);

    expect(cellAt(layout, top, 1)).toBe(1);
    expect(form.map(([label]) => label)).toEqual([
      '๑. ชื่อโครงการ/กิจกรรม/มาตรการ',
      '๒. หลักการและเหตุผล',
      '๓. วัตถุประสงค์',
      '๔. เป้าหมาย/ผลผลิต',
      '๕. พื้นที่ดำเนินการ',
      '๖. วิธีดำเนินการ',
      '๗. ระยะเวลาดำเนินการ',
      '๘. งบประมาณดำเนินการ',
      '๙. ผู้รับผิดชอบ',
      '๑๐. ตัวชี้วัด/ผลลัพธ์',
    ]);
    expect(form[2]?.[1]).toMatch(/^1\. เพื่อ/);
    expect(form[7]?.[1]).toBe('20,000 บาท');
    expect(layout.values.filter((row) => row[1] === '๑. ชื่อโครงการ/กิจกรรม/มาตรการ')).toHaveLength(5);
  });

  it('needs no merge for the forms: only the title lines and the signature are merged', () => {
    const layout = actionPlanReport(PLAN.header, PLAN.records, { thaiDigits: false });

    expect(layout.merges).toHaveLength(6);
  });
});
