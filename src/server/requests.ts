/** The zod schemas of what the sidebar sends: every request is checked before anything is read or written. */

import * as z from 'zod/mini';
import { DOCUMENT_TYPE_IDS } from '../core/documents/types';

const sheetId = z.number({ error: 'ต้องระบุแท็บ (sheetId must be a number)' }).check(z.int(), z.minimum(0));
const documentType = z.enum(DOCUMENT_TYPE_IDS as [string, ...string[]], {
  error: `ประเภทเอกสารต้องเป็น ${DOCUMENT_TYPE_IDS.join(', ')} (unknown document type)`,
});

export const createTabRequest = z.object({
  type: documentType,
  fiscalYear: z.optional(
    z
      .number({ error: 'ปีงบประมาณต้องเป็นตัวเลข พ.ศ. (fiscal year must be a B.E. number)' })
      .check(
        z.int(),
        z.minimum(2400, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)' }),
        z.maximum(2800, { error: 'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)' }),
      ),
  ),
});

export const structureRequest = z.object({ type: documentType });

export const tabRequest = z.object({ sheetId });

export const selectRequest = z.object({
  sheetId,
  a1: z.string().check(
    z.regex(/^[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?$/, {
      error: 'ต้องเป็นเซลล์แบบ A1 (a1 must be a cell such as B3)',
    }),
  ),
});

export const appendRequest = z.object({ sheetId, record: z.unknown() });

export const updateRequest = z.object({
  sheetId,
  row: z
    .number({ error: 'ต้องระบุแถว (row must be a number)' })
    .check(z.int(), z.minimum(2, { error: 'แถวที่ 1 เป็นหัวตาราง (row 1 is the header)' })),
  record: z.unknown(),
  /** The record as it was read when the officer opened it. */
  expected: z.optional(z.unknown()),
});

export const validateRequest = z.object({ sheetId, mark: z._default(z.boolean(), false) });

export const reportRequest = z.object({
  kind: z.enum(['results', 'ita-analysis', 'action-plan', 'ethics'], {
    error: 'ชนิดรายงานต้องเป็น results, ita-analysis, action-plan หรือ ethics (unknown report kind)',
  }),
  sheetId,
  round: z.optional(
    z.union([z.literal(6), z.literal(12)], { error: 'รอบต้องเป็น 6 หรือ 12 เดือน (round must be 6 or 12)' }),
  ),
  thaiDigits: z._default(z.boolean(), false),
});

/** The Thai messages of a failed check, one line. */
export function issuesMessage(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join(' · ');
}
