/**
 * Where the officer stands in the five steps of the sidebar's start page, read from the workbook in one
 * server call: the profile (one property), the tabs (their metadata, one call a tab; a document tab's
 * rows, one more), the last check (one property).
 */

import type { StartState } from '../../shared/api';
import { documentTabOf } from '../document-tab';
import { META, readMetadata } from '../metadata';
import type { SheetsContext } from './context';
import { loadLastCheck } from './last-check';
import { loadProfile } from './profile';
import { ROLLUP_LINKS_META } from './rollup-tabs';

/** The state of each step, from the workbook as it is now. */
export function readStartState(context: SheetsContext): StartState {
  const profile = loadProfile(context.properties);
  const documents: StartState['documents'][number][] = [];
  let reports = 0;
  let rollup = false;
  for (const sheet of context.spreadsheet.getSheets()) {
    const meta = readMetadata(sheet);
    if (meta.has(ROLLUP_LINKS_META)) rollup = true;
    if (meta.get(META.generated) === 'report') {
      reports += 1;
      continue;
    }
    const tab = documentTabOf(sheet, meta);
    if (tab) {
      // The header row is row 1: the records are the rows below it.
      const records = Math.max(sheet.getLastRow() - 1, 0);
      documents.push({ sheetId: sheet.getSheetId(), name: sheet.getName(), type: tab.type.id, records });
    }
  }
  const lastCheck = loadLastCheck(context.properties);
  return {
    profile: profile !== null,
    documents,
    // A check of a tab deleted since says nothing of the documents there are now.
    lastCheck: lastCheck && documents.some((d) => d.sheetId === lastCheck.sheetId) ? lastCheck : null,
    reports,
    oitChecklist: documents.some((d) => d.type === 'oit-checklist'),
    rollup,
  };
}
