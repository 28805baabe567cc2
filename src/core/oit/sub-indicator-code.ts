/** The codes of the OIT's sub-indicators: 9.1 … under indicator 9, 10.1 … under indicator 10. */

import { toArabicDigits } from '../thai/digits';
import { trimCell } from '../thai/whitespace';

/** The two ITA indicators the OIT scores: 9 การเปิดเผยข้อมูล and 10 การป้องกันการทุจริต. */
export type OitIndicatorNo = 9 | 10;

export interface SubIndicatorCode {
  readonly indicator: OitIndicatorNo;
  /** The number after the dot: 2 of 10.2, 10 of 10.10. */
  readonly no: number;
  /** The code as written canonically: "9.1", "10.2". */
  readonly code: string;
}

// "9.1", "๙.๑", "ตัวชี้วัดย่อยที่ 9.1", "9.1 ข้อมูลพื้นฐาน" (the name may follow, as the NACC's manual
// lists it); never "9.1.2", "8.1" or "9".
const CODE = /^(?:ตัวชี้วัดย่อย(?:ที่)?\s*)?(9|10)\.([1-9]\d{0,2})(?!\d|\.\d)/;

/** Reads a sub-indicator code; undefined when the text does not start with one. */
export function parseSubIndicatorCode(text: string): SubIndicatorCode | undefined {
  const match = CODE.exec(trimCell(toArabicDigits(text)));
  if (!match) return undefined;
  const indicator = Number(match[1]) as OitIndicatorNo;
  const no = Number(match[2]);
  return { indicator, no, code: `${indicator}.${no}` };
}

/** The sub-indicator's name as a cell writes it after its code ("ข้อมูลพื้นฐาน"), or "". */
export function subIndicatorName(text: string): string {
  const written = trimCell(toArabicDigits(text));
  const match = CODE.exec(written);
  return match ? written.slice(match[0].length).replace(/\s+/g, ' ').trim() : '';
}

/** Framework order: 9.1, 9.2 … 9.10, then 10.1 …; 10.2 before 10.10. */
export function compareSubIndicatorCodes(a: SubIndicatorCode, b: SubIndicatorCode): number {
  return a.indicator - b.indicator || a.no - b.no;
}
