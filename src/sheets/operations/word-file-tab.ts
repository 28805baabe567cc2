/**
 * A Word file the officer picked in the sidebar, structured into a new document tab as a pasted tab
 * is (document-tabs.ts): the sidebar unzipped it in the browser and sent its XML parts; the core reads
 * them (src/core/docx) and the structurer makes the records. Nothing is written when it cannot be read.
 */

import { structureWordFile } from '../../core/docx/structure-word-file';
import type { WordParts } from '../../core/docx/zip-entries';
import type { DocumentTypeId } from '../../core/documents/document-type';
import { DOCUMENT_TYPES } from '../../core/documents/types';
import { describeProblem } from '../../core/problems/messages';
import { findingMessage } from '../../core/validation/finding-message';
import type { StructureSummary } from '../../shared/api';
import { OperationError, type SheetsContext } from './context';
import { headerWithProfile, insertDocumentTab, tabLayout } from './document-tabs';

/** Structures a Word file's parts as `type` into a new document tab; `fileName` names it in messages. */
export function structureWordFileTab(
  context: SheetsContext,
  type: DocumentTypeId,
  parts: WordParts,
  fileName: string,
): StructureSummary {
  const structured = structureWordFile(type, parts);
  if (!structured.ok) {
    const words = describeProblem(structured.problem);
    throw new OperationError(`ไฟล์ "${fileName}" ${words.th} (the file "${fileName}" ${words.en})`);
  }
  const doc = structured.value;
  const header = headerWithProfile(context, doc.header);
  const { summary } = insertDocumentTab(
    context,
    type,
    header,
    tabLayout(context, type, header, doc.records, doc.keptColumns),
  );
  return {
    tab: summary,
    records: doc.records.length,
    // The rows are the Word file's, not a tab's: no cell to select, the message names the rows.
    warnings: doc.warnings.map((w) => ({
      severity: w.severity,
      message: findingMessage(DOCUMENT_TYPES[type], w),
    })),
  };
}
