import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { REPORT_FONT } from '../../../src/core/layout/sheet-layout';
import { IN_PROGRESS, REPORT_STYLES } from '../../../src/core/reports/report-options';
import { measuresAsResults, RESULTS_TITLE, resultsReport } from '../../../src/core/reports/results-report';
import { fixture, seed } from '../../support/fixtures';
import { cellAt, joinedText, normalized, rowWith, structured, styleAt } from './layout-helpers';

const MEASURES = structured('measures', seed('measures-fy2563.txt'));
const RESULTS = structured('results', fixture('results-fy2568-6-months.txt'));
const IN_PROGRESS_COLOUR = REPORT_STYLES.inProgress.fontColor;
const fromMeasures = (thaiDigits: boolean) =>
  resultsReport(MEASURES.header, measuresAsResults(MEASURES.records), { thaiDigits });

describe('measuresAsResults', () => {
  it('keeps the measure, steps, period and units, with nothing reported yet', () => {
    const [first] = measuresAsResults(MEASURES.records);

    expect(first).toEqual({
      no: '1',
      measure: MEASURES.records[0]?.measure,
      steps: MEASURES.records[0]?.steps,
      period: '',
      responsible: ['กองคลัง'],
      output: '',
      outcome: '',
    });
  });
});

describe('resultsReport', () => {
  it('lists the 19 measures of FY 2563 in order, each marked in progress in its own colour', () => {
    const layout = fromMeasures(false);
    const header = layout.frozenRows;

    // A record taller than a page goes on several rows shown as one; its first row holds its number.
    const rows = layout.values
      .map((_, i) => i + 1)
      .filter((row) => row > header && typeof cellAt(layout, row, 1) === 'number');

    expect(rows.map((row) => cellAt(layout, row, 1))).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(rows.map((row) => normalized(joinedText(layout, row, 2)))).toEqual(
      MEASURES.records.map((r) => normalized(String(r.measure))),
    );
    expect(rows.every((row) => cellAt(layout, row, 6) === IN_PROGRESS)).toBe(true);
    expect(rows.every((row) => styleAt(layout, row, 6).fontColor === IN_PROGRESS_COLOUR)).toBe(true);
    expect(styleAt(layout, header + 1, 7).fontColor).toBeUndefined();
  });

  it('sums up 19 measures, 0 reported, 0.00 per cent', () => {
    const layout = fromMeasures(true);
    const value = (label: string) => cellAt(layout, rowWith(layout, 2, label), 3);

    expect([value('มาตรการทั้งหมด'), value('รายงานผลแล้ว'), value('คิดเป็นร้อยละ')]).toEqual(['๑๙', '๐', '๐.๐๐']);
  });

  it('heads the report with the title, the year, the round and the organization', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: true });

    expect(layout.values.slice(0, 4).map((row) => row[0])).toEqual([
      RESULTS_TITLE,
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      '(รอบ ๖ เดือน)',
      'เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำปาง',
    ]);
    expect(layout.name).toBe('รายงานผล ๖ เดือน ๒๕๖๘');
    expect(layout.merges).toEqual(expect.arrayContaining(['A1:G1', 'A2:G2', 'A3:G3', 'A4:G4']));
  });

  it('reports 3 of 4 measures of the FY 2568 six-month round: 75.00 per cent, exact', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: false });
    const row = rowWith(layout, 2, 'คิดเป็นร้อยละ');

    expect(cellAt(layout, rowWith(layout, 2, 'มาตรการทั้งหมด'), 3)).toBe(4);
    expect(cellAt(layout, rowWith(layout, 2, 'รายงานผลแล้ว'), 3)).toBe(3);
    expect(cellAt(layout, row, 3)).toBe(75);
    expect(styleAt(layout, row, 3).numberFormat).toBe('0.00');
  });

  it('marks in progress only the measure with no output, and keeps the others as written', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: false });
    const first = layout.frozenRows + 1;

    const outputs = [0, 1, 2, 3].map((i) => cellAt(layout, first + i, 6));

    expect(outputs).toEqual([
      'เผยแพร่รายงาน 6 ฉบับ',
      'ผู้ตอบแบบประเมิน 250 คน\nความพึงพอใจร้อยละ 91.5',
      'ผู้เข้าอบรม 45 คน',
      IN_PROGRESS,
    ]);
    expect([0, 1, 2, 3].map((i) => styleAt(layout, first + i, 6).fontColor)).toEqual([
      undefined,
      undefined,
      undefined,
      IN_PROGRESS_COLOUR,
    ]);
  });

  it('numbers the steps inside their cell, one a line, in the digits asked for', () => {
    const arabic = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: false });
    const thai = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: true });

    expect(cellAt(arabic, arabic.frozenRows + 1, 3)).toBe('1. จัดทำรายงาน\n2. เผยแพร่บนเว็บไซต์');
    expect(cellAt(thai, thai.frozenRows + 1, 3)).toBe('๑. จัดทำรายงาน\n๒. เผยแพร่บนเว็บไซต์');
  });

  it('freezes the table header and repeats it on every printed page, A4 landscape', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: false });

    expect(cellAt(layout, layout.frozenRows, 1)).toBe('ลำดับที่');
    expect(layout.values[layout.frozenRows - 1]).toEqual([
      'ลำดับที่',
      'มาตรการหรือกิจกรรมที่ดำเนินการ',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ช่วงระยะเวลาในการดำเนินการ',
      'ผู้รับผิดชอบ',
      'ผลการดำเนินการ',
      'ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ',
    ]);
    expect(layout.print).toMatchObject({
      landscape: true,
      repeatFrom: layout.frozenRows,
      repeatRows: layout.frozenRows,
      columns: 7,
    });
  });

  it('wraps, top-aligns and borders the table, in Sarabun', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: false });

    const style = styleAt(layout, layout.frozenRows + 2, 3);

    expect(style).toMatchObject({
      fontFamily: REPORT_FONT,
      wrap: true,
      verticalAlignment: 'top',
      border: true,
    });
  });

  it('numbers measures 1…N when the document gives no number', () => {
    const records: DocumentRecord[] = [
      { measure: 'ก', steps: [], period: '', responsible: [], output: 'ทำแล้ว', outcome: '' },
      { measure: 'ข', steps: [], period: '', responsible: [], output: '', outcome: '' },
    ];

    const layout = resultsReport({}, records, { thaiDigits: false });

    expect([1, 2].map((i) => cellAt(layout, layout.frozenRows + i, 1))).toEqual([1, 2]);
  });

  it('takes the round from the options, and the organization and signer from the profile', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, {
      thaiDigits: true,
      round: 12,
      profile: {
        organization: 'เทศบาลตำบลบ้านใหม่',
        district: 'เมืองลำปาง',
        province: 'ลำปาง',
        website: '',
        units: [],
      },
      signer: { name: 'นางสาวสมใจ ใจดี', position: 'นักจัดการงานทั่วไป' },
    });

    expect(layout.values.slice(2, 4).map((row) => row[0])).toEqual([
      '(รอบ ๑๒ เดือน)',
      'เทศบาลตำบลบ้านใหม่ อำเภอเมืองลำปาง จังหวัดลำปาง',
    ]);
    expect(layout.name).toBe('รายงานผล ๑๒ เดือน ๒๕๖๘');
    expect(layout.values.slice(-2).map((row) => row[4])).toEqual([
      '(นางสาวสมใจ ใจดี)',
      'ตำแหน่ง นักจัดการงานทั่วไป',
    ]);
  });

  it('ends with a signature block to fill in by hand', () => {
    const layout = resultsReport(RESULTS.header, RESULTS.records, { thaiDigits: false });

    expect(layout.values.slice(-3).map((row) => row[4])).toEqual([
      'ลงชื่อ ......................... ผู้รายงาน',
      '(.........................)',
      'ตำแหน่ง .........................',
    ]);
  });

  it('makes a report of no measure without dividing by zero', () => {
    const layout = resultsReport({ fiscalYear: 2568 }, [], { thaiDigits: false });

    expect(cellAt(layout, rowWith(layout, 2, 'คิดเป็นร้อยละ'), 3)).toBe('-');
  });
});
