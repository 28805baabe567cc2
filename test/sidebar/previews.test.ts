import {
  budgetPreview,
  currentFiscalYear,
  listCountText,
  periodChoices,
  periodPreview,
} from '../../sidebar/src/previews';
import { parsePeriod } from '../../src/core/thai/period';

describe('listCountText', () => {
  it('counts in Thai digits', () => {
    expect(listCountText(3)).toBe('๓ ข้อ');
    expect(listCountText(0)).toBe('๐ ข้อ');
    expect(listCountText(12)).toBe('๑๒ ข้อ');
  });
});

describe('periodPreview', () => {
  it('says nothing for blank text', () => {
    expect(periodPreview('  ')).toEqual({ kind: 'empty' });
  });

  it('shows how the period was read, the official way', () => {
    expect(periodPreview('1 ต.ค. 67 - 30 ก.ย. 68')).toEqual({
      kind: 'read',
      text: 'อ่านได้ว่า ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘',
    });
    expect(periodPreview('ปีงบประมาณ 2562-2564')).toEqual({
      kind: 'read',
      text: 'อ่านได้ว่า ปีงบประมาณ พ.ศ. ๒๕๖๒ – ๒๕๖๔',
    });
  });

  it("reads ไตรมาส ๒ and ตลอดปีงบประมาณ in the document's year, and says when it has none", () => {
    expect(periodPreview('ไตรมาส ๒', 2569)).toEqual({ kind: 'read', text: 'อ่านได้ว่า ๑ ม.ค. ๖๙ – ๓๑ มี.ค. ๖๙' });
    expect(periodPreview('ตลอดปีงบประมาณ', 2569)).toEqual({
      kind: 'read',
      text: 'อ่านได้ว่า ปีงบประมาณ พ.ศ. ๒๕๖๙',
    });
    expect(periodPreview('ตลอดปีงบประมาณ')).toMatchObject({ kind: 'hint' });
  });

  it('gives an example, not a second message of its own, when the text does not read', () => {
    for (const text of ['เร็ว ๆ นี้', 'ไตรมาส ๕']) {
      const preview = periodPreview(text, 2568);
      expect(preview.kind).toBe('hint');
      expect(preview.kind !== 'empty' && preview.text).toContain('เขียนได้เช่น');
      expect(preview.kind !== 'empty' && preview.text).not.toContain('อ่านเป็นระยะเวลาไม่ได้');
    }
  });
});

describe('budgetPreview', () => {
  it('reads amounts and none', () => {
    expect(budgetPreview('๕๐,๐๐๐ บาท')).toEqual({ kind: 'read', text: 'อ่านได้ว่า 50,000 บาท' });
    expect(budgetPreview('ไม่ใช้งบประมาณ')).toEqual({ kind: 'read', text: 'อ่านได้ว่า ไม่ใช้งบประมาณ' });
    expect(budgetPreview('แล้วแต่')).toMatchObject({ kind: 'hint' });
  });
});

describe('periodChoices', () => {
  it('centres on the document year, and every choice reads back as a period', () => {
    const years = periodChoices({ fiscalYear: 2568 }, new Date('2020-01-01T00:00:00Z'));
    expect(years.map((y) => y.year)).toEqual([2566, 2567, 2568, 2569, 2570]);
    for (const year of years) {
      for (const choice of year.choices) expect(parsePeriod(choice.text).ok).toBe(true);
    }
    expect(years[2]?.choices.map((c) => c.text)).toEqual([
      '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘',
      '๑ ต.ค. ๖๗ – ๓๑ มี.ค. ๖๘',
      'ปีงบประมาณ พ.ศ. ๒๕๖๘',
    ]);
  });

  it('offers the whole span of a plan over several years', () => {
    const years = periodChoices({ fiscalYear: 2562, fiscalYearEnd: 2564 }, new Date());
    expect(years.find((y) => y.year === 2562)?.choices.at(-1)?.text).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๒ – ๒๕๖๔');
  });

  it('centres on this fiscal year without one', () => {
    const years = periodChoices({}, new Date('2026-10-01T00:00:00+07:00'));
    expect(years[2]?.year).toBe(2570);
  });
});

describe('currentFiscalYear', () => {
  it('turns on 1 October in Bangkok', () => {
    expect(currentFiscalYear(new Date('2026-09-30T23:59:00+07:00'))).toBe(2569);
    expect(currentFiscalYear(new Date('2026-09-30T17:00:00Z'))).toBe(2570);
  });
});
