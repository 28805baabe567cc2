/**
 * Validating a document tab: its problems with their cells for the sidebar, and, when asked, marks
 * on the cells (a light fill and a note). The marks the add-in made last time are cleared first, by
 * the list it kept in the tab's metadata; a value is never changed, an officer's own note never lost.
 */

import { a1, parseA1 } from '../../core/layout/a1';
import type { Finding } from '../../core/problems/finding';
import { findingMessage } from '../../core/validation/finding-message';
import { validateDocument } from '../../core/validation/validate';
import type { ApiProblem } from '../../shared/api';
import { type DocumentTab, documentTabs, readRecords, tabColumns, tabRef } from '../document-tab';
import { joinedRanges, withinBudget } from '../mark-ranges';
import { MAX_SHEET_METADATA, META, readMetadata, writeMetadata } from '../metadata';
import type { SheetsContext } from './context';
import { storeLastCheck } from './last-check';
import { loadProfile } from './profile';
import { documentTabById } from './records';

const FILL: Readonly<Record<Finding['severity'], string>> = { error: '#fce8e6', warning: '#fef7e0' };
/** The add-in's own notes start with this, so it removes them and nothing else. */
const NOTE_MARK = '⚠ ita-sheets: ';

/** The marks of the last run, and the metadata characters the tab's other keys use. */
function previousMarks(tab: DocumentTab): { old: string[]; othersUse: number } {
  // Read outside the try: a failed service call must stop the run, not pass for "no marks".
  const meta = readMetadata(tab.sheet);
  let othersUse = 0;
  for (const [key, value] of meta) if (key !== META.marks) othersUse += key.length + value.length;
  try {
    const marks: unknown = JSON.parse(meta.get(META.marks) ?? '[]');
    const old = Array.isArray(marks) ? marks.filter((m): m is string => typeof m === 'string') : [];
    return { old, othersUse };
  } catch {
    return { old: [], othersUse };
  }
}

/** Removes the add-in's lines from a notes block, keeping every line an officer wrote. */
function withoutOwnNotes(notes: string[][]): string[][] {
  return notes.map((row) =>
    row.map((note) =>
      note
        .split('\n')
        .filter((line) => !line.startsWith(NOTE_MARK))
        .join('\n'),
    ),
  );
}

/**
 * Validates a tab; with `mark`, marks the problem cells. A fixed number of calls, whatever the rows.
 * The counts are noted as the last check (last-check.ts) for the sidebar's start page.
 */
export function validateTab(context: SheetsContext, sheetId: number, mark: boolean): ApiProblem[] {
  const tab = documentTabById(context, sheetId);
  const rows = readRecords(tab);
  const columns = tabColumns(tab);
  const profile = loadProfile(context.properties);
  const findings = validateDocument(
    tab.type,
    tab.header,
    rows.map((r) => r.record),
    {
      ...(profile ? { profile } : {}),
      // Only an OIT checklist's rules look at the other tabs (which documents the file already holds);
      // reading them costs calls per tab, so other types skip it.
      ...(tab.type.id === 'oit-checklist'
        ? { documentTabs: documentTabs(context.spreadsheet).map(tabRef) }
        : {}),
    },
  );
  const problems = findings.map((f) => {
    const row = f.record === undefined ? undefined : rows[f.record - 1]?.row;
    const column = f.field === undefined ? -1 : columns.indexOf(f.field);
    const cell = row !== undefined && column >= 0 ? a1(row, column + 1) : undefined;
    return { finding: f, cell, message: findingMessage(tab.type, f) };
  });
  if (mark) writeMarks(tab, columns.length, problems);
  const errors = findings.filter((f) => f.severity === 'error').length;
  storeLastCheck(context.properties, {
    sheetId,
    name: tab.sheet.getName(),
    errors,
    warnings: findings.length - errors,
  });
  return problems.map(({ finding, cell, message }) => ({
    severity: finding.severity,
    message,
    ...(finding.field === undefined ? {} : { field: finding.field }),
    ...(finding.record === undefined ? {} : { record: finding.record }),
    ...(cell === undefined ? {} : { a1: cell }),
  }));
}

function writeMarks(
  tab: DocumentTab,
  width: number,
  problems: readonly { finding: Finding; cell: string | undefined; message: string }[],
): void {
  const { sheet } = tab;
  const { old, othersUse } = previousMarks(tab);
  if (old.length > 0) sheet.getRangeList(old).setBackground(null);
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const block = sheet.getRange(1, 1, lastRow, width);
  const notes = withoutOwnNotes(block.getNotes());
  const marked: Record<Finding['severity'], string[]> = { error: [], warning: [] };
  for (const { finding, cell, message } of problems) {
    if (cell === undefined) continue;
    const at = parseA1(cell);
    const line = notes[at.row - 1];
    const column = at.column - 1;
    if (!line || column >= width) continue;
    line[column] = line[column] ? `${line[column]}\n${NOTE_MARK}${message}` : `${NOTE_MARK}${message}`;
    // An error outranks a warning on the same cell.
    if (finding.severity === 'error' || !marked.error.includes(cell)) marked[finding.severity].push(cell);
  }
  // The list must fit the sheet's metadata twice over (old and new, below) beside the other keys.
  const budget = Math.floor((MAX_SHEET_METADATA - othersUse - 2 * META.marks.length - 100) / 2);
  const errors = withinBudget(joinedRanges(marked.error), budget);
  const fills = {
    error: errors,
    warning: withinBudget(
      joinedRanges(marked.warning.filter((c) => !marked.error.includes(c))),
      budget - JSON.stringify(errors).length,
    ),
  };
  const now = [...fills.error, ...fills.warning];
  // Kept first as every cell this run may touch, so a run cut short by a failed call leaves no mark
  // that the next run would not know to clear (the new alone when both would not fit: the old fills
  // are cleared by then).
  const both = JSON.stringify([...new Set([...old, ...now])]);
  writeMetadata(sheet, META.marks, both.length <= 2 * budget ? both : JSON.stringify(now));
  block.setNotes(notes);
  for (const severity of ['warning', 'error'] as const) {
    if (fills[severity].length > 0) sheet.getRangeList(fills[severity]).setBackground(FILL[severity]);
  }
  writeMetadata(sheet, META.marks, JSON.stringify(now));
}

/** True when the last run of the check marked cells of this tab (marks a save should bring up to date). */
export function hasMarks(tab: DocumentTab): boolean {
  return previousMarks(tab).old.length > 0;
}
