import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { parseA1 } from '../../../src/core/layout/a1';
import {
  CHART_DATA_COLUMN,
  CHART_ROWS,
  ITA_ANALYSIS_TITLE,
  itaAnalysisReport,
} from '../../../src/core/reports/ita-analysis-report';
import { seed } from '../../support/fixtures';
import { cellAt, joinedText, lineText, normalized, rowWith, structured, styleAt } from './layout-helpers';

const ANALYSIS = structured('ita-analysis', seed('ita-analysis-fy2562.txt'));
const report = (
  thaiDigits = false,
  records: readonly DocumentRecord[] = ANALYSIS.records,
  header = ANALYSIS.header,
) => itaAnalysisReport(header, records, { thaiDigits });
const withScore = (no: number, score: string) =>
  ANALYSIS.records.map((record) => (record.no === String(no) ? { ...record, score } : record));

describe('itaAnalysisReport', () => {
  it('heads the report with the title, the year and the organization', () => {
    const layout = report(true);

    // The title is too long for one line: it is written on two merged rows, broken at its space.
    expect(lineText(layout, 1)).toBe(ITA_ANALYSIS_TITLE);
    expect(layout.values.slice(0, 4).map((row) => row[0])).toEqual([
      ITA_ANALYSIS_TITLE.replace(' (ITA)', ''),
      '(ITA)',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๒',
      // The memo's own (its ส่วนราชการ line), not the attachment title's หญ้าปล้อง.
      'องค์การบริหารส่วนตำบลห้วยปลาดอง อำเภอเมืองศรีสะเกษ จังหวัดศรีสะเกษ',
    ]);
    expect(layout.name).toBe('วิเคราะห์ ITA ๒๕๖๒');
  });

  it('tables the ten indicators with their tool, score, the pass mark of 85 and the verdict', () => {
    const layout = report();
    const headerRow = rowWith(layout, 1, 'ตัวชี้วัดที่');
    const first = headerRow + 1;

    expect(layout.values[headerRow - 1]?.slice(0, 6)).toEqual([
      'ตัวชี้วัดที่',
      'ตัวชี้วัด',
      'เครื่องมือ',
      'คะแนน',
      'เกณฑ์ผ่าน',
      'ผล',
    ]);
    expect(layout.values[first - 1]?.slice(0, 6)).toEqual([1, 'การปฏิบัติหน้าที่', 'IIT', 99.65, 85, 'ผ่าน']);
    expect(layout.values[first + 9 - 1]?.slice(0, 6)).toEqual([
      10,
      'การป้องกันการทุจริต',
      'OIT',
      50,
      85,
      'ไม่ผ่าน',
    ]);
    expect(styleAt(layout, first + 9, 4).numberFormat).toBe('0.00');
  });

  it('computes the tool subtotals IIT 99.12, EIT 69.35, OIT 66.67 with their weights', () => {
    const layout = report();
    const tool = (code: string) =>
      layout.values[rowWith(layout, 1, code, rowWith(layout, 1, 'ตัวชี้วัดที่') + 11) - 1];

    expect(['IIT', 'EIT', 'OIT'].map((code) => tool(code)?.slice(2, 5))).toEqual([
      [30, 99.12, 29.74],
      [30, 69.35, 20.81],
      [40, 66.67, 26.67],
    ]);
  });

  it('computes the total 77.21 and grade B, which does not pass', () => {
    const layout = report(true);

    expect(layout.values[rowWith(layout, 2, 'คะแนนรวม') - 1]?.slice(4, 6)).toEqual(['๗๗.๒๑', 'ไม่ผ่าน']);
    expect(cellAt(layout, rowWith(layout, 2, 'ระดับผลการประเมิน'), 5)).toBe('B');
  });

  it('says under the totals which grade comes next and how far the total is from it', () => {
    const layout = report();

    expect(lineText(layout, rowWith(layout, 1, 'ระดับถัดไป'))).toBe(
      'ระดับถัดไป A: ยังขาด คะแนนรวม 77.21 ต่ำกว่า 85.00 อยู่ 7.79',
    );
  });

  it('from 2567 gives the level, not a grade: 94.64 with EIT 84.80 is ผ่าน, 0.20 of EIT short of ผ่านดี', () => {
    const scores = ['99.5', '99.5', '99.5', '99.5', '99.5', '84.8', '84.8', '84.8', '98.375', '98.375'];
    const records = ANALYSIS.records.map((record, i) => ({ ...record, score: scores[i] ?? '' }));
    const layout = report(false, records, { ...ANALYSIS.header, fiscalYear: 2568, grade: 'A' });

    expect(cellAt(layout, rowWith(layout, 2, 'คะแนนรวม'), 5)).toBe(94.64);
    expect(cellAt(layout, rowWith(layout, 2, 'ระดับผลการประเมิน'), 5)).toBe('ผ่าน');
    expect(lineText(layout, rowWith(layout, 1, 'ระดับถัดไป'))).toBe(
      'ระดับถัดไป ผ่านดี: ยังขาด EIT 84.80 ต่ำกว่า 85.00 อยู่ 0.20',
    );
    expect(lineText(layout, rowWith(layout, 1, 'ระดับที่ระบุในเอกสาร'))).toBe(
      'ระดับที่ระบุในเอกสาร A ต่างจากที่คำนวณได้ ผ่าน',
    );
    const source = lineText(layout, rowWith(layout, 1, 'เกณฑ์ระดับ:'));
    expect(source).toContain('ยังไม่ยืนยัน');
    expect(source).not.toMatch(/[a-z]{2}/i);
  });

  it('keeps the total and grade the document states beside the computed ones', () => {
    const layout = report(false, ANALYSIS.records, { ...ANALYSIS.header, total: 78.5, grade: 'A' });

    expect(cellAt(layout, rowWith(layout, 2, 'คะแนนรวม'), 5)).toBe(77.21);
    expect(cellAt(layout, rowWith(layout, 2, 'คะแนนรวมตามที่ระบุในเอกสาร'), 5)).toBe(78.5);
    expect(cellAt(layout, rowWith(layout, 2, 'ระดับตามที่ระบุในเอกสาร'), 5)).toBe('A');
  });

  it('says which framework was used and that it is verified, and why the parts do not add up to the total', () => {
    const layout = report();

    expect(rowWith(layout, 1, 'หมายเหตุ: คำนวณตามเกณฑ์ ITA ปีงบประมาณ พ.ศ. 2562 (ยืนยันแล้ว)')).toBeGreaterThan(0);
    // 29.74 + 20.81 + 26.67 = 77.22, but the total is rounded once from 77.2106…: a Thai footnote says so.
    const footnote = lineText(layout, rowWith(layout, 1, 'คะแนนถ่วงน้ำหนักแสดงเป็นทศนิยม 2 ตำแหน่ง'));
    expect(footnote).toContain('ผลบวกของคะแนนที่แสดงจึงได้ 77.22 ส่วนคะแนนรวม 77.21');
    expect(footnote).not.toMatch(/[a-z]/i);
  });

  it('uses the newest framework for a year without one, and says it is not fully verified', () => {
    const layout = report(false, ANALYSIS.records, { ...ANALYSIS.header, fiscalYear: 2575 });

    const note = lineText(layout, rowWith(layout, 1, 'หมายเหตุ: ไม่มีเกณฑ์ของปี 2575'));

    expect(note).toContain('เกณฑ์ ITA ปีงบประมาณ พ.ศ. 2570 (ใช้เกณฑ์ปี 2568 ต่อ ยังไม่ยืนยัน');
    expect(note).not.toMatch(/[a-z]{2}/);
  });

  it.each([2569, 2570])(
    "says under the totals of FY %i that 2568's rules are carried forward, not verified",
    (year) => {
      const layout = report(false, ANALYSIS.records, { ...ANALYSIS.header, fiscalYear: year });

      const framework = lineText(
        layout,
        rowWith(layout, 1, `หมายเหตุ: คำนวณตามเกณฑ์ ITA ปีงบประมาณ พ.ศ. ${year}`),
      );
      const reason = lineText(layout, rowWith(layout, 1, 'ใช้เกณฑ์ปี 2568 ต่อ เพราะ'));

      expect(framework).toContain('(ใช้เกณฑ์ปี 2568 ต่อ ยังไม่ยืนยัน');
      // Thai only on the printed page: the English gloss is the sidebar's.
      expect(reason).toBe(`ใช้เกณฑ์ปี 2568 ต่อ เพราะยังไม่พบประกาศเปลี่ยนแปลงของ ป.ป.ช. สำหรับปี ${year} ยังไม่ยืนยัน`);
    },
  );

  it('charts the ten scores beside a constant 85 column, from a block with a header row', () => {
    const layout = report();
    const [chart] = layout.charts ?? [];
    const range = parseA1(chart?.range ?? 'A1');
    const block = layout.values
      .slice(range.row - 1, range.row - 1 + range.numRows)
      .map((row) => row.slice(range.column - 1, range.column - 1 + range.numColumns));

    expect(chart).toMatchObject({ kind: 'bar', minValue: 0, maxValue: 100 });
    expect(block[0]).toEqual(['ตัวชี้วัด', 'คะแนน', 'เกณฑ์ 85']);
    expect(block.slice(1).map((row) => row[1])).toEqual([
      99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50,
    ]);
    expect(block.slice(1).every((row) => row[2] === 85)).toBe(true);
  });

  it('keeps the chart data numbers with Thai digits, right of the printed columns, the chart over blank rows', () => {
    const layout = report(true);
    const [chart] = layout.charts ?? [];
    const range = parseA1(chart?.range ?? 'A1');
    const printed = layout.print?.columns ?? 0;
    const under = layout.values
      .slice((chart?.anchorRow ?? 1) - 1, (chart?.anchorRow ?? 1) - 1 + CHART_ROWS)
      .map((row) => row.slice(0, printed));

    expect(cellAt(layout, range.row + 10, range.column + 1)).toBe(50);
    expect(range.column).toBe(CHART_DATA_COLUMN);
    expect(range.column).toBeGreaterThan(printed);
    expect(under.flat().every((value) => value === '')).toBe(true);
    expect(chart?.title).toBe('คะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ๘๕ คะแนน');
    // The chart's heading and rows are marked, so an export that cannot draw the chart leaves them out.
    expect(layout.print?.chartRows).toEqual([
      [(chart?.anchorRow ?? 0) - 1, (chart?.anchorRow ?? 0) + CHART_ROWS - 1],
    ]);
  });

  it('lists the indicators below 85 weakest first, each with its weaknesses numbered', () => {
    const layout = report();
    const heading = rowWith(layout, 1, 'ตัวชี้วัดที่ต่ำกว่าเกณฑ์');
    const nameRows = layout.values
      .map((row, i) => ({ row, number: i + 1 }))
      .filter(({ row, number }) => number > heading + 1 && typeof row[0] === 'number');
    const rows = nameRows.map(({ row }) => row);

    expect(rows.map((row) => [row?.[0], row?.[3], row?.[5]])).toEqual([
      [10, 50, 35],
      [8, 62.71, 22.29],
      [6, 71.49, 13.51],
      [7, 73.86, 11.14],
      [9, 83.34, 1.66],
    ]);
    expect(normalized(joinedText(layout, (nameRows[0]?.number ?? 0) + 1, 2))).toMatch(
      /^1\. ผู้บริหารควรแสดงเจตจำนง.* 2\. .* 3\. จัดให้ตัวแทนจากชุมชน/s,
    );
  });

  it('numbers the 15 guidelines adopted', () => {
    const layout = report();
    const heading = rowWith(layout, 1, 'แนวทางการพัฒนา');

    const rows = layout.values.slice(heading, heading + 16);

    expect(rows.map((row) => row[0])).toEqual([...Array.from({ length: 15 }, (_, i) => `${i + 1}.`), '']);
    expect(rows.slice(0, 15).map((row) => row[1])).toEqual(ANALYSIS.header.guidelines);
  });

  it('says the total cannot be computed when a score is missing, never taking it as zero', () => {
    const layout = report(false, withScore(3, ''));

    expect(cellAt(layout, rowWith(layout, 2, 'คะแนนรวม'), 5)).toBe('คำนวณไม่ได้');
    expect(cellAt(layout, rowWith(layout, 2, 'ระดับผลการประเมิน'), 5)).toBe('คำนวณไม่ได้');
    expect(lineText(layout, rowWith(layout, 1, 'คำนวณคะแนนรวมไม่ได้'))).toContain('ตัวชี้วัดที่ 3 ไม่มีคะแนน');
    const tools = rowWith(layout, 1, 'ตัวชี้วัดที่') + 11;
    expect(cellAt(layout, rowWith(layout, 1, 'EIT', tools), 4)).toBe(69.35);
    expect(cellAt(layout, rowWith(layout, 1, 'IIT', tools), 4)).toBe('คำนวณไม่ได้');
  });

  it('shows an unreadable score as written, and lists it after the weak indicators', () => {
    const layout = report(false, withScore(4, 'เก้าสิบ'));
    const heading = rowWith(layout, 1, 'ตัวชี้วัดที่ต่ำกว่าเกณฑ์');

    const headerRow = rowWith(layout, 1, 'ตัวชี้วัดที่');
    expect(layout.values[headerRow + 3]?.slice(3, 6)).toEqual(['เก้าสิบ', 85, 'อ่านคะแนนไม่ได้']);
    const weak = layout.values.filter((row, i) => i + 1 > heading + 1 && typeof row[0] === 'number');
    expect(weak.map((row) => row[0])).toEqual([10, 8, 6, 7, 9, 4]);
    expect(lineText(layout, rowWith(layout, 1, 'คำนวณคะแนนรวมไม่ได้'))).toContain('ตัวชี้วัดที่ 4 คะแนนอ่านไม่ได้');
  });

  it('refuses a score outside 0–100 and an indicator the framework does not have', () => {
    const records = [...withScore(1, '120'), { no: '11', indicator: 'อื่น ๆ', score: '90', weaknesses: [] }];

    const layout = report(false, records);
    const note = lineText(layout, rowWith(layout, 1, 'คำนวณคะแนนรวมไม่ได้'));

    expect(note).toContain('ตัวชี้วัดที่ 1 คะแนนอ่านไม่ได้');
    expect(note).toContain('ตัวชี้วัดที่ 11 ไม่อยู่ในเกณฑ์ปี 2562');
  });

  it('notes a stated total that differs from the computed one', () => {
    const layout = report(false, ANALYSIS.records, { ...ANALYSIS.header, total: 78.5 });

    expect(rowWith(layout, 1, 'คะแนนรวมที่ระบุในเอกสาร 78.50 ต่างจากที่คำนวณได้')).toBeGreaterThan(0);
  });
});
