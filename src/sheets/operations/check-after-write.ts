/**
 * The check where a write changes what it found. A tab structured from a paste (or a file) is checked
 * as it is made, from the records in memory (no call more): its errors, a unit not among the profile's
 * among them, come back with the structurer's warnings, as the README says every path checks. A saved
 * record clears its own marks when the check had marked the tab.
 */

import type { DocumentRecord, DocumentType } from '../../core/documents/document-type';
import type { DocumentHeader, Profile } from '../../core/documents/header';
import { a1 } from '../../core/layout/a1';
import { findingMessage } from '../../core/validation/finding-message';
import { validateDocument } from '../../core/validation/validate';
import type { ApiProblem } from '../../shared/api';
import type { SheetsContext } from './context';
import { documentTabById } from './records';
import { hasMarks, validateTab } from './validate-tab';

/**
 * The errors of the records a new tab is made of, each at its cell of the new tab (`'name'!E3`: record
 * n is on row n + 1, under the headings; the fields are the first columns, in the type's order).
 */
export function newTabErrors(
  type: DocumentType,
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  profile: Profile | null,
  tabName: string,
): ApiProblem[] {
  const quoted = `'${tabName.replace(/'/g, "''")}'`;
  const columns = type.fields.map((f) => f.key);
  return validateDocument(type, header, records, profile ? { profile } : {})
    .filter((f) => f.severity === 'error')
    .map((f) => {
      const column = f.field === undefined ? -1 : columns.indexOf(f.field);
      const cell = f.record !== undefined && column >= 0 ? a1(f.record + 1, column + 1) : undefined;
      return {
        severity: f.severity,
        message: findingMessage(type, f),
        ...(f.field === undefined ? {} : { field: f.field }),
        ...(f.record === undefined ? {} : { record: f.record }),
        ...(cell === undefined ? {} : { a1: `${quoted}!${cell}` }),
      };
    });
}

/**
 * After a record is saved: when the tab carries the check's marks, the check runs again, so the saved
 * record's marks go (and those of the records still wrong stay). A tab never checked is left unmarked.
 * The record is saved by then: a failure here does not undo or refuse the save; it is logged, and the
 * next check brings the marks up to date (marks are the add-in's, never the officer's data).
 */
export function refreshMarksAfterSave(context: SheetsContext, sheetId: number): void {
  try {
    if (hasMarks(documentTabById(context, sheetId))) validateTab(context, sheetId, true);
  } catch (error) {
    console.error(
      'ita-sheets: the check after a save failed (the record is saved; the next check redoes the marks)',
      error instanceof Error ? (error.stack ?? error) : error,
    );
  }
}
