import fc from 'fast-check';
import { documentHeaderSchema } from '../../../src/core/documents/header';
import { frameworkFor } from '../../../src/core/ita/framework-select';
import { toolScoresFromIndicators, totalHundredths } from '../../../src/core/ita/score';
import { parseDecimal } from '../../../src/core/numbers/decimal';
import { structureItaAnalysis } from '../../../src/core/structure/ita-analysis-memo';
import { pastedLines, type SourceLine } from '../../../src/core/structure/paste';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { toThaiDigits } from '../../../src/core/thai/digits';
import { fixture, seed } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

// The memo's fixed wording: dropping these words is not losing text.
const LABELS = ['ตัวชี้วัดที่', 'ได้คะแนน', 'คะแนน', 'ได้'];
const NAMES = [
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงระบบการทำงาน',
  'การเปิดเผยข้อมูล',
  'การป้องกันการทุจริต',
];

function structure(text: string): StructuredDocument {
  const result = structureItaAnalysis(pastedLines(text));
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** A memo of score lines `ตัวชี้วัดที่ n ชื่อ ได้คะแนน x คะแนน`, with lines before and after. */
function memo(
  scores: readonly string[],
  before: readonly string[] = [],
  after: readonly string[] = [],
): string {
  const lines = scores.map((s, i) => `ตัวชี้วัดที่ ${i + 1} ${NAMES[i]} ได้คะแนน ${s} คะแนน`);
  return [...before, ...lines, ...after].join('\n');
}

const SEED_SCORES = ['99.65', '99.47', '98.41', '99.26', '98.81', '71.49', '73.86', '62.71', '83.34', '50'];
const codes = (doc: StructuredDocument) => doc.warnings.map((w) => `${w.problem.code}:${w.field ?? ''}`);
const weaknesses = (doc: StructuredDocument, no: number) => doc.records[no - 1]?.weaknesses;

describe('structureItaAnalysis on the real memo (อบต., FY 2562)', () => {
  const source = seed('ita-analysis-fy2562.txt');
  const doc = structure(source);

  it('reads the ten indicator scores, each once though the memo lists them twice', () => {
    expect(doc.records.map((r) => r.score)).toEqual(SEED_SCORES);
    expect(doc.records.map((r) => r.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('states 77.21, grade B, for the year 2562, as its scores compute, so it warns of nothing', () => {
    expect(doc.header).toMatchObject({ fiscalYear: 2562, total: 77.21, grade: 'B' });
    expect(doc.warnings).toEqual([]);
  });

  it('takes the organization from the report title block, not the cover memo’s misspellings', () => {
    expect(doc.header).toMatchObject({
      organization: 'องค์การบริหารส่วนตำบลหญ้าปล้อง',
      district: 'เมืองศรีสะเกษ',
      province: 'ศรีสะเกษ',
    });
  });

  it('finds the 15 guidelines', () => {
    expect(doc.header.guidelines).toHaveLength(15);
    expect(doc.header.guidelines?.[14]).toBe('จัดให้ตัวแทนจากชุมชนมีส่วนร่วมในการป้องกันการทุจริต');
  });

  it('puts the weaknesses under each indicator heading into that indicator, the unnumbered one too', () => {
    expect(doc.records.map((r) => r.weaknesses?.length)).toEqual([3, 5, 4, 3, 4, 4, 4, 5, 1, 3]);
    expect(weaknesses(doc, 9)).toEqual([
      'ต้องมีการ ช่องทางที่ผู้รับบริการ สามารถขอรับบริการตามอำนาจหน้าที่หรือภารกิจของหน่วยงานผ่านทางเว็บไซต์ของหน่วยงาน',
    ]);
  });

  it('gives a header the header schema accepts', () => {
    expect(documentHeaderSchema.safeParse(doc.header).success).toBe(true);
  });

  it('keeps the rest of the memo in the title, the report’s name first, and loses no word', () => {
    expect(doc.header.title?.split('\n')[0]).toBe(
      'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    );
    expect(lostWords(source, doc, LABELS)).toEqual([]);
  });
});

describe('structureItaAnalysis on the อบต. fixture (Thai digits, a total that disagrees)', () => {
  const source = fixture('ita-analysis-tambon-fy2566.txt');
  const doc = structure(source);

  it('reads ten records with their scores in Arabic digits and names as written', () => {
    expect(doc.records.map((r) => r.score)).toEqual([
      '96.12',
      '93.48',
      '95.07',
      '91.33',
      '88.64',
      '90.25',
      '84.71',
      '82.90',
      '72.50',
      '81.25',
    ]);
    expect(doc.records.map((r) => r.indicator)).toEqual(NAMES);
  });

  it('reads the header: year, organization, the stated total and grade, eight guidelines', () => {
    expect(doc.header).toMatchObject({
      fiscalYear: 2566,
      organization: 'องค์การบริหารส่วนตำบลบ้านหนองแวง',
      district: 'โคกศรี',
      province: 'มหาสารคาม',
      total: 85.41,
      grade: 'A',
    });
    expect(doc.header.guidelines).toHaveLength(8);
  });

  it('warns that the stated 85.41 (A) computes to 84.41 (B), on the row that states it', () => {
    expect(doc.warnings).toEqual([
      {
        severity: 'warning',
        problem: { code: 'stated-differs', stated: '85.41', computed: '84.41' },
        field: 'total',
        row: 15,
      },
      {
        severity: 'warning',
        problem: { code: 'stated-differs', stated: 'A', computed: 'B' },
        field: 'grade',
        row: 15,
      },
    ]);
  });

  it('joins a wrapped line to its point and splits points run together on one line', () => {
    expect(weaknesses(doc, 1)).toEqual([
      'บุคลากรบางส่วนยังไม่ทราบขั้นตอนและระยะเวลาการให้บริการตามคู่มือ',
      'การให้บริการช่วงเร่งด่วนยังไม่ได้ลงบันทึกคำขอ ตามลำดับก่อนหลังทุกครั้ง',
    ]);
    expect(weaknesses(doc, 2)).toHaveLength(2);
  });

  it('takes bullets and an unnumbered paragraph as weaknesses, and skips the page’s catchword', () => {
    expect(weaknesses(doc, 3)).toEqual(['การมอบหมายงานนอกเหนือหน้าที่ยังไม่มีหนังสือสั่งการเป็นลายลักษณ์อักษร']);
    expect(weaknesses(doc, 4)).toEqual([
      'แบบขอยืมพัสดุและครุภัณฑ์ยังไม่ได้ประกาศให้ทราบทั่วกัน',
      'การคืนรถส่วนกลางไม่มีผู้ตรวจสภาพก่อนรับคืน',
    ]);
    expect(doc.header.title).toContain('/ตัวชี้วัดที่ ๕...');
  });

  it('keeps the Thai digits of a weakness and a guideline as written', () => {
    expect(weaknesses(doc, 9)?.[0]).toBe('ข้อมูลรายงานผลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ไม่ครบ ๑๒ เดือน');
    expect(doc.header.guidelines?.[6]).toBe('ตรวจสอบข้อมูลสาธารณะตามแบบ OIT ให้ครบทุกข้อก่อนวันที่ ๓๑ มีนาคม ของทุกปี');
  });

  it('ends the guidelines at the signature', () => {
    expect(doc.header.guidelines?.[7]).toBe('รายงานผลการดำเนินการป้องกันการทุจริตต่อนายกฯ ทุก ๖ เดือน');
    expect(doc.header.title).toContain('(ลงชื่อ) ผู้รายงาน');
  });

  it('loses no word', () => {
    expect(lostWords(source, doc, LABELS)).toEqual([]);
  });
});

describe('structureItaAnalysis on the เทศบาล fixture (Arabic digits, a table, <p> fragments)', () => {
  const source = fixture('ita-analysis-thesaban-fy2567.txt');
  const doc = structure(source);

  it('reads the ten rows of the score table', () => {
    expect(doc.records.map((r) => [r.no, r.indicator, r.score])).toEqual(
      ['92.41', '90.06', '91.78', '89.95', '87.30', '88.15', '86.42', '83.67', '95.00', '87.50'].map(
        (s, i) => [String(i + 1), NAMES[i], s],
      ),
    );
  });

  it('reads the header of a เทศบาลตำบล for the year 2567 with six guidelines', () => {
    expect(doc.header).toMatchObject({
      fiscalYear: 2567,
      organization: 'เทศบาลตำบลท่าช้างเผือก',
      district: 'เวียงสา',
      province: 'น่าน',
      total: 89.42,
      grade: 'A',
    });
    expect(doc.header.guidelines).toHaveLength(6);
  });

  it('lets a stated 89.42 stand against a computed 89.41: the NACC totals unrounded scores', () => {
    expect(doc.warnings).toEqual([]);
  });

  it('reads weaknesses under headings written `ตัวชี้วัดที่ 8 : …` with (1) (2) (3) markers', () => {
    expect(weaknesses(doc, 8)).toEqual([
      'ยังไม่ได้นำระบบคิวออนไลน์มาใช้กับงานจัดเก็บรายได้',
      'ขั้นตอนขออนุญาตก่อสร้างอาคารยังใช้เวลานานกว่า 30 วัน',
      'ไม่ได้เชิญผู้ประกอบการในพื้นที่ร่วมให้ความเห็นต่อการปรับปรุงบริการ',
    ]);
  });

  it('does not take the numbered heading `3. แนวทางการพัฒนา…` for a weakness of indicator 10', () => {
    expect(weaknesses(doc, 10)).toEqual(['มาตรการป้องกันการรับสินบนยังไม่ได้ติดตามผลรอบ 6 เดือน']);
  });

  it('ends the guidelines at the unnumbered line after a blank one', () => {
    expect(doc.header.guidelines?.[5]).toBe('นำระบบคิวออนไลน์มาใช้กับงานจัดเก็บรายได้ภายในเดือนมีนาคม 2568');
    expect(doc.header.title?.split('\n').at(-1)).toBe('ประกาศ ณ วันที่ 20 มีนาคม 2568');
  });

  it('loses no word but the markup', () => {
    expect(lostWords(source, doc, LABELS)).toEqual([]);
  });
});

describe('structureItaAnalysis on score lines worded otherwise', () => {
  it.each([
    ['ตัวชี้วัดที่ 1 : การปฏิบัติหน้าที่ คะแนน 99.65', 'การปฏิบัติหน้าที่'],
    ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๙๙.๖๕ คะแนน', 'การปฏิบัติหน้าที่'],
    ['1 | การปฏิบัติหน้าที่ | 99.65', 'การปฏิบัติหน้าที่'],
    ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (IIT) = 99.65', 'การปฏิบัติหน้าที่ (IIT)'],
  ])('reads %s', (line, indicator) => {
    const doc = structure(line);

    expect(doc.records).toEqual([{ no: '1', indicator, score: '99.65', weaknesses: [] }]);
  });

  it('reads a score followed by the indicator’s own grade, and keeps that line in the title', () => {
    const line = 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๙.๖๕ คะแนน อยู่ในระดับ AA';
    const doc = structure(line);

    expect(doc.records[0]).toMatchObject({ indicator: 'การปฏิบัติหน้าที่', score: '99.65' });
    expect(lostWords(line, doc, LABELS)).toEqual([]);
  });

  it('reads a heading whose score is on the line below (a cell with a line break)', () => {
    const doc = structure('ตัวชี้วัดที่ ๒ การใช้งบประมาณ\nได้คะแนน ๙๙.๔๗ คะแนน\n๑. ยังไม่ได้ประกาศแผนการใช้จ่าย');

    expect(doc.records).toEqual([
      { no: '2', indicator: 'การใช้งบประมาณ', score: '99.47', weaknesses: ['ยังไม่ได้ประกาศแผนการใช้จ่าย'] },
    ]);
  });

  it('takes numbered points right after a score line as that indicator’s weaknesses, prose as prose', () => {
    const doc = structure(
      memo(SEED_SCORES.slice(0, 3), [], ['1. ผู้บังคับบัญชามอบหมายงานไม่เป็นธรรม', '', 'ซึ่งผลคะแนนนี้สะท้อนการปฏิบัติงาน']),
    );

    expect(weaknesses(doc, 3)).toEqual(['ผู้บังคับบัญชามอบหมายงานไม่เป็นธรรม']);
    expect(doc.header.title).toBe('ซึ่งผลคะแนนนี้สะท้อนการปฏิบัติงาน');
  });

  it('keeps a numbered weakness that ends in a number a weakness, not a score row', () => {
    const doc = structure(memo(SEED_SCORES, [], ['ตัวชี้วัดที่ 3 การใช้อำนาจ', '1. ลดขั้นตอนการอนุมัติให้เหลือ 3']));

    expect(weaknesses(doc, 3)).toEqual(['ลดขั้นตอนการอนุมัติให้เหลือ 3']);
    expect(doc.records[0]?.score).toBe('99.65');
  });
});

describe('structureItaAnalysis totals and grades', () => {
  it('puts the computed total and grade in the header when the memo states none', () => {
    const doc = structure(memo(SEED_SCORES, ['ประจำปีงบประมาณ พ.ศ. 2562']));

    expect(doc.header).toMatchObject({ fiscalYear: 2562, total: 77.21, grade: 'B' });
    expect(doc.warnings).toEqual([]);
  });

  it('grades with the year’s bands, and with the newest framework’s when the year is unknown', () => {
    // (30 % × 40 + 30 % × 40 + 40 % × 50) = 44.00: E in 2562, F from 2565.
    const scores = ['40', '40', '40', '40', '40', '40', '40', '40', '50', '50'];

    expect(structure(memo(scores, ['ประจำปีงบประมาณ พ.ศ. ๒๕๖๒'])).header).toMatchObject({
      total: 44,
      grade: 'E',
    });
    expect(structure(memo(scores)).header).toMatchObject({ total: 44, grade: 'F' });
  });

  it('warns of a stated total more than 0.01 away from the computed one, and only then', () => {
    const stated = (total: string) => structure(memo(SEED_SCORES, [`ในภาพรวมได้คะแนน ${total} คะแนน ระดับ B`]));

    expect(codes(stated('77.22'))).toEqual([]);
    expect(codes(stated('77.20'))).toEqual([]);
    expect(stated('77.23').warnings).toEqual([
      {
        severity: 'warning',
        problem: { code: 'stated-differs', stated: '77.23', computed: '77.21' },
        field: 'total',
        row: 1,
      },
    ]);
  });

  it('accepts the grade of a stated total 0.01 away that sits in the next band', () => {
    // Computed 84.99 (B); the NACC's 85.00 is an A.
    const scores = ['84.99', '84.99', '84.99', '84.99', '84.99', '84.99', '84.99', '84.99', '84.99', '84.99'];
    const doc = structure(memo(scores, ['คะแนนรวม 85.00 อยู่ในระดับ A']));

    expect(doc.header).toMatchObject({ total: 85, grade: 'A' });
    expect(doc.warnings).toEqual([]);
  });

  it('warns of a stated grade its own scores do not give', () => {
    const doc = structure(memo(SEED_SCORES, ['ผลการประเมินอยู่ในระดับ A']));

    expect(doc.header.grade).toBe('A');
    expect(doc.warnings).toMatchObject([
      { problem: { code: 'stated-differs', stated: 'A', computed: 'B' }, field: 'grade', row: 1 },
    ]);
  });

  it('keeps a score outside 0–100 as written, warns, and does not compute a total from it', () => {
    const scores = [...SEED_SCORES.slice(0, 9), '105.20'];
    const doc = structure(memo(scores, ['ในภาพรวมได้คะแนน 77.21 คะแนน']));

    expect(doc.records[9]?.score).toBe('105.20');
    expect(doc.header.total).toBe(77.21);
    expect(doc.warnings).toEqual([
      {
        severity: 'warning',
        problem: { code: 'out-of-range', value: '105.20', min: 0, max: 100 },
        record: 10,
        field: 'score',
        row: 11,
      },
    ]);
  });

  it('warns when fewer than ten indicators have a score, and keeps the stated total', () => {
    const doc = structure(memo(SEED_SCORES.slice(0, 9), ['คะแนนรวม 77.21']));

    expect(doc.records).toHaveLength(9);
    expect(doc.header.total).toBe(77.21);
    expect(doc.warnings).toMatchObject([{ problem: { code: 'wrong-count', count: 9, expected: [10] } }]);
  });

  it('keeps the first of two different scores for one indicator and warns of the second', () => {
    const doc = structure(memo(SEED_SCORES, [], ['ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ได้คะแนน 17.49 คะแนน']));

    expect(doc.records[5]?.score).toBe('71.49');
    expect(doc.warnings).toMatchObject([
      { problem: { code: 'duplicate' }, record: 6, field: 'score', row: 11 },
    ]);
  });

  it('keeps the weaknesses of an indicator that has no score line, with its score blank', () => {
    const doc = structure(memo(SEED_SCORES.slice(0, 9), [], ['ตัวชี้วัดที่ 10 การป้องกันการทุจริต', '1. ไม่มีแผน']));

    expect(doc.records[9]).toEqual({
      no: '10',
      indicator: 'การป้องกันการทุจริต',
      score: '',
      weaknesses: ['ไม่มีแผน'],
    });
    expect(codes(doc)).toEqual(['blank:score']);
  });
});

describe('structureItaAnalysis failures', () => {
  it('fails as blank on no lines or on blank lines only', () => {
    expect(structureItaAnalysis([])).toEqual({ ok: false, problem: { code: 'blank' } });
    expect(structureItaAnalysis([{ text: ' \t ', row: 1 }])).toEqual({
      ok: false,
      problem: { code: 'blank' },
    });
  });

  it('fails as not this document when no line gives an indicator’s score', () => {
    const measures = 'ลำดับ\tมาตรการ\tขั้นตอน\n1\tการเผยแพร่ข้อมูล\t1. จัดทำประกาศ';
    const result = structureItaAnalysis(pastedLines(measures));

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'not-this-document', expected: 'ita-analysis' },
    });
  });

  it('fails as not this document on the real memo with its score lines taken out', () => {
    const text = seed('ita-analysis-fy2562.txt')
      .split('\n')
      .filter((line) => !line.includes('ได้คะแนน'))
      .join('\n');

    expect(structureItaAnalysis(pastedLines(text))).toMatchObject({
      ok: false,
      problem: { code: 'not-this-document' },
    });
  });

  it.each([
    ['a score line with a long name', `ตัวชี้วัดที่ 1 ${'ก 1 '.repeat(50_000)}ได้คะแนน 99.65 คะแนน`],
    ['fillers and numbers over and over', `ตัวชี้วัดที่ 1 ${'ได้คะแนน 1 '.repeat(20_000)}`],
    ['totals stated over and over', 'ในภาพรวม ระดับ '.repeat(20_000)],
    ['a catchword that never ends', `/${'ก'.repeat(200_000)}`],
  ])("answers on %s (200,000 characters); jest's timeout catches a runaway regex", (_, text) => {
    const result = structureItaAnalysis([{ text, row: 1 }]);

    expect(result.ok || result.problem.code === 'not-this-document').toBe(true);
  });
});

describe('structureItaAnalysis properties', () => {
  const typedFailure = (result: ReturnType<typeof structureItaAnalysis>) =>
    result.ok || ['blank', 'not-this-document'].includes(result.problem.code);
  const fragment = fc.constantFrom(
    'ตัวชี้วัดที่ ',
    'ได้คะแนน ',
    ' คะแนน',
    'ในภาพรวม ',
    'คะแนนรวม ',
    'ระดับ ',
    'B',
    'AA',
    '๑. ',
    '(2) ',
    '- ',
    '|',
    ':',
    '\t',
    '\n',
    ' ',
    'แนวทางการปฏิบัติ',
    'ข้อบกพร่อง',
    'ประจำปีงบประมาณ พ.ศ. ',
    '2562',
    '๒๕๖๘',
    '99.65',
    '๕๐',
    '105',
    '.',
    '1',
    '10',
    'การใช้อำนาจ',
    '(ลงชื่อ)',
    '/เรียน...',
  );
  const memoLike = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

  it('gives a document or a typed failure for any text, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), memoLike), (text) =>
        typedFailure(structureItaAnalysis(pastedLines(text))),
      ),
    );
  });

  it('gives a document or a typed failure for any array of lines, never a throw', () => {
    const line = fc.record({ text: fc.oneof(fc.string(), memoLike), row: fc.integer() });

    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines: SourceLine[]) =>
        typedFailure(structureItaAnalysis(lines)),
      ),
    );
  });

  it('totals any ten scores from 0 to 100 as ITA_SCORE does, in Thai or Arabic digits', () => {
    const score = fc.integer({ min: 0, max: 10_000 }).map((h) => (h / 100).toFixed(2));
    const framework = frameworkFor(2566)!;

    fc.assert(
      fc.property(fc.array(score, { minLength: 10, maxLength: 10 }), fc.boolean(), (scores, thai) => {
        const text = memo(scores, ['ประจำปีงบประมาณ พ.ศ. 2566']);
        const doc = structure(thai ? toThaiDigits(text) : text);
        const decimals = scores.map((s) => parseDecimal(s)!);
        const expected =
          Number(totalHundredths(framework, toolScoresFromIndicators(framework, decimals))) / 100;

        expect(doc.records.map((r) => r.score)).toEqual(scores);
        expect(doc.header.total).toBe(expected);
        expect(doc.warnings).toEqual([]);
      }),
    );
  });
});
