/**
 * The preview's district demo (src/preview/district-demo.ts) rolled up as the district officer would:
 * the organizations' own spreadsheets, imported through the in-memory IMPORTRANGE, computed by the add-in.
 * For the report tests and pictures: a roll-up made by the code, not written out by hand.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Rollup } from '../../src/core/rollup/rollup-types';
import { DEMO_IDS } from '../../src/preview/district-demo';
import { demoPreviewFile, fromPreviewFile, idOf } from '../../src/preview/preview-workbooks';
import { memoryServices } from '../../src/sheets/memory';
import type { SheetsContext } from '../../src/sheets/operations/context';
import { currentRollup, updateRollup } from '../../src/sheets/operations/rollup';

// The repository: under jest, two folders up; bundled by scripts/run-ts.mjs, the working directory.
const ROOT = existsSync(join(__dirname, '..', 'fixtures')) ? join(__dirname, '..', '..') : process.cwd();

/** The demo district's roll-up on 7 December 2026, with the waiting organization allowed when `allowWaiting`. */
export function demoDistrictRollup(allowWaiting = true): Rollup {
  const now = new Date('2026-12-07T03:00:00Z');
  const { documents, registry } = fromPreviewFile(demoPreviewFile(ROOT));
  const district = documents.find((d) => idOf(d) === DEMO_IDS.district);
  if (!district) throw new Error('demoDistrictRollup: the demo has no district');
  if (allowWaiting) registry.allowAccess(DEMO_IDS.district, DEMO_IDS.orgC);
  const context: SheetsContext = {
    spreadsheet: district.workbook,
    services: memoryServices(district.workbook),
    properties: district.properties,
  };
  updateRollup(context, now, { thaiDigits: true });
  return currentRollup(context, now);
}
