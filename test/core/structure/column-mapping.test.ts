import fc from 'fast-check';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { describeProblem } from '../../../src/core/problems/messages';
import { describeNoteOrProblem } from '../../../src/core/problems/structure-note-words';
import type { Problem } from '../../../src/core/problems/problem';
import { parseColumnMapping } from '../../../src/core/structure/column-mapping';
import { parsePastedText } from '../../../src/core/structure/paste';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

const MEASURES = fixture('measures-no-header-fy2568.txt');
const MEASURES_MAPPING = ['no', 'measure', 'steps', 'period', 'responsible', 'monitoring', '-'];
const OIT = fixture('oit-list-no-header-fy2568.txt');
const OIT_MAPPING = ['code', 'title', 'subIndicator', 'url', 'note'];

function structured(...args: Parameters<typeof structureDocument>): StructuredDocument {
  const result = structureDocument(...args);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

function refusal(...args: Parameters<typeof structureDocument>): Problem {
  const result = structureDocument(...args);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('a header-less measures table, structured with a column mapping', () => {
  const doc = structured('measures', MEASURES, { columns: MEASURES_MAPPING });

  it('is refused without one: no header row names its columns', () => {
    expect(refusal('measures', MEASURES)).toMatchObject({ code: 'not-this-document' });
  });

  it('gives the five measures, each field from its column, lists split', () => {
    expect(doc.records.map((r) => r.no)).toEqual(['๑', '๒', '๓', '๔', '๕']);
    expect(doc.records[2]).toEqual({
      no: '๓',
      measure: 'ประเมินความพึงพอใจผู้รับบริการผ่าน QR Code',
      steps: ['จัดทำแบบประเมินออนไลน์', 'รายงานผลปีละ ๒ ครั้ง'],
      period: 'มี.ค. ๖๘ และ ก.ย. ๖๘',
      responsible: ['สำนักปลัด', 'กองช่าง'],
      monitoring: 'รายงานผลการประเมินให้ผู้บริหารทราบ',
    });
  });

  it('joins the row with an empty number cell to the measure above', () => {
    expect(doc.records[1]?.steps).toEqual([
      'จัดทำกล่องรับเรื่องร้องเรียน',
      'เปิดช่องทาง Line และเว็บไซต์',
      'ตอบผู้ร้องเรียนภายใน ๑๕ วัน',
    ]);
  });

  it('reads the title rows above the table as the header', () => {
    expect(doc.header).toMatchObject({
      fiscalYear: 2568,
      organization: 'เทศบาลตำบลโคกกลาง',
      district: 'พิมาย',
      province: 'นครราชสีมา',
    });
  });

  it('keeps the column kept aside, one value a record, and warns about it', () => {
    expect(doc.keptColumns).toEqual([
      {
        heading: 'คอลัมน์ที่ 7 ที่วางมา',
        values: ['เริ่มดำเนินการตั้งแต่ปีที่แล้ว', 'เพิ่มตามข้อเสนอของประชาคม', '', 'ใช้วิทยากรภายใน', ''],
      },
    ]);
    expect(doc.warnings.map((w) => describeNoteOrProblem(w.problem).th)).toEqual([
      'หัวคอลัมน์ที่ 7 "คอลัมน์ที่ 7 ที่วางมา" ไม่ตรงกับช่องใด จึงเก็บไว้เป็นคอลัมน์แยก ไม่ตัดทิ้ง',
    ]);
  });

  it('loses no word of the paste', () => {
    expect(lostWords(MEASURES, doc)).toEqual([]);
  });
});

describe('a header-less OIT list, structured with a column mapping', () => {
  const doc = structured('oit-checklist', OIT, { columns: OIT_MAPPING });

  it('gives one item a row, the sub-indicator carried down, not started', () => {
    expect(doc.records.map((r) => [r.code, r.subIndicator, r.status])).toEqual([
      ['o1', '9.1 ข้อมูลพื้นฐาน', 'ยังไม่ดำเนินการ'],
      ['o2', '9.1 ข้อมูลพื้นฐาน', 'ยังไม่ดำเนินการ'],
      ['o3', '9.1 ข้อมูลพื้นฐาน', 'ยังไม่ดำเนินการ'],
      ['o4', '9.1 ข้อมูลพื้นฐาน', 'ยังไม่ดำเนินการ'],
      ['o5', '9.2 การบริหารงาน', 'ยังไม่ดำเนินการ'],
      ['o6', '9.2 การบริหารงาน', 'ยังไม่ดำเนินการ'],
      ['o7', '9.2 การบริหารงาน', 'ยังไม่ดำเนินการ'],
      ['o8', '10.1 การดำเนินการเพื่อป้องกันการทุจริต', 'ยังไม่ดำเนินการ'],
    ]);
    expect(doc.records[5]).toMatchObject({
      title: 'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ ๖ เดือน',
      url: 'https://www.nongphaingam.go.th/report-6m',
      note: 'รอบ ๑ ต.ค. ๖๗ – ๓๑ มี.ค. ๖๘',
    });
  });

  it('loses no word of the paste', () => {
    expect(lostWords(OIT, doc, ['ยังไม่ดำเนินการ'])).toEqual([]);
  });
});

describe('a mapping given for a paste that has a header row', () => {
  const text = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๘',
    'ลำดับ\tมาตรการ\tหมายเหตุ\tขั้นตอน\tผู้รับผิดชอบ\tการกำกับติดตาม',
    '1\tเปิดเผยข้อมูลการจัดซื้อจัดจ้าง\tทำต่อเนื่อง\t1. ประกาศแผน 2. รายงานผล\tกองคลัง\tรายงานนายก',
    '2\tรับเรื่องร้องเรียน\t\t1. ตั้งกล่อง\tสำนักปลัด\tสรุปรายเดือน',
    'ลำดับ\tมาตรการ\tหมายเหตุ\tขั้นตอน\tผู้รับผิดชอบ\tการกำกับติดตาม',
    '3\tอบรมจริยธรรม\tปีแรก\t1. จัดอบรม\tสำนักปลัด\tสรุปผลการอบรม',
  ].join('\n');
  const mapping = ['no', 'measure', '-', 'steps', 'responsible', 'monitoring'];

  it('skips the header rows, repeated or not, and names the kept column by its heading', () => {
    const doc = structured('measures', text, { columns: mapping });

    expect(doc.records.map((r) => [r.no, r.measure, r.steps])).toEqual([
      ['1', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', ['ประกาศแผน', 'รายงานผล']],
      ['2', 'รับเรื่องร้องเรียน', ['ตั้งกล่อง']],
      ['3', 'อบรมจริยธรรม', ['จัดอบรม']],
    ]);
    expect(doc.keptColumns).toEqual([{ heading: 'หมายเหตุ', values: ['ทำต่อเนื่อง', '', 'ปีแรก'] }]);
    expect(doc.header.fiscalYear).toBe(2568);
  });

  it('replaces what the header says: the officer may read a column otherwise', () => {
    const doc = structured('measures', text, {
      columns: ['no', 'measure', 'monitoring', 'steps', 'responsible', '-'],
    });

    expect(doc.records[0]).toMatchObject({ monitoring: 'ทำต่อเนื่อง' });
    expect(doc.keptColumns?.[0]).toEqual({
      heading: 'การกำกับติดตาม',
      values: ['รายงานนายก', 'สรุปรายเดือน', 'สรุปผลการอบรม'],
    });
  });

  it('warns of a heading it cannot read in a column mapped to a field, naming the cell', () => {
    const reworded = text.replace('ลำดับ\tมาตรการ\tหมายเหตุ\tขั้นตอน', 'ลำดับ\tมาตรการ\tหมายเหตุ\tข้อสังเกต');
    const doc = structured('measures', reworded, { columns: mapping });

    expect(doc.records).toHaveLength(3);
    expect(
      doc.warnings
        .filter((w) => w.problem.code === 'heading-not-read')
        .map((w) => [w.row, describeNoteOrProblem(w.problem).th]),
    ).toEqual([[2, 'หัวคอลัมน์ที่ 4 ไม่ตรงกับช่องใด ไม่ได้ใช้ (คอลัมน์นี้เป็น steps): "ข้อสังเกต"']]);
  });

  it('gives the records the header gives, when it maps the columns as the header names them', () => {
    const headed = fixture('measures-fy2568.txt');
    const plain = structured('measures', headed);
    const mapped = structured('measures', headed, {
      columns: ['measure', 'steps', 'period', 'responsible', 'monitoring'],
    });

    expect(mapped.records).toEqual(plain.records);
    expect(mapped.keptColumns).toBeUndefined();
  });
});

describe('a column mapping that does not fit', () => {
  const words = (mapping: readonly string[], type: 'measures' | 'action-plan' = 'measures') =>
    describeProblem(refusal(type, type === 'measures' ? MEASURES : 'ชื่อโครงการ', { columns: mapping }));

  it('names a field the document does not have, and the column', () => {
    expect(words(['no', 'measure', 'steps', 'periods', 'responsible', 'monitoring', '-']).th).toBe(
      'กำหนดคอลัมน์ไม่ถูกต้อง: คอลัมน์ที่ 4 "periods" ไม่ใช่ช่องของเอกสารนี้ (ใช้ no, measure, steps, period, responsible, monitoring หรือ - เพื่อเก็บไว้)',
    );
  });

  it('cuts a long entry short in the message', () => {
    const long = 'x'.repeat(500);

    expect(words(['no', 'measure', long, 'period', 'responsible', 'monitoring', '-']).th).toContain(
      `คอลัมน์ที่ 3 "${'x'.repeat(40)}…" ไม่ใช่ช่องของเอกสารนี้`,
    );
  });

  it('names a field chosen twice and both its columns', () => {
    expect(words(['no', 'measure', 'steps', 'period', 'responsible', 'steps', '-']).th).toBe(
      'กำหนดคอลัมน์ไม่ถูกต้อง: ช่อง steps ถูกเลือกซ้ำที่คอลัมน์ที่ 3 และ 6',
    );
  });

  it('asks for the key column that tells records apart', () => {
    expect(words(['-', '-', 'steps', 'period', 'responsible', 'monitoring', '-']).th).toBe(
      'กำหนดคอลัมน์ไม่ถูกต้อง: ต้องมีคอลัมน์ no (ลำดับ) หรือ measure (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) เพื่อแยกแต่ละรายการ',
    );
  });

  it('counts the columns against the paste, fewer or more', () => {
    expect(words(MEASURES_MAPPING.slice(0, 6)).th).toBe(
      'กำหนดคอลัมน์ไม่ถูกต้อง: กำหนดไว้ 6 คอลัมน์ แต่ตารางที่วางมามี 7 คอลัมน์',
    );
    expect(words([...MEASURES_MAPPING, '-']).en).toBe(
      'has a wrong column mapping: 8 columns are mapped but the pasted table has 7',
    );
  });

  it('is refused for a document that is not a table', () => {
    expect(words(['name'], 'action-plan').th).toBe(
      'กำหนดคอลัมน์ไม่ถูกต้อง: เอกสารประเภท action-plan ไม่ใช่ตาราง จึงกำหนดคอลัมน์ไม่ได้',
    );
  });

  it('is read from the command line form with spaces around the commas', () => {
    expect(parseColumnMapping(' no, measure ,-,steps')).toEqual(['no', 'measure', '-', 'steps']);
  });
});

describe('a table whose columns are shuffled', () => {
  const rows = parsePastedText(MEASURES);
  const width = MEASURES_MAPPING.length;
  const expected = structured('measures', MEASURES, { columns: MEASURES_MAPPING });

  it('gives the same records and kept text when the mapping is shuffled with it', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          Array.from({ length: width }, (_, i) => i),
          { minLength: width, maxLength: width },
        ),
        (order) => {
          const shuffled = rows.map((row) => (row.length < width ? row : order.map((i) => row[i] ?? '')));
          const mapping = order.map((i) => MEASURES_MAPPING[i] ?? '-');
          const doc = structured('measures', shuffled, { columns: mapping });

          expect(doc.records).toEqual(expected.records);
          expect(doc.keptColumns?.map((k) => k.values)).toEqual(expected.keptColumns?.map((k) => k.values));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('any paste under any mapping of its width', () => {
  const WORDS = [
    'ลำดับ',
    'มาตรการ',
    'กองคลัง',
    '๑.',
    '๒. อบรม',
    'ต.ค. ๖๗',
    'https://a.go.th',
    'o1',
    '<p>',
    '&amp;',
    'ปี ๒๕๖๘',
  ];
  const cell = fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    // Any text but a comma or a line break, which a units cell reads as separators between units,
    // and < > ", which the check's joining of cells could make into a tag or a quoted cell.
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((t) => t.replace(/[,，\n\r<>"]/g, ' ')) },
  );
  const keys = ['no', 'measure', 'steps', 'period', 'responsible', 'monitoring'];
  const labels = DOCUMENT_TYPES.measures.fields.flatMap((f) => [f.th, ...f.headerWords]);

  it('is structured or refused with a problem, never thrown, and a structured paste loses no word', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.tuple(
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 8,
            }),
            fc.array(fc.constantFrom(...keys, '-'), { minLength: width, maxLength: width }),
          ),
        ),
        ([rows, mapping]) => {
          const result = structureDocument('measures', rows, { columns: mapping });
          if (!result.ok) {
            expect(describeProblem(result.problem).th).not.toBe('');
            return;
          }
          const text = rows.map((row) => row.join('\t')).join('\n');
          // A header row's cells that name no field are dropped with a warning naming each; a kept
          // column's heading, repeated by a header repeated at a page break, is kept once.
          const warned = result.value.warnings.flatMap((w) =>
            w.problem.code === 'heading-not-read' ? [w.problem.text] : [],
          );
          const keptHeadings = (result.value.keptColumns ?? []).map((k) => k.heading);
          expect(lostWords(text, result.value, [...labels, ...warned, ...keptHeadings])).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
