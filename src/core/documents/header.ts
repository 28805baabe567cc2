/** The header every document has, and the organization profile kept once per spreadsheet. */

import * as z from 'zod';

const MAX_CELL = 50_000;
const text = (th: string) =>
  z
    .string({ error: `${th} ต้องเป็นข้อความ (must be text)` })
    .max(MAX_CELL, { error: `${th} ยาวเกิน ${MAX_CELL} ตัวอักษร (longer than a cell holds)` });
const fiscalYear = z
  .number({ error: 'ปีงบประมาณต้องเป็นตัวเลข พ.ศ. (fiscal year must be a B.E. number)' })
  .int({ error: 'ปีงบประมาณต้องเป็นจำนวนเต็ม (fiscal year must be whole)' })
  .min(2400, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)' })
  .max(2800, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)' });

/** The header of a document: who made it and for which year (and round, for a results report). */
export const documentHeaderSchema = z.object({
  title: text('ชื่อเอกสาร').optional(),
  organization: text('ชื่อหน่วยงาน').optional(),
  district: text('อำเภอ').optional(),
  province: text('จังหวัด').optional(),
  fiscalYear: fiscalYear.optional(),
  /** The last fiscal year of a plan over several years (แผน ๒๕๖๒–๒๕๖๔). */
  fiscalYearEnd: fiscalYear.optional(),
  /** The results report's round: 6 months or 12 (ประจำปี). */
  round: z
    .union([z.literal(6), z.literal(12)], { error: 'รอบต้องเป็น ๖ หรือ ๑๒ เดือน (round must be 6 or 12)' })
    .optional(),
  /** ITA analysis: the total and grade the memo states, and the guidelines adopted. */
  total: z.number().min(0).max(100).optional(),
  grade: z.enum(['AA', 'A', 'B', 'C', 'D', 'E', 'F']).optional(),
  guidelines: z.array(text('แนวทาง')).optional(),
});

export type DocumentHeader = z.infer<typeof documentHeaderSchema>;

/** The organization profile, once per spreadsheet: its name, place, website and units. */
export const profileSchema = z.object({
  organization: text('ชื่อหน่วยงาน').min(1, { error: 'ต้องกรอกชื่อหน่วยงาน (organization name is required)' }),
  district: text('อำเภอ'),
  province: text('จังหวัด'),
  website: z
    .string()
    .max(2000)
    .refine((url) => url === '' || /^https?:\/\/[^\s]+$/i.test(url), {
      error: 'เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// (website must be an http(s) address)',
    }),
  units: z.array(text('หน่วยงาน').min(1, { error: 'ชื่อหน่วยงานย่อยว่าง (a unit name is blank)' })),
});

export type Profile = z.infer<typeof profileSchema>;
