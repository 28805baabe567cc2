import fc from 'fast-check';
import { joinList, lineMarker, numberList, splitList } from '../../../src/core/thai/numbered-list';

describe('splitList', () => {
  it.each([
    ['๑.จัดทำมาตรการ ๒.เผยแพร่ข้อมูล', ['จัดทำมาตรการ', 'เผยแพร่ข้อมูล']],
    [
      '๑. จัดให้มีบัตรคิว ๒.สรุปผล รอบ ๖ เดือน ปีละ ๒ ครั้ง ๓. รายงาน',
      ['จัดให้มีบัตรคิว', 'สรุปผล รอบ ๖ เดือน ปีละ ๒ ครั้ง', 'รายงาน'],
    ],
    [
      '1. เพื่อเป็นการ\n2. เพื่อกำหนดมาตรการ\nอย่างเป็นธรรม\n3. เพื่อเปิดโอกาส',
      ['เพื่อเป็นการ', 'เพื่อกำหนดมาตรการ อย่างเป็นธรรม', 'เพื่อเปิดโอกาส'],
    ],
    ['(๑) เข้าร่วมกิจกรรม (๒) แสดงความเคารพ', ['เข้าร่วมกิจกรรม', 'แสดงความเคารพ']],
    ['1) ก\n2) ข', ['ก', 'ข']],
    ['3.1 เพื่อลดขั้นตอน\n3.2 เพื่อให้พึงพอใจ', ['เพื่อลดขั้นตอน', 'เพื่อให้พึงพอใจ']],
    ['- จิตอาสา\n• ซื่อสัตย์', ['จิตอาสา', 'ซื่อสัตย์']],
    ['กองคลัง\nกองช่าง', ['กองคลัง', 'กองช่าง']],
    ['งานที่ต้องทำ ๑. ประชุม ๒. ประกาศ', ['งานที่ต้องทำ', 'ประชุม', 'ประกาศ']],
    ['๑. ก\n๓. ค', ['ก', 'ค']],
    ['', []],
  ])('splits %p into its items', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });

  it.each([
    'ยุทธศาสตร์ชาติ ฉบับที่ 3 (พ.ศ. 2560 - 2564)',
    'ลดเรื่องร้องเรียนไม่น้อยกว่า 80 %',
    'ประชุมปีละ 2. ครั้ง',
    'ข้อ 1. เท่านั้น',
  ])('keeps %p whole: numbers inside a sentence do not start items', (text) => {
    expect(splitList(text)).toEqual([text]);
  });

  it('drops a marker an item carries twice: "๑. 1) ก" is the item ก', () => {
    expect(splitList('๑. 1) ก')).toEqual(['ก']);
  });

  it('gives back any list the sheet keeps, one item a line', () => {
    const item = fc.stringMatching(/^[ก-ฮ][ก-ฮ ]{0,20}[ก-ฮ]$/);

    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
        expect(splitList(numberList(items))).toEqual(items);
        expect(splitList(numberList(items, 'arabic'))).toEqual(items);
      }),
    );
  });

  it('returns items for any text, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(splitList(text))).toBe(true);
      }),
    );
  });
});

describe('lineMarker', () => {
  it.each([
    ['๑๐. ข้อสิบ', 10, '๑๐. '],
    ['(3) ข้อสาม', 3, '(3) '],
    ['2.5 ล้านบาท', undefined, '2.5 '],
    ['- ข้อ', undefined, '- '],
  ])('finds the marker of %p', (line, number, text) => {
    expect(lineMarker(line)).toMatchObject({ number, text });
  });

  it.each(['2562 - 2564', 'ก. ข้อ', '-5 องศา', '99.65'])('finds no marker in %p', (line) => {
    expect(lineMarker(line)).toBeUndefined();
  });
});

describe('numberList', () => {
  it('numbers items with Thai digits for a report', () => {
    expect(numberList(['ก', 'ข'])).toBe('๑. ก\n๒. ข');
  });
});

describe('splitList on a list with a lead line', () => {
  it('keeps the document’s own markers when a bullet lead line comes before numbered items', () => {
    const cell = '- เฝ้าระวังป้องกันการทุจริต โดยยึดหลักดังนี้\n๑. ไม่รับสินบน\n๒. เปิดเผยข้อมูล\nอย่างโปร่งใส\n๓. รายงาน';

    expect(splitList(cell)).toEqual([
      '- เฝ้าระวังป้องกันการทุจริต โดยยึดหลักดังนี้',
      '๑. ไม่รับสินบน',
      '๒. เปิดเผยข้อมูล อย่างโปร่งใส',
      '๓. รายงาน',
    ]);
    // Written back one a line and read again (the document tab), the same items.
    expect(splitList(joinList(splitList(cell)))).toEqual(splitList(cell));
  });

  it('drops the markers of sub-bullets under numbered items, as before', () => {
    expect(splitList('1. จัดเวที\n- กรณีศึกษา ก\n2. สรุปผล')).toEqual(['จัดเวที', 'กรณีศึกษา ก', 'สรุปผล']);
  });
});
