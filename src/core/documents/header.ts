/** The header every document has, and the organization profile kept once per spreadsheet. */

// zod/mini: the same checks as zod in a fraction of the bytes, and every Apps Script execution
// (each custom-function call included) evaluates the whole server bundle.
import * as z from 'zod/mini';

const MAX_CELL = 50_000;
const text = (th: string) =>
  z
    .string({ error: `${th} ต้องเป็นข้อความ (must be text)` })
    .check(z.maxLength(MAX_CELL, { error: `${th} ยาวเกิน ${MAX_CELL} ตัวอักษร (longer than a cell holds)` }));
const BUDDHIST_ERA = 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)';
const fiscalYear = z
  .number({ error: 'ปีงบประมาณต้องเป็นตัวเลข พ.ศ. (fiscal year must be a B.E. number)' })
  .check(
    z.int({ error: 'ปีงบประมาณต้องเป็นจำนวนเต็ม (fiscal year must be whole)' }),
    z.minimum(2400, { error: BUDDHIST_ERA }),
    z.maximum(2800, { error: BUDDHIST_ERA }),
  );

/** The header of a document: who made it and for which year (and round, for a results report). */
export const documentHeaderSchema = z.object({
  title: z.optional(text('ชื่อเอกสาร')),
  organization: z.optional(text('ชื่อหน่วยงาน')),
  district: z.optional(text('อำเภอ')),
  province: z.optional(text('จังหวัด')),
  fiscalYear: z.optional(fiscalYear),
  /** The last fiscal year of a plan over several years (แผน ๒๕๖๒–๒๕๖๔). */
  fiscalYearEnd: z.optional(fiscalYear),
  /** The results report's round: 6 months or 12 (ประจำปี). */
  round: z.optional(
    z.union([z.literal(6), z.literal(12)], { error: 'รอบต้องเป็น ๖ หรือ ๑๒ เดือน (round must be 6 or 12)' }),
  ),
  /** ITA analysis: the total and grade the memo states, and the guidelines adopted. */
  total: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  grade: z.optional(z.enum(['AA', 'A', 'B', 'C', 'D', 'E', 'F'])),
  guidelines: z.optional(z.array(text('แนวทาง'))),
});

export type DocumentHeader = z.infer<typeof documentHeaderSchema>;

/** The organization profile, once per spreadsheet: its name, place, website and units. */
export const profileSchema = z.object({
  organization: text('ชื่อหน่วยงาน').check(
    z.minLength(1, { error: 'ต้องกรอกชื่อหน่วยงาน (organization name is required)' }),
  ),
  district: text('อำเภอ'),
  province: text('จังหวัด'),
  website: z.string().check(
    z.maxLength(2000),
    z.refine((url) => url === '' || /^https?:\/\/[^\s]+$/i.test(url), {
      error: 'เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// (website must be an http(s) address)',
    }),
  ),
  units: z.array(text('หน่วยงาน').check(z.minLength(1, { error: 'ชื่อหน่วยงานย่อยว่าง (a unit name is blank)' }))),
});

export type Profile = z.infer<typeof profileSchema>;
