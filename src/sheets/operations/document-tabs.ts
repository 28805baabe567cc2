/** Creating a document tab, structuring a pasted tab into a new one, and listing the document tabs. */

import type { DocumentRecord, DocumentTypeId } from '../../core/documents/document-type';
import type { DocumentHeader } from '../../core/documents/header';
import { DOCUMENT_TYPES } from '../../core/documents/types';
import { documentTabLayout, type ExtraColumn } from '../../core/layout/document-tab-layout';
import { newDocumentTab } from '../../core/layout/new-document-tab';
import type { SheetLayout } from '../../core/layout/sheet-layout';
import { describeProblem } from '../../core/problems/messages';
import { pastedColumns } from '../../core/structure/column-guess';
import { type ColumnMapping, tableRulesOf } from '../../core/structure/column-mapping';
import { mappingFaultReason } from '../../core/structure/mapping-fault-words';
import { structureDocument } from '../../core/structure/structure';
import type { StructuredDocument } from '../../core/structure/structured-document';
import { findingMessage } from '../../core/validation/finding-message';
import type { PastedColumnsView, StructureSummary, TabSummary } from '../../shared/api';
import { applyLayout } from '../apply-layout';
import { asDocumentTab, type DocumentTab, documentTabs } from '../document-tab';
import { freeTabName, MAX_SHEET_METADATA, META, metadataSize } from '../metadata';
import { readPastedTab } from '../pasted-tab';
import type { SheetApi } from '../spreadsheet-api';
import { newTabErrors } from './check-after-write';
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
export function headerWithProfile(context: SheetsContext, header: DocumentHeader): DocumentHeader {
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
export function tabLayout(
  context: SheetsContext,
  typeId: DocumentTypeId,
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  extra: readonly ExtraColumn[] = [],
): SheetLayout {
  const units = loadProfile(context.properties)?.units ?? [];
  return documentTabLayout(DOCUMENT_TYPES[typeId], header, records, units, extra);
}

export function insertDocumentTab(
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

const MAP_HINT =
  ' ถ้าตารางไม่มีหัวตาราง ให้เลือก "กำหนดคอลัมน์เอง" ในแถบข้าง (if the table has no header row, choose "กำหนดคอลัมน์เอง" in the sidebar)';

/** The active tab, when it is a pasted tab (not one the add-in made) and, if given, the tab `expected`. */
function pastedTab(context: SheetsContext, expected?: number): SheetApi {
  const pasted = context.spreadsheet.getActiveSheet();
  if (expected !== undefined && pasted.getSheetId() !== expected) {
    throw new OperationError(
      `แท็บที่เปิดอยู่ "${pasted.getName()}" ไม่ใช่แท็บที่กำหนดคอลัมน์ไว้ เปิดแท็บนั้นแล้วลองอีกครั้ง (the active tab is not the tab the columns were mapped on)`,
    );
  }
  if (asDocumentTab(pasted)) {
    throw new OperationError(
      `แท็บ "${pasted.getName()}" เป็นแท็บเอกสารอยู่แล้ว ให้เลือกแท็บที่วางข้อความมา (this tab is already a document tab; select the pasted tab)`,
    );
  }
  return pasted;
}

/**
 * The columns of the active (pasted) tab for the officer to map, each with its first values and a
 * guessed field of `type`. One getValues, one getFormulas, one getMergedRanges; the tab is only read.
 */
export function readPastedColumns(context: SheetsContext, type: DocumentTypeId): PastedColumnsView {
  const pasted = pastedTab(context);
  const documentType = DOCUMENT_TYPES[type];
  if (!tableRulesOf(type)) {
    const words = describeProblem({
      code: 'bad-column-mapping',
      reason: mappingFaultReason({ kind: 'not-a-table', expected: type }),
    });
    throw new OperationError(`${words.th} (${words.en})`);
  }
  // The cells as typed: a `- …` bullet Sheets turned into #ERROR! is shown as its text.
  const values = readPastedTab(pasted).rows;
  const { headed, columns } = pastedColumns(documentType, values);
  if (columns.length === 0) {
    throw new OperationError(`แท็บ "${pasted.getName()}" ว่าง (the tab "${pasted.getName()}" is blank)`);
  }
  return {
    sheetId: pasted.getSheetId(),
    sheetName: pasted.getName(),
    type,
    headed,
    columns,
    fields: documentType.fields.map((f) => ({ key: f.key, th: f.th, required: f.required })),
  };
}

/**
 * Structures the active (pasted) tab as a document of `type` into a new document tab; with
 * `columns`, each pasted column as the mapping says (kept in the new tab's metadata); with `sheetId`,
 * only if that tab is still the active one. The pasted tab is only read: it stays exactly as it was.
 */
export function structureActiveTab(
  context: SheetsContext,
  type: DocumentTypeId,
  columns?: ColumnMapping,
  sheetId?: number,
  fiscalYear?: number,
): StructureSummary {
  const pasted = pastedTab(context, sheetId);
  const pastedName = pasted.getName();
  const read = readPastedTab(pasted);
  const structured = structureDocument(type, read.rows, {
    ...(columns === undefined ? {} : { columns }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    merges: read.merges,
  });
  if (!structured.ok) {
    const words = describeProblem(structured.problem);
    // A table whose header was not found can still be read: the officer says what each column is.
    const mappable =
      columns === undefined && tableRulesOf(type) && structured.problem.code === 'not-this-document';
    throw new OperationError(
      `แท็บ "${pasted.getName()}" ${words.th} (the tab "${pasted.getName()}" ${words.en})${mappable ? MAP_HINT : ''}`,
    );
  }
  const doc = { ...structured.value, warnings: [...read.warnings, ...structured.value.warnings] };
  return writeStructured(context, doc, columns, pastedName);
}

/**
 * A structured document into a new document tab (with the profile's place in its header), and what
 * the sidebar shows of it; a warning's row links to `sourceName`'s tab when the paste was one.
 */
export function writeStructured(
  context: SheetsContext,
  doc: StructuredDocument,
  columns?: ColumnMapping,
  sourceName?: string,
): StructureSummary {
  const type = doc.type;
  const header = headerWithProfile(context, doc.header);
  const layout = tabLayout(context, type, header, doc.records, doc.keptColumns);
  const mapped =
    columns === undefined
      ? layout
      : { ...layout, metadata: { ...layout.metadata, [META.columns]: JSON.stringify(columns) } };
  const { summary } = insertDocumentTab(context, type, header, mapped);
  const profile = loadProfile(context.properties);
  return {
    tab: summary,
    records: doc.records.length,
    warnings: [
      ...doc.warnings.map((w) => ({
        severity: w.severity,
        message: findingMessage(DOCUMENT_TYPES[type], w),
        ...(w.row === undefined || sourceName === undefined
          ? {}
          : { a1: `'${sourceName.replace(/'/g, "''")}'!A${w.row}` }),
      })),
      // The new tab's errors (a unit not among the profile's …), as the form and the check find them.
      ...newTabErrors(DOCUMENT_TYPES[type], header, doc.records, profile, summary.name),
    ],
  };
}
