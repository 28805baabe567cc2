/** Creating a document tab, structuring a pasted tab into a new one, and listing the document tabs. */

import type { DocumentRecord, DocumentTypeId } from '../../core/documents/document-type';
import type { DocumentHeader } from '../../core/documents/header';
import { DOCUMENT_TYPES } from '../../core/documents/types';
import { documentTabLayout, type ExtraColumn } from '../../core/layout/document-tab-layout';
import { newDocumentTab } from '../../core/layout/new-document-tab';
import type { SheetLayout } from '../../core/layout/sheet-layout';
import { describeProblem } from '../../core/problems/messages';
import { structureDocument } from '../../core/structure/structure';
import { findingMessage } from '../../core/validation/finding-message';
import type { StructureSummary, TabSummary } from '../../shared/api';
import { applyLayout } from '../apply-layout';
import { asDocumentTab, type DocumentTab, documentTabs } from '../document-tab';
import { freeTabName, MAX_SHEET_METADATA, metadataSize } from '../metadata';
import { withDaysAsText, zoneOf } from '../sheet-dates';
import { OperationError, type SheetsContext } from './context';
import { makingNewTabs } from './new-tabs';
import { loadProfile } from './profile';

/** What the sidebar needs to know of a document tab. */
export function tabSummary(tab: DocumentTab): TabSummary {
  return {
    sheetId: tab.sheet.getSheetId(),
    name: tab.sheet.getName(),
    type: tab.type.id,
    header: tab.header,
  };
}

/** The document tabs of the spreadsheet, in tab order. */
export function listDocumentTabs(context: SheetsContext): TabSummary[] {
  return documentTabs(context.spreadsheet).map(tabSummary);
}

/** The header of a new document: what the caller says, the profile filling the organization's place. */
function headerWithProfile(context: SheetsContext, header: DocumentHeader): DocumentHeader {
  const profile = loadProfile(context.properties);
  if (!profile) return header;
  return {
    organization: profile.organization,
    ...(profile.district ? { district: profile.district } : {}),
    ...(profile.province ? { province: profile.province } : {}),
    ...header,
  };
}

/** The layout of a tab of `type` holding `records`, with the profile's units in its dropdown. */
function tabLayout(
  context: SheetsContext,
  typeId: DocumentTypeId,
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  extra: readonly ExtraColumn[] = [],
): SheetLayout {
  const units = loadProfile(context.properties)?.units ?? [];
  return documentTabLayout(DOCUMENT_TYPES[typeId], header, records, units, extra);
}

function insertDocumentTab(
  context: SheetsContext,
  typeId: DocumentTypeId,
  header: DocumentHeader,
  layout: SheetLayout,
): { tab: DocumentTab; summary: TabSummary } {
  const type = DOCUMENT_TYPES[typeId];
  const { spreadsheet } = context;
  // The header is kept in the tab's metadata, which Sheets caps: refused before any tab is made.
  const size = metadataSize(layout.metadata);
  if (size > MAX_SHEET_METADATA - 1_000) {
    throw new OperationError(
      `ส่วนหัวของเอกสาร (เช่น แนวทางการพัฒนา) ยาว ${size.toLocaleString('en-US')} ตัวอักษร เกินกว่าที่แท็บเก็บได้ ` +
        `(${(MAX_SHEET_METADATA - 1_000).toLocaleString('en-US')}) โปรดย่อแล้วลองอีกครั้ง ยังไม่ได้สร้างแท็บ ` +
        `(the document's header is ${size} characters, more than a tab's metadata holds: shorten it; no tab was made)`,
    );
  }
  return makingNewTabs(spreadsheet, 'การสร้างแท็บเอกสาร', () => {
    const sheet = spreadsheet.insertSheet(
      freeTabName(spreadsheet, layout.name),
      spreadsheet.getSheets().length,
    );
    applyLayout(sheet, layout, context.services);
    spreadsheet.setActiveSheet(sheet);
    const tab = { sheet, type, header };
    // Inside the step: a failure even here removes the new tab rather than leave it unreported.
    return { tab, summary: tabSummary(tab) };
  });
}

/**
 * A new document tab of a type: headings, frozen, the dropdowns, its metadata; empty, except an OIT
 * checklist for a year with a built-in item list, which starts with the year's items. What the
 * officer should know of the new tab comes back as its `notice`.
 */
export function createDocumentTab(
  context: SheetsContext,
  type: DocumentTypeId,
  header: DocumentHeader,
): TabSummary {
  const full = headerWithProfile(context, header);
  const units = loadProfile(context.properties)?.units ?? [];
  const made = newDocumentTab(DOCUMENT_TYPES[type], full, units);
  const { summary } = insertDocumentTab(context, type, full, made.layout);
  return made.notice ? { ...summary, notice: `${made.notice.th} (${made.notice.en})` } : summary;
}

/** A new document tab holding `records` (a document read from a file, for the command line). */
export function createDocumentTabWith(
  context: SheetsContext,
  type: DocumentTypeId,
  header: DocumentHeader,
  records: readonly DocumentRecord[],
): TabSummary {
  const full = headerWithProfile(context, header);
  return insertDocumentTab(context, type, full, tabLayout(context, type, full, records)).summary;
}

/**
 * Structures the active (pasted) tab as a document of `type` into a new document tab. The pasted
 * tab is only read: it stays exactly as it was.
 */
export function structureActiveTab(context: SheetsContext, type: DocumentTypeId): StructureSummary {
  const pasted = context.spreadsheet.getActiveSheet();
  const pastedName = pasted.getName();
  if (asDocumentTab(pasted)) {
    throw new OperationError(
      `แท็บ "${pasted.getName()}" เป็นแท็บเอกสารอยู่แล้ว ให้เลือกแท็บที่วางข้อความมา (this tab is already a document tab; select the pasted tab)`,
    );
  }
  const structured = structureDocument(
    type,
    withDaysAsText(pasted.getDataRange().getValues(), zoneOf(pasted)),
  );
  if (!structured.ok) {
    const words = describeProblem(structured.problem);
    throw new OperationError(
      `แท็บ "${pasted.getName()}" ${words.th} (the tab "${pasted.getName()}" ${words.en})`,
    );
  }
  const doc = structured.value;
  const header = headerWithProfile(context, doc.header);
  const layout = tabLayout(context, type, header, doc.records, doc.keptColumns);
  const { summary } = insertDocumentTab(context, type, header, layout);
  return {
    tab: summary,
    records: doc.records.length,
    warnings: doc.warnings.map((w) => ({
      severity: w.severity,
      message: findingMessage(DOCUMENT_TYPES[type], w),
      ...(w.row === undefined ? {} : { a1: `'${pastedName.replace(/'/g, "''")}'!A${w.row}` }),
    })),
  };
}
