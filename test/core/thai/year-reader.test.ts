import fc from 'fast-check';
import { readFiscalYear as readCreateBoxYear } from '../../../sidebar/src/documents-view';
import { readHeaderLines } from '../../../src/core/structure/header-lines';
import { readMemoYear } from '../../../src/core/structure/ita-analysis-lines';
import { toThaiDigits } from '../../../src/core/thai/digits';
import { fiscalYearsAfter, readFiscalYear } from '../../../src/core/thai/year-reader';

describe('fiscalYearsAfter', () => {
  it('reads a year after its words, with the era or without, and the end of a span', () => {
    expect(fiscalYearsAfter('แผน ปีงบประมาณ พ.ศ. ๒๕๖๒ – ๒๕๖๔', 'ปีงบประมาณ')).toEqual({ from: 2562, to: 2564 });
    expect(fiscalYearsAfter('ประจำปีงบประมาณ2567', 'ประจำปีงบประมาณ')).toEqual({ from: 2567 });
    expect(fiscalYearsAfter('ปีงบประมาณ 2019 และปีงบประมาณ 2562', 'ปีงบประมาณ')).toEqual({ from: 2562 });
  });

  it('reads no year without its words, nor one of five digits', () => {
    expect(fiscalYearsAfter('เลขที่ 2562', 'ปีงบประมาณ')).toBeUndefined();
    expect(fiscalYearsAfter('ปีงบประมาณ 25620', 'ปีงบประมาณ')).toBeUndefined();
  });
});

describe('the one year reader', () => {
  it('gives the header, the memo, the create box and a cell the same year, however the digits are written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 2800 }), fc.boolean(), (year, thai) => {
        const written = thai ? toThaiDigits(String(year)) : String(year);
        const line = `รายงานการวิเคราะห์ ประจำปีงบประมาณ พ.ศ.${written}`;

        expect([
          readHeaderLines([line]).fiscalYear,
          readMemoYear([line]),
          readCreateBoxYear(written),
          readFiscalYear(`พ.ศ. ${written}`),
        ]).toEqual([year, year, { ok: true, value: year }, { ok: true, value: year }]);
      }),
    );
  });

  it('refuses a year A.D. in a cell and the create box with its B.E.', () => {
    expect(readFiscalYear(2019)).toMatchObject({
      ok: false,
      problem: { code: 'gregorian-year', buddhistEra: 2562 },
    });
    expect(readCreateBoxYear('2019')).toMatchObject({
      ok: false,
      error: expect.stringContaining('พ.ศ. 2562'),
    });
  });

  it('reads no year out of the range in a document either', () => {
    expect(readHeaderLines(['ประจำปี 2899']).fiscalYear).toBeUndefined();
    expect(readMemoYear(['ประจำปีงบประมาณ 2301'])).toBeUndefined();
  });
});
