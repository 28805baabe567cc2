/**
 * How a tab prints, as the adapter marks it: developer metadata "ita-sheets.print" holding the
 * layout's PrintSetup as JSON (landscape, the repeated rows, the printed columns, the runs of rows kept
 * on one page, the rows of a chart). Sheets has no page setup a script can set (printing goes through
 * the export URL), so the mark is what the .xlsx export turns into a page setup.
 */

import * as z from 'zod/mini';
import { checker } from '../../core/problems/schema-check';
import type { SheetState } from './sheet-state';

/** The developer metadata key of a tab's print setup. */
export const PRINT_METADATA_KEY = 'ita-sheets.print';

const rowNumber = z.int().check(z.gte(1));
const rowRuns = z.optional(z.array(z.tuple([rowNumber, rowNumber])));

const printSetupSchema = checker(
  z.strictObject({
    landscape: z.boolean(),
    repeatRows: z.int().check(z.gte(0)),
    repeatFrom: z.optional(rowNumber),
    columns: z.optional(rowNumber),
    keepTogether: rowRuns,
    chartRows: rowRuns,
  }),
);

/** A tab's print setup. */
export type PrintMark = z.output<typeof printSetupSchema.schema>;

/** The sheet's print setup, undefined when it has none; throws naming the sheet when the mark is not one. */
export function printSetupOf(sheet: SheetState): PrintMark | undefined {
  const entry = sheet.metadata.find((m) => m.key === PRINT_METADATA_KEY);
  if (!entry) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(entry.value ?? '');
  } catch {
    json = undefined;
  }
  const parsed = printSetupSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `toXlsx: sheet "${sheet.name}": ${PRINT_METADATA_KEY} is not {"landscape": boolean, "repeatRows": number, …}: ${entry.value}`,
    );
  }
  return parsed.data;
}
