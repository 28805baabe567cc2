import type { SheetLayout } from '../../../src/core/layout/sheet-layout';
import { modelSheet } from '../../../src/core/reports/model-sheet';
import { rollupModel } from '../../../src/core/reports/models/rollup-model';
import { districtRollup, provinceRollup } from '../../support/rollups';

/** Each row as an officer reads it: its non-blank cells joined. */
const lines = (layout: SheetLayout) =>
  layout.values.map((row) => row.filter((cell) => cell !== '' && cell !== null).join(' | '));

describe('the district report laid out as a tab (modelSheet of rollupModel)', () => {
  const layout = modelSheet(rollupModel(districtRollup(), { thaiDigits: false }));
  const read = lines(layout);

  it('opens with the titles, the office and when the data was read', () => {
    expect(read.slice(0, 5)).toEqual([
      'รายงานภาพรวมการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)',
      'ขององค์กรปกครองส่วนท้องถิ่นในเขตอำเภอโนนสูง จังหวัดนครราชสีมา',
      'ประจำปีงบประมาณ พ.ศ. 2569',
      'สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอโนนสูง',
      'ข้อมูล ณ วันที่ 7 ธันวาคม 2569 เวลา 10.30 น.',
    ]);
    expect(layout.name).toBe('ภาพรวมอำเภอโนนสูง 2569');
  });

  it('shows the counts, a label and its value a row', () => {
    expect(read).toContain('หน่วยงานในรายการ | ทั้งหมด 12 แห่ง นำเข้าข้อมูลได้ 9 แห่ง ยังนำเข้าไม่ได้ 3 แห่ง');
    expect(read).toContain('หน่วยงานที่ต้องติดตาม | เสี่ยงไม่ผ่าน 4 แห่ง ยังไม่เริ่มดำเนินการ 1 แห่ง');
  });

  it('lays the ranking out a row an organization, in rank order, its columns the ranking’s', () => {
    const header = read.findIndex((line) => line.startsWith('ลำดับ | หน่วยงาน | ระดับ\nที่คาด'));
    const rows = read.slice(header + 1, header + 10);

    expect(layout.columnWidths).toHaveLength(9);
    expect(rows.map((line) => line.split(' | ').slice(0, 2).join(' '))).toEqual([
      '1 ทต.โนนสูง',
      '2 อบต.ใหม่',
      '3 อบต.โตนด',
      '4 อบต.บิง',
      '4 อบต.ดอนหวาย',
      '6 อบต.ธารปราสาท',
      '7 อบต.ลำคอหงษ์',
      '8 อบต.เมืองปราสาท',
      // A name like a formula is a value as written: the adapter writes it as text (src/sheets/cell-value.ts).
      '9 =IMPORTRANGE("x","y") <script>alert(1)</script> อบต.ทดสอบ',
    ]);
    expect(rows[0]).toBe('1 | ทต.โนนสูง | ผ่านดีเยี่ยม | 96.42 | 100.00 | 43/43 | 6/6 | 94.10');
  });

  it('prints landscape, with the signature of the district’s officer last, and no header repeated over other tables', () => {
    expect(read.slice(-3)).toEqual([
      'ลงชื่อ ......................... ผู้รายงาน',
      '(.........................)',
      'ตำแหน่ง ท้องถิ่นอำเภอโนนสูง',
    ]);
    expect(layout.print?.landscape).toBe(true);
    // Five sections of several tables: nothing frozen or repeated (model-sheet.ts).
    expect(layout.frozenRows).toBe(0);
    expect(layout.metadata?.['ita-sheets.kind']).toBe('rollup');
  });

  it('writes Thai digits when asked', () => {
    const thai = lines(modelSheet(rollupModel(districtRollup(), { thaiDigits: true })));

    expect(thai).toContain('๑ | ทต.โนนสูง | ผ่านดีเยี่ยม | ๙๖.๔๒ | ๑๐๐.๐๐ | ๔๓/๔๓ | ๖/๖ | ๙๔.๑๐');
  });
});

describe('the province’s report laid out as a tab', () => {
  it('has the district column and a row for each of the 211 organizations in the ranking', () => {
    const layout = modelSheet(rollupModel(provinceRollup(), { thaiDigits: false }));
    const read = lines(layout);
    const header = read.findIndex((line) => line.startsWith('ลำดับ | หน่วยงาน | อำเภอ'));
    const ranks = read
      .slice(header + 1)
      .map((line) => line.split(' | '))
      .filter((cells) => /^\d+$/.test(cells[0] ?? '') && cells.length >= 9)
      .map((cells) => Number(cells[0]));

    expect(layout.columnWidths).toHaveLength(10);
    expect(ranks).toHaveLength(211);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
