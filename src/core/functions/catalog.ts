/**
 * The custom functions as officers meet them: names, Thai and English descriptions, parameters and
 * Thai examples. The build writes each function's `@customfunction` JSDoc from this list (esbuild
 * drops comments, and Sheets reads them for autocomplete), and the help dialog lists it.
 */

import { FRAMEWORKS } from '../ita/frameworks';

export interface ParameterDoc {
  readonly name: string;
  /** The JSDoc type Sheets shows. */
  readonly type: string;
  readonly optional: boolean;
  readonly th: string;
  readonly en: string;
}

export interface ExampleDoc {
  readonly formula: string;
  readonly result: string;
  readonly th: string;
}

export interface CustomFunctionDoc {
  readonly name: string;
  readonly th: string;
  readonly en: string;
  readonly params: readonly ParameterDoc[];
  readonly returns: { readonly type: string; readonly th: string; readonly en: string };
  readonly examples: readonly ExampleDoc[];
}

// The years whose rules are another year's, carried forward (2569, 2570 → 2568): the help says so.
const CARRIED = FRAMEWORKS.filter((f) => f.carriedFrom !== undefined);
const CARRIED_TH = CARRIED.length
  ? ` เกณฑ์ปี ${CARRIED.map((f) => f.fiscalYear).join(', ')} ใช้เกณฑ์ปี ${CARRIED[0]?.carriedFrom} ต่อ (ยังไม่ยืนยัน)`
  : '';
const CARRIED_EN = CARRIED.length
  ? `; ${CARRIED.map((f) => f.fiscalYear).join(', ')} carry ${CARRIED[0]?.carriedFrom}'s rules (not verified)`
  : '';
const NEWEST = FRAMEWORKS[FRAMEWORKS.length - 1]?.fiscalYear;

const YEAR_PARAM: ParameterDoc = {
  name: 'year',
  type: 'number',
  optional: true,
  th: `ปีงบประมาณ พ.ศ. เช่น 2562 หรือ "๒๕๖๒" (ไม่ใส่ = ปีงบประมาณปัจจุบัน) มีเกณฑ์ถึงปี ${NEWEST}${CARRIED_TH}`,
  en: `fiscal year B.E.; default the current fiscal year; frameworks up to ${NEWEST}${CARRIED_EN}`,
};

export const CATALOG = [
  {
    name: 'ITA_SCORE',
    th: 'คะแนน ITA รวมถ่วงน้ำหนัก (IIT 30% EIT 30% OIT 40%) จากคะแนนตัวชี้วัด 10 ตัว หรือคะแนน IIT EIT OIT',
    en: 'The weighted ITA total from the 10 indicator scores or the three tool scores; a block gives one total per row.',
    params: [
      {
        name: 'scores',
        type: 'number[][]',
        optional: false,
        th: 'คะแนนตัวชี้วัดที่ 1–10 ตามลำดับ (แถวหรือคอลัมน์) หรือคะแนน IIT EIT OIT; หลายแถว = หลายหน่วยงาน',
        en: 'indicator scores 1–10 or IIT, EIT, OIT; several rows = several organizations',
      },
      YEAR_PARAM,
    ],
    returns: { type: 'number', th: 'คะแนนรวม ทศนิยม 2 ตำแหน่ง', en: 'the total, to 2 decimals' },
    examples: [
      { formula: '=ITA_SCORE(B2:K2)', result: '77.21', th: 'คะแนนตัวชี้วัด 10 ตัวของ อบต. หนึ่งแห่ง' },
      { formula: '=ITA_SCORE(B2:D2, 2562)', result: '77.21', th: 'คะแนน IIT EIT OIT ตามเกณฑ์ปี 2562' },
      { formula: '=ITA_SCORE(B2:K40)', result: '(หนึ่งค่าต่อแถว)', th: 'หลายหน่วยงาน แถวละหนึ่งหน่วยงาน' },
      { formula: '=ITA_SCORE(B2:K2, 2570)', result: '77.21', th: 'เกณฑ์ปี 2570 (ใช้เกณฑ์ปี 2568 ต่อ ยังไม่ยืนยัน)' },
    ],
  },
  {
    name: 'ITA_GRADE',
    th: 'ระดับผลการประเมิน ITA (AA A B C D E F) หรือ ผ่าน/ไม่ผ่าน ตามเกณฑ์ของปี ตั้งแต่ปี 2567 คะแนนต่ำกว่า 85 ให้ระดับ ต้องปรับปรุง/ต้องปรับปรุงโดยด่วน (85 ขึ้นไปใช้ ITA_LEVEL)',
    en: 'The ITA grade (AA … F) of a score, or pass/fail, by the bands of the year; from 2567 a total below 85 gives its level (85 or more: use ITA_LEVEL).',
    params: [
      {
        name: 'score',
        type: 'number',
        optional: false,
        th: 'คะแนน 0–100 หรือช่วงของคะแนน',
        en: 'a score 0–100 or a range of scores',
      },
      YEAR_PARAM,
      {
        name: 'style',
        type: 'string',
        optional: true,
        th: '"pass" = ผ่าน/ไม่ผ่าน (ผ่านที่ 85 คะแนน); ไม่ใส่ = ระดับ AA–F',
        en: '"pass" gives ผ่าน/ไม่ผ่าน (pass at 85); default the grade',
      },
    ],
    returns: { type: 'string', th: 'ระดับ หรือ ผ่าน/ไม่ผ่าน', en: 'the grade, or ผ่าน/ไม่ผ่าน' },
    examples: [
      { formula: '=ITA_GRADE(77.21, 2562)', result: 'B', th: 'ระดับของคะแนน 77.21 ปี 2562' },
      { formula: '=ITA_GRADE(84.995, 2566)', result: 'A', th: 'ปัดเป็น 85.00 ก่อนจัดระดับ' },
      { formula: '=ITA_GRADE(L2, 2566, "pass")', result: 'ผ่าน', th: 'ผ่าน/ไม่ผ่าน' },
      { formula: '=ITA_GRADE(72.5, 2568)', result: 'ต้องปรับปรุง', th: 'ตั้งแต่ปี 2567 คะแนนต่ำกว่า 85 ให้ระดับ' },
    ],
  },
  {
    name: 'ITA_LEVEL',
    th: 'ระดับผลการประเมิน ITA ของปี: ตั้งแต่ปี 2567 ระดับ ผ่านดีเยี่ยม ผ่านดี ผ่าน ต้องปรับปรุง ต้องปรับปรุงโดยด่วน (ขึ้นกับคะแนนรวมและคะแนน IIT EIT OIT แต่ละตัว) ก่อนปี 2567 ระดับ AA–F',
    en: "The year's ITA result from the indicator or tool scores: the named level from 2567 (it also depends on each tool), the grade AA … F before.",
    params: [
      {
        name: 'scores',
        type: 'number[][]',
        optional: false,
        th: 'คะแนนตัวชี้วัดที่ 1–10 ตามลำดับ (แถวหรือคอลัมน์) หรือคะแนน IIT EIT OIT; หลายแถว = หลายหน่วยงาน',
        en: 'indicator scores 1–10 or IIT, EIT, OIT; several rows = several organizations',
      },
      YEAR_PARAM,
    ],
    returns: { type: 'string', th: 'ชื่อระดับ หรือ AA–F', en: 'the level, or the grade before 2567' },
    examples: [
      {
        formula: '=ITA_LEVEL(B2:D2, 2567)',
        result: 'ผ่านดี',
        th: 'IIT EIT OIT ได้ 85 ขึ้นไปทุกตัว และคะแนนรวม 85 ขึ้นไป',
      },
      { formula: '=ITA_LEVEL(B2:D2, 2568)', result: 'ผ่าน', th: 'คะแนนรวม 94.64 แต่ EIT ต่ำกว่า 85' },
      { formula: '=ITA_LEVEL(B2:K2, 2562)', result: 'B', th: 'ก่อนปี 2567 ได้ระดับ AA–F' },
      { formula: '=ITA_LEVEL(B2:K40)', result: '(หนึ่งค่าต่อแถว)', th: 'หลายหน่วยงาน แถวละหนึ่งหน่วยงาน' },
    ],
  },
  {
    name: 'ITA_OIT',
    th: 'คะแนน OIT จากผลการตรวจรายข้อ หรือคะแนนตัวชี้วัดที่ 9, 10 หรือตัวชี้วัดย่อย',
    en: 'The OIT score from the item results, or the score of indicator 9, 10 or a sub-indicator.',
    params: [
      {
        name: 'results',
        type: 'string[][]',
        optional: false,
        th: 'ผลรายข้อ: 100/0, ✓/✗, เผยแพร่แล้ว, ยังไม่ดำเนินการ, ไม่ต้องเผยแพร่ (ไม่นับ)',
        en: 'item results: 100/0, ✓/✗ or a status',
      },
      {
        name: 'subIndicators',
        type: 'string[][]',
        optional: false,
        th: 'รหัสตัวชี้วัดย่อยของแต่ละข้อ (9.1 … 10.2)',
        en: "each item's sub-indicator code",
      },
      {
        name: 'part',
        type: 'string',
        optional: true,
        th: '"9" "10" หรือ "9.3" (ไม่ใส่ = OIT)',
        en: 'default the OIT',
      },
    ],
    returns: { type: 'number', th: 'คะแนน ทศนิยม 2 ตำแหน่ง', en: 'the score, to 2 decimals' },
    examples: [
      { formula: '=ITA_OIT(E2:E44, C2:C44)', result: '87.5', th: 'เผยแพร่ครบทุกข้อ ยกเว้น o42 (ตัวชี้วัดย่อย 10.2)' },
      { formula: '=ITA_OIT(E2:E44, C2:C44, "10")', result: '75', th: 'คะแนนตัวชี้วัดที่ 10 = (100 + 50) / 2' },
      { formula: '=ITA_OIT(E2:E44, C2:C44, "10.2")', result: '50', th: 'ตัวชี้วัดย่อย 10.2: เผยแพร่ 1 ใน 2 ข้อ' },
    ],
  },
  {
    name: 'ITA_NEEDED',
    th: 'คะแนนต่ำสุดที่ OIT (หรือ IIT, EIT) ต้องได้ เพื่อให้คะแนน ITA รวมถึงเป้าหมาย หรือถึงระดับ เช่น "ผ่านดี" (ตั้งแต่ปี 2567)',
    en: 'The least 2-decimal score the tool needs for the ITA total to show the target, or to reach a level such as "ผ่านดี" (from 2567).',
    params: [
      {
        name: 'scores',
        type: 'number[][]',
        optional: false,
        th: 'คะแนนตัวชี้วัด 1–10 หรือ IIT EIT OIT (ช่องของเครื่องมือที่ถามว่างได้)',
        en: 'indicator or tool scores',
      },
      {
        name: 'target',
        type: 'number',
        optional: true,
        th: 'คะแนนรวมที่ต้องการ (ไม่ใส่ = 85) หรือชื่อระดับ เช่น "ผ่านดี" "ผ่านดีเยี่ยม"',
        en: 'the total (default 85), or a level name such as "ผ่านดี"',
      },
      {
        name: 'tool',
        type: 'string',
        optional: true,
        th: '"OIT" (ค่าเริ่มต้น) "IIT" "EIT"',
        en: 'default "OIT"',
      },
      YEAR_PARAM,
    ],
    returns: { type: 'number', th: 'คะแนนที่ต้องได้ (0 = ถึงแล้ว)', en: 'the score needed' },
    examples: [
      {
        formula: '=ITA_NEEDED(B2:D2)',
        result: '86.14',
        th: 'IIT 99.12 EIT 69.35: OIT ต้องได้ 86.14 จึงได้ 85.00',
      },
      { formula: '=ITA_NEEDED(B2:K2, 80)', result: '73.64', th: 'จากคะแนนตัวชี้วัด 10 ตัว เป้าหมาย 80 คะแนน' },
      { formula: '=ITA_NEEDED(B2:D2, 85, "EIT")', result: '95.31', th: 'EIT ที่ต้องได้ เมื่อ IIT 99.12 OIT 66.67' },
      {
        formula: '=ITA_NEEDED(B2:D2, "ผ่านดี", "OIT", 2568)',
        result: '85',
        th: 'IIT 99.12 EIT 88.00: ระดับผ่านดีต้องให้ OIT ได้อย่างน้อย 85 ด้วย',
      },
    ],
  },
  {
    name: 'THAI_DIGITS',
    th: 'เขียนตัวเลขเป็นเลขไทย (๐–๙)',
    en: 'Writes the digits of a number or text as Thai digits.',
    params: [
      { name: 'value', type: 'number', optional: false, th: 'ตัวเลขหรือข้อความ', en: 'a number or text' },
      {
        name: 'decimals',
        type: 'number',
        optional: true,
        th: 'จำนวนตำแหน่งทศนิยม (0–20) สำหรับตัวเลข',
        en: 'decimal places for a number (0–20)',
      },
    ],
    returns: { type: 'string', th: 'ข้อความเลขไทย', en: 'the text with Thai digits' },
    examples: [
      { formula: '=THAI_DIGITS(77.21)', result: '๗๗.๒๑', th: 'คะแนนเป็นเลขไทย' },
      { formula: '=THAI_DIGITS(85, 2)', result: '๘๕.๐๐', th: 'ทศนิยม 2 ตำแหน่ง' },
      { formula: '=THAI_DIGITS("ปีงบประมาณ 2569")', result: 'ปีงบประมาณ ๒๕๖๙', th: 'ข้อความ' },
    ],
  },
  {
    name: 'BAHT_TEXT',
    th: 'จำนวนเงินเป็นตัวอักษรภาษาไทย แบบ BAHTTEXT ของ Excel',
    en: "The amount in Thai words, as Excel's BAHTTEXT writes it.",
    params: [
      {
        name: 'amount',
        type: 'number',
        optional: false,
        th: 'จำนวนเงิน เช่น 50000 หรือ "๕๐,๐๐๐ บาท"',
        en: 'an amount, a number or amount text',
      },
    ],
    returns: { type: 'string', th: 'จำนวนเงินเป็นตัวอักษร', en: 'the amount in Thai words' },
    examples: [
      { formula: '=BAHT_TEXT(50000)', result: 'ห้าหมื่นบาทถ้วน', th: 'งบประมาณโครงการ' },
      { formula: '=BAHT_TEXT(121.5)', result: 'หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์', th: 'มีสตางค์' },
    ],
  },
  {
    name: 'THAI_DATE',
    th: 'วันที่แบบไทย ปี พ.ศ. เลขไทย',
    en: 'A date in Thai, Buddhist Era, with Thai digits.',
    params: [
      { name: 'date', type: 'Date', optional: false, th: 'วันที่', en: 'a date' },
      {
        name: 'style',
        type: 'string',
        optional: true,
        th: '"long" (ค่าเริ่มต้น) "short" "long-arabic" "short-arabic"',
        en: '"long" (default), "short", "long-arabic", "short-arabic"',
      },
    ],
    returns: { type: 'string', th: 'วันที่แบบไทย', en: 'the date in Thai' },
    examples: [
      { formula: '=THAI_DATE(DATE(2026,11,22))', result: '๒๒ พฤศจิกายน ๒๕๖๙', th: 'แบบเต็ม' },
      { formula: '=THAI_DATE(A2, "short")', result: '๒๒ พ.ย. ๖๙', th: 'แบบย่อ' },
      { formula: '=THAI_DATE(A2, "long-arabic")', result: '22 พฤศจิกายน 2569', th: 'เลขอารบิก' },
    ],
  },
  {
    name: 'FISCAL_YEAR',
    th: 'ปีงบประมาณ พ.ศ. ของวันที่ (1 ต.ค. – 30 ก.ย.)',
    en: 'The Thai fiscal year B.E. of a date (1 Oct – 30 Sep).',
    params: [{ name: 'date', type: 'Date', optional: false, th: 'วันที่', en: 'a date' }],
    returns: { type: 'number', th: 'ปีงบประมาณ พ.ศ.', en: 'the fiscal year B.E.' },
    examples: [
      { formula: '=FISCAL_YEAR(DATE(2026,11,22))', result: '2570', th: 'หลัง 1 ต.ค. เป็นปีงบประมาณถัดไป' },
      { formula: '=FISCAL_YEAR("30 ก.ย. 2569")', result: '2569', th: 'วันที่แบบไทย' },
    ],
  },
] as const satisfies readonly CustomFunctionDoc[];

export type CustomFunctionName = (typeof CATALOG)[number]['name'];
