import {
  compareSubIndicatorCodes,
  parseSubIndicatorCode,
  subIndicatorName,
} from '../../../src/core/oit/sub-indicator-code';

describe('parseSubIndicatorCode', () => {
  it.each([
    ['9.1', 9, 1, '9.1'],
    ['๑๐.๒', 10, 2, '10.2'],
    [' 9.5 ', 9, 5, '9.5'],
    ['9.1 ข้อมูลพื้นฐาน', 9, 1, '9.1'],
    ['ตัวชี้วัดย่อยที่ 10.1', 10, 1, '10.1'],
    ['10.10', 10, 10, '10.10'],
    ['9.1. ข้อมูลพื้นฐาน', 9, 1, '9.1'],
  ])('reads %j as indicator %d, sub-indicator %d', (text, indicator, no, code) => {
    expect(parseSubIndicatorCode(text)).toEqual({ indicator, no, code });
  });

  it.each(['8.1', '9', '9.', '9.0', '9.01', '9.1.2', '11.1', '19.1', 'o1', ''])('refuses %j', (text) => {
    expect(parseSubIndicatorCode(text)).toBeUndefined();
  });
});

describe('compareSubIndicatorCodes', () => {
  it('puts indicator 9 first and 10.2 before 10.10', () => {
    const codes = ['10.10', '10.2', '9.3', '10.1', '9.1'].map((c) => parseSubIndicatorCode(c)!);

    expect(codes.sort(compareSubIndicatorCodes).map((c) => c.code)).toEqual([
      '9.1',
      '9.3',
      '10.1',
      '10.2',
      '10.10',
    ]);
  });
});

describe('subIndicatorName', () => {
  it('reads the name written after the code, in Thai or Arabic digits', () => {
    expect(subIndicatorName('9.1 ข้อมูลพื้นฐาน')).toBe('ข้อมูลพื้นฐาน');
    expect(subIndicatorName('ตัวชี้วัดย่อยที่ ๙.๒  การบริหารงาน')).toBe('การบริหารงาน');
    expect(subIndicatorName('10.2')).toBe('');
    expect(subIndicatorName('ข้อมูลพื้นฐาน')).toBe('');
  });
});
