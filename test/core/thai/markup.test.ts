import fc from 'fast-check';
import { cleanLine, cleanText, stripMarkup } from '../../../src/core/thai/markup';

describe('cleanText', () => {
  it.each([
    ['<p>กองคลัง</p>', 'กองคลัง'],
    ['<p>บรรทัดแรก</p><p>บรรทัดสอง</p>', 'บรรทัดแรก\nบรรทัดสอง'],
    ['ช่องทาง <u>Line</u> และ<b>เว็บไซต์</b>', 'ช่องทาง Line และเว็บไซต์'],
    ['สะดวก&nbsp;และปลอดภัย &amp; รวดเร็ว', 'สะดวก และปลอดภัย & รวดเร็ว'],
    ['รายงานความ   ก้าวหน้า\u200bและ\u00a0สรุปผล', 'รายงานความ ก้าวหน้าและ สรุปผล'],
    ['[image: ผลการค้นหารูปภาพสำหรับ กรอบลายไทย] 2.1 การแสดงเจตจำนง', '2.1 การแสดงเจตจำนง'],
    ['ข้อ&#3665; ก&#x0E52;', 'ข้อ๑ ก๒'],
    ['<span style="color:red">แดง</span><br/>ต่อ', 'แดง\nต่อ'],
    ['\r\n  \r\n  ก  \r\n', 'ก'],
  ])('cleans %p to %p', (pasted, clean) => {
    expect(cleanText(pasted)).toBe(clean);
  });

  it.each([
    ['a < b และ c > d', 'a < b และ c > d'],
    ['<p ไม่ปิด', '<p ไม่ปิด'],
    ['&unknown; &#99999999;', '&unknown; &#99999999;'],
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
  ])('keeps text that only looks like markup: %p', (pasted, kept) => {
    expect(cleanText(pasted)).toBe(kept);
  });

  it('gives the same text when cleaned twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(cleanText(cleanText(text))).toBe(cleanText(text));
      }),
    );
  });

  it('never adds a character that was not in the paste, markup and entities aside', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ก-ฮะ-ูเ-์0-9 \n]{0,200}$/), (text) => {
        expect(cleanText(text).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('cleanLine', () => {
  it('puts the lines of a cell on one line', () => {
    expect(cleanLine('<p>ก</p><p>ข</p>')).toBe('ก ข');
  });
});

describe('stripMarkup', () => {
  it("answers on 200,000 unclosed brackets (jest's timeout catches a runaway regex)", () => {
    expect(stripMarkup('<a'.repeat(100_000))).toHaveLength(200_000);
  });
});

describe('stripMarkup, only real tags', () => {
  it.each([
    ['ทำ a<b แล้ว c>d', 'ทำ a<b แล้ว c>d'],
    ['ค่า 5<6 และ 7>3', 'ค่า 5<6 และ 7>3'],
    ['<ชื่อหน่วยงาน>', '<ชื่อหน่วยงาน>'],
    ['ก <x> ข', 'ก <x> ข'],
  ])('keeps %j, which holds no tag', (text, kept) => {
    expect(cleanText(text)).toBe(kept);
  });

  it.each([
    ['<p>ข้อ ๑</p>', 'ข้อ ๑'],
    ['<u>Line</u> และ</span>', 'Line และ'],
    ['<span style="font-size:16pt">ก</span>', 'ก'],
    ["<P CLASS=MsoNormal align='left'>ข<o:p></o:p>", 'ข'],
    ['<td colspan=2 nowrap>ค</td>', 'ค'],
  ])('removes the tags of %j', (text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });
});
