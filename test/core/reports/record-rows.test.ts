import fc from 'fast-check';
import { printedSizePt, wrappedLines } from '../../../src/core/layout/text-metrics';
import { fittedWidths } from '../../../src/core/reports/column-widths';
import { MAX_ROW_LINES, splitText } from '../../../src/core/reports/record-rows';
import { thaiPart } from '../../../src/core/reports/record-text';
import { BODY_FONT_SIZE } from '../../../src/core/reports/report-options';

const size = printedSizePt(BODY_FONT_SIZE);
const thaiWord = fc.constantFrom('การเผยแพร่', 'ข้อมูล', 'งบประมาณ', 'ให้', 'บุคลากร', 'ทราบ', 'โครงการ', '๑๒๓');

describe('splitText', () => {
  it('keeps a short cell whole', () => {
    expect(splitText('๑. จัดทำรายงาน\n๒. เผยแพร่', 200)).toEqual(['๑. จัดทำรายงาน\n๒. เผยแพร่']);
  });

  it('shares a long list among pieces of at most a few lines, losing and reordering nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(thaiWord, { minLength: 1, maxLength: 12 }), { maxLength: 30 }),
        (items) => {
          const text = items.map((words, i) => `${i + 1}. ${words.join(' ')}`).join('\n');
          const pieces = splitText(text, 200);

          expect(pieces.join('\n').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
          for (const piece of pieces) {
            // A piece is over the limit only when it is one word too wide for the column.
            if (piece.includes(' '))
              expect(wrappedLines(piece, 200, size)).toBeLessThanOrEqual(MAX_ROW_LINES);
          }
        },
      ),
    );
  });
});

describe('fittedWidths', () => {
  it('gives the column of long paragraphs the room, keeps fixed columns and the total', () => {
    const widths = fittedWidths(
      [50, 200, 200, 100],
      [['1', '2'], ['สั้น', 'สั้น'], ['การเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้จ่ายงบประมาณ'.repeat(5)], ['กองคลัง']],
      [false, true, true, true],
    );

    expect(widths[0]).toBe(50);
    expect(widths[2]).toBeGreaterThan(200);
    expect(widths[1]).toBeGreaterThanOrEqual(150);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(550);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(545);
  });
});

describe('thaiPart', () => {
  it("leaves out the English gloss of the add-in's own messages, and keeps acronyms", () => {
    expect(thaiPart('น้ำหนัก 30/30/40 ตามคู่มือ (weights stated by the NACC)')).toBe('น้ำหนัก 30/30/40 ตามคู่มือ');
    expect(thaiPart('เกณฑ์ปี 2568 (บางส่วนยังไม่ยืนยัน: not fully verified)')).toBe('เกณฑ์ปี 2568 (บางส่วนยังไม่ยืนยัน)');
    expect(thaiPart('รายงานความพร้อม (OIT)')).toBe('รายงานความพร้อม (OIT)');
  });
});
