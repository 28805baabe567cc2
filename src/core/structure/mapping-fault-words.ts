/**
 * The words of a column mapping's faults: which column, which field, and what the paste has. Made
 * where the mapping is checked, so the sidebar's bundle does not carry them.
 */

import type { Place } from '../problems/problem';
import type { MappingFault } from './column-mapping';

/** An entry shown in a message is cut here: it may be anything a request sent. */
const MAX_SHOWN = 40;

/** What is wrong with a mapping, in Thai and English: the reason of a bad-column-mapping problem. */
export function mappingFaultReason(fault: MappingFault): Place {
  const say = (th: string, en: string) => ({ th, en });
  switch (fault.kind) {
    case 'not-a-table':
      return say(
        `เอกสารประเภท ${fault.expected} ไม่ใช่ตาราง จึงกำหนดคอลัมน์ไม่ได้`,
        `a ${fault.expected} document is not a table; columns cannot be mapped`,
      );
    case 'unknown-field': {
      const value = fault.value.length > MAX_SHOWN ? `${fault.value.slice(0, MAX_SHOWN)}…` : fault.value;
      return say(
        `คอลัมน์ที่ ${fault.column} "${value}" ไม่ใช่ช่องของเอกสารนี้ (ใช้ ${fault.allowed.join(', ')} หรือ - เพื่อเก็บไว้)`,
        `column ${fault.column} "${value}" is not a field of this document (use ${fault.allowed.join(', ')} or - to keep it aside)`,
      );
    }
    case 'field-twice':
      return say(
        `ช่อง ${fault.field} ถูกเลือกซ้ำที่คอลัมน์ที่ ${fault.columns[0]} และ ${fault.columns[1]}`,
        `field ${fault.field} is chosen twice, for columns ${fault.columns[0]} and ${fault.columns[1]}`,
      );
    case 'key-missing':
      return say(
        `ต้องมีคอลัมน์ ${fault.keys.map((k) => k.th).join(' หรือ ')} เพื่อแยกแต่ละรายการ`,
        `a column ${fault.keys.map((k) => k.en).join(' or ')} is needed to tell one record from the next`,
      );
    case 'wrong-width':
      return say(
        `กำหนดไว้ ${fault.given} คอลัมน์ แต่ตารางที่วางมามี ${fault.pasted} คอลัมน์`,
        `${fault.given} columns are mapped but the pasted table has ${fault.pasted}`,
      );
  }
}
