import type { DocumentRecord } from '../../../src/core/documents/document-type';
import type { SheetLayout } from '../../../src/core/layout/sheet-layout';
import { ETHICS_TITLE, ethicsReport } from '../../../src/core/reports/ethics-report';
import { fixture } from '../../support/fixtures';
import { cellAt, structured } from './layout-helpers';

const ETHICS = structured('ethics', fixture('ethics-fy2568.txt'));

const standard = (behavior: readonly string[], name: string): DocumentRecord => ({
  behavior,
  standard: name,
  meaning: 'ความหมาย',
  practices: ['ปฏิบัติ'],
  indicators: ['วัดผล'],
});

/** The ranges shown as one cell down their rows. */
const joinedDown = (layout: SheetLayout): readonly string[] =>
  layout.styles.find((s) => s.style.joinedDown)?.ranges ?? [];

describe('ethicsReport', () => {
  it('heads the plan with its title, its year and the organization', () => {
    const layout = ethicsReport(ETHICS.header, ETHICS.records, { thaiDigits: true });

    expect(layout.values.slice(0, 3).map((row) => row[0])).toEqual([
      ETHICS_TITLE,
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      'องค์การบริหารส่วนตำบลดอนแก้ว',
    ]);
    expect(layout.name).toBe('แผนคุณธรรมจริยธรรม ๒๕๖๘');
  });

  it('lays out the five columns, one row per standard, lists numbered', () => {
    const layout = ethicsReport(ETHICS.header, ETHICS.records, { thaiDigits: false });
    const first = layout.frozenRows + 1;

    expect(layout.values[layout.frozenRows - 1]).toEqual([
      'พฤติกรรมที่พึงประสงค์',
      'มาตรฐานทางคุณธรรมและจริยธรรม',
      'ความหมาย',
      'แนวทางปฏิบัติ',
      'ตัวชี้วัดเพื่อการประเมินผล',
    ]);
    expect(layout.values[first]).toEqual([
      '',
      'มาตรฐาน ๒ ซื่อสัตย์สุจริต',
      'การปฏิบัติหน้าที่ด้วยความซื่อตรง',
      '1. ไม่รับสินบน\n2. เปิดเผยข้อมูลอย่างโปร่งใส\n3. รายงานการมีส่วนได้เสีย',
      '1. จำนวนเรื่องร้องเรียน\n2. ผลการประเมิน ITA',
    ]);
  });

  it('shows the behaviour shared by the first two standards as one cell, as the original merges it', () => {
    const layout = ethicsReport(ETHICS.header, ETHICS.records, { thaiDigits: true });
    const first = layout.frozenRows + 1;

    expect(cellAt(layout, first, 1)).toBe('๑. ซื่อสัตย์\n๒. รับผิดชอบ');
    expect(cellAt(layout, first + 1, 1)).toBe('');
    expect(cellAt(layout, first + 2, 1)).toBe('จิตอาสา');
    expect(joinedDown(layout)).toEqual([`A${first}:A${first + 1}`]);
    expect(layout.merges.filter((m) => /^A\d+:A\d+$/.test(m))).toEqual([]);
  });

  it('joins only consecutive standards, and never blank behaviours', () => {
    const records = [
      standard(['ก'], '1'),
      standard(['ข'], '2'),
      standard(['ก'], '3'),
      standard([], '4'),
      standard([], '5'),
    ];

    const layout = ethicsReport({}, records, { thaiDigits: false });
    const first = layout.frozenRows + 1;

    expect(joinedDown(layout)).toEqual([]);
    expect([0, 1, 2].map((i) => cellAt(layout, first + i, 1))).toEqual(['ก', 'ข', 'ก']);
  });

  it('signs the plan as its maker', () => {
    const layout = ethicsReport(ETHICS.header, ETHICS.records, {
      thaiDigits: false,
      signer: { name: 'นายสมชาย' },
    });

    expect(layout.values.slice(-3).map((row) => row[3])).toEqual([
      'ลงชื่อ ......................... ผู้จัดทำ',
      '(นายสมชาย)',
      'ตำแหน่ง .........................',
    ]);
  });
});
