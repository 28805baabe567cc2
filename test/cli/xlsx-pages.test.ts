import { pageBreaks } from '../../src/cli/xlsx-pages';

const rows = (count: number, height = 30) => Array<number>(count).fill(height);

describe('pageBreaks', () => {
  it('ends a page at the last row that fits', () => {
    // 10 rows of 30 pt on pages of 100 pt: three rows a page.
    expect(pageBreaks({ heights: rows(10), pageHeight: 100, keepTogether: [] })).toEqual([3, 6, 9]);
  });

  it('starts a run kept together on the next page rather than breaking through it', () => {
    // Rows 3–4 (a heading and the first row of its table) go together.
    expect(pageBreaks({ heights: rows(10), pageHeight: 100, keepTogether: [[3, 4]] })).toEqual([2, 5, 8]);
  });

  it('breaks through a run taller than a page, since it cannot be kept', () => {
    expect(pageBreaks({ heights: rows(10), pageHeight: 100, keepTogether: [[2, 9]] })).toEqual([3, 6, 9]);
  });

  it('keeps the last rows with the signature: the last page never holds the signature alone', () => {
    const breaks = pageBreaks({ heights: rows(8), pageHeight: 100, keepTogether: [[6, 8]] });

    expect(breaks).toEqual([3, 5]);
  });

  it('leaves room for the header repeated on every page after the first, and skips hidden rows', () => {
    const heights = [30, 30, 30, 30, 0, 0, 30, 30, 30, 30];

    // Row 1 repeats: pages after the first hold two rows below it.
    expect(pageBreaks({ heights, pageHeight: 100, keepTogether: [], repeat: [1, 1] })).toEqual([3, 7, 9]);
  });
});
