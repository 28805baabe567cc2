import fc from 'fast-check';
import { toArabicDigits, toThaiDigits } from '../../../src/core/thai/digits';

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
