import { MAX_CELL_LENGTH } from '../../../src/core/documents/record-schema';
import { CUT_MARK, fitCell } from '../../../src/core/layout/cell-limit';

describe('fitCell', () => {
  it('keeps text that fits a cell as it is, up to 50,000 characters', () => {
    const full = 'ก'.repeat(MAX_CELL_LENGTH);

    expect(fitCell('มาตรการ')).toBe('มาตรการ');
    expect(fitCell(full)).toBe(full);
  });

  it('cuts longer text to a cell, with the mark that says where the full text is', () => {
    const cut = fitCell('ข'.repeat(MAX_CELL_LENGTH + 1));

    expect(cut).toHaveLength(MAX_CELL_LENGTH);
    expect(cut.endsWith(CUT_MARK)).toBe(true);
    expect(CUT_MARK).toContain('ข้อความเต็มอยู่ในแท็บเอกสาร');
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    const end = MAX_CELL_LENGTH - CUT_MARK.length;
    const text = `${'ค'.repeat(end - 1)}😀${'ค'.repeat(1000)}`;

    const cut = fitCell(text);

    expect(cut.endsWith(CUT_MARK)).toBe(true);
    expect(cut.slice(0, -CUT_MARK.length) === 'ค'.repeat(end - 1)).toBe(true);
  });
});
