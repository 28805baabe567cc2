/** Records as officers fill them in, shared by the tests of the operations that write them. */

import type { DocumentRecord } from '../../src/core/documents/document-type';

/** A measure of the test profile's units (กองคลัง), valid for FY 2568. */
export const MEASURE: DocumentRecord = {
  no: '1',
  measure: 'เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ',
  steps: ['จัดทำรายงาน', 'เผยแพร่บนเว็บไซต์'],
  period: 'ปีงบประมาณ พ.ศ. 2568',
  responsible: ['กองคลัง'],
  monitoring: 'รายงานผู้บริหารรอบ 6 เดือน',
};

/** The measure with another name. */
export const measureNamed = (name: string): DocumentRecord => ({ ...MEASURE, measure: name });
