import fc from 'fast-check';
import { decimalToString } from '../../../src/core/numbers/decimal';
import { type Budget, formatBudget, parseBudget } from '../../../src/core/thai/budget';

const NONE: Budget = { kind: 'none' };
const baht = (units: bigint, scale = 0): Budget => ({ kind: 'amount', baht: { units, scale } });
/** A budget in words, for test titles: `no budget`, `1500.50 baht`. */
const show = (b: Budget): string => (b.kind === 'none' ? 'no budget' : `${decimalToString(b.baht)} baht`);

describe('parseBudget', () => {
  it.each([
    ['ไม่ใช้งบประมาณ'],
    ['ไม่ใช้งบ'],
    ['ไม่มีงบประมาณ'],
    ['ไม่มีงบ'],
    ['ไม่ได้ใช้งบประมาณ'],
    ['ไม่ใช้ งบประมาณ'],
    ['-'],
    [' – '],
    ['ไม่ใช้งบประมาณ (ดำเนินการตามภารกิจปกติ)'],
  ])('reads %s as no budget', (text) => {
    expect(parseBudget(text)).toEqual({ ok: true, value: NONE });
  });

  it.each([['ไม่ใช้งบประมาณ 10,000 บาท'], ['ไม่มี'], ['--']])(
    'does not read %s as no budget (an amount after it, or a word short)',
    (text) => {
      expect(parseBudget(text)).toEqual({ ok: false, problem: { code: 'not-a-budget', value: text } });
    },
  );

  it.each([
    ['50,000 บาท', '50,000', baht(50000n)],
    ['๕๐,๐๐๐ บาท', '50,000', baht(50000n)],
    ['50000', '50,000', baht(50000n)],
    ['50,000', '50,000', baht(50000n)],
    ['งบประมาณ 50,000 บาท', '50,000', baht(50000n)],
    ['งบประมาณ: 50,000 บาท', '50,000', baht(50000n)],
    ['งบประมาณ จำนวน 50,000 บาท', '50,000', baht(50000n)],
    ['จำนวน 20,000.- บาท', '20,000', baht(20000n)],
    ['๒๐,๐๐๐.-', '20,000', baht(20000n)],
    ['50,000.-', '50,000', baht(50000n)],
    ['50,000.-บาท', '50,000', baht(50000n)],
    ['เป็นเงิน 20,000 บาทถ้วน', '20,000', baht(20000n)],
    ['฿1,500.50', '1,500.50', baht(150050n, 2)],
    ['1,500.5 บาท', '1,500.50', baht(150050n, 2)],
    ['50,000.00 บาท', '50,000', baht(50000n)],
    ['50,000 บาท (ห้าหมื่นบาทถ้วน)', '50,000', baht(50000n)],
    ['50,000 บาท.', '50,000', baht(50000n)],
    ['0 บาท', '0', baht(0n)],
    ['  1,234,567.89\u00a0บาท ', '1,234,567.89', baht(123456789n, 2)],
  ])('reads %s as %s baht', (text, _amount, budget) => {
    expect(parseBudget(text)).toEqual({ ok: true, value: budget });
  });

  it.each([
    ['-50,000 บาท'],
    ['−1,000'],
    ['5,00 บาท'],
    ['1,500.555 บาท'],
    ['ห้าหมื่นบาทถ้วน'],
    ['50,000 ดอลลาร์'],
    ['10,000 บาท 20,000 บาท'],
    ['ปีละ 10,000 บาท'],
  ])('reads %s as not-a-budget (negative, badly grouped, below a satang, in words, or ambiguous)', (text) => {
    expect(parseBudget(text)).toEqual({ ok: false, problem: { code: 'not-a-budget', value: text } });
  });

  it.each([
    ['ปี 62 = 10,000 บาท ปี 63 = 10,000 บาท', '20,000', baht(20000n)],
    ['ปี 2562 จำนวน 10,000 บาท, ปี 2563 จำนวน 15,000.50 บาท', '25,000.50', baht(2500050n, 2)],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๒ : ๕,๐๐๐ บาท และปีงบประมาณ พ.ศ. ๒๕๖๓ : ๕,๐๐๐ บาท', '10,000', baht(10000n)],
    ['ปี 2563 = 10,000 บาท', '10,000', baht(10000n)],
  ])('sums the yearly amounts %s to %s baht, as each has its own year', (text, _amount, budget) => {
    expect(parseBudget(text)).toEqual({ ok: true, value: budget });
  });

  it.each([
    ['ปี 62 = 10,000 บาท ปี 62 = 10,000 บาท'],
    ['ปี 62 = 10,000 บาท 10,000 บาท'],
    ['ปี 62-64 = 10,000 บาท'],
    ['ปี 2563'],
  ])('does not sum %s (a year twice, an amount without a year, or no amount)', (text) => {
    expect(parseBudget(text)).toEqual({ ok: false, problem: { code: 'not-a-budget', value: text } });
  });

  it.each([[''], ['   '], ['\u200b']])('reads the blank text %j as blank', (text) => {
    expect(parseBudget(text)).toEqual({ ok: false, problem: { code: 'blank' } });
  });

  it.each([
    ['"1 - " 5,000 times', '1 - '.repeat(5000)],
    ['20,000 Thai ones', '๑'.repeat(20000)],
    ['20,000 openings of a bracket', '('.repeat(20000)],
    ['a bracket and 20,000 letters', `(${'ก'.repeat(20000)}`],
    ['"ปี 62 = 1," 25 times', 'ปี 62 = 1,'.repeat(25)],
    ['"1,000" 40 times', '1,000'.repeat(40)],
  ])("refuses the hostile text %s (jest's timeout catches a runaway regex)", (_name, text) => {
    const result = parseBudget(text);

    expect(result).toEqual({ ok: false, problem: { code: 'not-a-budget', value: text } });
  });

  it('returns a result for any text, never throwing', () => {
    const token = fc.constantFrom(
      ...['1', '๕๐', ',000', '.', '.-', ' ', '-', '฿', 'บาท', 'ปี', '62', '=', '(', ')', 'งบประมาณ', 'ไม่ใช้'],
    );
    const written = fc.array(token, { maxLength: 20 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 400 }), written), (text) => {
        const result = parseBudget(text);

        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatBudget', () => {
  const rows: [Budget, 'thai' | 'arabic', string][] = [
    [NONE, 'arabic', 'ไม่ใช้งบประมาณ'],
    [baht(50000n), 'arabic', '50,000 บาท'],
    [baht(150050n, 2), 'arabic', '1,500.50 บาท'],
    [baht(5000000n, 2), 'arabic', '50,000 บาท'],
    [baht(0n), 'arabic', '0 บาท'],
    [baht(999n), 'arabic', '999 บาท'],
    [baht(1234567n), 'arabic', '1,234,567 บาท'],
    // Past satang the amount is rounded half away from zero, as official documents round.
    [baht(1005n, 3), 'arabic', '1.01 บาท'],
    [baht(50000n), 'thai', '๕๐,๐๐๐ บาท'],
  ];

  it.each(rows.map(([budget, digits, text]) => [show(budget), digits, text, budget] as const))(
    'writes %s in %s digits as %s',
    (_words, digits, text, budget) => {
      expect(formatBudget(budget, digits)).toBe(text);
    },
  );

  it('writes Arabic digits unless asked for Thai', () => {
    expect(formatBudget(baht(20000n))).toBe('20,000 บาท');
  });

  it('writes any budget so that it reads back the same, in both digit styles', () => {
    // Budgets as parseBudget gives them: whole baht at scale 0, else satang at scale 2.
    const budget = fc.oneof(
      fc.constant(NONE),
      fc
        .bigInt({ min: 0n, max: 10n ** 15n })
        .map((satang) => (satang % 100n === 0n ? baht(satang / 100n) : baht(satang, 2))),
    );
    fc.assert(
      fc.property(budget, fc.constantFrom('thai', 'arabic') as fc.Arbitrary<'thai' | 'arabic'>, (b, d) => {
        expect(parseBudget(formatBudget(b, d))).toEqual({ ok: true, value: b });
      }),
    );
  });
});
