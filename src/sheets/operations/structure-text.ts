/**
 * Text the officer pasted straight into the sidebar's paste box, structured into a new document tab
 * as a pasted tab is. Sheets never parses this text, so a `- …` bullet line stays the text it is; no
 * tab is read and none but the new one is written.
 */

import type { DocumentTypeId } from '../../core/documents/document-type';
import { describeProblem } from '../../core/problems/messages';
import { structureDocument } from '../../core/structure/structure';
import type { StructureSummary } from '../../shared/api';
import { OperationError, type SheetsContext } from './context';
import { writeStructured } from './document-tabs';

/** Structures `text` (tab-separated, CSV or lines) as a document of `type` into a new document tab. */
export function structurePastedText(
  context: SheetsContext,
  type: DocumentTypeId,
  text: string,
  fiscalYear?: number,
): StructureSummary {
  if (text.trim() === '') {
    throw new OperationError('ยังไม่ได้วางข้อความ (nothing was pasted)');
  }
  const structured = structureDocument(type, text, fiscalYear === undefined ? {} : { fiscalYear });
  if (!structured.ok) {
    const words = describeProblem(structured.problem);
    throw new OperationError(`ข้อความที่วาง ${words.th} (the pasted text ${words.en})`);
  }
  return writeStructured(context, structured.value);
}
