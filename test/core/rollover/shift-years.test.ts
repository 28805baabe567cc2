import fc from 'fast-check';
import { shiftIsoDay, shiftYears } from '../../../src/core/rollover/shift-years';
import { toThaiDigits } from '../../../src/core/thai/digits';

// A document of FY 2568 rolled into 2569: its years are 2567 (Oct–Dec) and 2568.
const NEXT = { by: 1, from: 2567, to: 2568 };
const shifted = (text: string, shift = NEXT) => shiftYears(text, shift).text;

describe('shiftYears', () => {
  it.each([
    ['๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', '๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙'],
    ['1 ต.ค. 67 - 30 ก.ย. 68', '1 ต.ค. 68 - 30 ก.ย. 69'],
    ['ต.ค.67-ก.ย.68', 'ต.ค.68-ก.ย.69'],
    ['ปีงบประมาณ พ.ศ. 2568', 'ปีงบประมาณ พ.ศ. 2569'],
    ['ตลอดปีงบประมาณ ๒๕๖๘', 'ตลอดปีงบประมาณ ๒๕๖๙'],
    ['1/10/67 - 30/9/68', '1/10/68 - 30/9/69'],
    ['01/10/2567', '01/10/2568'],
    ['ปี 67-68', 'ปี 68-69'],
    ['ตุลาคม ๒๕๖๗ ถึง กันยายน ๒๕๖๘', 'ตุลาคม ๒๕๖๘ ถึง กันยายน ๒๕๖๙'],
    ['ประกาศเจตจำนงสุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 'ประกาศเจตจำนงสุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'],
    ['รายงานรอบ 6 เดือน (1 ต.ค. 67 - 31 มี.ค. 68)', 'รายงานรอบ 6 เดือน (1 ต.ค. 68 - 31 มี.ค. 69)'],
  ])('moves %p to %p, digits as written', (text, expected) => {
    expect(shifted(text)).toBe(expected);
  });

  it.each([
    ['a law keeps its year', 'ระเบียบกระทรวงมหาดไทย ว่าด้วยการรับเงิน พ.ศ. 2567'],
    ['an amount with a comma', 'งบประมาณ 2,568 บาท'],
    ['an amount in baht', 'จำนวน 2568 บาท'],
    ['a web address', 'https://www.nongbuathong.go.th/ita2568/o1.pdf'],
    ["a plan whose span is not the document's", 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)'],
    ['a clause number', 'ข้อ 67 ของระเบียบ'],
    ['a decimal', 'ร้อยละ 10.2568'],
    ['a phrase without a year', 'ตลอดปีงบประมาณ'],
    ["a year far from the document's", 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ ปี 2555'],
  ])('leaves %s as written', (_, text) => {
    expect(shifted(text)).toBe(text);
  });

  it('moves the years around an address, not inside it', () => {
    expect(shifted('ดูที่ https://x.go.th/ita2568/ ปี 2568')).toBe('ดูที่ https://x.go.th/ita2568/ ปี 2569');
  });

  it('moves 29 ก.พ. 2567 (a leap year) to 28 ก.พ. 2568, which has no 29th', () => {
    expect(shifted('29 ก.พ. 2567')).toBe('28 ก.พ. 2568');
    expect(shifted('๒๙ กุมภาพันธ์ ๒๕๖๗')).toBe('๒๘ กุมภาพันธ์ ๒๕๖๘');
  });

  it('moves a three-year plan 2562–2564 on by three years, its yearly budget too', () => {
    const plan = { by: 3, from: 2561, to: 2564 };

    expect(shifted('ปีงบประมาณ พ.ศ. 2562 - 2564', plan)).toBe('ปีงบประมาณ พ.ศ. 2565 - 2567');
    expect(shifted('ปี 62 = 10,000 บาท ปี 63 = 10,000 บาท', plan)).toBe('ปี 65 = 10,000 บาท ปี 66 = 10,000 บาท');
  });

  it('counts the years it moved', () => {
    expect(shiftYears('๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', NEXT).moved).toBe(2);
    expect(shiftYears('ไม่มีปี', NEXT).moved).toBe(0);
  });

  it('moves Thai-digit text exactly as its Arabic-digit twin, and back again by -1', () => {
    const piece = fc.constantFrom(
      'ปีงบประมาณ พ.ศ. 2568',
      '1 ต.ค. 67 - 30 ก.ย. 68',
      ' 50,000 บาท ',
      'ปี 67',
      'ข้อ 12',
      'ระเบียบ พ.ศ. 2567',
      '\n',
      '30/9/68',
      'ตลอดปี',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        const forward = shifted(text);

        expect(shifted(toThaiDigits(text))).toBe(toThaiDigits(forward));
        expect(shiftYears(forward, { by: -1, from: 2568, to: 2569 }).text).toBe(text);
      }),
    );
  });
});

describe('shiftIsoDay', () => {
  it('moves a day read from a date cell on by years, 29 Feb to 28 Feb when needed', () => {
    expect(shiftIsoDay('2025-03-31', 1)).toBe('2026-03-31');
    expect(shiftIsoDay('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftIsoDay('๓๑ มี.ค. ๖๘', 1)).toBeUndefined();
  });
});
