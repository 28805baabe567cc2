import { rowHeightPt, wrappedLines } from '../../../src/sheets/memory/row-height';

describe('wrappedLines', () => {
  it('counts one line for short text and one per written line', () => {
    expect(wrappedLines('กองคลัง', 160, 14)).toBe(1);
    expect(wrappedLines('กองคลัง\nกองช่าง', 160, 14)).toBe(2);
  });

  it('wraps long text by the column width, not counting Thai marks above and below', () => {
    const long = 'การเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้จ่ายงบประมาณให้บุคลากรทราบ';

    expect(wrappedLines(long, 160, 14)).toBeGreaterThan(wrappedLines(long, 480, 14));
    expect(wrappedLines('ก่'.repeat(10), 200, 14)).toBe(wrappedLines('ก'.repeat(10), 200, 14));
  });
});

describe('rowHeightPt', () => {
  it('grows with the lines and the font size', () => {
    expect(rowHeightPt(3, 14)).toBeGreaterThan(rowHeightPt(1, 14));
    expect(rowHeightPt(1, 18)).toBeGreaterThan(rowHeightPt(1, 14));
  });
});
