import { ETHICS, ITA_ANALYSIS, MEASURES, OIT_CHECKLIST, RESULTS } from '../../../src/core/documents/types';
import {
  mapHeadings,
  matchHeading,
  readHeader,
  readHeaderRow,
} from '../../../src/core/structure/header-match';

describe('matchHeading', () => {
  it.each([
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'measure'],
    ['มาตรการส่งเสริมคุณธรรม และความโปร่งใส', 'measure'],
    ['ขั้นตอน/วิธีการ', 'steps'],
    ['ผู้รับผิด ชอบ', 'responsible'],
    ['การกำกับ ติดตาม', 'monitoring'],
    ['ช่วงระยะเวลา ดำเนินการ', 'period'],
  ])('reads the measures heading %p as %s', (cell, key) => {
    expect(matchHeading(cell, MEASURES.fields)?.key).toBe(key);
  });

  it.each([
    ['มาตราการส่งเสริมคุณธรรมและความโปร่งใส', 'measure'],
    ['มาตราการ', 'measure'],
    ['ผู้รับผิดขอบ', 'responsible'],
    ['หน่วยงานที่รับผิดชอบ', 'responsible'],
    ['วิธีดำเนินการ', 'steps'],
    ['ขั้นตอนการดำเนินงาน', 'steps'],
    ['ระยะเวลาดำเนินการ', 'period'],
    ['ระยะเวลาในการดำเนินการ', 'period'],
    ['การกำกับติดตาม (Monitoring)', 'monitoring'],
    ['การติดตามและประเมินผล', 'monitoring'],
    ['ลำดับที่ (No.)', 'no'],
    ['ดํ าเนินการ ขั้นตอน', 'steps'],
  ])('reads the slip, synonym or gloss %p as %s', (cell, key) => {
    expect(matchHeading(cell, MEASURES.fields)?.key).toBe(key);
  });

  it.each([
    ['พฤติกรรมที่ประสงค์', 'behavior'],
    ['แนวปฏิบัติ', 'practices'],
    ['ตัวชี้วัดด้านที่ออกการประเมินผล', 'indicators'],
    ['มาตรฐานทางคุณธรรมจริยธรรม', 'standard'],
  ])('reads the scanned ethics heading %p as %s', (cell, key) => {
    expect(matchHeading(cell, ETHICS.fields)?.key).toBe(key);
  });

  it.each([
    ['ผลลัพธ์ (Outcome)', 'outcome'],
    ['ผลการดำเนินการ (Output)', 'output'],
  ])('reads the results heading %p as %s, its English gloss aside', (cell, key) => {
    expect(matchHeading(cell, RESULTS.fields)?.key).toBe(key);
  });

  it.each([
    'ติดตามผลปีละ ๒ ครั้ง',
    'กองคลัง',
    'หมายเหตุ',
    'งบประมาณ',
    'ผลการประเมิน ITA',
    'ประกาศเจตจำนงสุจริต',
    'รายงานความก้าวหน้าและสรุปผลให้ผู้บริหารทราบรอบ ๖ เดือนและประจำปีงบประมาณ',
  ])('reads the content cell %p as no heading', (cell) => {
    expect(matchHeading(cell, MEASURES.fields)).toBeUndefined();
  });
});

describe('readHeaderRow', () => {
  it('maps a results header to its fields, whatever its wording', () => {
    expect(
      readHeaderRow(
        ['ลำดับ', 'มาตรการ/กิจกรรม', 'ขั้นตอน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ผลสัมฤทธิ์'],
        RESULTS.fields,
      ),
    ).toEqual(['no', 'measure', 'steps', 'period', 'responsible', 'output', 'outcome']);
  });

  it('keeps an empty heading cell as an unnamed column', () => {
    expect(readHeaderRow(['มาตรการ', '', 'ผู้รับผิดชอบ'], MEASURES.fields)).toEqual([
      'measure',
      undefined,
      'responsible',
    ]);
  });

  it('refuses a row with one heading, or with more unknown cells than headings', () => {
    expect(readHeaderRow(['มาตรการ', '', ''], MEASURES.fields)).toBeUndefined();
    expect(readHeaderRow(['มาตรการ', 'กองคลัง', 'ปีละ ๒ ครั้ง', 'เผยแพร่แล้ว'], MEASURES.fields)).toBeUndefined();
  });

  it('keeps a cell that names no field as an unknown column, not a reason to refuse the row', () => {
    expect(readHeader(['มาตรการ', 'ผู้รับผิดชอบ', 'หมายเหตุ'], MEASURES.fields, ['measure'])).toEqual({
      columns: ['measure', 'responsible', undefined],
      unknown: [{ column: 2, heading: 'หมายเหตุ' }],
    });
  });

  it('refuses a row without the key column the caller asks for', () => {
    expect(readHeader(['ขั้นตอน', 'ผู้รับผิดชอบ'], MEASURES.fields, ['no', 'measure'])).toBeUndefined();
  });
});

describe('mapHeadings', () => {
  it("gives a second cell naming a taken field its next best field: a website's description goes to the note", () => {
    expect(mapHeadings(['ข้อ', 'รายการข้อมูล', 'รายละเอียดข้อมูล', 'ลิงก์ที่เกี่ยวข้อง'], OIT_CHECKLIST.fields)).toEqual({
      columns: ['code', 'title', 'note', 'url'],
      unknown: [],
    });
  });

  it('reads the same fields whatever the order of the cells', () => {
    const cells = ['ผู้รับผิดชอบ', 'ลำดับ', 'การกำกับติดตาม', 'มาตรการ', 'ระยะเวลา', 'ขั้นตอน'];

    expect(mapHeadings(cells, MEASURES.fields).columns).toEqual([
      'responsible',
      'no',
      'monitoring',
      'measure',
      'period',
      'steps',
    ]);
  });
});

describe('matchHeading, on the parts of a heading', () => {
  it.each([
    ['ผู้รับผิดชอบ/ผู้ประสานงาน', MEASURES, 'responsible'],
    ['รายละเอียด/ขั้นตอน', MEASURES, 'steps'],
    ['ผลการดำเนินงาน (เชิงปริมาณ)', RESULTS, 'output'],
    ['พฤติกรรมที่พึงประสงค์ (ค่านิยม)', ETHICS, 'behavior'],
    ['ตัวชี้วัด/เป้าหมาย', ETHICS, 'indicators'],
    ['ข้อมูลที่ต้องเผยแพร่', OIT_CHECKLIST, 'title'],
    ['ลิ้งค์', OIT_CHECKLIST, 'url'],
  ])('reads %p by the part that names a field', (cell, type, key) => {
    expect(matchHeading(cell, type.fields)?.key).toBe(key);
  });

  it.each(['สำนักปลัด/กองคลัง', 'รายงานผล (ไตรมาส)', 'ปีงบประมาณ ๒๕๖๘'])(
    'still reads the content cell %p as no heading',
    (cell) => {
      expect(matchHeading(cell, MEASURES.fields)).toBeUndefined();
    },
  );
});

describe('mapHeadings, where one official heading holds another field’s word', () => {
  it('gives ตัวชี้วัดที่ to the ordinal and ตัวชี้วัด to the indicator, in any order', () => {
    expect(mapHeadings(['ตัวชี้วัด', 'ตัวชี้วัดที่', 'คะแนน'], ITA_ANALYSIS.fields).columns).toEqual([
      'indicator',
      'no',
      'score',
    ]);
  });
});
