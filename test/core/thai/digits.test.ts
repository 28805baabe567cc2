import fc from 'fast-check';
import { toArabicDigits, toThaiDigits, toThaiDigitsInText } from '../../../src/core/thai/digits';

describe('toThaiDigits', () => {
  it('writes 2569 as ๒๕๖๙ and keeps the other characters', () => {
    expect(toThaiDigits('ปีงบประมาณ 2569, 99.65%')).toBe('ปีงบประมาณ ๒๕๖๙, ๙๙.๖๕%');
  });

  it('writes every Arabic digit', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
  });
});

describe('toArabicDigits', () => {
  it('reads ๙๙.๖๕ as 99.65', () => {
    expect(toArabicDigits('๙๙.๖๕')).toBe('99.65');
  });

  it('undoes toThaiDigits for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(toArabicDigits(toThaiDigits(text))).toBe(toArabicDigits(text));
      }),
    );
  });
});

describe('Thai digits in running text', () => {
  it('writes the numbers in Thai and keeps the digits of web addresses, which would no longer lead anywhere', () => {
    expect(toThaiDigitsInText('แถว 5 docs.google.com/spreadsheets/d/1Abc2 ยังไม่ได้แชร์ 3 แห่ง')).toBe(
      'แถว ๕ docs.google.com/spreadsheets/d/1Abc2 ยังไม่ได้แชร์ ๓ แห่ง',
    );
    expect(toThaiDigitsInText('https://www.example.go.th/ita/2568 ข้อ 12')).toBe(
      'https://www.example.go.th/ita/2568 ข้อ ๑๒',
    );
    expect(toThaiDigitsInText('www.abc123.go.th, 85.50 คะแนน')).toBe('www.abc123.go.th, ๘๕.๕๐ คะแนน');
    expect(toThaiDigitsInText('คะแนน 77.21 เอกสาร 12.50/100 3/6')).toBe('คะแนน ๗๗.๒๑ เอกสาร ๑๒.๕๐/๑๐๐ ๓/๖');
  });
});

describe('OIT codes in running text', () => {
  it('keep their digits, whose Thai form after a Latin o reads as a Thai zero', () => {
    expect(toThaiDigitsInText('ข้อ o3, o10–o11 และอีก 2 ข้อ; O12')).toBe('ข้อ o3, o10–o11 และอีก ๒ ข้อ; O12');
    expect(toThaiDigitsInText('photo2 ไม่ใช่รหัส')).toBe('photo๒ ไม่ใช่รหัส');
  });
});
