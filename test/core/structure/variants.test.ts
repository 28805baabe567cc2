/**
 * Officers' real files, as variants of the project's fixtures (test/fixtures/variants): headers with
 * OCR slips, synonyms and Latin glosses, extra columns, headers wrapped over two rows, page footers
 * and signature blocks, text copied out of a PDF. Each gives the records of the clean fixture and
 * loses no word: what is not in a field is in a kept column or listed in a warning.
 */

import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { repairThai } from '../../../src/core/thai/text-repair';
import { findingMessage } from '../../../src/core/validation/finding-message';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

function structured(type: DocumentTypeId, text: string): StructuredDocument {
  const result = structureDocument(type, text);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

const variant = (name: string) => fixture(`variants/${name}`);
const messages = (doc: StructuredDocument) =>
  doc.warnings.map((w) => findingMessage(DOCUMENT_TYPES[doc.type], w));
/** The header rows of a paste (every cell of them): dropping their words is not losing text. */
const headerRows = (text: string, firstCell: RegExp) =>
  text.split('\n').filter((line) => firstCell.test(repairThai(line.split('\t')[0] ?? '')));

const MEASURES = structured('measures', fixture('measures-fy2568.txt'));
const RESULTS = structured('results', fixture('results-fy2568-6-months.txt'));
const ETHICS = structured('ethics', fixture('ethics-fy2568.txt'));

describe('measures variants', () => {
  it.each([
    ['measures-ocr-synonym-header.txt', /^มาตรา?การ(?:ส่งเสริม|$| \(|\s)/],
    ['measures-wrapped-header.txt', /^(?:มาตรการ|คุณธรรมและความโปร่งใส$)/],
    ['measures-signature-footer.txt', /^มาตรการ/],
    ['measures-pdf-copy.txt', /^มาตรการ/],
  ])('%s gives the five measures of the clean table, no word lost', (name, header) => {
    const text = variant(name);

    const doc = structured('measures', text);

    expect(doc.records).toEqual(MEASURES.records);
    expect(doc.header).toEqual(MEASURES.header);
    expect(lostWords(text, doc, headerRows(text, header))).toEqual([]);
  });

  it('reads headings with a slip, a synonym or a Latin gloss', () => {
    const doc = structured('measures', variant('measures-ocr-synonym-header.txt'));

    expect(doc.warnings).toEqual([]);
    expect(doc.keptColumns).toBeUndefined();
  });

  it('keeps the columns it has no field for, whole, and names each in a warning', () => {
    const text = variant('measures-extra-columns.txt');

    const doc = structured('measures', text);

    expect(doc.records.map((r) => r.no)).toEqual(['๑', '๒', '๓', '๔', '๕']);
    expect(doc.records.map((r) => ({ ...r, no: '' }))).toEqual(
      MEASURES.records.map((r) => ({ ...r, no: '' })),
    );
    expect(doc.keptColumns).toEqual([
      { heading: 'งบประมาณ', values: ['ไม่ใช้งบประมาณ', '5,000', '', '20,000 บาท', ''] },
      { heading: 'หมายเหตุ', values: ['ดำเนินการแล้ว', '', 'ใช้ Google Form', '', ''] },
    ]);
    expect(messages(doc)).toEqual([
      'คำเตือน: แถวที่ 5 หัวคอลัมน์ที่ 7 "งบประมาณ" ไม่ตรงกับช่องใด จึงเก็บไว้เป็นคอลัมน์แยก ไม่ตัดทิ้ง (warning: row 5 header 7 "งบประมาณ" names no field; kept as its own column)',
      'คำเตือน: แถวที่ 5 หัวคอลัมน์ที่ 8 "หมายเหตุ" ไม่ตรงกับช่องใด จึงเก็บไว้เป็นคอลัมน์แยก ไม่ตัดทิ้ง (warning: row 5 header 8 "หมายเหตุ" names no field; kept as its own column)',
    ]);
    expect(lostWords(text, doc, headerRows(text, /^ลำดับที่$/))).toEqual([]);
  });

  it('lists the page footers and the signature block in warnings, not as records', () => {
    const doc = structured('measures', variant('measures-signature-footer.txt'));

    expect(doc.warnings.map((w) => w.problem)).toEqual([
      { code: 'after-table', lines: ['- ๒ -'] },
      { code: 'after-table', lines: ['หน้า ๓'] },
      {
        code: 'after-table',
        lines: [
          'ลงชื่อ...............................ผู้รายงาน',
          '(นางสาวสมใจ ใจดี)',
          'ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลหนองบัวทอง',
          'วันที่ ๓๐ กันยายน ๒๕๖๗',
        ],
      },
    ]);
  });

  it('repairs the text a PDF gave and says how many places it repaired', () => {
    const doc = structured('measures', variant('measures-pdf-copy.txt'));

    expect(doc.warnings.map((w) => w.problem.code)).toEqual(['pdf-text-repaired']);
    expect(messages(doc)[0]).toMatch(/^คำเตือน: .* ซ่อมอักขระจาก PDF \d+ จุด/);
  });
});

describe('results variants', () => {
  it('reads a results table whose columns come in another order, glossed in English', () => {
    const text = variant('results-gloss-reordered.txt');

    const doc = structured('results', text);

    expect(doc.records).toEqual(RESULTS.records);
    expect(doc.warnings).toEqual([]);
    expect(lostWords(text, doc, headerRows(text, /^ลำดับ/))).toEqual([]);
  });

  it('reads a results table copied from a PDF, its signature block kept in a warning', () => {
    const text = variant('results-pdf-signature.txt');

    const doc = structured('results', text);

    expect(doc.records).toEqual(RESULTS.records);
    expect(doc.warnings.map((w) => w.problem.code)).toEqual(['pdf-text-repaired', 'after-table']);
    expect(lostWords(text, doc, headerRows(text, /^ลำดับ/))).toEqual([]);
  });
});

describe('ethics variants', () => {
  it('reads the OCR slips of a scanned plan (พฤติกรรมที่ประสงค์, แนวปฏิบัติ, ตัวชี้วัดด้านที่ออกการประเมินผล)', () => {
    const text = variant('ethics-ocr-header.txt');

    const doc = structured('ethics', text);

    expect(doc.records).toEqual(ETHICS.records);
    expect(doc.keptColumns).toEqual([{ heading: 'หมายเหตุ', values: ['ทบทวนทุกปี', '', ''] }]);
    expect(lostWords(text, doc, headerRows(text, /^พฤติกรรม/))).toEqual([]);
  });

  it('reads an ethics plan copied from a PDF', () => {
    const text = variant('ethics-pdf-copy.txt');

    const doc = structured('ethics', text);

    expect(doc.records).toEqual(ETHICS.records);
    expect(lostWords(text, doc, headerRows(text, /^พฤติกรรม/))).toEqual([]);
  });
});

describe('OIT lists as websites give them', () => {
  const codes = (doc: StructuredDocument) => doc.records.map((r) => `${r.code} ${r.subIndicator}`);

  it('reads OIT1, O-2, O๓, o 4 and bare numbers as item codes, heading rows as sections, and each column by its heading', () => {
    const text = variant('oit-website-table.txt');

    const doc = structured('oit-checklist', text);

    expect(codes(doc)).toEqual([
      'o1 ๙.๑ ข้อมูลพื้นฐาน',
      'o2 ๙.๑ ข้อมูลพื้นฐาน',
      'o3 ๙.๑ ข้อมูลพื้นฐาน',
      'o4 ๙.๑ ข้อมูลพื้นฐาน',
      'o11 ๙.๒ การบริหารงาน',
      'o12 ๙.๒ การบริหารงาน',
      'o31 ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต',
    ]);
    expect(doc.records[0]).toMatchObject({
      title: 'โครงสร้าง',
      note: 'แผนผังแสดงโครงสร้างการแบ่งส่วนราชการ',
      url: 'https://www.nongbuathong.go.th/structure',
      status: 'ยังไม่ดำเนินการ',
    });
    expect(doc.warnings.map((w) => w.problem)).toEqual([
      { code: 'section-heading', lines: ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'] },
      { code: 'section-heading', lines: ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต'] },
    ]);
    // The codes are kept as the NACC writes them (o1, not OIT1).
    expect(lostWords(text, doc, headerRows(text, /^ข้อ$/))).toEqual([
      'OIT1',
      'O-2',
      'O3',
      'o',
      '4',
      '11',
      '12',
      'O-31',
    ]);
  });

  it("takes a sub-indicator no heading gives from the year's built-in list, and keeps the ลำดับ column", () => {
    const text = variant('oit-website-no-headings.txt');

    const doc = structured('oit-checklist', text);

    expect(codes(doc)).toEqual([
      'o1 9.1 ข้อมูลพื้นฐาน',
      'o2 9.1 ข้อมูลพื้นฐาน',
      'o10 9.2 การบริหารงาน',
      'o18 9.3 การบริหารเงินงบประมาณ',
      'o37 10.1 การดำเนินการเพื่อป้องกันการทุจริต',
    ]);
    expect(doc.records[3]).toMatchObject({ url: '', note: 'รอกองคลังส่งไฟล์' });
    expect(doc.keptColumns).toEqual([{ heading: 'ลำดับ', values: ['1', '2', '3', '4', '5'] }]);
  });

  it('reads a bare list whose first items have no heading above them, in a year with a built-in list', () => {
    const doc = structured('oit-checklist', variant('oit-list-codes.txt'));

    expect(codes(doc)).toEqual([
      'o1 9.1 ข้อมูลพื้นฐาน',
      'o2 9.1 ข้อมูลพื้นฐาน',
      'o3 9.1 ข้อมูลพื้นฐาน',
      'o10 9.2 การบริหารงาน',
      'o11 9.2 การบริหารงาน',
    ]);
  });

  it('keeps items without a heading in a year it has no list for, with an empty sub-indicator and a warning', () => {
    const result = structureDocument('oit-checklist', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nOIT1 โครงสร้าง');

    expect(result.ok && result.value.records.map((r) => [r.code, r.title, r.subIndicator])).toEqual([
      ['o1', 'โครงสร้าง', ''],
    ]);
    expect(result.ok && result.value.warnings.map((w) => w.problem)).toEqual([
      { code: 'oit-no-sub-indicator', items: ['o1'], fiscalYear: 2568 },
    ]);
  });
});

describe('action plan variants', () => {
  const THESABAN = structured('action-plan', fixture('action-plan-thesaban-khok-klang.txt'));
  const TAMBON = structured('action-plan', fixture('action-plan-tambon-nong-phai-ngam.txt'));
  /** The form's headings of a paste, each on its own line: dropping their words is not losing text. */
  const headingLines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) =>
        /^(?:[๐-๙\d]{1,2}\s?\.\s?)?(?:ชื่อ|หลักการ|วัตถุ|วตถุ|กลุ่มเป้า|เป้าหมาย|พื้นที่|สถานที่|วิธี|ระยะ|งบประมาณ|ผู้รับ|ผู้รบ|หน่วยงาน|ตัวชี้|ตวชี้|ตังชี้)/.test(
          repairThai(l),
        ),
      )
      .map((l) => l.replace(/\s[^\s]*[๐-๙\d]{2,}.*$/, ''));
  const withoutSubNumbers = (text: string) =>
    text.replace(/^(\s*)[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,2}(?=\s)/gm, '$1');

  it('reads headings reworded or missing a mark, and lists the footer and the signature block', () => {
    const text = variant('action-plan-reworded.txt');

    const doc = structured('action-plan', text);

    expect(doc.records).toEqual(THESABAN.records);
    expect(doc.warnings.map((w) => w.problem)).toEqual([
      { code: 'after-table', lines: ['- ๒ -'] },
      {
        code: 'after-table',
        lines: ['ลงชื่อ ............................ ผู้เสนอแผน', '(นายวีระ กล้าหาญ)', 'นายกเทศมนตรีตำบลโคกกลาง'],
      },
    ]);
    expect(lostWords(withoutSubNumbers(text), doc, [...headingLines(text), 'งบประมาณ', ':'])).toEqual([]);
  });

  it('reads forms whose headings carry no number, in form order', () => {
    const text = variant('action-plan-unnumbered.txt');

    const doc = structured('action-plan', text);

    expect(doc.records).toEqual(THESABAN.records);
    expect(doc.warnings).toEqual([]);
  });

  it('reads a plan copied out of a PDF as the clean plan, and counts the repairs', () => {
    const text = variant('action-plan-pdf-copy.txt');

    const doc = structured('action-plan', text);

    expect(doc.records).toEqual(TAMBON.records);
    expect(doc.header).toEqual(TAMBON.header);
    expect(doc.warnings.map((w) => w.problem.code)).toEqual(['pdf-text-repaired']);
  });
});

describe('ITA analysis memo variants', () => {
  const LABELS = ['ตัวชี้วัดที่', 'ได้คะแนน', 'คะแนน', 'ได้'];
  const THESABAN = structured('ita-analysis', fixture('ita-analysis-thesaban-fy2567.txt'));
  const TAMBON = structured('ita-analysis', fixture('ita-analysis-tambon-fy2566.txt'));

  it("takes this year's score from a table that also gives last year's and the change, warning on each line", () => {
    const text = variant('ita-analysis-two-years.txt');

    const doc = structured('ita-analysis', text);

    expect(doc.records).toEqual(THESABAN.records);
    expect({ ...doc.header, title: '' }).toEqual({ ...THESABAN.header, title: '' });
    expect(doc.warnings.filter((w) => w.problem.code === 'several-scores')).toHaveLength(10);
    expect(messages(doc)[1]).toBe(
      'คำเตือน: ตัวชี้วัดที่ 2 · คะแนน · แถวที่ 12 มีตัวเลขหลายค่า (90.06, 90.06, 0.00) → 90.06 โปรดตรวจคะแนน: "2 การใช้งบประมาณ 90.06 90.06 0.00" (warning: indicator 2 · score · row 12 several numbers (90.06, 90.06, 0.00) → 90.06; check the score: "2 การใช้งบประมาณ 90.06 90.06 0.00")',
    );
    expect(lostWords(text, doc, LABELS)).toEqual([]);
  });

  it('reads a memo copied out of a PDF as the clean memo', () => {
    const text = variant('ita-analysis-pdf-copy.txt');

    const doc = structured('ita-analysis', text);

    expect(doc.records).toEqual(TAMBON.records);
    expect(doc.header).toEqual(TAMBON.header);
    expect(doc.warnings.map((w) => w.problem.code)).toEqual([
      'pdf-text-repaired',
      ...TAMBON.warnings.map((w) => w.problem.code),
    ]);
    expect(lostWords(text, doc, LABELS)).toEqual([]);
  });
});

describe('results with a two-level header, the title repeated on the next page and the announcement after the table', () => {
  const RESULTS_CLEAN = structured('results', fixture('results-fy2568-6-months.txt'));

  it('joins the header levels, skips the repeated title, lists the page number and the signature', () => {
    const text = variant('results-two-level-header.txt');

    const doc = structured('results', text);

    expect(doc.records).toEqual(RESULTS_CLEAN.records);
    expect(doc.warnings.map((w) => w.problem)).toEqual([
      { code: 'after-table', lines: ['2'] },
      { code: 'repeated-title', line: fixture('results-fy2568-6-months.txt').split('\n')[0] },
      {
        code: 'after-table',
        lines: ['ประกาศ ณ วันที่ ๑๕ เมษายน ๒๕๖๘', '(นายสมชาย รักดี)', 'นายกเทศมนตรีตำบลบ้านใหม่'],
      },
    ]);
    expect(lostWords(text, doc, headerRows(text, /^(?:ลำดับ|$)/))).toEqual([]);
  });
});
