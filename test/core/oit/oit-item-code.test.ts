import { readOitItemCode } from '../../../src/core/oit/oit-item-code';

describe('readOitItemCode', () => {
  it.each([
    ['o1', 'o1'],
    ['O12', 'o12'],
    ['o๑๒', 'o12'],
    [' o 3 ', 'o3'],
    ['o07', 'o7'],
  ])('reads %j as %s', (text, code) => {
    expect(readOitItemCode(text)).toBe(code);
  });

  it.each(['', 'o', 'o0', 'o1.2', '1', 'online', 'o1 โครงสร้าง', 'o1000'])('reads no code in %j', (text) => {
    expect(readOitItemCode(text)).toBeUndefined();
  });
});
