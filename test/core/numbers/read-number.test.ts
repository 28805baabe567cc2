import { decimalToString } from '../../../src/core/numbers/decimal';
import { isBlank, readCellNumber } from '../../../src/core/numbers/read-number';

function read(value: unknown): string {
  const result = readCellNumber(value);
  return result.ok ? decimalToString(result.value) : result.problem.code;
}

describe('readCellNumber', () => {
  it.each([
    [99.65, '99.65'],
    ['99.65', '99.65'],
    [' 99.65 ', '99.65'],
    ['๙๙.๖๕', '99.65'],
    ['\u00a0๙๙.๖๕\u200b', '99.65'],
    ['50,000', '50000'],
    ['๕๐,๐๐๐.๕๐', '50000.50'],
    ['\u22125', '-5'],
    ['+7', '7'],
    [0.1 + 0.2, '0.3'],
    [(84.99 + 85) / 2, '84.995'],
  ])('reads %p as %s', (value, expected) => {
    expect(read(value)).toBe(expected);
  });

  it.each([
    ['abc', 'not-a-number'],
    ['1,2', 'not-a-number'],
    ['12,34.5', 'not-a-number'],
    ['99.65 คะแนน', 'not-a-number'],
    [true, 'not-a-number'],
    [new Date(2026, 10, 22), 'not-a-number'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    ['', 'blank'],
    ['   ', 'blank'],
    [null, 'blank'],
    [undefined, 'blank'],
  ])('refuses %p as %s', (value, code) => {
    expect(read(value)).toBe(code);
  });
});

describe('isBlank', () => {
  it('counts a cell of spaces and zero-width characters as blank', () => {
    expect(isBlank(' \u200b\u00a0')).toBe(true);
  });

  it('does not count zero as blank', () => {
    expect(isBlank(0)).toBe(false);
  });
});
