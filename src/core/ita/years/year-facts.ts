/**
 * The shape of one year's data file (src/core/ita/years/fy25xx.ts) and the facts several years share.
 * A year states what it knows (weights, grade bands, levels, with their provenance), or that it carries
 * an earlier year's rules forward until its own are published.
 */

import type { GradeBand, Indicator, LevelRule, Provenance, ToolWeight } from '../framework';

/** A year whose rules are known (published, or inferred with `verified: false`). */
export interface KnownYear {
  readonly fiscalYear: number;
  /** The ten indicators; the shared list of 2562–2568 when left out. */
  readonly indicators?: readonly Indicator[];
  /** The tools and their weights; 30/30/40 when left out. */
  readonly tools?: readonly ToolWeight[];
  readonly grades: readonly GradeBand[];
  readonly gradesProvenance: Provenance;
  readonly weightsProvenance: Provenance;
  /** The Rating Score's named levels, highest first (FY 2567 onward). */
  readonly levels?: readonly LevelRule[];
  readonly levelsProvenance?: Provenance;
  /** The pass mark; 85 when left out. */
  readonly passMark?: number;
  /** The year's OIT item list, when known (see src/core/oit/oit-item-lists.ts for the format). */
  readonly oitList?: YearOitList;
}

/**
 * An OIT item list as data: one string a sub-indicator, "code name|title|title…", items numbered o1, o2 …
 * in order across the list; "@13" stands for the FY 2564 title of o13.
 */
export interface YearOitList {
  readonly verified: boolean;
  /** Where the list comes from, Thai with an English gloss. */
  readonly source: string;
  readonly groups: readonly string[];
}

/** A year whose rules are not published yet: an earlier year's, carried forward and not verified. */
export interface CarriedYear {
  readonly fiscalYear: number;
  readonly carriedFrom: number;
}

export type YearFacts = KnownYear | CarriedYear;

// The same ten indicators under the same names and tools in every year found from 2562 to 2568;
// English names as NACC reports give them (2564).
export const INDICATORS: readonly Indicator[] = [
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

export const TOOL_WEIGHTS: readonly ToolWeight[] = [
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
export const BANDS_2562 = bands(40);
export const BANDS_2565 = bands(50);

export const BANDS_AS_2565_UNVERIFIED: Provenance = {
  source: 'เกณฑ์ระดับตามปี 2565 ยังไม่ยืนยัน บางหน่วยงานรายงานเพียงผ่าน/ไม่ผ่าน (as 2565, not verified)',
  verified: false,
};

export const WEIGHTS_STATED: Provenance = {
  source: 'น้ำหนัก 30/30/40 ตามคู่มือ (weights stated by the NACC)',
  verified: true,
};
export const WEIGHTS_REPRODUCED: Provenance = {
  source: 'น้ำหนัก 30/30/40 คำนวณคะแนนรวมที่ประกาศได้ตรง (weights reproduce published totals)',
  verified: true,
};
export const WEIGHTS_ASSUMED: Provenance = {
  source: 'น้ำหนัก 30/30/40 ตามปีใกล้เคียง (weights assumed from neighbouring years)',
  verified: false,
};

/**
 * The Rating Score of FY 2567 onward, as shared/ita-frameworks.md gives it: one implementer's code (a
 * university's internal ITA system, default year 2567), consistent with the case the NACC explained in
 * August 2025 (State Audit Office: 92.43 ผ่านดี in 2567, 94.64 ผ่าน in 2568 with EIT below 85).
 */
export const LEVELS_2567: readonly LevelRule[] = [
  { nameTh: 'ผ่านดีเยี่ยม', nameEn: 'excellent pass', minTotal: 95, minEachTool: 95, passes: true },
  { nameTh: 'ผ่านดี', nameEn: 'good pass', minTotal: 85, minEachTool: 85, passes: true },
  { nameTh: 'ผ่าน', nameEn: 'pass', minTotal: 85, passes: true },
  { nameTh: 'ต้องปรับปรุง', nameEn: 'needs improvement', minTotal: 70, passes: false },
  { nameTh: 'ต้องปรับปรุงโดยด่วน', nameEn: 'needs urgent improvement', minTotal: 0, passes: false },
];

export const LEVELS_2567_SOURCE: Provenance = {
  source:
    // The Thai part is printed on an organization's ITA analysis: said in an officer's words.
    'สอดคล้องกับกรณีที่สำนักงาน ป.ป.ช. ชี้แจงเมื่อ ส.ค. 2568 ยังไม่ยืนยันกับคู่มือการประเมินฉบับเต็ม ' +
    "(levels as one implementer codes them, consistent with the NACC's August 2025 case; not verified against the manual)",
  verified: false,
};
