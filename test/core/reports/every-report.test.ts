import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { parseA1 } from '../../../src/core/layout/a1';
import { REPORT_FONT, type SheetLayout } from '../../../src/core/layout/sheet-layout';
import { A4_LANDSCAPE_WIDTH_PX, REPORT_KINDS, type ReportSource } from '../../../src/core/reports';
import type { ReportKindId } from '../../../src/core/reports/report-options';
import { toThaiDigitsInText } from '../../../src/core/thai/digits';
import { fixture, seed } from '../../support/fixtures';
import { covers, structured } from './layout-helpers';

const SOURCES: readonly [ReportKindId, ReportSource][] = [
  ['results', structured('results', fixture('results-fy2568-6-months.txt'))],
  ['ita-analysis', structured('ita-analysis', seed('ita-analysis-fy2562.txt'))],
  ['action-plan', structured('action-plan', seed('action-plan-fy2562-2564.txt'))],
  ['ethics', structured('ethics', fixture('ethics-fy2568.txt'))],
  ['oit-readiness', structured('oit-checklist', fixture('oit-checklist-fy2568.txt'))],
  ['measures', structured('measures', seed('measures-fy2563.txt'))],
];

const make = (kind: ReportKindId, source: ReportSource, thaiDigits: boolean): SheetLayout => {
  const maker = REPORT_KINDS.find((k) => k.id === kind);
  if (!maker) throw new Error(`no report kind ${kind}`);
  return maker.make(source, { thaiDigits });
};

describe.each(SOURCES)('the %s report', (kind, source) => {
  const layout = make(kind, source, false);
  const thai = make(kind, source, true);
  const columns = layout.columnWidths.length;

  it('fits its columns on A4 landscape, and uses most of the page', () => {
    const width = layout.columnWidths.reduce((sum, w) => sum + w, 0);

    expect(width).toBeLessThanOrEqual(A4_LANDSCAPE_WIDTH_PX);
    expect(width).toBeGreaterThanOrEqual(A4_LANDSCAPE_WIDTH_PX * 0.9);
  });

  it('is a rectangular block with one width per printed column, and prints those columns alone', () => {
    const width = layout.values[0]?.length ?? 0;

    expect(width).toBeGreaterThanOrEqual(columns);
    expect(layout.values.every((row) => row.length === width)).toBe(true);
    expect(layout.print?.columns).toBe(columns);
  });

  it('sets everything in Sarabun, the body at 14–16 and the titles bold at 16–18', () => {
    const [base, ...rest] = layout.styles;
    const titles = layout.styles.filter((s) => covers(s.ranges, 1, 1) && s.style.bold);

    expect(base?.style.fontFamily).toBe(REPORT_FONT);
    expect(base?.ranges).toEqual([`A1:${String.fromCharCode(64 + columns)}${layout.values.length}`]);
    expect(base?.style.fontSize).toBeGreaterThanOrEqual(14);
    expect(
      rest.every((s) => s.style.fontSize === undefined || (s.style.fontSize >= 14 && s.style.fontSize <= 18)),
    ).toBe(true);
    expect(titles.some((s) => (s.style.fontSize ?? 0) >= 16)).toBe(true);
  });

  it('prints landscape; a report of one table repeats its header row alone on every page, one of several tables none', () => {
    const headerStyle = layout.styles.find((s) => s.style.background && s.style.border && s.style.bold);
    const oneTable = kind === 'results' || kind === 'ethics' || kind === 'measures';

    expect(layout.print?.landscape).toBe(true);
    if (oneTable) {
      expect(layout.frozenRows).toBeGreaterThan(0);
      expect(covers(headerStyle?.ranges ?? [], layout.frozenRows, 1)).toBe(true);
      expect(layout.print).toMatchObject({ repeatFrom: layout.frozenRows, repeatRows: layout.frozenRows });
    } else {
      expect(layout.frozenRows).toBe(0);
      expect(layout.print?.repeatRows).toBe(0);
    }
  });

  it('keeps each table header with its first row, and the signature with the rows above it', () => {
    const headerStyle = layout.styles.find((s) => s.style.background && s.style.border && s.style.bold);
    const kept = layout.print?.keepTogether ?? [];
    const headerRows = (headerStyle?.ranges ?? []).map((range) => parseA1(range).row);
    const last = layout.values.length;

    expect(headerRows.length).toBeGreaterThan(0);
    for (const row of headerRows) expect(kept.some(([a, b]) => a <= row && b > row)).toBe(true);
    if (kind !== 'oit-readiness') expect(kept.some(([a, b]) => b === last && a <= last - 5)).toBe(true);
  });

  it('is marked as a generated report and protected with a warning', () => {
    expect(layout.metadata).toEqual({
      'ita-sheets.generated': 'report',
      'ita-sheets.kind': kind,
      'ita-sheets.version': '1',
    });
    expect(layout.protection?.description).toMatch(/^รายงานที่สร้างโดย ita-sheets/);
  });

  it('names only cells inside its block', () => {
    const ranges = [...layout.styles.flatMap((s) => s.ranges), ...layout.merges];

    const outside = ranges.filter((range) => {
      const r = parseA1(range);
      return r.row + r.numRows - 1 > layout.values.length || r.column + r.numColumns - 1 > columns;
    });

    expect(outside).toEqual([]);
  });

  it('holds no formula', () => {
    expect(layout.values.flat().filter((v) => typeof v === 'string' && v.startsWith('='))).toEqual([]);
  });

  it('writes every digit as a Thai digit when asked, numbers as text, except the numbers a chart plots', () => {
    const chartRanges = (thai.charts ?? []).map((c) => c.range);
    // Every digit but those written as they are (a web address, an OIT code: toThaiDigitsInText).
    const arabic = thai.values.flat().filter((v) => typeof v === 'string' && toThaiDigitsInText(v) !== v);
    const numbers = thai.values.flatMap((row, r) =>
      row.flatMap((v, c) => (typeof v === 'number' && !covers(chartRanges, r + 1, c + 1) ? [v] : [])),
    );

    expect(arabic).toEqual([]);
    expect(numbers).toEqual([]);
    expect(thai.name).not.toMatch(/[0-9]/);
  });

  it('writes its own numbers in Arabic digits otherwise', () => {
    expect(layout.values.slice(0, 3).some((row) => /พ\.ศ\. 25\d\d/.test(String(row[0])))).toBe(true);
  });
});

/** A document of n records, made up the way officers fill them in. */
const GENERATED: Record<ReportKindId, (n: number) => ReportSource> = {
  results: (n) => ({
    type: 'results',
    header: { fiscalYear: 2568, round: 6 },
    records: Array.from({ length: n }, (_, i) => ({
      no: String(i + 1),
      measure: `มาตรการที่ ${i + 1}`,
      steps: ['จัดทำ', 'เผยแพร่'],
      period: '1 ต.ค. 67 - 31 มี.ค. 68',
      responsible: ['กองคลัง'],
      output: i % 3 === 0 ? '' : 'ดำเนินการแล้ว',
      outcome: i % 3 === 0 ? '' : 'ประชาชนพึงพอใจ',
    })),
  }),
  'ita-analysis': (n) => ({
    type: 'ita-analysis',
    header: { fiscalYear: 2562, guidelines: Array.from({ length: n }, (_, i) => `แนวทาง ${i}`) },
    records: Array.from({ length: n }, (_, i) => ({
      no: String(i + 1),
      indicator: `ตัวชี้วัด ${i + 1}`,
      score: i % 7 === 6 ? '' : String(40 + ((i * 7) % 60)),
      weaknesses: ['ข้อบกพร่อง ก', 'ข้อบกพร่อง ข'],
    })),
  }),
  'action-plan': (n) => ({
    type: 'action-plan',
    header: { fiscalYear: 2565, fiscalYearEnd: 2567 },
    records: Array.from(
      { length: n },
      (_, i): DocumentRecord => ({
        section: `มิติที่ 1 การสร้างสังคม\n1.${Math.floor(i / 3) + 1} ข้อ`,
        name: `โครงการ ${i + 1}`,
        rationale: 'เหตุผล',
        objectives: ['เพื่อ ก', 'เพื่อ ข'],
        targets: 'บุคลากร',
        area: 'ตำบล',
        methods: ['ประชุม'],
        period: 'ปีงบประมาณ 2565',
        budget: ['10,000 บาท', 'ไม่ใช้งบประมาณ', 'ตามที่ได้รับจัดสรร'][i % 3] ?? '',
        responsible: 'สำนักปลัด',
        indicators: ['ร้อยละ 80'],
      }),
    ),
  }),
  ethics: (n) => ({
    type: 'ethics',
    header: { fiscalYear: 2568 },
    records: Array.from({ length: n }, (_, i) => ({
      behavior: [`พฤติกรรม ${i}`],
      standard: `มาตรฐาน ${i + 1}`,
      meaning: 'ความหมาย',
      practices: ['ปฏิบัติ ก', 'ปฏิบัติ ข'],
      indicators: ['ตัวชี้วัด'],
    })),
  }),
  'oit-readiness': (n) => ({
    type: 'oit-checklist',
    header: { fiscalYear: 2568 },
    records: Array.from({ length: n }, (_, i) => ({
      code: `o${i + 1}`,
      title: `ข้อมูลที่ ${i + 1}`,
      subIndicator: ['9.1', '9.2', '10.1', '10.2'][i % 4] ?? '9.1',
      url: i % 3 ? `https://www.example.go.th/o${i + 1}` : '',
      status: i % 3 ? 'เผยแพร่แล้ว' : 'ยังไม่ดำเนินการ',
      responsible: ['สำนักปลัด'],
      due: i % 5 ? `${(i % 28) + 1} เม.ย. 68` : '',
      note: '',
    })),
  }),
  measures: (n) => ({
    type: 'measures',
    header: { fiscalYear: 2568 },
    records: Array.from({ length: n }, (_, i) => ({
      no: String(i + 1),
      measure: `มาตรการที่ ${i + 1}`,
      steps: ['จัดทำ', 'เผยแพร่'],
      period: '1 ต.ค. 67 - 30 ก.ย. 68',
      responsible: ['กองคลัง'],
      monitoring: 'รายงานผลทุก 6 เดือน',
    })),
  }),
};

describe.each(Object.keys(GENERATED) as ReportKindId[])('the %s report of many records', (kind) => {
  it('has as many styles, merges and charts for 1,000 records as for 100', () => {
    const shape = (n: number) => {
      const layout = make(kind, GENERATED[kind](n), false);
      return {
        styles: layout.styles.length,
        merges: layout.merges.length,
        charts: layout.charts?.length ?? 0,
      };
    };

    // (A note names the first problems and counts the rest: its lines are as many from 100 records on.)
    expect(shape(1000)).toEqual(shape(100));
  });
});

describe('the ethics report of standards sharing behaviours', () => {
  it('shows each shared behaviour as one cell, in the same styles and merges whatever the count', () => {
    const paired = (n: number) => {
      const { records } = GENERATED.ethics(n);
      return {
        type: 'ethics' as const,
        header: {},
        records: records.map((r, i) => ({ ...r, behavior: [`พฤติกรรม ${Math.floor(i / 2)}`] })),
      };
    };

    const small = make('ethics', paired(10), false);
    const large = make('ethics', paired(500), false);

    const joined = (layout: typeof small) => layout.styles.find((s) => s.style.joinedDown)?.ranges ?? [];
    expect(joined(large).length - joined(small).length).toBe(245);
    expect(large.merges.length).toBe(small.merges.length);
    expect(large.styles.length).toBe(small.styles.length);
  });
});

describe('REPORT_KINDS', () => {
  it('names each report, the documents it is made from and its maker', () => {
    expect(REPORT_KINDS.map((k) => [k.id, k.from])).toEqual([
      ['results', ['results', 'measures']],
      ['ita-analysis', ['ita-analysis']],
      ['action-plan', ['action-plan']],
      ['ethics', ['ethics']],
      ['oit-readiness', ['oit-checklist']],
      ['measures', ['measures']],
    ]);
    expect(REPORT_KINDS.every((k) => /[ก-๙]/.test(k.th))).toBe(true);
  });

  it('makes a results report from the measures alone, every measure in progress', () => {
    const measures = structured('measures', seed('measures-fy2563.txt'));
    const results = REPORT_KINDS.find((k) => k.id === 'results');

    const layout = results?.make(measures, { thaiDigits: false });

    expect(layout?.values.filter((row) => row[5] === 'อยู่ระหว่างดำเนินการ')).toHaveLength(19);
  });

  it('refuses a document of another type, naming both', () => {
    const ethics = REPORT_KINDS.find((k) => k.id === 'ethics');
    const measures = structured('measures', seed('measures-fy2563.txt'));

    expect(() => ethics?.make(measures, { thaiDigits: false })).toThrow(/made from ethics, not measures/);
  });
});

describe('the print mark of a large report', () => {
  it('stays small enough for developer metadata, and still keeps the signature with the last rows', () => {
    // 1,700 projects: two runs kept together each (the form, its head with its name), and more.
    const [, plan] = SOURCES[2] ?? [];
    const records = Array.from({ length: 100 }, () => plan?.records ?? []).flat();
    const layout = make('action-plan', { type: 'action-plan', header: {}, records }, false);
    const kept = layout.print?.keepTogether ?? [];

    expect(records.length).toBeGreaterThan(1000);
    expect(JSON.stringify(layout.print).length).toBeLessThan(10_000);
    expect(kept[kept.length - 1]?.[1]).toBe(layout.values.length);
  });
});
