/**
 * The district's side of the demo (issue 21): three more organizations of อำเภอโนนสูง in different
 * states, and the district officer's workbook that imports their ITA_SUMMARY blocks. With the officer's
 * demo organization (demo-workbook.ts) they make the five workbooks the preview opens with:
 *
 * - A, องค์การบริหารส่วนตำบลหนองบัวทอง (demo-workbook.ts): most documents; shared, access allowed;
 * - B, องค์การบริหารส่วนตำบลโคกสะอาด: measures and an OIT checklist with one item published; shared,
 *   access allowed;
 * - C, เทศบาลตำบลดอนชมพู: shared with the district, but Allow access not clicked yet (#REF!, connect);
 * - D, องค์การบริหารส่วนตำบลพลสงคราม: listed by the district but not shared (#REF!, permission);
 * - the district, ท้องถิ่นอำเภอโนนสูง: its profile, and its links tab through writeDistrictLinks.
 */

import { join } from 'node:path';
import type { DocumentTypeId } from '../core/documents/document-type';
import type { Profile } from '../core/documents/header';
import { sheetLinkOf } from '../core/rollup/sheet-link';
import { structureDocument } from '../core/structure/structure';
import { MemoryWorkbook, memoryServices } from '../sheets/memory';
import type { SheetsContext } from '../sheets/operations/context';
import { createDocumentTabWith } from '../sheets/operations/document-tabs';
import { storeProfile } from '../sheets/operations/profile';
import { newLinksTab } from '../sheets/operations/rollup-tabs';
import { writeSummary } from '../sheets/operations/summary-tab';
import { toCellValue } from '../sheets/cell-value';
import { DEMO_ID, readDemoFile } from './demo-workbook';
import { PreviewProperties } from './preview-properties';
import type { AllowedPair, PreviewDocument, SharePair } from './workbook-file';

/** The demo's spreadsheet ids: 44 characters of [A-Za-z0-9_-], as Google's are (the link reader wants 25 or more). */
export const DEMO_IDS = {
  orgA: DEMO_ID,
  orgB: '1KhokSaat-ita-sheets-preview-demo-orgB00000B',
  orgC: '1DonChomphu-ita-sheets-preview-demo-orgC000C',
  orgD: '1PhonSongkhram-ita-sheets-preview-demo-orgDD',
  district: '1NonSung-ita-sheets-preview-demo-district00X',
} as const;

/** The district officer's office. */
export const DISTRICT_PROFILE: Profile = {
  organization: 'ที่ทำการท้องถิ่นอำเภอโนนสูง',
  district: 'โนนสูง',
  province: 'นครราชสีมา',
  website: '',
  units: [],
};

/** The district workbook's name. */
export const DISTRICT_NAME = 'ท้องถิ่นอำเภอโนนสูง';

// The units the fixtures name, so the demo tabs' records check clean.
const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสวัสดิการสังคม'];

interface DemoOrganization {
  readonly id: string;
  readonly name: string;
  readonly profile: Profile;
  readonly documents: readonly {
    readonly type: DocumentTypeId;
    readonly file: string;
    /** The fixture's text changed for this organization (its state). */
    readonly edit?: (text: string) => string;
  }[];
}

/** All but the first "เผยแพร่แล้ว" of a checklist made "ยังไม่ดำเนินการ": an organization that has barely begun. */
function onePublished(text: string): string {
  let seen = 0;
  return text.replace(/เผยแพร่แล้ว/g, (status) => (seen++ === 0 ? status : 'ยังไม่ดำเนินการ'));
}

const profile = (organization: string, website: string): Profile => ({
  organization,
  district: 'โนนสูง',
  province: 'นครราชสีมา',
  website,
  units: UNITS,
});

const ORG_B: DemoOrganization = {
  id: DEMO_IDS.orgB,
  name: 'ITA อบต.โคกสะอาด',
  profile: profile('องค์การบริหารส่วนตำบลโคกสะอาด', 'https://www.khoksaat.go.th'),
  documents: [
    { type: 'measures', file: 'measures-fy2568.txt' },
    // A checklist whose items name their sub-indicators, so its OIT today can be scored.
    { type: 'oit-checklist', file: 'oit-checklist-scored-fy2568.txt', edit: onePublished },
  ],
};

const ORG_C: DemoOrganization = {
  id: DEMO_IDS.orgC,
  name: 'ITA เทศบาลตำบลดอนชมพู',
  profile: profile('เทศบาลตำบลดอนชมพู', 'https://www.donchomphu.go.th'),
  documents: [
    { type: 'action-plan', file: 'action-plan-thesaban-khok-klang.txt' },
    { type: 'ita-analysis', file: 'ita-analysis-thesaban-fy2567.txt' },
    // Scorable (its items name their sub-indicators): with the analysis's IIT and EIT, a projected level.
    { type: 'oit-checklist', file: 'oit-checklist-scored-fy2568.txt' },
  ],
};

const ORG_D: DemoOrganization = {
  id: DEMO_IDS.orgD,
  name: 'ITA อบต.พลสงคราม',
  profile: profile('องค์การบริหารส่วนตำบลพลสงคราม', ''),
  documents: [{ type: 'ethics', file: 'ethics-fy2568.txt' }],
};

/** The district demo's workbooks and who shared with whom and allowed what. */
export interface DistrictDemo {
  readonly documents: readonly PreviewDocument[];
  readonly shares: readonly SharePair[];
  readonly allowed: readonly AllowedPair[];
}

/** A link the district officer lists: the organization's name and its spreadsheet's link. */
export interface DemoLink {
  readonly label: string;
  readonly link: string;
}

function contextOf(document: PreviewDocument): SheetsContext {
  return {
    spreadsheet: document.workbook,
    services: memoryServices(document.workbook),
    properties: document.properties,
  };
}

/** An organization's workbook: its profile, its document tabs from the fixtures, and its ITA_SUMMARY. */
function organizationDocument(root: string, org: DemoOrganization, now: Date): PreviewDocument {
  const workbook = new MemoryWorkbook({ id: org.id, name: org.name });
  const properties = new PreviewProperties();
  storeProfile(properties, org.profile);
  const document = { workbook, properties };
  const context = contextOf(document);
  const [first] = workbook.getSheets();
  for (const { type, file, edit } of org.documents) {
    const text = readDemoFile(join(root, 'test', 'fixtures', file));
    const structured = structureDocument(type, edit ? edit(text) : text);
    if (!structured.ok) throw new Error(`districtDemo: bug: the fixture ${file} is not a ${type} document`);
    // The fixture names another organization: the tab speaks of this one, as its profile says.
    const { organization, district, province } = org.profile;
    const header = { ...structured.value.header, organization, district, province };
    createDocumentTabWith(context, type, header, structured.value.records);
  }
  if (first) workbook.deleteSheet(first);
  writeSummary(context, now);
  const [active] = workbook.getSheets();
  if (active) workbook.setActiveSheet(active);
  return document;
}

/** The four links the district officer lists, A to D, as Sheets' Share › Copy link gives them. */
export function districtDemoLinks(orgAId: string): readonly DemoLink[] {
  return [
    { label: 'อบต.หนองบัวทอง', link: `${sheetLinkOf(orgAId)}/edit` },
    { label: 'อบต.โคกสะอาด', link: `${sheetLinkOf(DEMO_IDS.orgB)}/edit` },
    { label: 'ทต.ดอนชมพู', link: `${sheetLinkOf(DEMO_IDS.orgC)}/edit` },
    { label: 'อบต.พลสงคราม', link: `${sheetLinkOf(DEMO_IDS.orgD)}/edit` },
  ];
}

/**
 * The district's links tab (src/sheets/operations/rollup-tabs.ts) listing `links`, as the officer
 * fills it after the first อัปเดตภาพรวม: the next update in the sidebar imports them.
 */
export function writeDistrictLinks(district: PreviewDocument, links: readonly DemoLink[]): void {
  const { workbook } = district;
  const sheet = newLinksTab(workbook);
  sheet
    .getRange(2, 1, links.length, 2)
    .setValues(links.map(({ label, link }) => [toCellValue(label), toCellValue(link)]));
  workbook.setActiveSheet(sheet);
}

/** The district officer's workbook: the office's profile, then its links tab (writeDistrictLinks). */
function districtDocument(orgAId: string): PreviewDocument {
  const workbook = new MemoryWorkbook({ id: DEMO_IDS.district, name: DISTRICT_NAME });
  const properties = new PreviewProperties();
  storeProfile(properties, DISTRICT_PROFILE);
  const document = { workbook, properties };
  writeDistrictLinks(document, districtDemoLinks(orgAId));
  return document;
}

/**
 * The district demo: B, C, D and the district's workbook, with A (`orgAId`, the officer's demo or the
 * workbook of an older save file) shared and allowed as B is. The fixtures are read under `root`.
 */
export function districtDemo(root: string, orgAId: string, now = new Date()): DistrictDemo {
  const documents = [
    districtDocument(orgAId),
    ...[ORG_B, ORG_C, ORG_D].map((org) => organizationDocument(root, org, now)),
  ];
  const district = DEMO_IDS.district;
  return {
    documents,
    shares: [orgAId, DEMO_IDS.orgB, DEMO_IDS.orgC].map((sourceId) => ({ sourceId, withId: district })),
    allowed: [orgAId, DEMO_IDS.orgB].map((sourceId) => ({ importerId: district, sourceId })),
  };
}
