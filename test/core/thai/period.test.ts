import fc from 'fast-check';
import type { CalendarDate } from '../../../src/core/thai/calendar-date';
import { daysInMonth } from '../../../src/core/thai/calendar-date';
import {
  formatPeriod,
  type Period,
  parsePeriod,
  periodFiscalYears,
  periodWithinFiscalYear,
  sixMonthRound,
  wholeFiscalYear,
} from '../../../src/core/thai/period';

const years = (from: number, to: number): Period => ({ kind: 'fiscal-years', from, to });
const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d });
const dates = (start: CalendarDate, end: CalendarDate): Period => ({ kind: 'dates', start, end });

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const showDay = (d: CalendarDate): string => `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
/** A period in words, for test titles: `FY 2562–2564`, `1 Oct 2024 to 30 Sep 2025`. */
const show = (p: Period): string =>
  p.kind === 'dates'
    ? `${showDay(p.start)} to ${showDay(p.end)}`
    : `FY ${p.from}${p.to === p.from ? '' : `–${p.to}`}`;
/** Table rows with the period in words beside it. */
const named = (rows: readonly (readonly [string, Period])[]): [string, string, Period][] =>
  rows.map(([text, period]) => [text, show(period), period]);

const FY_2568 = dates(day(2024, 10, 1), day(2025, 9, 30));
const FY_2563 = dates(day(2019, 10, 1), day(2020, 9, 30));
const ROUND_2568 = dates(day(2024, 10, 1), day(2025, 3, 31));

describe('parsePeriod', () => {
  it.each([
    ['ปีงบประมาณ พ.ศ. 2562 - 2564', 'FY 2562–2564', years(2562, 2564)],
    ['ปีงบประมาณ 2562 – 2564', 'FY 2562–2564', years(2562, 2564)],
    ['ปีงบประมาณ 2562—2564', 'FY 2562–2564', years(2562, 2564)],
    ['ปีงบประมาณ 2562 ถึง 2564', 'FY 2562–2564', years(2562, 2564)],
    ['ปีงบประมาณ 2562 ถึงปีงบประมาณ 2564', 'FY 2562–2564', years(2562, 2564)],
    ['ปีงบประมาณ ๒๕๖๓', 'FY 2563', years(2563, 2563)],
    ['ปีงบประมาณ พ.ศ.๒๕๖๓', 'FY 2563', years(2563, 2563)],
    ['พ.ศ. 2562-2564', 'FY 2562–2564', years(2562, 2564)],
    ['2562 - 2564', 'FY 2562–2564', years(2562, 2564)],
    ['2563', 'FY 2563', years(2563, 2563)],
    ['ปี 2563', 'FY 2563', years(2563, 2563)],
    ['ตลอดปีงบประมาณ 2563', 'FY 2563', years(2563, 2563)],
    ['ตลอดปีงบประมาณ พ.ศ. ๒๕๖๓', 'FY 2563', years(2563, 2563)],
    ['ปีงบประมาณ 62-64', 'FY 2562–2564', years(2562, 2564)],
    ['ปี ๖๓', 'FY 2563', years(2563, 2563)],
    ['  ปีงบประมาณ พ.ศ. 2562 - 2564.  ', 'FY 2562–2564', years(2562, 2564)],
    ['ปีงบประมาณ\u00a0พ.ศ.\u00a02563', 'FY 2563', years(2563, 2563)],
  ])('reads %s as %s', (text, _fys, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: period });
  });

  it.each([['ปีงบประมาณ 2564 - 2562'], ['ปีงบประมาณ 64-62'], ['62-64'], ['2019 - 2021'], ['ปีงบประมาณ 256']])(
    'does not read %s as fiscal years (reversed, unlabelled two-digit, C.E. or cut short)',
    (text) => {
      expect(parsePeriod(text)).toEqual({ ok: false, problem: { code: 'not-a-period', value: text } });
    },
  );

  it('reads ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘ as 1 Oct 2024 to 30 Sep 2025', () => {
    const text = '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘';

    const result = parsePeriod(text);

    expect(result).toEqual({ ok: true, value: FY_2568 });
  });

  it.each(
    named([
      ['1 ตุลาคม 2567 - 30 กันยายน 2568', FY_2568],
      ['1 ต.ค. 2567 ถึง 31 มี.ค. 2568', ROUND_2568],
      ['01/10/2567 - 31/03/2568', ROUND_2568],
      ['01-10-2567 - 31-03-2568', ROUND_2568],
      ['1 ต.ค.67-30 ก.ย.68', FY_2568],
      ['ตั้งแต่วันที่ 1 ตุลาคม พ.ศ. 2567 ถึงวันที่ 30 กันยายน พ.ศ. 2568', FY_2568],
      ['1 ต.ค. - 31 มี.ค. 2568', ROUND_2568],
      ['1 ม.ค. - 31 มี.ค. 2568', dates(day(2025, 1, 1), day(2025, 3, 31))],
      ['29 ก.พ. - 1 มี.ค. 2568', dates(day(2024, 2, 29), day(2025, 3, 1))],
      ['15 มี.ค. 2568', dates(day(2025, 3, 15), day(2025, 3, 15))],
    ]),
  )('reads the days %s as %s', (text, _words, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: period });
  });

  it.each([
    ['30 ก.ย. 68 - 1 ต.ค. 67'],
    ['1 ต.ค. 2567 - 31 ก.ย. 2568'],
    ['1 ต.ค. - 31 มี.ค.'],
    ['1 ต.ค. 2567 -'],
  ])('does not read the days %s (reversed, no such day, no year or no end)', (text) => {
    expect(parsePeriod(text)).toEqual({ ok: false, problem: { code: 'not-a-period', value: text } });
  });

  it.each(
    named([
      ['ต.ค. 2567 – ก.ย. 2568', FY_2568],
      ['ตุลาคม 2562 - กันยายน 2563', FY_2563],
      ['ต.ค. 62 - มี.ค. 63', dates(day(2019, 10, 1), day(2020, 3, 31))],
      ['ตุลาคม 2562 – มีนาคม 2563', dates(day(2019, 10, 1), day(2020, 3, 31))],
      ['ตั้งแต่เดือน ต.ค. 2567 ถึง เดือน ก.ย. 2568', FY_2568],
      ['ต.ค. - ธ.ค. 2567', dates(day(2024, 10, 1), day(2024, 12, 31))],
      ['ก.พ. 2567 - ก.พ. 2567', dates(day(2024, 2, 1), day(2024, 2, 29))],
    ]),
  )(
    'reads the months %s as %s, first day of the first month to last day of the last',
    (text, _words, period) => {
      expect(parsePeriod(text)).toEqual({ ok: true, value: period });
    },
  );

  it.each([['ก.ย. 2568 – ต.ค. 2567'], ['ตุลา 2567 - กันยา 2568']])(
    'does not read the months %s (reversed or not month names)',
    (text) => {
      expect(parsePeriod(text)).toEqual({ ok: false, problem: { code: 'not-a-period', value: text } });
    },
  );

  // ไตรมาสที่ 1 and ตลอดปี are read in the document's year (period-phrases.test.ts).
  it.each([['ปีละ 2 ครั้ง'], ['ทุกเดือน'], ['1 - 2']])('reads %s as not-a-period with the text', (text) => {
    expect(parsePeriod(text)).toEqual({ ok: false, problem: { code: 'not-a-period', value: text } });
  });

  it.each([[''], ['   '], ['\u200b\u00a0']])('reads the blank text %j as blank', (text) => {
    expect(parsePeriod(text)).toEqual({ ok: false, problem: { code: 'blank' } });
  });

  it.each([
    ['"1 - " 5,000 times', '1 - '.repeat(5000)],
    ['20,000 Thai ones', '๑'.repeat(20000)],
    ['a label and 20,000 spaces', `ปีงบประมาณ ${' '.repeat(20000)}x`],
    ['a day and "ต.ค. " 4,000 times', `1 ${'ต.ค. '.repeat(4000)}`],
    ['"1 - " 40 times, just under the length cap', '1 - '.repeat(40)],
    ['"1 ต.ค. - " 17 times', '1 ต.ค. - '.repeat(17)],
    ['a day and 150 Thai letters', `1 ${'ต'.repeat(150)}x`],
  ])("refuses the hostile text %s (jest's timeout catches a runaway regex)", (_name, text) => {
    const result = parsePeriod(text);

    expect(result).toEqual({ ok: false, problem: { code: 'not-a-period', value: text } });
  });

  it('returns a result for any text, never throwing', () => {
    const token = fc.constantFrom(
      ...[
        '1',
        '๓๑',
        '2567',
        '๖๘',
        ' ',
        '-',
        '–',
        'ถึง',
        '.',
        '/',
        'ต.ค.',
        'กันยายน',
        'ปีงบประมาณ',
        'พ.ศ.',
        'ตลอด',
      ],
    );
    const written = fc.array(token, { maxLength: 20 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 200 }), written), (text) => {
        const result = parsePeriod(text);

        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

const fiscalYearsArb = fc
  .tuple(fc.integer({ min: 2400, max: 9999 }), fc.integer({ min: 0, max: 20 }))
  .map(([from, span]): Period => years(from, Math.min(9999, from + span)));
// C.E. 1900 (the first year read-date reads) to 9456 (B.E. 9999, the last four-digit year).
const dateArb = fc
  .tuple(
    fc.integer({ min: 1900, max: 9456 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([year, month, d]) => day(year, month, Math.min(d, daysInMonth(year, month))));
const datesArb = fc.tuple(dateArb, dateArb).map(([a, b]): Period => {
  const aFirst = a.year * 10000 + a.month * 100 + a.day <= b.year * 10000 + b.month * 100 + b.day;
  return aFirst ? dates(a, b) : dates(b, a);
});

describe('formatPeriod', () => {
  it.each(
    (
      [
        [years(2562, 2564), 'thai', 'ปีงบประมาณ พ.ศ. ๒๕๖๒ – ๒๕๖๔'],
        [years(2563, 2563), 'thai', 'ปีงบประมาณ พ.ศ. ๒๕๖๓'],
        [years(2562, 2564), 'arabic', 'ปีงบประมาณ พ.ศ. 2562 – 2564'],
        [FY_2568, 'thai', '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘'],
        [ROUND_2568, 'arabic', '1 ต.ค. 67 – 31 มี.ค. 68'],
        [dates(day(2043, 1, 5), day(2043, 1, 6)), 'arabic', '5 ม.ค. 86 – 6 ม.ค. 86'],
        // Outside B.E. 2500–2599 two digits would read back as another century: four are written.
        [dates(day(2057, 1, 5), day(2057, 1, 6)), 'arabic', '5 ม.ค. 2600 – 6 ม.ค. 2600'],
        [dates(day(1950, 1, 5), day(1950, 1, 6)), 'arabic', '5 ม.ค. 2493 – 6 ม.ค. 2493'],
      ] as const
    ).map(([period, digits, text]) => [show(period), digits, text, period] as const),
  )('writes %s in %s digits as %s', (_words, digits, text, period) => {
    expect(formatPeriod(period, digits)).toBe(text);
  });

  it('writes Thai digits unless asked for Arabic', () => {
    expect(formatPeriod(years(2563, 2563))).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๓');
  });

  it('writes fiscal years that read back as the same period, in both digit styles', () => {
    fc.assert(
      fc.property(
        fiscalYearsArb,
        fc.constantFrom('thai', 'arabic') as fc.Arbitrary<'thai' | 'arabic'>,
        (p, d) => {
          expect(parsePeriod(formatPeriod(p, d))).toEqual({ ok: true, value: p });
        },
      ),
    );
  });

  it('writes days that read back as the same period, in both digit styles', () => {
    fc.assert(
      fc.property(datesArb, fc.constantFrom('thai', 'arabic') as fc.Arbitrary<'thai' | 'arabic'>, (p, d) => {
        expect(parsePeriod(formatPeriod(p, d))).toEqual({ ok: true, value: p });
      }),
    );
  });
});

describe('periodFiscalYears', () => {
  const rows: [Period, { from: number; to: number }][] = [
    [years(2562, 2564), { from: 2562, to: 2564 }],
    [FY_2568, { from: 2568, to: 2568 }],
    [dates(day(2024, 9, 30), day(2024, 10, 1)), { from: 2567, to: 2568 }],
  ];

  it.each(rows.map(([period, fys]) => [show(period), fys, period] as const))(
    'finds the fiscal years %s touches: %o',
    (_words, fys, period) => {
      expect(periodFiscalYears(period)).toEqual(fys);
    },
  );
});

describe('periodWithinFiscalYear', () => {
  const rows: [Period, number, boolean][] = [
    [years(2562, 2564), 2563, true],
    [years(2562, 2564), 2565, false],
    [years(2563, 2563), 2563, true],
    [FY_2568, 2568, true],
    [ROUND_2568, 2568, true],
    [FY_2568, 2569, false],
    [dates(day(2024, 9, 30), day(2025, 3, 31)), 2568, false],
    [dates(day(2024, 10, 1), day(2025, 10, 1)), 2568, false],
  ];

  it.each(rows.map(([period, fy, within]) => [show(period), fy, within, period] as const))(
    'says %s lies within FY %i: %s',
    (_words, fy, within, period) => {
      expect(periodWithinFiscalYear(period, fy)).toBe(within);
    },
  );

  it('puts every fiscal year and its six-month round within that year and no other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2443, max: 9999 }), (fy) => {
        expect(periodWithinFiscalYear(wholeFiscalYear(fy), fy)).toBe(true);
        expect(periodWithinFiscalYear(sixMonthRound(fy), fy)).toBe(true);
        expect(periodWithinFiscalYear(wholeFiscalYear(fy), fy + 1)).toBe(false);
        expect(periodWithinFiscalYear(sixMonthRound(fy), fy - 1)).toBe(false);
      }),
    );
  });
});

describe('wholeFiscalYear', () => {
  it('gives FY 2568 as 1 Oct 2024 – 30 Sep 2025', () => {
    expect(wholeFiscalYear(2568)).toEqual(FY_2568);
  });
});

describe('sixMonthRound', () => {
  it('gives the six-month round of FY 2568 as 1 Oct 2024 – 31 Mar 2025', () => {
    expect(sixMonthRound(2568)).toEqual(ROUND_2568);
  });
});
