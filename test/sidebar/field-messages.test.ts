import { checkForm, mergeChecks, saveBlockedReason, serverCheck } from '../../sidebar/src/field-messages';
import { emptyValues } from '../../sidebar/src/form-values';
import { MAX_CELL_LENGTH } from '../../src/core/documents/record-schema';
import { ACTION_PLAN, MEASURES } from '../../src/core/documents/types';

const profile = { units: ['สำนักปลัด', 'กองคลัง'] };
const valid = {
  no: '1',
  measure: 'เผยแพร่ข้อมูล',
  steps: 'จัดทำประกาศ',
  period: '1 ต.ค. 67 - 30 ก.ย. 68',
  responsible: ['สำนักปลัด'],
  monitoring: 'รายงานผู้บริหาร',
};

describe('checkForm', () => {
  it('finds nothing wrong with a valid record, and the save is allowed', () => {
    const check = checkForm(MEASURES, valid, { fiscalYear: 2568 }, profile);
    expect(check.errorFields).toEqual([]);
    expect(check.byField).toEqual({});
    expect(saveBlockedReason(MEASURES, check)).toBe('');
  });

  it('names each required field of an empty form, in Thai with a gloss', () => {
    const check = checkForm(MEASURES, emptyValues(MEASURES), {}, profile);
    expect(check.errorFields).toEqual(['measure', 'steps', 'responsible', 'monitoring']);
    expect(check.byField.measure).toEqual([{ severity: 'error', text: 'ต้องกรอก (is required)' }]);
    expect(check.byField.steps?.[0]?.text).toContain('ต้องมีอย่างน้อยหนึ่งข้อ');
    const reason = saveBlockedReason(MEASURES, check);
    expect(reason).toContain('บันทึกไม่ได้');
    expect(reason).toContain('ผู้รับผิดชอบ');
  });

  it('refuses a unit the profile does not have, but not without a profile', () => {
    const values = { ...valid, responsible: ['กองช่าง'] };
    expect(checkForm(MEASURES, values, {}, profile).byField.responsible?.[0]?.text).toContain('กองช่าง');
    expect(checkForm(MEASURES, values, {}, null).errorFields).toEqual([]);
  });

  it('says ไตรมาส ๕ once, as an error that blocks the save; an unreadable optional period only warns', () => {
    const quarter = checkForm(MEASURES, { ...valid, period: 'ไตรมาส ๕' }, { fiscalYear: 2568 }, profile);
    expect(quarter.byField.period).toHaveLength(1);
    expect(quarter.byField.period?.[0]?.severity).toBe('error');
    expect(saveBlockedReason(MEASURES, quarter)).toContain('บันทึกไม่ได้');
    const vague = checkForm(MEASURES, { ...valid, period: 'ปีละ 2 ครั้ง' }, { fiscalYear: 2568 }, profile);
    expect(vague.byField.period?.map((m) => m.severity)).toEqual(['warning']);
    expect(saveBlockedReason(MEASURES, vague)).toBe('');
  });

  it('warns of a period outside the fiscal year without blocking the save', () => {
    const check = checkForm(
      MEASURES,
      { ...valid, period: '1 ต.ค. 68 - 30 ก.ย. 69' },
      { fiscalYear: 2568 },
      profile,
    );
    expect(check.byField.period?.[0]).toMatchObject({ severity: 'warning' });
    expect(check.byField.period?.[0]?.text).toMatch(/^คำเตือน: อยู่นอกปีงบประมาณ 2568/);
    expect(saveBlockedReason(MEASURES, check)).toBe('');
  });

  it('refuses a budget that is not an amount', () => {
    const check = checkForm(ACTION_PLAN, { ...emptyValues(ACTION_PLAN), budget: 'แล้วแต่' }, {}, null);
    expect(check.byField.budget?.[0]?.text).toContain('แล้วแต่');
  });

  it('says once that a field is longer than a cell, from the schema', () => {
    const check = checkForm(MEASURES, { ...valid, monitoring: 'ก'.repeat(MAX_CELL_LENGTH + 1) }, {}, profile);
    expect(check.byField.monitoring).toHaveLength(1);
    expect(check.byField.monitoring?.[0]?.text).toContain('ยาวเกิน');
  });
});

describe('serverCheck', () => {
  it('puts a problem under its field, and the rest in general', () => {
    const check = serverCheck(MEASURES, [
      { severity: 'error', message: 'ข้อผิดพลาด: ผู้รับผิดชอบ …', field: 'responsible' },
      { severity: 'error', message: 'อื่น ๆ', field: 'nope' },
      { severity: 'warning', message: 'ทั่วไป' },
    ]);
    expect(check.byField.responsible?.[0]?.text).toBe('ข้อผิดพลาด: ผู้รับผิดชอบ …');
    expect(check.general.map((m) => m.text)).toEqual(['อื่น ๆ', 'ทั่วไป']);
    expect(check.errorFields).toEqual(['responsible']);
  });

  it('merges with the form check without repeating a message', () => {
    const own = checkForm(MEASURES, { ...valid, measure: '' }, {}, profile);
    const server = serverCheck(MEASURES, [
      { severity: 'error', message: 'ต้องกรอก (is required)', field: 'measure' },
      { severity: 'error', message: 'x', field: 'monitoring' },
    ]);
    const merged = mergeChecks(MEASURES, own, server);
    expect(merged.byField.measure).toHaveLength(1);
    expect(merged.errorFields).toEqual(['measure', 'monitoring']);
  });
});
