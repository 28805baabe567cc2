/**
 * The ITA frameworks built in, one per fiscal year 2562–2570, as `shared/ita-frameworks.md`
 * documents them; 2569 and 2570 carry 2568's rules forward, since no NACC change is known. Adding a
 * year is adding one entry here (`{ fiscalYear: 2571, carriedFrom: 2568 }` until its rules are known).
 */

import type { Framework, GradeBand, Indicator, Provenance, ToolWeight } from './framework';

// The same ten indicators under the same names and tools in every year found from 2562 to 2568;
// English names as NACC reports give them (2564).
const INDICATORS: readonly Indicator[] = [
  { no: 1, nameTh: 'การปฏิบัติหน้าที่', nameEn: 'Bribery Fraud', tool: 'IIT' },
  { no: 2, nameTh: 'การใช้งบประมาณ', nameEn: 'Budget Misallocation', tool: 'IIT' },
  { no: 3, nameTh: 'การใช้อำนาจ', nameEn: 'Power Distortion', tool: 'IIT' },
  { no: 4, nameTh: 'การใช้ทรัพย์สินของราชการ', nameEn: 'Asset Misappropriation', tool: 'IIT' },
  { no: 5, nameTh: 'การแก้ไขปัญหาการทุจริต', nameEn: 'Anti-Corruption Improvement', tool: 'IIT' },
  { no: 6, nameTh: 'คุณภาพการดำเนินงาน', nameEn: 'Service Quality', tool: 'EIT' },
  { no: 7, nameTh: 'ประสิทธิภาพการสื่อสาร', nameEn: 'Communication Efficiency', tool: 'EIT' },
  { no: 8, nameTh: 'การปรับปรุงระบบการทำงาน', nameEn: 'Procedure Improvement', tool: 'EIT' },
  { no: 9, nameTh: 'การเปิดเผยข้อมูล', nameEn: 'Open Data', tool: 'OIT' },
  { no: 10, nameTh: 'การป้องกันการทุจริต', nameEn: 'Anti-Corruption Practice', tool: 'OIT' },
];

const TOOL_WEIGHTS: readonly ToolWeight[] = [
  { tool: 'IIT', nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', weightPercent: 30 },
  { tool: 'EIT', nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', weightPercent: 30 },
  { tool: 'OIT', nameTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', weightPercent: 40 },
];

const bands = (eMin: number): readonly GradeBand[] => [
  { grade: 'AA', min: 95 },
  { grade: 'A', min: 85 },
  { grade: 'B', min: 75 },
  { grade: 'C', min: 65 },
  { grade: 'D', min: 55 },
  { grade: 'E', min: eMin },
  { grade: 'F', min: 0 },
];
// F ended at 39.99 in 2562; the published 2565 table moved E to 50.00–54.99 and F to 0–49.99.
const BANDS_2562 = bands(40);
const BANDS_2565 = bands(50);

const INDICATORS_KNOWN: Provenance = {
  source: 'ตัวชี้วัด 10 ตัวเดียวกันทุกปี 2562–2568 (same ten indicators reported 2562–2568)',
  verified: true,
};

interface KnownYear {
  readonly fiscalYear: number;
  readonly grades: readonly GradeBand[];
  readonly gradesProvenance: Provenance;
  readonly weightsProvenance: Provenance;
}

/** A year whose rules are not published yet: an earlier year's, carried forward and not verified. */
interface CarriedYear {
  readonly fiscalYear: number;
  readonly carriedFrom: number;
}

type YearFacts = KnownYear | CarriedYear;

const WEIGHTS_STATED: Provenance = {
  source: 'น้ำหนัก 30/30/40 ตามคู่มือ (weights stated by the NACC)',
  verified: true,
};
const WEIGHTS_REPRODUCED: Provenance = {
  source: 'น้ำหนัก 30/30/40 คำนวณคะแนนรวมที่ประกาศได้ตรง (weights reproduce published totals)',
  verified: true,
};
const WEIGHTS_ASSUMED: Provenance = {
  source: 'น้ำหนัก 30/30/40 ตามปีใกล้เคียง (weights assumed from neighbouring years)',
  verified: false,
};

const YEARS: readonly YearFacts[] = [
  {
    fiscalYear: 2562,
    grades: BANDS_2562,
    gradesProvenance: {
      source: 'เกณฑ์ระดับจากรายงานของหน่วยงานปี 2562 (bands from an organization report)',
      verified: true,
    },
    weightsProvenance: WEIGHTS_STATED,
  },
  {
    fiscalYear: 2563,
    grades: BANDS_2562,
    gradesProvenance: { source: 'เกณฑ์ระดับตามปี 2562 (bands assumed as in 2562)', verified: false },
    weightsProvenance: WEIGHTS_REPRODUCED,
  },
  {
    fiscalYear: 2564,
    grades: BANDS_2562,
    gradesProvenance: { source: 'เกณฑ์ระดับตามปี 2562 (bands assumed as in 2562)', verified: false },
    weightsProvenance: WEIGHTS_STATED,
  },
  {
    fiscalYear: 2565,
    grades: BANDS_2565,
    gradesProvenance: { source: 'ตารางเกณฑ์ระดับที่ประกาศปี 2565 (published 2565 table)', verified: true },
    weightsProvenance: WEIGHTS_ASSUMED,
  },
  {
    fiscalYear: 2566,
    grades: BANDS_2565,
    gradesProvenance: {
      source: 'เกณฑ์ระดับตามปี 2565 ยังไม่ยืนยัน บางหน่วยงานรายงานเพียงผ่าน/ไม่ผ่าน (as 2565, not verified)',
      verified: false,
    },
    weightsProvenance: WEIGHTS_REPRODUCED,
  },
  {
    fiscalYear: 2567,
    grades: BANDS_2565,
    gradesProvenance: {
      source: 'เกณฑ์ระดับตามปี 2565 ยังไม่ยืนยัน บางหน่วยงานรายงานเพียงผ่าน/ไม่ผ่าน (as 2565, not verified)',
      verified: false,
    },
    weightsProvenance: WEIGHTS_REPRODUCED,
  },
  {
    fiscalYear: 2568,
    grades: BANDS_2565,
    gradesProvenance: {
      source: 'เกณฑ์ระดับตามปี 2565 ยังไม่ยืนยัน บางหน่วยงานรายงานเพียงผ่าน/ไม่ผ่าน (as 2565, not verified)',
      verified: false,
    },
    weightsProvenance: WEIGHTS_ASSUMED,
  },
  { fiscalYear: 2569, carriedFrom: 2568 },
  { fiscalYear: 2570, carriedFrom: 2568 },
];

/** Why a carried year is not verified, in the words a report's footnote and the help print. */
export function carriedReason(fiscalYear: number, from: number): Provenance {
  return {
    source:
      `ใช้เกณฑ์ปี ${from} ต่อ เพราะยังไม่พบประกาศเปลี่ยนแปลงของ ป.ป.ช. สำหรับปี ${fiscalYear} ยังไม่ยืนยัน ` +
      `(${from}'s rules carried forward: no NACC change is known for ${fiscalYear}; not verified)`,
    verified: false,
  };
}

function knownYear(facts: YearFacts): KnownYear {
  if (!('carriedFrom' in facts)) return facts;
  const from = YEARS.find((y): y is KnownYear => y.fiscalYear === facts.carriedFrom && !('carriedFrom' in y));
  if (!from)
    throw new Error(`bug: FY ${facts.fiscalYear} is carried from ${facts.carriedFrom}, which has no rules`);
  const carried = carriedReason(facts.fiscalYear, facts.carriedFrom);
  return {
    fiscalYear: facts.fiscalYear,
    grades: from.grades,
    gradesProvenance: carried,
    weightsProvenance: carried,
  };
}

function frameworkOf(facts: YearFacts): Framework {
  const year = knownYear(facts);
  const provenance = {
    indicators: INDICATORS_KNOWN,
    weights: year.weightsProvenance,
    grades: year.gradesProvenance,
  };
  const verified = Object.values(provenance).every((p) => p.verified);
  const caveat =
    'carriedFrom' in facts
      ? ` (ใช้เกณฑ์ปี ${facts.carriedFrom} ต่อ ยังไม่ยืนยัน: ${facts.carriedFrom}'s rules carried forward, not verified)`
      : verified
        ? ''
        : ' (บางส่วนยังไม่ยืนยัน: not fully verified)';
  return {
    fiscalYear: facts.fiscalYear,
    indicators: INDICATORS,
    tools: TOOL_WEIGHTS,
    grades: year.grades,
    passMark: 85,
    provenance,
    verified,
    ...('carriedFrom' in facts ? { carriedFrom: facts.carriedFrom } : {}),
    source: `เกณฑ์ ITA ปีงบประมาณ พ.ศ. ${facts.fiscalYear}${caveat}`,
  };
}

/** Every framework built in, oldest first. */
export const FRAMEWORKS: readonly Framework[] = YEARS.map(frameworkOf);
