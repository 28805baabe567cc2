/**
 * Rolling a document tab into a later fiscal year: its records read with one getValues, rolled by
 * the core, written to a new tab (with its metadata) by the same step that creates any document tab.
 * The old tab is only read: it stays exactly as it was.
 */

import type { DocumentTypeId } from '../../core/documents/document-type';
import type { DocumentHeader } from '../../core/documents/header';
import { DOCUMENT_TYPES } from '../../core/documents/types';
import { checklistItemList } from '../../core/oit/checklist-item-list';
import type { OitItemList } from '../../core/oit/oit-item-lists';
import { describeProblem } from '../../core/problems/messages';
import { rollover } from '../../core/rollover/rollover';
import { findingMessage } from '../../core/validation/finding-message';
import type { StructureSummary } from '../../shared/api';
import { readRecords } from '../document-tab';
import { OperationError, type SheetsContext } from './context';
import { createDocumentTabWith } from './document-tabs';
import { documentTabById } from './records';

/** The year a document rolls into when none is asked for: the one after its last (2562–2564 → 2565). */
export function nextFiscalYear(header: DocumentHeader, current: () => number): number {
  const last = header.fiscalYearEnd ?? header.fiscalYear;
  return last === undefined ? current() : last + 1;
}

/** What to roll: the tab, the year (the next one unless given) and the type to make (its own unless given). */
export interface RolloverRequest {
  readonly sheetId: number;
  readonly fiscalYear?: number;
  readonly as?: DocumentTypeId;
  /** A checklist tab holding the new year's item list: an OIT checklist's items are matched to it by title. */
  readonly itemsSheetId?: number;
}

/** The new year's item list from the checklist tab the request names, read with one getValues. */
function itemListOf(context: SheetsContext, request: RolloverRequest): OitItemList | undefined {
  if (request.itemsSheetId === undefined) return undefined;
  const tab = documentTabById(context, request.itemsSheetId);
  const name = tab.sheet.getName();
  if (tab.type.id !== 'oit-checklist') {
    throw new OperationError(
      `แท็บ "${name}" ไม่ใช่แบบตรวจ OIT จึงใช้เป็นรายการข้อของปีใหม่ไม่ได้ (the tab "${name}" is not an OIT checklist)`,
    );
  }
  const list = checklistItemList(
    readRecords(tab).map((r) => r.record),
    tab.header.fiscalYear,
    `รายการข้อจากแท็บ "${name}" (the items of the tab "${name}")`,
  );
  if (list.items.length === 0) {
    throw new OperationError(`แท็บ "${name}" ไม่มีรายการข้อ OIT (the tab "${name}" has no OIT item)`);
  }
  return list;
}

/** Makes the new tab of the rolled document; refuses, changing nothing, what cannot be rolled. */
export function rolloverTab(
  context: SheetsContext,
  request: RolloverRequest,
  current: () => number,
): StructureSummary {
  const tab = documentTabById(context, request.sheetId);
  const as = request.as ?? tab.type.id;
  const to =
    request.fiscalYear ??
    (as === tab.type.id ? nextFiscalYear(tab.header, current) : (tab.header.fiscalYear ?? current()));
  const records = readRecords(tab).map((r) => r.record);
  const rolled = rollover(
    { type: tab.type.id, header: tab.header, records },
    to,
    as,
    itemListOf(context, request),
  );
  if (!rolled.ok) {
    const words = describeProblem(rolled.problem);
    throw new OperationError(
      `แท็บ "${tab.sheet.getName()}": ${words.th} (the tab "${tab.sheet.getName()}": ${words.en})`,
    );
  }
  const doc = rolled.value;
  const made = createDocumentTabWith(context, doc.type, doc.header, doc.records);
  return {
    tab: made,
    records: doc.records.length,
    warnings: doc.warnings.map((w) => ({
      severity: w.severity,
      message: findingMessage(DOCUMENT_TYPES[doc.type], w),
      ...(w.record === undefined ? {} : { record: w.record }),
      ...(w.field === undefined ? {} : { field: w.field }),
    })),
  };
}
