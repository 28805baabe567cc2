import { contains, intersects, isA1, parseRegion, regionA1 } from '../../../src/sheets/memory/region';

describe('parseRegion', () => {
  it('reads a cell, a block, absolute marks and lower case', () => {
    expect([parseRegion('B2'), parseRegion('$a$1:c3')]).toEqual([
      { row: 2, column: 2, numRows: 1, numColumns: 1 },
      { row: 1, column: 1, numRows: 3, numColumns: 3 },
    ]);
  });

  it('throws "Range not found" for what is not an A1 name', () => {
    expect(() => parseRegion('A1:B')).toThrow('Range not found');
    expect(isA1('R1C1')).toBe(false);
  });
});

describe('regionA1', () => {
  it('names one cell alone and a block by its corners', () => {
    expect([
      regionA1({ row: 3, column: 1, numRows: 1, numColumns: 1 }),
      regionA1(parseRegion('C5:A1')),
    ]).toEqual(['A3', 'A1:C5']);
  });
});

describe('intersects and contains', () => {
  it('tell overlapping blocks from disjoint ones and a block inside another', () => {
    expect(intersects(parseRegion('A1:B2'), parseRegion('B2:C3'))).toBe(true);
    expect(intersects(parseRegion('A1:B2'), parseRegion('C1:C3'))).toBe(false);
    expect(contains(parseRegion('A1:D4'), parseRegion('B2:C3'))).toBe(true);
    expect(contains(parseRegion('B2:C3'), parseRegion('A1:D4'))).toBe(false);
  });
});
