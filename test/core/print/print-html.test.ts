import { columnShares } from '../../../src/core/print/column-shares';
import { printViewHtml } from '../../../src/core/reports/print-view';
import type { ReportSource } from '../../../src/core/reports/report-kinds';
import { reportModel } from '../../../src/core/reports/report-models';
import { structured } from '../reports/layout-helpers';
import { fixture, seed } from '../../support/fixtures';

const FONT = "@font-face{font-family:'Sarabun';src:url(data:font/woff2;base64,AAAA)}";

const measures = (records: ReportSource['records']): ReportSource => ({
  type: 'measures',
  header: { fiscalYear: 2568, organization: 'องค์การบริหารส่วนตำบลดอนแก้ว' },
  records,
});

const hostile = measures([
  {
    no: '1',
    measure: '<script>alert("x")</script> & <b>ตัวหนา</b>',
    steps: ['=IMPORTXML("http://x")', "it's"],
    period: 'ต.ค. 67',
    responsible: ['กองคลัง'],
    monitoring: '</style><img src=x onerror=alert(1)>',
  },
]);

describe('printViewHtml', () => {
  it('writes a record’s markup as text: a <script> in a record is escaped, never run', () => {
    const html = printViewHtml('measures', hostile, { thaiDigits: false }, FONT);

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;ตัวหนา&lt;/b&gt;',
    );
    expect(html).toContain('&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('it&#39;s');
  });

  it('is one self-contained document: the font given, no link, no script, no outside address', () => {
    const html = printViewHtml('measures', hostile, { thaiDigits: false }, `<style>${FONT}</style>`);

    expect(html.startsWith('<!DOCTYPE html>\n<html lang="th">')).toBe(true);
    expect(html).toContain(`<style>${FONT}</style>`);
    expect(html).not.toMatch(/<link|<script|src="http/);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
  });

  it('sets A4 pages with the official margins, and the page number from page 2 in the chosen digits', () => {
    const arabic = printViewHtml('measures', hostile, { thaiDigits: false }, FONT);
    const thai = printViewHtml(
      'action-plan',
      structured('action-plan', seed('action-plan-fy2562-2564.txt')),
      { thaiDigits: true },
      FONT,
    );

    expect(arabic).toContain('size: A4 landscape');
    expect(thai).toContain('size: A4 portrait');
    // top right bottom left: left 3 cm, right 2 cm.
    expect(arabic).toMatch(/margin: [\d.]+cm 2cm [\d.]+cm 3cm;/);
    expect(arabic).toContain('@top-center { content: "- " counter(page) " -"');
    expect(thai).toContain('@top-center { content: "- " counter(page, thai) " -"');
    expect(arabic).toContain('@page :first { @top-center { content: none; } }');
    expect(arabic).toContain('thead { display: table-header-group; }');
  });

  it('writes every digit the Thai way when asked, chart labels included, and keeps the digits as written otherwise', () => {
    const source = structured('ita-analysis', seed('ita-analysis-fy2562.txt'));
    const thai = printViewHtml('ita-analysis', source, { thaiDigits: true }, '');
    const kept = printViewHtml('ita-analysis', source, { thaiDigits: false }, '');
    const body = (html: string) => html.slice(html.indexOf('<body'));
    // The text between tags (what prints), without the SVG's drawing coordinates.
    const printed = (html: string) => [...body(html).matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');

    expect(printed(thai)).not.toMatch(/[0-9]/);
    expect(thai).toMatch(/<text [^>]*>เกณฑ์ผ่าน ๘๕<\/text>/);
    expect(kept).toMatch(/<text [^>]*>เกณฑ์ผ่าน 85<\/text>/);
    expect(printed(kept)).toContain('พ.ศ. 2562');
  });

  it('draws the ITA analysis’ chart as inline SVG: a bar per scored indicator and the pass mark as a line', () => {
    const source = structured('ita-analysis', seed('ita-analysis-fy2562.txt'));
    const model = reportModel('ita-analysis', source, { thaiDigits: false });
    const chart = model.blocks.find((b) => b.kind === 'chart');
    const html = printViewHtml('ita-analysis', source, { thaiDigits: false }, '');
    const scored = chart?.kind === 'chart' ? chart.bars.filter((b) => b.value !== null).length : 0;

    expect(scored).toBeGreaterThanOrEqual(9);
    expect(html.match(/<rect /g)).toHaveLength(scored);
    expect(html).toMatch(/<line [^>]*stroke="#c00000"[^>]*stroke-dasharray/);
  });

  it('prints the ethics plan’s own lead line and numbers as written, and numbers a plain list in the document’s digits', () => {
    const html = printViewHtml(
      'ethics',
      structured('ethics', fixture('ethics-lead-line-fy2569.txt')),
      { thaiDigits: false },
      '',
    );

    expect(html).toContain('<div class="line">- เฝ้าระวังป้องกันการทุจริตในหน่วยงาน โดยยึดหลักดังนี้</div>');
    expect(html).toContain('<div class="line">๑. ไม่รับสินบนหรือผลประโยชน์ใด ๆ</div>');
    expect(html).toContain('<div class="line">๕. ปฏิบัติตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น</div>');
    expect(html).not.toMatch(/[1-6]\. เฝ้าระวัง|๖\. ปฏิบัติตาม/);
    // Its practices of standard 2 had no number of their own: numbered in its (Thai) digits.
    expect(html).toContain('<div class="line">๑. แต่งกายสุภาพเรียบร้อย</div>');
  });

  it('gives each table its own header row, and keeps the summary and signature in the last table’s last row', () => {
    const html = printViewHtml(
      'ita-analysis',
      structured('ita-analysis', seed('ita-analysis-fy2562.txt')),
      { thaiDigits: false },
      '',
    );
    const results = printViewHtml(
      'results',
      structured('results', fixture('results-fy2568-6-months.txt')),
      { thaiDigits: false },
      '',
    );

    expect(html.match(/<table class="grid">/g)?.length).toBe(html.match(/<thead>/g)?.length);
    expect(results).toMatch(
      /<tr class="closing"><td colspan="7"><table class="lines">[\s\S]*คิดเป็นร้อยละ[\s\S]*<div class="signature">/,
    );
  });

  it('refuses a document of a type the report is not made from, naming both', () => {
    expect(() => printViewHtml('ethics', hostile, { thaiDigits: false }, '')).toThrow(
      'a ethics report is made from ethics, not measures',
    );
  });
});

describe('columnShares', () => {
  const columns = [
    { label: 'ลำดับที่', role: 'number' as const },
    { label: 'มาตรการ', role: 'text' as const },
    { label: 'ช่วงเวลา', role: 'short' as const },
  ];

  it('shares the whole width, the column of long text taking the most, the number column the least', () => {
    const shares = columnShares(
      columns,
      [
        ['1', '2'],
        ['การเผยแพร่ข้อมูลเกี่ยวกับการใช้จ่ายงบประมาณให้บุคลากรทราบ เช่น แผนการใช้จ่ายงบประมาณ'.repeat(3), 'สั้น'],
        ['ต.ค. 67', 'ทั้งปี'],
      ],
      100,
    );

    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(shares[1]).toBeGreaterThan(0.6);
    expect(shares[0]).toBeLessThan(shares[2] ?? 0);
  });

  it('keeps a number, a short value and a header word whole even when the text would take everything', () => {
    const shares = columnShares(columns, [['12345'], ['ก'.repeat(5000)], ['1 ต.ค. 67 - 30 ก.ย. 68']], 100);

    // 12345 and its margin: 6 characters of 100.
    expect((shares[0] ?? 0) * 100).toBeGreaterThanOrEqual(6);
    expect((shares[2] ?? 0) * 100).toBeGreaterThanOrEqual(13);
  });

  it('sizes a column by the longest line of a label the model broke into lines itself', () => {
    const narrow = [
      { label: 'หน่วยงาน', role: 'text' as const },
      { label: 'คะแนน\nรวม\nที่คาด', role: 'score' as const },
      { label: 'คะแนนรวมที่คาด', role: 'score' as const },
    ];

    const shares = columnShares(narrow, [['ก'.repeat(500)], ['96.42'], ['96.42']], 100);

    // The broken label is as wide as 96.42 and its margin; the whole one keeps a word of 8.
    expect((shares[1] ?? 0) * 100).toBeCloseTo(7, 0);
    expect((shares[2] ?? 0) * 100).toBeCloseTo(10, 0);
  });
});
