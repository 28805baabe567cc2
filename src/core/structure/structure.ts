/** The structurer's entry: a paste of a document type → its header and records, by the type's rules. */

import type { DocumentTypeId } from '../documents/document-type';
import { DOCUMENT_TYPES } from '../documents/types';
import type { Result } from '../problems/problem';
import { structureActionPlan } from './action-plan';
import { structureItaAnalysis } from './ita-analysis-memo';
import { pastedLines } from './paste';
import { STRUCTURE_RULES } from './rules';
import type { PastedRows, StructuredDocument } from './structured-document';
import { structureTable } from './table';

/** Structures pasted text (tab-separated) or a sheet's values as a document of the given type. */
export function structureDocument(
  type: DocumentTypeId,
  input: string | PastedRows,
): Result<StructuredDocument> {
  const rules = STRUCTURE_RULES[type];
  switch (rules.kind) {
    case 'table':
      return structureTable(DOCUMENT_TYPES[type], rules, input);
    case 'forms':
      return structureActionPlan(pastedLines(input));
    case 'memo':
      return structureItaAnalysis(pastedLines(input));
  }
}
