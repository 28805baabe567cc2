/** The schemas of what the sidebar sends: every request is checked before anything is read or written. */

import * as z from 'zod/mini';
import { DOCUMENT_TYPE_IDS, REPORT_KIND_IDS } from '../core/catalog';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from '../core/thai/year-reader';
import { MAX_WORD_XML } from '../core/docx/zip-entries';
import { lazyChecker } from '../core/problems/lazy-checker';
import { checker, object, type SchemaIssue, wholeNumber } from '../core/problems/schema-check';
import { issuesText } from '../core/problems/schema-issues';

const NOT_OBJECT = 'คำขอต้องเป็นชุดข้อมูล (the request must be an object)';
const sheetId = () =>
  wholeNumber(0, Number.POSITIVE_INFINITY, { type: 'ต้องระบุแท็บ (sheetId must be a number)' });
const documentType = () =>
  z.enum(DOCUMENT_TYPE_IDS, {
    error: `ประเภทเอกสารต้องเป็น ${DOCUMENT_TYPE_IDS.join(', ')} (unknown document type)`,
  });
const A1 = 'ต้องเป็นเซลล์แบบ A1 (a1 must be a cell such as B3)';
const flag = (name: string) =>
  z._default(z.boolean({ error: `ต้องเป็นค่าจริงหรือเท็จ (${name} must be true or false)` }), false);

const fiscalYear = () =>
  wholeNumber(FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, {
    type: 'ปีงบประมาณต้องเป็นตัวเลข พ.ศ. (fiscal year must be a B.E. number)',
    range: 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)',
  });

export const createTabRequest = lazyChecker(() =>
  checker(
    object(
      {
        type: documentType(),
        fiscalYear: z.optional(fiscalYear()),
      },
      NOT_OBJECT,
    ),
  ),
);

const COLUMNS = 'คอลัมน์ต้องเป็นรายการชื่อช่อง หรือ - (columns must be a list of field keys or -)';

export const structureRequest = lazyChecker(() =>
  checker(
    object(
      {
        type: documentType(),
        /** The officer's column mapping: one field key or `-` a pasted column (checked in the core). */
        columns: z.optional(
          z
            .array(z.string({ error: COLUMNS }), { error: COLUMNS })
            .check(z.maxLength(200, { error: COLUMNS })),
        ),
        /** The tab the columns were read from: refused if another tab is active now. */
        sheetId: z.optional(sheetId()),
        /** The fiscal year the officer gave, for a paste that names none. */
        fiscalYear: z.optional(fiscalYear()),
      },
      NOT_OBJECT,
    ),
  ),
);

/** The most characters the paste box sends: a long plan is a few hundred thousand. */
export const MAX_PASTED_TEXT = 2_000_000;
const PASTED_TEXT = `ข้อความที่วางต้องเป็นข้อความไม่เกิน ${MAX_PASTED_TEXT.toLocaleString('en-US')} ตัวอักษร (text must be at most ${MAX_PASTED_TEXT} characters)`;

/** Text pasted into the sidebar's paste box, structured as a document of `type` into a new tab. */
export const structureTextRequest = lazyChecker(() =>
  checker(
    object(
      {
        type: documentType(),
        text: z.string({ error: PASTED_TEXT }).check(z.maxLength(MAX_PASTED_TEXT, { error: PASTED_TEXT })),
        fiscalYear: z.optional(fiscalYear()),
      },
      NOT_OBJECT,
    ),
  ),
);

const ORGANIZATION =
  'ชื่อหน่วยงานต้องเป็นข้อความไม่เกิน 200 ตัวอักษร (organization must be text of at most 200 characters)';
const ROUND = 'รอบต้องเป็น 6 หรือ 12 (round must be 6 or 12)';

/** A document tab's header fields set afterwards: a value sets, null clears, absent leaves. */
export const tabHeaderRequest = lazyChecker(() =>
  checker(
    object(
      {
        sheetId: sheetId(),
        fiscalYear: z.optional(z.nullable(fiscalYear())),
        organization: z.optional(
          z.nullable(z.string({ error: ORGANIZATION }).check(z.maxLength(200, { error: ORGANIZATION }))),
        ),
        round: z.optional(z.nullable(z.literal([6, 12], { error: ROUND }))),
      },
      NOT_OBJECT,
    ),
  ),
);

export const pastedColumnsRequest = lazyChecker(() => checker(object({ type: documentType() }, NOT_OBJECT)));

const WORD_XML = `ไฟล์ Word ใหญ่เกินไป (เกิน ${MAX_WORD_XML / 1_000_000} ล้านตัวอักษร) ให้แบ่งเป็นหลายไฟล์ (the Word file is too large; split it)`;
const wordXml = (name: string) =>
  z
    .string({ error: `ต้องส่งข้อความ XML ของ ${name} (${name} must be text)` })
    .check(z.maxLength(MAX_WORD_XML, { error: WORD_XML }));

/** A Word file the officer picked, unzipped in the sidebar: its document, numbering and styles parts. */
export const wordFileRequest = lazyChecker(() =>
  checker(
    object(
      {
        type: documentType(),
        fileName: z
          .string({ error: 'ต้องระบุชื่อไฟล์ (fileName must be text)' })
          .check(z.maxLength(255, { error: 'ชื่อไฟล์ยาวเกินไป (fileName is too long)' })),
        documentXml: wordXml('word/document.xml'),
        numberingXml: z.optional(wordXml('word/numbering.xml')),
        stylesXml: z.optional(wordXml('word/styles.xml')),
      },
      NOT_OBJECT,
    ),
  ),
);

/** Roll a tab into a fiscal year (the next one unless given), as its own type or `as` (results from measures). */
export const rolloverRequest = lazyChecker(() =>
  checker(
    object(
      {
        sheetId: sheetId(),
        fiscalYear: z.optional(fiscalYear()),
        as: z.optional(documentType()),
        // A checklist tab of the new year (made from its pasted list): last year's items match it by title.
        itemsSheetId: z.optional(sheetId()),
      },
      NOT_OBJECT,
    ),
  ),
);

export const tabRequest = lazyChecker(() => checker(object({ sheetId: sheetId() }, NOT_OBJECT)));

export const selectRequest = lazyChecker(() =>
  checker(
    object(
      {
        sheetId: sheetId(),
        a1: z
          .string({ error: A1 })
          .check(z.regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}(:[A-Z]{1,3}[1-9][0-9]{0,6})?$/, { error: A1 })),
      },
      NOT_OBJECT,
    ),
  ),
);

export const appendRequest = lazyChecker(() =>
  checker(object({ sheetId: sheetId(), record: z.unknown() }, NOT_OBJECT)),
);

export const updateRequest = lazyChecker(() =>
  checker(
    object(
      {
        sheetId: sheetId(),
        row: wholeNumber(2, Number.POSITIVE_INFINITY, {
          type: 'ต้องระบุแถว (row must be a number)',
          range: 'แถวที่ 1 เป็นหัวตาราง (row 1 is the header)',
        }),
        record: z.unknown(),
        /** The record as it was read when the officer opened it: the update is refused if the row changed. */
        expected: z.custom<unknown>((value) => value !== undefined, {
          error: 'ต้องส่งรายการเดิมตามที่เปิดมาแก้ไขด้วย (expected: the record as it was opened is required)',
        }),
      },
      NOT_OBJECT,
    ),
  ),
);

export const validateRequest = lazyChecker(() =>
  checker(object({ sheetId: sheetId(), mark: flag('mark') }, NOT_OBJECT)),
);

const signerText = (th: string, en: string) =>
  z
    .string({ error: `${th}ต้องเป็นข้อความ (${en} must be text)` })
    .check(z.maxLength(200, { error: `${th}ยาวเกิน 200 ตัวอักษร (${en} is longer than 200 characters)` }));

/** The roll-up's options: Thai digits (the default) and who signs the district report. */
export const rollupRequest = lazyChecker(() =>
  checker(
    object(
      {
        // Official documents write Thai digits: the default.
        thaiDigits: z._default(
          z.boolean({ error: 'ต้องเป็นค่าจริงหรือเท็จ (thaiDigits must be true or false)' }),
          true,
        ),
        signerName: z.optional(signerText('ชื่อผู้ลงนาม', 'signerName')),
        signerPosition: z.optional(signerText('ตำแหน่งผู้ลงนาม', 'signerPosition')),
      },
      NOT_OBJECT,
    ),
  ),
);

export const reportRequest = lazyChecker(() =>
  checker(
    object(
      {
        kind: z.enum(REPORT_KIND_IDS, {
          error: `ชนิดรายงานต้องเป็น ${REPORT_KIND_IDS.join(', ')} (unknown report kind)`,
        }),
        sheetId: sheetId(),
        round: z.optional(z.literal([6, 12], { error: 'รอบต้องเป็น 6 หรือ 12 เดือน (round must be 6 or 12)' })),
        thaiDigits: flag('thaiDigits'),
      },
      NOT_OBJECT,
    ),
  ),
);

/** The messages of a failed check, one line, each Thai with an English gloss (schema-issues.ts). */
export function issuesMessage(error: { readonly issues: readonly SchemaIssue[] }): string {
  return issuesText(error.issues);
}
