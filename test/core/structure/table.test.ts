import fc from 'fast-check';
import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { describeProblem } from '../../../src/core/problems/messages';
import { STRUCTURE_RULES, type TableRules } from '../../../src/core/structure/rules';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { structureTable } from '../../../src/core/structure/table';
import { fixture, seed } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

type TableType = 'measures' | 'results' | 'ethics';

function structure(type: TableType, text: string): StructuredDocument {
  const result = structureTable(DOCUMENT_TYPES[type], STRUCTURE_RULES[type] as TableRules, text);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** Every heading a header row of the type may show: dropping these words is not losing text. */
function headingWords(type: TableType, extra: readonly string[] = []): string[] {
  return [...DOCUMENT_TYPES[type].fields.flatMap((f) => [f.th, ...f.headerWords]), ...extra];
}

describe('structureTable on the measures seed (FY 2563)', () => {
  const doc = structure('measures', seed('measures-fy2563.txt'));

  it('finds the 19 measures, numbered ๑–๑๙ inside their text', () => {
    expect(doc.records.map((r) => r.no)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
  });

  it('merges each of the five continuation rows into the measure above the page break', () => {
    const steps = (no: number) => doc.records[no - 1]?.steps as readonly string[];

    expect(steps(3)[1]).toMatch(/^เผยแพร่ประชาสัมพันธ์ให้ประชาชนทราบ/);
    expect(steps(8).join(' ')).toContain('ข้อตกลงการปฏิบัติงานในระดับบุคคล');
    expect(steps(10)[3]).toMatch(/^จัดทำสื่อประชาสัมพันธ์/);
    expect(steps(13)[1]).toMatch(/^มีป้ายบอกทิศทาง/);
    expect(steps(17)[1]).toMatch(/^ประกาศรับสมัครบุคลากร/);
  });

  it('reads the year and the round from the title', () => {
    expect([doc.header.fiscalYear, doc.header.round]).toEqual([2563, 6]);
  });

  it('loses no word but the repeated headers, markup and list markers', () => {
    expect(lostWords(seed('measures-fy2563.txt'), doc, headingWords('measures'))).toEqual([]);
  });
});

describe('structureTable on the measures fixture', () => {
  const doc = structure('measures', fixture('measures-fy2568.txt'));
  const byNo = (no: string) => doc.records.find((r) => r.no === no)!;

  it('finds five measures under headers worded three ways', () => {
    expect(doc.records).toHaveLength(5);
  });

  it('reads the header: year, organization, district, province', () => {
    expect(doc.header).toMatchObject({
      fiscalYear: 2568,
      organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
      district: 'โนนสูง',
      province: 'นครราชสีมา',
    });
  });

  it('splits steps run together on one line, dropping the markers and the <p> markup', () => {
    expect(byNo('1').steps).toEqual(['จัดทำแผนการจัดซื้อจัดจ้าง', 'ประกาศแผนบนเว็บไซต์และบอร์ดประชาสัมพันธ์']);
  });

  it('appends a continuation row after a repeated header to the steps of the measure above', () => {
    expect(byNo('2').steps).toEqual([
      'จัดทำกล่องรับเรื่องร้องเรียน',
      'เปิดช่องทางร้องเรียนทาง Line และเว็บไซต์',
      'สรุปเรื่องร้องเรียนรายเดือนเสนอผู้บริหาร',
    ]);
  });

  it('fills a field left empty on the first page from the continuation row', () => {
    expect(byNo('4').monitoring).toBe('สรุปผล ณ สิ้นปีงบประมาณ');
  });

  it('keeps each unit of a multi-line cell', () => {
    expect(byNo('3').responsible).toEqual(['สำนักปลัด', 'กองช่าง']);
  });

  it('keeps text that starts with "=" as the text it is', () => {
    expect(byNo('5').measure).toBe('=เผยแพร่ผลการดำเนินงานประจำปีทางเว็บไซต์');
  });

  it('loses no word', () => {
    const headers = ['มาตรการ ขั้นตอน/วิธีการ ระยะเวลา ผู้รับผิดชอบ การกำกับ ติดตาม'];
    headers.push('มาตรการส่งเสริมคุณธรรม และความโปร่งใส ขั้นตอนหรือ วิธีการ ช่วงระยะเวลา ดำเนินการ ผู้รับผิด ชอบ');

    expect(lostWords(fixture('measures-fy2568.txt'), doc, headingWords('measures', headers))).toEqual([]);
  });
});

describe('structureTable on a results report', () => {
  const doc = structure('results', fixture('results-fy2568-6-months.txt'));

  it('takes the ลำดับที่ column as the key, so a row without one continues the record above', () => {
    expect(doc.records.map((r) => r.no)).toEqual(['1', '2', '3', '4']);
    expect(doc.records[1]).toMatchObject({
      steps: ['แจกแบบประเมิน', 'สรุปผล'],
      output: 'ผู้ตอบแบบประเมิน 250 คน\nความพึงพอใจร้อยละ 91.5',
      outcome: 'ผู้บริหารนำผลไปปรับปรุงบริการ',
    });
  });

  it('reads the round of 6 months from the title', () => {
    expect([doc.header.fiscalYear, doc.header.round]).toEqual([2568, 6]);
  });

  it('leaves a field empty in the paste empty, for validation to report', () => {
    expect(doc.records[3]).toMatchObject({ steps: [], output: '', outcome: '' });
  });

  it('loses no word', () => {
    expect(
      lostWords(fixture('results-fy2568-6-months.txt'), doc, headingWords('results', ['มาตรการ/กิจกรรม'])),
    ).toEqual([]);
  });
});

describe('structureTable on an ethics plan', () => {
  const doc = structure('ethics', fixture('ethics-fy2568.txt'));

  it('gives one record per standard', () => {
    expect(doc.records.map((r) => r.standard)).toEqual([
      'มาตรฐาน ๑ ยึดมั่นในสถาบันหลักของประเทศ',
      'มาตรฐาน ๒ ซื่อสัตย์สุจริต',
      'มาตรฐาน ๓ มีจิตสาธารณะ',
    ]);
  });

  it('gives a desired behavior merged over two standards to both', () => {
    expect(doc.records[0]?.behavior).toEqual(['ซื่อสัตย์', 'รับผิดชอบ']);
    expect(doc.records[1]?.behavior).toEqual(['ซื่อสัตย์', 'รับผิดชอบ']);
  });

  it('reads (๑) markers and a practice continued on the next page', () => {
    expect(doc.records[0]?.practices).toEqual(['เข้าร่วมกิจกรรมวันสำคัญ', 'แสดงความเคารพต่อสัญลักษณ์ของชาติ']);
    expect(doc.records[1]?.practices).toEqual(['ไม่รับสินบน', 'เปิดเผยข้อมูลอย่างโปร่งใส', 'รายงานการมีส่วนได้เสีย']);
  });

  it('loses no word', () => {
    const headers = ['พฤติกรรม ที่พึงประสงค์ แนวทาง ปฏิบัติ'];

    expect(lostWords(fixture('ethics-fy2568.txt'), doc, headingWords('ethics', headers))).toEqual([]);
  });
});

describe('structureTable refuses what it cannot read', () => {
  it('an empty paste is blank', () => {
    const result = structureTable(
      DOCUMENT_TYPES.measures,
      STRUCTURE_RULES.measures as TableRules,
      '\n\t\n  ',
    );

    expect(result).toEqual({ ok: false, problem: { code: 'blank' } });
  });

  it('an analysis memo pasted as measures is not a measures document', () => {
    const result = structureTable(
      DOCUMENT_TYPES.measures,
      STRUCTURE_RULES.measures as TableRules,
      seed('ita-analysis-fy2562.txt'),
    );

    expect(!result.ok && result.problem.code).toBe('not-this-document');
  });

  it('refuses a table without a header row, which any table of as many columns would pass for', () => {
    const rows = [['1', 'มาตรการ ก', 'ขั้นตอน ก', 'ปีงบประมาณ 2568', 'กองคลัง', 'รายงานผล']];

    const result = structureTable(DOCUMENT_TYPES.measures, STRUCTURE_RULES.measures as TableRules, rows);

    expect(!result.ok && result.problem.code).toBe('not-this-document');
  });

  it('refuses a measures table pasted as an ethics plan, though both have five columns', () => {
    const result = structureTable(
      DOCUMENT_TYPES.ethics,
      STRUCTURE_RULES.ethics as TableRules,
      fixture('measures-fy2568.txt'),
    );

    expect(!result.ok && result.problem.code).toBe('not-this-document');
  });
});

/** The structured table rendered as the add-in's own tab holds it: headings, then one item a line. */
function render(type: TableType, records: readonly DocumentRecord[]): string[][] {
  const fields = DOCUMENT_TYPES[type].fields;
  return [
    fields.map((f) => f.th),
    ...records.map((r) =>
      fields.map((f) => {
        const value = r[f.key];
        return typeof value === 'string' ? value : (value ?? []).join('\n');
      }),
    ),
  ];
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const words = fc.array(
  // Content words, none of them a column heading on its own: a row of nothing but headings ("มาตรการ",
  // "ติดตาม") is read as a header row, which is what a repeated header looks like.
  fc.constantFrom('เผยแพร่ข้อมูล', 'กองคลัง', 'ปีละ ๒ ครั้ง', '๒๕๖๘', 'ข้อ 3', 'รายงานผล', 'QR', '=SUM(A1)', '"ฝ่าย"'),
  {
    minLength: 1,
    maxLength: 4,
  },
);
/** A cell as pasted: text, or a numbered list run together, with markup and stray spaces. */
const cellText = fc.oneof(
  words.map((ws) => ws.join(' ')),
  fc
    .array(words, { minLength: 1, maxLength: 4 })
    .map((items) => items.map((ws, i) => `${THAI_DIGITS[(i + 1) % 10]}.${ws.join(' ')}`).join(' ')),
);
const cell = fc
  .tuple(cellText, fc.constantFrom('', '<p>', '  '))
  .map(([text, wrap]) => (wrap === '<p>' ? `<p>${text}</p>` : `${wrap}${text}`));

/** A paste of a table: a title, headers worded as the type's fields, records, continuation rows. */
function tablePaste(type: TableType) {
  const fields = DOCUMENT_TYPES[type].fields;
  const key = DOCUMENT_TYPES[type].fields.find((f) =>
    (STRUCTURE_RULES[type] as TableRules).keys.includes(f.key),
  )!;
  const header = fc
    .shuffledSubarray([...fields], { minLength: 1 })
    .map((chosen) =>
      fields
        .filter((f) => f === key || chosen.includes(f))
        .map((f) => fc.sample(fc.constantFrom(f.th, ...f.headerWords), 1)[0]!),
    );
  const width = fields.length;
  const record = fc.array(cell, { minLength: width, maxLength: width });
  const continuation = record.map((cells) => ['', ...cells.slice(1)]);
  return fc
    .tuple(
      header,
      fc.array(fc.oneof({ weight: 3, arbitrary: record }, { weight: 1, arbitrary: continuation }), {
        minLength: 1,
        maxLength: 12,
      }),
    )
    .map(([headings, rows]) => [
      ['มาตรการ ประจำปี พ.ศ. ๒๕๖๘'],
      headings,
      ...rows.map((r) => r.slice(0, headings.length)),
    ]);
}

describe('structureTable, whatever is pasted', () => {
  const type = fc.constantFrom<TableType>('measures', 'results', 'ethics');
  const anyCell = fc.oneof(
    fc.string(),
    fc.constantFrom('<p>', '</p', '&nbsp;', '๑.', '(2)', '-', '\u200b', 'มาตรการ'),
  );
  const anyPaste = fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 30 });

  it('gives a document or a typed failure for any rows, never a crash', () => {
    fc.assert(
      fc.property(type, anyPaste, (t, rows) => {
        const result = structureTable(DOCUMENT_TYPES[t], STRUCTURE_RULES[t] as TableRules, rows);

        if (result.ok) {
          // Every record holds the type's fields and nothing else, each text or a list of text.
          const keys = DOCUMENT_TYPES[t].fields.map((f) => f.key).sort();
          for (const record of result.value.records) {
            expect(Object.keys(record).sort()).toEqual(keys);
            for (const value of Object.values(record)) {
              expect(
                typeof value === 'string' ||
                  (Array.isArray(value) && value.every((v) => typeof v === 'string')),
              ).toBe(true);
            }
          }
        } else {
          // A failure is one the officer is told of in Thai: nothing pasted, or not this document.
          expect(['blank', 'not-this-document']).toContain(result.problem.code);
          expect(describeProblem(result.problem).th).toMatch(/[ก-๙]/);
        }
      }),
    );
  });

  it('changes nothing when its own output is structured again', () => {
    fc.assert(
      fc.property(
        type.chain((t) => fc.tuple(fc.constant(t), tablePaste(t))),
        ([t, rows]) => {
          const first = structureTable(DOCUMENT_TYPES[t], STRUCTURE_RULES[t] as TableRules, rows);
          fc.pre(first.ok);
          if (!first.ok) return;

          const again = structureTable(
            DOCUMENT_TYPES[t],
            STRUCTURE_RULES[t] as TableRules,
            render(t, first.value.records),
          );

          expect(again.ok && again.value.records).toEqual(first.value.records);
        },
      ),
    );
  });
});

describe('structureTable says what to do when it finds no header', () => {
  const measures = (rows: string | string[][]) =>
    structureTable(DOCUMENT_TYPES.measures, STRUCTURE_RULES.measures as TableRules, rows);
  const reason = (result: ReturnType<typeof measures>) =>
    !result.ok && result.problem.code === 'not-this-document' ? result.problem.reason.th : '';

  it('asks for the header row or a column mapping (แมปคอลัมน์) for a table with none', () => {
    const result = measures([['1', 'ประกาศเจตจำนงสุจริต', 'จัดทำประกาศ', 'ต.ค. 2567', 'สำนักปลัด', 'รายงานผล']]);

    expect(reason(result)).toContain('ไม่พบแถวหัวตาราง');
    expect(reason(result)).toContain('แมปคอลัมน์');
  });

  it('names the cells of the closest row that it could not match, and the key column it lacks', () => {
    const result = measures([
      ['ข้อสังเกต', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'สิ่งที่ทำ'],
      ['ประกาศ', 'สำนักปลัด', 'ต.ค. 2567', 'ประชุม'],
    ]);

    expect(reason(result)).toBe(
      'แถวที่ 1 ใกล้เคียงหัวตารางที่สุด แต่ หัวคอลัมน์ "ข้อสังเกต", "สิ่งที่ทำ" ไม่ตรงกับช่องใดของเอกสาร และไม่มีคอลัมน์ ลำดับ หรือ มาตรการส่งเสริมคุณธรรมและความโปร่งใส ซึ่งต้องมี ให้แก้หัวคอลัมน์ให้ตรงกับ ลำดับ · มาตรการส่งเสริมคุณธรรมและความโปร่งใส · ขั้นตอนหรือวิธีการ · ช่วงระยะเวลาดำเนินการ · ผู้รับผิดชอบ · การกำกับติดตาม หรือแมปคอลัมน์เอง',
    );
  });

  it('skips a row numbering the columns under the header, with a warning', () => {
    const result = measures([
      ['ลำดับ', 'มาตรการ', 'ขั้นตอน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'],
      ['(๑)', '(๒)', '(๓)', '(๔)', '(๕)', '(๖)'],
      ['1', 'ประกาศเจตจำนงสุจริต', 'จัดทำประกาศ', 'ต.ค. 2567', 'สำนักปลัด', 'รายงานผล'],
    ]);

    expect(result.ok && result.value.records.map((r) => r.measure)).toEqual(['ประกาศเจตจำนงสุจริต']);
    expect(result.ok && result.value.warnings.map((w) => w.problem.code)).toEqual(['column-numbers']);
  });
});

describe('structureTable, with a number column the header left without a heading', () => {
  it('reads its bare numbers (๑. 2) as the records’ numbers', () => {
    const result = structureTable(DOCUMENT_TYPES.measures, STRUCTURE_RULES.measures as TableRules, [
      ['', 'มาตรการ', 'ขั้นตอน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'],
      ['๑.', 'ประกาศเจตจำนง', 'จัดทำประกาศ', 'ต.ค. 2567', 'สำนักปลัด', 'รายงานผล'],
      ['', '', 'เผยแพร่', '', '', ''],
      ['2', 'อบรม', 'จัดอบรม', 'มี.ค. 2568', 'กองคลัง', 'สรุปผล'],
    ]);

    expect(result.ok && result.value.records.map((r) => [r.no, r.measure, r.steps])).toEqual([
      ['1', 'ประกาศเจตจำนง', ['จัดทำประกาศ', 'เผยแพร่']],
      ['2', 'อบรม', ['จัดอบรม']],
    ]);
  });
});
