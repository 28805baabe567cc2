import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { MEASURES } from '../../../src/core/documents/types';
import { recordRow, sameRecord } from '../../../src/core/layout/document-tab-layout';

const measure: DocumentRecord = {
  no: '1',
  measure: 'เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ',
  steps: ['จัดทำรายงาน', 'เผยแพร่บนเว็บไซต์'],
  period: 'ปีงบประมาณ พ.ศ. 2568',
  responsible: ['กองคลัง'],
  monitoring: 'รายงานผู้บริหารรอบ 6 เดือน',
};

describe('recordRow and sameRecord', () => {
  it('writes a record as its row, a list one item a line', () => {
    expect(recordRow(MEASURES, measure)[2]).toBe('จัดทำรายงาน\nเผยแพร่บนเว็บไซต์');
  });

  it('takes two records for the same when the tab would show the same cells', () => {
    expect(sameRecord(MEASURES, measure, { ...measure, measure: ` ${String(measure.measure)} ` })).toBe(true);
    expect(sameRecord(MEASURES, measure, { ...measure, steps: 'จัดทำรายงาน\nเผยแพร่บนเว็บไซต์' })).toBe(true);
    expect(sameRecord(MEASURES, measure, { ...measure, responsible: ['สำนักปลัด'] })).toBe(false);
    expect(sameRecord(MEASURES, measure, { ...measure, monitoring: 'ประจำปี' })).toBe(false);
  });
});
