import { readFiscalYear } from '../../sidebar/src/documents-view';
import { profileFromForm } from '../../sidebar/src/profile-view';
import { problemsSummary, summaryClass } from '../../sidebar/src/validate-view';

describe('readFiscalYear', () => {
  it('reads a B.E. year in Thai or Arabic digits; blank is none', () => {
    expect(readFiscalYear(' ๒๕๖๙ ')).toEqual({ ok: true, value: 2569 });
    expect(readFiscalYear('2568')).toEqual({ ok: true, value: 2568 });
    expect(readFiscalYear('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a year C.E. or text', () => {
    expect(readFiscalYear('2025').ok).toBe(false);
    expect(readFiscalYear('68').ok).toBe(false);
    expect(readFiscalYear('ปีนี้').ok).toBe(false);
  });
});

describe('profileFromForm', () => {
  it('trims, and keeps the units one a line without blanks or repeats', () => {
    const form: Record<string, string> = {
      organization: ' อบต.หนองบัว ',
      district: 'เมือง',
      province: 'ขอนแก่น',
      website: '',
      units: 'สำนักปลัด\n\n กองคลัง \nสำนักปลัด',
    };
    expect(profileFromForm((key) => form[key] ?? '')).toEqual({
      organization: 'อบต.หนองบัว',
      district: 'เมือง',
      province: 'ขอนแก่น',
      website: '',
      units: ['สำนักปลัด', 'กองคลัง'],
    });
  });
});

describe('problemsSummary', () => {
  it('counts errors and warnings', () => {
    expect(problemsSummary([])).toBe('ไม่พบปัญหา');
    expect(
      problemsSummary([
        { severity: 'error', message: 'a' },
        { severity: 'warning', message: 'b' },
        { severity: 'error', message: 'c' },
      ]),
    ).toContain('ข้อผิดพลาด 2 · คำเตือน 1');
  });

  it('is green only without a problem: one error is red, warnings alone amber', () => {
    expect(summaryClass([])).toBe('status');
    expect(summaryClass([{ severity: 'error', message: 'a' }])).toBe('status has-errors');
    expect(summaryClass([{ severity: 'warning', message: 'b' }])).toBe('status has-warnings');
  });
});
