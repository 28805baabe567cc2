import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { ACTION_PLAN } from '../../../src/core/documents/types';
import { structureActionPlan } from '../../../src/core/structure/action-plan';
import { followsHeading, readFieldHeading } from '../../../src/core/structure/action-plan-fields';
import { pastedLines } from '../../../src/core/structure/paste';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { lostWords } from '../../support/lost-words';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
const seed = (name: string) => readFileSync(join(__dirname, '../../../../shared/seeds', name), 'utf8');

const TAMBON = fixture('action-plan-tambon-nong-phai-ngam.txt');
const THESABAN = fixture('action-plan-thesaban-khok-klang.txt');
const SEED = seed('action-plan-fy2562-2564.txt');

/** Structures pasted text, failing the test if it is not read as an action plan. */
function read(text: string): StructuredDocument {
  const result = structureActionPlan(pastedLines(text));
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** The deepest heading of a record's section: its last line. */
const deepest = (record: DocumentRecord | undefined) =>
  String(record?.section ?? '')
    .split('\n')
    .at(-1);

// The form's own wording: the field headings as the fixtures and the seed write them, split into
// the words lost-words compares (`1. ชื่อ มาตรการ` is the words ชื่อ and มาตรการ).
const FIELD_HEADINGS = [
  'ชื่อโครงการ/กิจกรรม/มาตรการ',
  'ชื่อโครงการ',
  ':',
  'หลักการและเหตุผล',
  'หลักการและเหตุผล/ที่มาของโครงการ',
  'วัตถุประสงค์',
  'เป้าหมาย',
  'เป้าหมาย/ผลผลิต',
  'พื้นที่ดำเนินการ',
  'สถานที่ดำเนินการ',
  'วิธีดำเนินการ',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'ระยะเวลาการดำเนินการ',
  'งบประมาณดำเนินการ',
  'ผู้รับผิดชอบ',
  'ผู้รับผิดชอบโครงการ',
  'ผู้รับผิดชอบโครงการฯ',
  'ตัวชี้วัด/ผลลัพธ์',
  'ตังชี้วัด/ผลลัพธ์',
];
// Written apart only where a document heads its first field `1. ชื่อ มาตรการ`.
const SPLIT_NAME_HEADING = ['ชื่อ', 'มาตรการ'];

/**
 * lost-words reads a sub-number marker `3.1` as the marker `3.` and the word `1`; the structurer
 * drops the whole marker, so sub-numbers that start a line are taken out of the source first.
 */
const withoutSubNumbers = (text: string) => text.replace(/^(\s*)[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,2}(?=\s)/gm, '$1');

/** The records written back as the plan's forms: each heading where it changes, then the ten fields. */
function renderForms(records: readonly DocumentRecord[]): string {
  const lines: string[] = [];
  let above: string[] = [];
  for (const record of records) {
    const headings = String(record.section ?? '')
      .split('\n')
      .filter((h) => h !== '');
    let same = 0;
    while (same < headings.length && headings[same] === above[same]) same++;
    lines.push(...headings.slice(same));
    above = headings;
    for (const field of ACTION_PLAN.fields.slice(1)) {
      lines.push(field.th);
      const value = record[field.key] ?? '';
      if (typeof value === 'string') lines.push(...value.split('\n').filter((l) => l !== ''));
      else lines.push(...value.map((item, i) => `\t${i + 1}. ${item}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}

describe('structureActionPlan', () => {
  describe('on the plan of อบต.หนองไผ่งาม (Arabic digits, มิติที่ 1 and 2)', () => {
    const doc = read(TAMBON);

    it('reads one record per form: five projects', () => {
      expect(doc.type).toBe('action-plan');
      expect(doc.records).toHaveLength(5);
    });

    it('files each project under its มิติ, ข้อ and sub-ข้อ, one heading a line', () => {
      expect(doc.records[0]?.section).toBe(
        [
          'มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
          '1.1 การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำ',
          '1.1.1 สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชนในท้องถิ่น',
        ].join('\n'),
      );
      expect(doc.records.map(deepest)).toEqual([
        '1.1.1 สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชนในท้องถิ่น',
        '1.1.1 สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชนในท้องถิ่น',
        '1.1.2 สร้างจิตสำนึกและความตระหนักในการประพฤติตามประมวลจริยธรรม',
        '1.2.1 สร้างจิตสำนึกและความตระหนักในการต่อต้านการทุจริต',
        '2.1 การแสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร',
      ]);
      expect(doc.records[4]?.section).toBe(
        'มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต\n2.1 การแสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร',
      );
    });

    it('reads the ten fields of the first project exactly', () => {
      const first = doc.records[0];

      expect(first).toEqual({
        section: expect.any(String),
        name: 'ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของพนักงานส่วนตำบล และลูกจ้าง',
        rationale: [
          'ประมวลจริยธรรมเป็นเครื่องกำกับความประพฤติของพนักงานส่วนตำบลให้ยึดถือประโยชน์ส่วนรวมเหนือประโยชน์ส่วนตน',
          'องค์การบริหารส่วนตำบลหนองไผ่งาม จึงกำหนดแนวทางส่งเสริมให้บุคลากรทุกระดับนำประมวลจริยธรรมไปใช้ในการทำงานประจำวัน',
        ].join('\n'),
        objectives: [
          'เพื่อให้บุคลากรรู้และเข้าใจประมวลจริยธรรมขององค์กร',
          'เพื่อให้บุคลากรนำหลักจริยธรรมไปปฏิบัติจนเป็นนิสัยและเป็นแบบอย่างที่ดี',
          'เพื่อลดเรื่องร้องเรียนด้านพฤติกรรมของเจ้าหน้าที่',
        ],
        targets: 'พนักงานส่วนตำบล พนักงานจ้าง และลูกจ้างประจำ จำนวน 42 คน',
        area: 'ที่ทำการองค์การบริหารส่วนตำบลหนองไผ่งาม',
        methods: [
          'จัดทำคู่มือประมวลจริยธรรมฉบับย่อแจกจ่ายแก่บุคลากร',
          'จัดกิจกรรมทบทวนประมวลจริยธรรมในการประชุมประจำเดือน ทุกเดือน โดยให้หัวหน้าส่วนราชการเป็นผู้นำการทบทวน',
          'ติดตามและประเมินการปฏิบัติตามประมวลจริยธรรมปีละ 2 ครั้ง',
        ],
        period: 'ปีงบประมาณ พ.ศ. 2562 – 2564',
        budget: '20,000 บาท',
        responsible: 'สำนักปลัด องค์การบริหารส่วนตำบลหนองไผ่งาม',
        indicators: ['บุคลากรร้อยละ 90 ผ่านการทบทวนประมวลจริยธรรม', 'ไม่มีเรื่องร้องเรียนด้านจริยธรรมของบุคลากร'],
      });
    });

    it('takes the name written after `1. ชื่อ มาตรการ` on the same line, without the heading', () => {
      expect(doc.records[0]?.name).toBe('ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของพนักงานส่วนตำบล และลูกจ้าง');
      expect(doc.records[3]?.name).toBe('รณรงค์ต่อต้านการทุจริตในชุมชน');
      expect(doc.records[4]?.name).toBe('กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของนายกองค์การบริหารส่วนตำบล');
    });

    it('takes every value written on its heading line (`8. งบประมาณดำเนินการ 15,000 บาท`)', () => {
      const fourth = doc.records[3];

      expect(fourth?.rationale).toBe('ชุมชนที่รู้เท่าทันการทุจริตช่วยเฝ้าระวังการใช้งบประมาณของท้องถิ่นได้ดีที่สุด');
      expect(fourth?.objectives).toEqual(['เพื่อให้ประชาชนรู้ช่องทางแจ้งเบาะแสการทุจริต']);
      expect(fourth?.area).toBe('หมู่ที่ 1 – หมู่ที่ 12');
      expect(fourth?.period).toBe('ปีงบประมาณ 2563');
      expect(fourth?.budget).toBe('15,000 บาท');
      expect(fourth?.responsible).toBe('สำนักปลัด');
    });

    it('keeps a field the document left empty empty, without taking the next field for it', () => {
      expect(doc.records[1]?.targets).toBe('');
      expect(doc.records[1]?.area).toBe('ตำบลหนองไผ่งาม');
      expect(doc.records[2]?.period).toBe('');
      expect(doc.records[2]?.budget).toBe('5,000 บาท');
    });

    it('reads `3.1 เพื่อ…` under ๓. วัตถุประสงค์ as an objective, not as a section heading', () => {
      expect(doc.records[0]?.objectives).toHaveLength(3);
      expect(doc.records.filter((r) => deepest(r)?.startsWith('3.'))).toEqual([]);
    });

    it('reads 1.1, 1.2, 1.3 under ๑๐. ตัวชี้วัด as a list, though 1.3 could follow section 1.2.1', () => {
      expect(doc.records[3]?.indicators).toEqual([
        'แผ่นพับครบทุกหมู่บ้าน',
        'มีการประชาสัมพันธ์ทางหอกระจายข่าวเดือนละครั้ง',
        'มีผู้แจ้งเบาะแสผ่านช่องทางที่กำหนด',
      ]);
    });

    it('reads Thai-digit items, tab-indented items and sub-bullets as list items', () => {
      expect(doc.records[1]?.objectives).toEqual([
        'เพื่อเสริมสร้างวินัยในการใช้อำนาจหน้าที่',
        'เพื่อให้ผู้บริหารและสมาชิกสภาเป็นแบบอย่างของความซื่อตรง',
      ]);
      expect(doc.records[1]?.methods).toEqual([
        'จัดเวทีแลกเปลี่ยนเรื่องผลประโยชน์ทับซ้อน',
        'กรณีศึกษาการจัดซื้อจัดจ้างในท้องถิ่น',
        'กรณีศึกษาการอนุมัติโครงการของสภา',
        'สรุปข้อตกลงร่วมและประกาศให้ประชาชนทราบ',
      ]);
    });

    it('reads the lines of <p> fragments as the lines they stood for, markup gone', () => {
      const third = doc.records[2];

      expect(third?.name).toBe('โครงการปลูกจิตสำนึกรักษ์ความโปร่งใสในองค์กร');
      expect(third?.methods).toEqual(['ประชุมชี้แจงแนวทาง', 'จัดกิจกรรมแลกเปลี่ยนประสบการณ์']);
    });

    it('reads the header: the organization, the part line kept, years from the most common period', () => {
      expect(doc.header).toMatchObject({
        organization: 'องค์การบริหารส่วนตำบลหนองไผ่งาม',
        fiscalYear: 2562,
        fiscalYearEnd: 2564,
      });
      expect(doc.header.title).toContain('ส่วนที่ 3');
    });

    it('loses no word but the field headings, and warns of nothing', () => {
      expect(lostWords(withoutSubNumbers(TAMBON), doc, [...FIELD_HEADINGS, ...SPLIT_NAME_HEADING])).toEqual(
        [],
      );
      expect(doc.warnings).toEqual([]);
    });
  });

  describe('on the plan of เทศบาลตำบลโคกกลาง (Thai digits, มิติที่ ๓ and ๔)', () => {
    const doc = read(THESABAN);

    it('reads three projects, each under its headings', () => {
      expect(doc.records.map((r) => r.section)).toEqual([
        [
          'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
          '๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชน',
          '๓.๑.๑ จัดให้มีศูนย์ข้อมูลข่าวสารตามกฎหมายว่าด้วยข้อมูลข่าวสารของราชการ',
        ].join('\n'),
        [
          'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
          '๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน',
        ].join('\n'),
        [
          'มิติที่ ๔ การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ',
          '๔.๑ มีการจัดวางระบบและรายงานการควบคุมภายใน',
          '๔.๑.๑ มีการจัดทำและรายงานการจัดทำระบบควบคุมภายใน',
        ].join('\n'),
      ]);
    });

    it('reads headings in other wordings: ชื่อโครงการ :, สถานที่ดำเนินการ, วิธีการดำเนินการ, ผู้รับผิดชอบโครงการฯ', () => {
      const first = doc.records[0];

      expect(first?.name).toBe('ปรับปรุงศูนย์ข้อมูลข่าวสารของเทศบาลให้พร้อมบริการ');
      expect(first?.area).toBe('สำนักงานเทศบาลตำบลโคกกลาง');
      expect(first?.methods).toEqual(['สำรวจเอกสารที่ต้องเปิดเผย', 'จัดหาตู้และแฟ้มเอกสาร', 'แต่งตั้งเจ้าหน้าที่ประจำศูนย์']);
      expect(first?.period).toBe('๑ ต.ค. ๖๔ – ๓๐ ก.ย. ๖๕');
      expect(first?.responsible).toBe('งานธุรการ สำนักปลัดเทศบาล');
    });

    it('reads a heading written with a leading space, and a value on a Thai-digit heading line', () => {
      expect(doc.records[0]?.targets).toBe('ศูนย์ข้อมูลข่าวสาร ๑ แห่ง พร้อมแฟ้มเอกสารครบตามมาตรา ๗ และมาตรา ๙');
      expect(doc.records[0]?.budget).toBe('๓๐,๐๐๐ บาท (สามหมื่นบาทถ้วน)');
    });

    it('reads `๓.๑ เพื่อ…` under ๓. วัตถุประสงค์ as objectives though the section is ๓.๑.๑', () => {
      expect(doc.records[0]?.objectives).toEqual([
        'เพื่อให้ประชาชนเข้าถึงข้อมูลข่าวสารของเทศบาลได้สะดวก',
        'เพื่อจัดเก็บเอกสารเผยแพร่ให้เป็นหมวดหมู่',
      ]);
    });

    it('keeps unnumbered objectives one a line, and joins a method wrapped to a second line', () => {
      expect(doc.records[1]?.objectives).toEqual([
        'เพื่อกำหนดระยะเวลาตอบสนองเรื่องร้องเรียนที่ชัดเจน',
        'เพื่อแจ้งผลการดำเนินการให้ผู้ร้องทราบทุกเรื่อง',
      ]);
      expect(doc.records[1]?.methods).toContain('ลงทะเบียนและส่งต่อกองที่เกี่ยวข้องภายใน หนึ่งวันทำการ');
    });

    it('keeps an empty ผู้รับผิดชอบ empty', () => {
      expect(doc.records[1]?.responsible).toBe('');
    });

    it('reads the header with the years of its title and its district and province', () => {
      expect(doc.header).toMatchObject({
        organization: 'เทศบาลตำบลโคกกลาง',
        district: 'วังสะพุง',
        province: 'เลย',
        fiscalYear: 2565,
        fiscalYearEnd: 2567,
      });
      expect(doc.header.title).toContain('แผนปฏิบัติการป้องกันการทุจริต');
    });

    it('drops the organization repeated at the top of a page instead of adding it to a heading', () => {
      expect(deepest(doc.records[1])).toBe(
        '๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน',
      );
    });

    it('loses no word but the field headings, and warns of nothing', () => {
      expect(lostWords(withoutSubNumbers(THESABAN), doc, [...FIELD_HEADINGS, 'งบประมาณ'])).toEqual([]);
      expect(doc.warnings).toEqual([]);
    });
  });

  describe('on the real plan of อบต.จอมประทัด, FY 2562–2564 (seed)', () => {
    const doc = read(SEED);

    it('reads 17 projects under their section headings 2.1 … 2.5.3', () => {
      const counts = new Map<string, number>();
      for (const r of doc.records) {
        const number = deepest(r)?.split(' ')[0] ?? '';
        counts.set(number, (counts.get(number) ?? 0) + 1);
      }

      expect(doc.records).toHaveLength(17);
      expect(Object.fromEntries(counts)).toEqual({
        '2.1': 1,
        '2.2.1': 2,
        '2.2.2': 3,
        '2.2.3': 2,
        '2.3.1': 1,
        '2.3.2': 1,
        '2.4.1': 1,
        '2.4.2': 1,
        '2.4.3': 1,
        '2.5.1': 1,
        '2.5.2': 1,
        '2.5.3': 2,
      });
    });

    it('keeps the whole path above a project, a heading wrapped in Word joined back', () => {
      expect(doc.records[8]?.section).toMatch(
        /^มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต\n2\.3 มาตรการการใช้ดุลยพินิจและใช้อำนาจหน้าที่ให้เป็นไป ตามหลักการบริหารกิจการบ้านเมืองที่ดี\n2\.3\.1 มีการจัดทำแผนภูมิ/,
      );
      expect(deepest(doc.records[11])).toBe('2.4.2 ยกย่องเชิดชูเกียรติที่ให้ความช่วยเหลือกิจการสาธารณะหรือมีจิตสาธารณะ');
    });

    it('reads `1. ชื่อ มาตรการ …` and `10. ตังชี้วัด/ผลลัพธ์`, and leaves empty fields empty', () => {
      expect(doc.records[0]?.name).toMatch(/^การแสดงเจตจำนงทางการเมือง/);
      expect(doc.records[1]?.indicators).toHaveLength(5);
      expect(doc.records[15]?.period).toBe('');
      expect(doc.records[15]?.indicators).toEqual([]);
    });

    it('reads the organization, and the years 2562–2564 from the projects’ periods', () => {
      expect(doc.header).toMatchObject({
        organization: 'องค์การบริหารส่วนตำบลจอมประทัด',
        fiscalYear: 2562,
        fiscalYearEnd: 2564,
      });
    });

    it('loses no word but the field headings', () => {
      expect(lostWords(withoutSubNumbers(SEED), doc, [...FIELD_HEADINGS, ...SPLIT_NAME_HEADING])).toEqual([]);
    });
  });

  describe('when the paste is not an action plan', () => {
    it.each([[''], ['\n\n'], ['\t\t\n  \n<p></p>']])('fails as blank for %j', (text) => {
      expect(structureActionPlan(pastedLines(text))).toEqual({ ok: false, problem: { code: 'blank' } });
    });

    it('fails with not-this-document for a measures table', () => {
      const table = [
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568',
        'ลำดับ\tมาตรการส่งเสริมคุณธรรมและความโปร่งใส\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม',
        '1\tการเผยแพร่ข้อมูลต่อสาธารณะ\t1. จัดทำประกาศ 2. เผยแพร่ทางเว็บไซต์\tสำนักปลัด\tรายงานทุก 6 เดือน',
        '2\tการป้องกันผลประโยชน์ทับซ้อน\t1. อบรมบุคลากร\tกองคลัง\tรายงานประจำปี',
      ].join('\n');

      const result = structureActionPlan(pastedLines(table));

      expect(result).toMatchObject({
        ok: false,
        problem: { code: 'not-this-document', expected: 'action-plan' },
      });
    });

    it.each([['measures-fy2563.txt'], ['ita-analysis-fy2562.txt']])(
      'fails with not-this-document for the seed %s',
      (name) => {
        expect(structureActionPlan(pastedLines(seed(name)))).toMatchObject({
          ok: false,
          problem: { code: 'not-this-document', expected: 'action-plan' },
        });
      },
    );
  });

  describe('when lines are out of place', () => {
    const form = (name: string) =>
      [`1. ชื่อโครงการ ${name}`, '2. หลักการและเหตุผล', 'เหตุผล', '10. ตัวชี้วัด/ผลลัพธ์', '1. ตัวชี้วัด'].join('\n');

    it('warns of a line above the forms that is neither a heading nor the header, with its row', () => {
      const doc = read(['องค์การบริหารส่วนตำบลทดสอบ', 'ภาพประกอบกิจกรรม', '2.1 หัวข้อ', form('ก')].join('\n'));

      expect(doc.warnings).toEqual([
        {
          severity: 'warning',
          row: 2,
          problem: expect.objectContaining({ code: 'not-this-document', expected: 'action-plan' }),
        },
      ]);
      expect(doc.records).toHaveLength(1);
    });

    it('reads a form whose name heading is missing as a project without a name, not as heading text', () => {
      const doc = read(['2.1 หัวข้อ', '2. หลักการและเหตุผล', 'เหตุผล', '3. วัตถุประสงค์', 'เพื่อทดสอบ'].join('\n'));

      expect(doc.records).toEqual([
        expect.objectContaining({ section: '2.1 หัวข้อ', name: '', rationale: 'เหตุผล' }),
      ]);
    });

    it('lists a page footer and the signature block after the last form in warnings, not in its fields', () => {
      const doc = read(
        [
          form('ก'),
          'หน้า 12',
          form('ข'),
          'ลงชื่อ ผู้เสนอแผน',
          '(นายสมชาย ใจดี)',
          'นายกองค์การบริหารส่วนตำบลทดสอบ',
        ].join('\n'),
      );

      expect(doc.records.map((r) => r.indicators)).toEqual([['ตัวชี้วัด'], ['ตัวชี้วัด']]);
      expect(doc.warnings.map((w) => w.problem)).toEqual([
        { code: 'after-table', lines: ['หน้า 12'] },
        {
          code: 'after-table',
          lines: ['ลงชื่อ ผู้เสนอแผน', '(นายสมชาย ใจดี)', 'นายกองค์การบริหารส่วนตำบลทดสอบ'],
        },
      ]);
    });

    it('warns of a later part of the document (ส่วนที่ ๔) instead of adding it to the last project', () => {
      const doc = read([form('ก'), 'ส่วนที่ 4 การติดตามและประเมินผล', 'คณะกรรมการติดตามผล'].join('\n'));

      expect(doc.records[0]?.indicators).toEqual(['ตัวชี้วัด']);
      expect(doc.warnings.map((w) => w.row)).toEqual([6, 7]);
    });
  });

  describe('heading rules', () => {
    it.each([
      ['1. ชื่อ มาตรการ การแสดงเจตจำนง', 'name', 'การแสดงเจตจำนง'],
      ['1. ชื่อ มาตรการสร้างความโปร่งใส', 'name', 'มาตรการสร้างความโปร่งใส'],
      ['1. ชื่อโครงการอบรมคุณธรรม', 'name', 'โครงการอบรมคุณธรรม'],
      ['๑. ชื่อโครงการ/กิจกรรม/มาตรการ : มาตรการ “จัดทำข้อตกลง”', 'name', 'มาตรการ “จัดทำข้อตกลง”'],
      ['2. หลักการและเหตุผล/ที่มาของโครงการ', 'rationale', ''],
      ['4. เป้าหมาย/ผลผลิต', 'targets', ''],
      ['5. สถานที่ดำเนินการ', 'area', ''],
      ['7. ระยะเวลาดำเนินการ ปีงบประมาณ 2562', 'period', 'ปีงบประมาณ 2562'],
      ['8. งบประมาณ 50,000 บาท', 'budget', '50,000 บาท'],
      ['9. ผู้รับผิดชอบโครงการฯ', 'responsible', ''],
      ['10. ตังชี้วัด/ผลลัพธ์', 'indicators', ''],
      ['๑๐. ตัวชี้วัด/ผลลัพธ์', 'indicators', ''],
      ['4. กลุ่มเป้าหมาย', 'targets', ''],
      ['7. ระยะเวลาในการดำเนินการ ต.ค. 2562', 'period', 'ต.ค. 2562'],
      ['9. หน่วยงานรับผิดชอบ กองคลัง', 'responsible', 'กองคลัง'],
      ['3. วตถุประสงค์', 'objectives', ''],
      ['7. ระยะเวลาดาเนินการ', 'period', ''],
      ['2. หลกการและเหตผุล', 'rationale', ''],
      ['9. ผู้รบผิดชอบ สำนักปลัด', 'responsible', 'สำนักปลัด'],
      ['2. หลักการเหตุผล', 'rationale', ''],
      ['6. ขั้นตอนการดำเนินงาน', 'methods', ''],
      ['10. ผลลัพธ์', 'indicators', ''],
    ])('reads %s as the heading of %s, followed by %j', (line, key, rest) => {
      expect(readFieldHeading(line)).toMatchObject({ field: { key }, rest });
    });

    it.each([['1. ชื่อและที่อยู่ของผู้ร้องเรียน'], ['4. เพื่อรณรงค์ เผยแพร่'], ['3. หลักการและเหตุผล'], ['2.1 วัตถุประสงค์']])(
      'reads %s as no field heading (a list item, a wrong number)',
      (line) => {
        expect(readFieldHeading(line)).toBeUndefined();
      },
    );

    it.each([
      [
        [2, 1],
        [2, 2],
      ],
      [
        [2, 2],
        [2, 2, 1],
      ],
      [
        [2, 2, 3],
        [2, 3],
      ],
      [
        [2, 5, 3],
        [3, 1],
      ],
      [
        [2, 2, 3],
        [2, 3, 1],
      ],
    ])('lets %j be followed by %j', (prev, next) => {
      expect(followsHeading(prev, next)).toBe(true);
    });

    it.each([
      [
        [1, 2, 1],
        [1, 1],
      ],
      [
        [2, 1],
        [2, 1],
      ],
      [
        [2, 1],
        [2, 3],
      ],
      [
        [2, 2, 1],
        [1, 2],
      ],
    ])('does not let %j be followed by %j', (prev, next) => {
      expect(followsHeading(prev, next)).toBe(false);
    });
  });

  describe('properties', () => {
    const FRAGMENTS = [
      '1. ชื่อโครงการ',
      '๑. ชื่อ มาตรการ ก',
      '2. หลักการและเหตุผล',
      '3. วัตถุประสงค์',
      '3.1 เพื่อ',
      '10. ตัวชี้วัด/ผลลัพธ์',
      '2.1 หัวข้อ',
      '2.2.1 หัวข้อย่อย',
      '๓.๑',
      'มิติที่ 2',
      'ส่วนที่ 3',
      'องค์การบริหารส่วนตำบลก',
      '<p>',
      '[image: ภาพ]',
      '\t',
      '-',
      'ข้อความ',
    ];
    const line = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 }));
    const lines = fc.array(
      fc.array(line, { maxLength: 3 }).map((parts) => parts.join(' ')),
      { maxLength: 40 },
    );

    /** A result that is either a document whose records have every field, or a typed failure. */
    function expectWellFormed(text: string): void {
      const result = structureActionPlan(pastedLines(text));
      if (!result.ok) {
        expect(['blank', 'not-this-document']).toContain(result.problem.code);
        return;
      }
      for (const record of result.value.records) {
        expect(Object.keys(record)).toEqual(ACTION_PLAN.fields.map((f) => f.key));
      }
    }

    it('reads any string as a document or a typed failure, never a throw', () => {
      fc.assert(fc.property(fc.string({ maxLength: 400 }), expectWellFormed), { numRuns: 500 });
    });

    it('reads any run of form-like and random lines as a document or a typed failure', () => {
      fc.assert(
        fc.property(lines, (ls) => expectWellFormed(ls.join('\n'))),
        { numRuns: 500 },
      );
    });

    it.each([
      ['the อบต. fixture', TAMBON],
      ['the เทศบาล fixture', THESABAN],
      ['the seed', SEED],
    ])('reads the records of %s written back as forms as the same records', (_name, text) => {
      const records = read(text).records;

      expect(read(renderForms(records)).records).toEqual(records);
    });

    const FIRST = ['ส่งเสริม', 'บุคลากร', 'ประชาชน', 'กองคลัง', 'เพื่อ', 'จัดทำ'];
    const WORDS = [
      ...FIRST,
      'ความโปร่งใส',
      'ของ',
      'ในตำบล',
      'ข้อมูลข่าวสาร',
      'ร้อยละ',
      '80',
      '๑๒',
      'คน',
      '“มาตรการ”',
      '(ถือปฏิบัติ)',
    ];
    const textLine = fc
      .tuple(fc.constantFrom(...FIRST), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }))
      .map(([first, rest]) => [first, ...rest].join(' '));
    const text = fc.array(textLine, { maxLength: 3 }).map((ls) => ls.join('\n'));
    const list = fc.array(textLine, { maxLength: 4 });
    const project = fc.record({
      name: text,
      rationale: text,
      objectives: list,
      targets: text,
      area: text,
      methods: list,
      period: text,
      budget: text,
      responsible: text,
      indicators: list,
    });
    const plan = fc
      .array(fc.tuple(textLine, fc.array(project, { minLength: 1, maxLength: 3 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((sections) =>
        sections.flatMap(([heading, projects], i) =>
          projects.map(
            (p): DocumentRecord => ({ section: `มิติที่ 2 การบริหารราชการ\n2.${i + 1} ${heading}`, ...p }),
          ),
        ),
      );

    it('reads any plan written as forms back as the same records', () => {
      fc.assert(
        fc.property(plan, (records) => {
          expect(read(renderForms(records)).records).toEqual(
            records.map((r) => Object.fromEntries(ACTION_PLAN.fields.map((f) => [f.key, r[f.key]]))),
          );
        }),
        { numRuns: 300 },
      );
    });

    it('reads 200,000-character lines without a backtracking blow-up', () => {
      const long = [
        `1. ชื่อ ${'มาตรการ/'.repeat(20000)}`,
        `1. ชื่อ ${'มาตรการ/'.repeat(20000)}ก`,
        `2.${'1.'.repeat(50000)}`,
        `10. ตัวชี้วัด${' /'.repeat(50000)}`,
        `มิติที่ ${'๒'.repeat(100000)}`,
      ].join('\n');
      // No wall-clock assertion: jest's timeout is what catches a regex that runs away.
      const result = structureActionPlan(pastedLines(long));

      expect(typeof result.ok).toBe('boolean');
    });
  });
});
