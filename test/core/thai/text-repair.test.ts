import fc from 'fast-check';
import { repairThai, repairThaiText } from '../../../src/core/thai/text-repair';

describe('repairThaiText', () => {
  it.each([
    ['ดําเนินการ', 'ดำเนินการ', 1],
    ['นํ\u0e49า', 'น้ำ', 1],
    ['น\u0e49\u0e4dา', 'น้ำ', 1],
    ['ที\uf70a', 'ที่', 1],
    ['ป\uf701\uf713', 'ปิ่', 2],
    ['ผู\uf70b', 'ผู้', 1],
    ['\uf700าน', 'ฐาน', 1],
    ['\uf70fาติ', 'ญาติ', 1],
    ['ก\uf718', 'กุ', 1],
    ['เจ\uf70bาหน\uf70bาที\uf70a', 'เจ้าหน้าที่', 3],
    ['ประจ า', 'ประจา', 1],
    ['ก ิจกรรม', 'กิจกรรม', 1],
    ['ที\u200b่', 'ที่', 1],
    ['ข\u0e49\u0e2dมูล', 'ข้อมูล', 0],
    ['ก\u0e48\u0e34', 'กิ่', 1],
  ])('repairs %j as %j (%d places)', (input, output, repairs) => {
    expect(repairThaiText(input)).toEqual({ text: output, repairs });
  });

  it('leaves text without a PDF slip exactly as it is', () => {
    const text = 'มาตรการส่งเสริมคุณธรรม ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘ (Line) น้ำ ที่ ผู้ใหญ่';

    expect(repairThaiText(text)).toEqual({ text, repairs: 0 });
  });

  it('drops a space before yamakkan (๎), a mark like the others, even in a cell of nothing else', () => {
    expect(repairThaiText(' \u0e4e')).toEqual({ text: '\u0e4e', repairs: 1 });
  });

  it('keeps a space before a leading vowel, which starts a word', () => {
    expect(repairThai('ให้ เจ้าหน้าที่ แจ้ง โดย ไป')).toBe('ให้ เจ้าหน้าที่ แจ้ง โดย ไป');
  });

  it('changes nothing the second time: a repaired text needs no repair', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              'ก',
              'ป',
              'ำ',
              'ํ',
              'า',
              '่',
              '้',
              'ิ',
              'ี',
              ' ',
              '\u200b',
              '\uf70a',
              '\uf705',
              '\uf713',
              '\uf701',
              '\uf700',
              'เ',
              'a',
              '1',
            ),
            {
              maxLength: 30,
            },
          )
          .map((cs) => cs.join('')),
        (text) => {
          const once = repairThaiText(text);

          expect(repairThaiText(once.text)).toEqual({ text: once.text, repairs: 0 });
        },
      ),
    );
  });

  it('never leaves a private-use glyph of a Thai PDF font behind', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0xf700, max: 0xf71a }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          expect(repairThai(`ก${text}`)).not.toMatch(/[\uf700-\uf71a]/);
        },
      ),
    );
  });
});
