/**
 * The header fields of a document tab (fiscal year, organization, round) set after the tab was made:
 * a paste without its title gives a tab with no year, and reports print `พ.ศ. ....` until the officer
 * says it. The header lives in the tab's developer metadata (JSON): one entry rewritten; the tab's
 * name follows the year when it is still the name the add-in gave it.
 */

import { type DocumentHeader, documentHeaderSchema } from '../../core/documents/header';
import { documentTabName } from '../../core/layout/document-tab-layout';
import type { TabSummary } from '../../shared/api';
import { asDocumentTab } from '../document-tab';
import { freeTabName, MAX_TAB_NAME, META, writeMetadata } from '../metadata';
import { OperationError, type SheetsContext } from './context';
import { tabSummary } from './document-tabs';
import { documentTabById } from './records';

/** The fields the sidebar sets: a value sets the field, null clears it, absent leaves it. */
export interface HeaderFields {
  readonly fiscalYear?: number | null;
  readonly organization?: string | null;
  readonly round?: 6 | 12 | null;
}

function merged(header: DocumentHeader, fields: HeaderFields): Record<string, unknown> {
  const next: Record<string, unknown> = { ...header };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null || (typeof value === 'string' && value.trim() === '')) delete next[key];
    else next[key] = typeof value === 'string' ? value.trim() : value;
  }
  return next;
}

/** Whether `name` is the add-in's name for the header, or that name made free with " (2)" and so on. */
function isGivenName(name: string, given: string): boolean {
  return name === given || (name.startsWith(`${given} (`) && /\(\d+\)$/.test(name));
}

/** Sets the header fields of the document tab `sheetId`; refuses, changing nothing, a header that is not valid. */
export function setTabHeader(context: SheetsContext, sheetId: number, fields: HeaderFields): TabSummary {
  const tab = documentTabById(context, sheetId);
  const parsed = documentHeaderSchema.safeParse(merged(tab.header, fields));
  if (!parsed.success) {
    throw new OperationError(
      `หัวเอกสารไม่ถูกต้อง ไม่ได้บันทึก (the header is not valid; nothing was saved): ${parsed.error.issues
        .map((i) => i.message)
        .join('; ')}`,
    );
  }
  const header = parsed.data;
  const name = tab.sheet.getName();
  const oldName = documentTabName(tab.type, tab.header);
  const newName = documentTabName(tab.type, header);
  writeMetadata(tab.sheet, META.header, JSON.stringify(header));
  if (newName !== oldName && isGivenName(name, oldName)) {
    tab.sheet.setName(freeTabName(context.spreadsheet, newName.slice(0, MAX_TAB_NAME)));
  }
  const updated = asDocumentTab(tab.sheet);
  if (!updated) throw new OperationError('setTabHeader: bug: the tab lost its type');
  return tabSummary(updated);
}
