import fc from 'fast-check';
import {
  emptyValues,
  isBlank,
  lines,
  NO_BUDGET,
  normalizeValues,
  recordFromValues,
  sameValues,
  valuesFromRecord,
  withTypedChanges,
} from '../../sidebar/src/form-values';
import { ACTION_PLAN, ETHICS, MEASURES } from '../../src/core/documents/types';

describe('emptyValues', () => {
  it('has every field of the type, units as no boxes ticked', () => {
    const values = emptyValues(MEASURES);
    expect(Object.keys(values)).toEqual(MEASURES.fields.map((f) => f.key));
    expect(values.responsible).toEqual([]);
    expect(values.measure).toBe('');
    expect(isBlank(values)).toBe(true);
  });
});

describe('recordFromValues', () => {
  it('splits a list one item a line, drops its markers and blank lines, trims text', () => {
    const record = recordFromValues(MEASURES, {
      ...emptyValues(MEASURES),
      measure: '  เผยแพร่ข้อมูล  ',
      steps: '๑. จัดทำประกาศ\n\n๒. เผยแพร่ทางเว็บไซต์',
      responsible: ['สำนักปลัด', ' กองคลัง '],
    });
    expect(record).toEqual({
      no: '',
      measure: 'เผยแพร่ข้อมูล',
      steps: ['จัดทำประกาศ', 'เผยแพร่ทางเว็บไซต์'],
      period: '',
      responsible: ['สำนักปลัด', 'กองคลัง'],
      monitoring: '',
    });
  });

  it('splits a numbered list run together in one line', () => {
    const record = recordFromValues(ETHICS, { ...emptyValues(ETHICS), practices: '1. ตรงต่อเวลา 2. ซื่อสัตย์' });
    expect(record.practices).toEqual(['ตรงต่อเวลา', 'ซื่อสัตย์']);
  });

  it('keeps the action plan responsible as text and the no-budget words as the budget', () => {
    const record = recordFromValues(ACTION_PLAN, {
      ...emptyValues(ACTION_PLAN),
      responsible: 'สำนักปลัด',
      budget: NO_BUDGET,
    });
    expect(record.responsible).toBe('สำนักปลัด');
    expect(record.budget).toBe('ไม่ใช้งบประมาณ');
  });
});

describe('valuesFromRecord', () => {
  it('shows a list one item a line and gives back the same record', () => {
    const record = {
      no: '1',
      measure: 'มาตรการ',
      steps: ['ขั้นหนึ่ง', 'ขั้นสอง'],
      period: 'ปีงบประมาณ พ.ศ. 2568',
      responsible: ['สำนักปลัด'],
      monitoring: 'รายงาน',
    };
    const values = valuesFromRecord(MEASURES, record);
    expect(values.steps).toBe('ขั้นหนึ่ง\nขั้นสอง');
    expect(recordFromValues(MEASURES, values)).toEqual(record);
  });

  it('round-trips any record of plain items', () => {
    const item = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) => `ข้อ${s.replace(/\s+/g, ' ').trim()}`)
      .filter((s) => !/[0-9๐-๙]/.test(s));
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 5 }),
        fc.array(item, { maxLength: 3 }),
        (steps, units) => {
          const record = { no: '', measure: 'ม', steps, period: '', responsible: units, monitoring: 'ต' };
          expect(recordFromValues(MEASURES, valuesFromRecord(MEASURES, record))).toEqual(record);
        },
      ),
    );
  });
});

describe('normalizeValues', () => {
  it('drops unknown keys and values of the wrong shape, fills missing fields', () => {
    const values = normalizeValues(MEASURES, {
      measure: 'ม',
      extra: 'x',
      steps: 5,
      responsible: 'สำนักปลัด\nกองคลัง',
    });
    expect(Object.keys(values)).toEqual(MEASURES.fields.map((f) => f.key));
    expect(values.measure).toBe('ม');
    expect(values.steps).toBe('');
    expect(values.responsible).toEqual(['สำนักปลัด', 'กองคลัง']);
  });
});

describe('lines', () => {
  it('trims lines and drops blank ones', () => {
    expect(lines(' ก \n\n ข\n')).toEqual(['ก', 'ข']);
  });
});

describe('withTypedChanges', () => {
  const opened = { measure: 'เดิม', steps: ['ก'], monitoring: 'รายงาน' };
  const fresh = { measure: 'เดิม', steps: ['ก', 'ข'], monitoring: 'รายงานรอบ 6 เดือน' };

  it('keeps the fields the officer changed and refreshes the others from the row read again', () => {
    const typed = { measure: 'ใหม่', steps: ['ก'], monitoring: 'รายงาน' };

    expect(withTypedChanges(fresh, typed, opened)).toEqual({
      measure: 'ใหม่',
      steps: ['ก', 'ข'],
      monitoring: 'รายงานรอบ 6 เดือน',
    });
  });

  it('keeps every typed field when the record it was opened from is not known', () => {
    const typed = { measure: 'ใหม่', steps: ['ก'], monitoring: 'รายงาน' };

    expect(withTypedChanges(fresh, typed, undefined)).toEqual(typed);
  });

  it('tells values apart field by field, lists by their items', () => {
    expect(sameValues(fresh, { ...fresh })).toBe(true);
    expect(sameValues(fresh, { ...fresh, steps: ['ก'] })).toBe(false);
  });
});
