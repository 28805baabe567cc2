/** The header every document has, and the organization profile kept once per spreadsheet. */

import * as v from 'valibot';
import { lazyChecker } from '../problems/lazy-checker';
import { checker, object, wholeNumber } from '../problems/schema-check';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from '../thai/year-reader';

const MAX_CELL = 50_000;
const text = (th: string) =>
  v.pipe(
    v.string(`${th} ต้องเป็นข้อความ (must be text)`),
    v.maxLength(MAX_CELL, `${th} ยาวเกิน ${MAX_CELL} ตัวอักษร (longer than a cell holds)`),
  );
/** The fiscal years B.E. a header may name: the year reader's range. */
export { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR };
const fiscalYear = () =>
  wholeNumber(FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, {
    type: 'ปีงบประมาณต้องเป็นตัวเลข พ.ศ. (fiscal year must be a B.E. number)',
    whole: 'ปีงบประมาณต้องเป็นจำนวนเต็ม (fiscal year must be whole)',
    range: 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)',
  });
const TOTAL = 'คะแนนรวมต้องเป็นตัวเลข 0 ถึง 100 (total must be a number from 0 to 100)';
const GRADES = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] as const;

/** The header of a document: who made it and for which year (and round, for a results report). */
export const documentHeaderSchema = lazyChecker(() =>
  checker(
    object(
      {
        title: v.optional(text('ชื่อเอกสาร')),
        organization: v.optional(text('ชื่อหน่วยงาน')),
        district: v.optional(text('อำเภอ')),
        province: v.optional(text('จังหวัด')),
        fiscalYear: v.optional(fiscalYear()),
        /** The last fiscal year of a plan over several years (แผน ๒๕๖๒–๒๕๖๔). */
        fiscalYearEnd: v.optional(fiscalYear()),
        /** The results report's round: 6 months or 12 (ประจำปี). */
        round: v.optional(v.picklist([6, 12], 'รอบต้องเป็น ๖ หรือ ๑๒ เดือน (round must be 6 or 12)')),
        /** ITA analysis: the total and grade the memo states, and the guidelines adopted. */
        total: v.optional(v.pipe(v.number(TOTAL), v.minValue(0, TOTAL), v.maxValue(100, TOTAL))),
        grade: v.optional(
          v.picklist(GRADES, `ระดับต้องเป็น ${GRADES.join(', ')} (grade must be one of ${GRADES.join(', ')})`),
        ),
        guidelines: v.optional(v.array(text('แนวทาง'), 'แนวทาง ต้องเป็นรายการ (guidelines must be a list)')),
      },
      'หัวเอกสารต้องเป็นชุดข้อมูล (the header must be an object)',
    ),
  ),
);

export type DocumentHeader = v.InferOutput<typeof documentHeaderSchema.schema>;

/** The organization profile, once per spreadsheet: its name, place, website and units. */
export const profileSchema = lazyChecker(() =>
  checker(
    object(
      {
        organization: v.pipe(
          text('ชื่อหน่วยงาน'),
          v.minLength(1, 'ต้องกรอกชื่อหน่วยงาน (organization name is required)'),
        ),
        district: text('อำเภอ'),
        province: text('จังหวัด'),
        website: v.pipe(
          v.string('เว็บไซต์ต้องเป็นข้อความ (website must be text)'),
          v.maxLength(2000, 'เว็บไซต์ยาวเกิน 2000 ตัวอักษร (website is longer than 2000 characters)'),
          v.check(
            (url) => url === '' || /^https?:\/\/[^\s]+$/i.test(url),
            'เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// (website must be an http(s) address)',
          ),
        ),
        units: v.array(
          v.pipe(text('หน่วยงาน'), v.minLength(1, 'ชื่อหน่วยงานย่อยว่าง (a unit name is blank)')),
          'หน่วยงานย่อยต้องเป็นรายการ (units must be a list)',
        ),
      },
      'ข้อมูลหน่วยงานต้องเป็นชุดข้อมูล (the profile must be an object)',
    ),
  ),
);

export type Profile = v.InferOutput<typeof profileSchema.schema>;
