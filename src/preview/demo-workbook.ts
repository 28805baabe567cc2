/**
 * The workbook the preview starts with when it has no saved file: a profile, document tabs made from
 * the project's own fixtures, and a tab holding a paste as an officer leaves it, active, ready to be
 * structured from the sidebar.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentTypeId } from '../core/documents/document-type';
import type { Profile } from '../core/documents/header';
import { parsePastedText } from '../core/structure/paste';
import { structureDocument } from '../core/structure/structure';
import { toCellValue } from '../sheets/cell-value';
import { MemoryWorkbook, memoryServices } from '../sheets/memory';
import type { SheetsContext } from '../sheets/operations/context';
import { createDocumentTabWith } from '../sheets/operations/document-tabs';
import { storeProfile } from '../sheets/operations/profile';
import { writeSummary } from '../sheets/operations/summary-tab';
import { ensureSheetSize } from '../sheets/sheet-size';
import { PreviewProperties } from './preview-properties';
import type { PreviewDocument } from './workbook-file';

/** The demo organization: the units are those the fixtures name, so their records check clean. */
export const DEMO_PROFILE: Profile = {
  organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
  district: 'โนนสูง',
  province: 'นครราชสีมา',
  website: 'https://www.nongbuathong.go.th',
  units: ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสวัสดิการสังคม'],
};

/** The demo organization's spreadsheet id: 44 characters, as Google's are, so a district's link to it reads. */
export const DEMO_ID = '1NongBuaThong-ita-sheets-preview-demo-orgA0A';

/** The name of the pasted tab. */
export const PASTE_TAB = 'วางข้อความ';

// The project's fixtures (test/fixtures), each made into a document tab of its type.
const DEMO_DOCUMENTS: readonly { readonly type: DocumentTypeId; readonly file: string }[] = [
  { type: 'measures', file: 'measures-fy2568.txt' },
  { type: 'results', file: 'results-fy2568-6-months.txt' },
  { type: 'ita-analysis', file: 'ita-analysis-thesaban-fy2567.txt' },
  { type: 'oit-checklist', file: 'oit-checklist-fy2568.txt' },
];

/** A fixture's text, or a Thai message saying where to run the preview from. */
export function readDemoFile(path: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `ไม่พบไฟล์ตัวอย่าง ${path}: เรียก npm start จากโฟลเดอร์ของโครงการ (run the preview from the repository)`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** The text of the paste tab: the real FY 2563 seed beside the repository when there, else a fixture. */
function pasteText(root: string): string {
  const seed = join(root, '..', 'shared', 'seeds', 'measures-fy2563.txt');
  return readDemoFile(existsSync(seed) ? seed : join(root, 'test', 'fixtures', 'measures-fy2568.txt'));
}

/** The demo document, reading the fixtures under `root` (the repository). */
export function demoDocument(root: string): PreviewDocument {
  const workbook = new MemoryWorkbook({
    id: DEMO_ID,
    name: 'ita-sheets ตัวอย่าง — อบต.หนองบัวทอง',
    sheetNames: [PASTE_TAB],
  });
  const properties = new PreviewProperties();
  storeProfile(properties, DEMO_PROFILE);
  const context: SheetsContext = { spreadsheet: workbook, services: memoryServices(workbook), properties };

  for (const { type, file } of DEMO_DOCUMENTS) {
    const structured = structureDocument(type, readDemoFile(join(root, 'test', 'fixtures', file)));
    if (!structured.ok) throw new Error(`demoDocument: bug: the fixture ${file} is not a ${type} document`);
    createDocumentTabWith(context, type, structured.value.header, structured.value.records);
  }

  const rows = parsePastedText(pasteText(root));
  const width = Math.max(1, ...rows.map((r) => r.length));
  const pasted = workbook.getSheets()[0];
  if (!pasted) throw new Error('demoDocument: bug: the workbook has no first tab');
  ensureSheetSize(pasted, rows.length, width);
  pasted
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => toCellValue(r[c] ?? ''))));
  // As an organization that has used the add-in: its summary for the district (ITA_SUMMARY) is there.
  writeSummary(context, new Date());
  workbook.setActiveSheet(pasted);
  return { workbook, properties };
}
