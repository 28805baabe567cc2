import fc from 'fast-check';
import { type Decimal, parseDecimal } from '../../../src/core/numbers/decimal';
import { bahtText } from '../../../src/core/thai/baht-text';

function amount(text: string): Decimal {
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(`test bug: ${text} is not decimal text`);
  return parsed;
}

describe('bahtText', () => {
  it.each([
    ['0', 'ศูนย์บาทถ้วน'],
    ['1', 'หนึ่งบาทถ้วน'],
    ['10', 'สิบบาทถ้วน'],
    ['11', 'สิบเอ็ดบาทถ้วน'],
    ['20', 'ยี่สิบบาทถ้วน'],
    ['21', 'ยี่สิบเอ็ดบาทถ้วน'],
    ['99', 'เก้าสิบเก้าบาทถ้วน'],
    ['100', 'หนึ่งร้อยบาทถ้วน'],
    ['101', 'หนึ่งร้อยเอ็ดบาทถ้วน'],
    ['111', 'หนึ่งร้อยสิบเอ็ดบาทถ้วน'],
    ['201', 'สองร้อยเอ็ดบาทถ้วน'],
    ['1001', 'หนึ่งพันเอ็ดบาทถ้วน'],
    ['1101', 'หนึ่งพันหนึ่งร้อยเอ็ดบาทถ้วน'],
    ['1234', 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'],
    ['50000', 'ห้าหมื่นบาทถ้วน'],
    ['100000', 'หนึ่งแสนบาทถ้วน'],
    ['1000000', 'หนึ่งล้านบาทถ้วน'],
    ['1000001', 'หนึ่งล้านเอ็ดบาทถ้วน'],
    ['1000011', 'หนึ่งล้านสิบเอ็ดบาทถ้วน'],
    ['10000001', 'สิบล้านเอ็ดบาทถ้วน'],
    ['11000000', 'สิบเอ็ดล้านบาทถ้วน'],
    ['21000000', 'ยี่สิบเอ็ดล้านบาทถ้วน'],
    ['5001000500', 'ห้าพันเอ็ดล้านห้าร้อยบาทถ้วน'],
    ['1000000000000', 'หนึ่งล้านล้านบาทถ้วน'],
    ['1000001000000', 'หนึ่งล้านเอ็ดล้านบาทถ้วน'],
    [
      '999999999999999',
      'เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน',
    ],
  ])('writes %s baht as %s', (text, words) => {
    expect(bahtText(amount(text))).toBe(words);
  });

  it.each([
    ['121.50', 'หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์'],
    ['0.25', 'ยี่สิบห้าสตางค์'],
    ['0.01', 'หนึ่งสตางค์'],
    ['0.10', 'สิบสตางค์'],
    ['0.11', 'สิบเอ็ดสตางค์'],
    ['0.21', 'ยี่สิบเอ็ดสตางค์'],
    ['1.01', 'หนึ่งบาทหนึ่งสตางค์'],
    ['21.21', 'ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์'],
    ['1000000.01', 'หนึ่งล้านบาทหนึ่งสตางค์'],
    ['1.5', 'หนึ่งบาทห้าสิบสตางค์'],
  ])('writes the satang of %s as %s', (text, words) => {
    expect(bahtText(amount(text))).toBe(words);
  });

  it.each([
    ['0.995', 'หนึ่งบาทถ้วน'],
    ['1.999', 'สองบาทถ้วน'],
    ['99.999', 'หนึ่งร้อยบาทถ้วน'],
    ['0.125', 'สิบสามสตางค์'],
    ['0.004', 'ศูนย์บาทถ้วน'],
    ['84.995', 'แปดสิบห้าบาทถ้วน'],
  ])('rounds %s to satang, halves up, as %s', (text, words) => {
    expect(bahtText(amount(text))).toBe(words);
  });

  it.each([
    ['-1', 'ลบหนึ่งบาทถ้วน'],
    ['-11', 'ลบสิบเอ็ดบาทถ้วน'],
    ['-550.25', 'ลบห้าร้อยห้าสิบบาทยี่สิบห้าสตางค์'],
    ['-0.25', 'ลบยี่สิบห้าสตางค์'],
    ['-0.995', 'ลบหนึ่งบาทถ้วน'],
    ['-0.001', 'ศูนย์บาทถ้วน'],
  ])('writes the negative amount %s as %s', (text, words) => {
    expect(bahtText(amount(text))).toBe(words);
  });

  it('reads the same decimal at any scale alike', () => {
    expect(bahtText({ units: 5000000n, scale: 2 })).toBe(bahtText({ units: 50000n, scale: 0 }));
  });

  it('writes every whole amount up to 10^12 as baht ถ้วน, never หนึ่งสิบ, สองสิบ or สิบหนึ่ง, and ศูนย์ only for 0', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (units) => {
        const words = bahtText({ units, scale: 0 });

        expect(words.endsWith('บาทถ้วน')).toBe(true);
        expect(words).not.toMatch(/หนึ่งสิบ|สองสิบ|สิบหนึ่ง/);
        expect(words.includes('ศูนย์')).toBe(units === 0n);
      }),
    );
  });

  it('ends an amount with satang in สตางค์ and writes its sign as ลบ', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (units) => {
        fc.pre(units % 100n !== 0n);

        const words = bahtText({ units, scale: 2 });

        expect(words.endsWith('สตางค์')).toBe(true);
        expect(words.startsWith('ลบ')).toBe(units < 0n);
      }),
    );
  });
});
