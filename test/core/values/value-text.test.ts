import { valueText } from '../../../src/core/values/value-text';

describe('valueText', () => {
  it.each([
    ['ก', 'ก'],
    [5, '5'],
    [0.1 + 0.2, '0.3'],
    [true, 'true'],
    ['', ''],
    [null, ''],
    [Number.NaN, ''],
  ])('reads %p as %p', (value, text) => {
    expect(valueText(value)).toBe(text);
  });

  it('reads a date cell at midnight in Bangkok as that day, not the day before in UTC', () => {
    expect(valueText(new Date('2024-09-30T17:00:00Z'))).toBe('2024-10-01');
  });
});
