/** The structurer's entry: a paste of a document type → its header and records, by the type's rules. */

import type { DocumentTypeId } from '../documents/document-type';
import { MAX_CELL_LENGTH } from '../documents/record-schema';
import { DOCUMENT_TYPES } from '../documents/types';
import { fail, ok, type Result } from '../problems/problem';
import { type ColumnMapping, mappingFault, pasteWidth } from './column-mapping';
import { mappingFaultReason } from './mapping-fault-words';
import { structureActionPlan } from './action-plan';
import { structureItaAnalysis } from './ita-analysis-memo';
import { structureOitChecklist } from './oit-checklist';
import { pastedLines, pastedRows } from './paste';
import { STRUCTURE_RULES } from './rules';
import type { PastedRows, StructuredDocument } from './structured-document';
import { structureTable } from './table';

export interface StructureOptions {
  /** What each pasted column is (a field key or `-` to keep it aside), in place of the header row. */
  readonly columns?: ColumnMapping;
}

/** Structures pasted text (tab-separated) or a sheet's values as a document of the given type. */
export function structureDocument(
  type: DocumentTypeId,
  input: string | PastedRows,
  options: StructureOptions = {},
): Result<StructuredDocument> {
  const rules = STRUCTURE_RULES[type];
  const { columns } = options;
  if (columns !== undefined) {
    const fault = mappingFault(DOCUMENT_TYPES[type], columns, pasteWidth(pastedRows(input)));
    if (fault) return fail({ code: 'bad-column-mapping', reason: mappingFaultReason(fault) });
  }
  switch (rules.kind) {
    case 'table':
      return fitsCells(structureTable(DOCUMENT_TYPES[type], rules, input, options));
    case 'forms':
      return fitsCells(structureActionPlan(pastedLines(input)));
    case 'memo':
      return fitsCells(structureItaAnalysis(pastedLines(input)));
    case 'checklist':
      return fitsCells(structureOitChecklist(DOCUMENT_TYPES[type], rules.table, input, options));
  }
}

/**
 * Refuses a document with a field longer than a sheet cell holds, naming the record and field: the
 * structurer joins continuation rows (or a text file's lines) into one field, and written to a tab
 * such a field would be refused by Sheets or cut. Losing no text means refusing, not truncating.
 */
function fitsCells(result: Result<StructuredDocument>): Result<StructuredDocument> {
  if (!result.ok) return result;
  const doc = result.value;
  const type = DOCUMENT_TYPES[doc.type];
  for (const [i, record] of doc.records.entries()) {
    for (const field of type.fields) {
      const value = record[field.key] ?? '';
      const length = typeof value === 'string' ? value.length : value.join('\n').length;
      if (length > MAX_CELL_LENGTH) {
        const where = {
          th: `${type.recordTh}ที่ ${i + 1} · ${field.th.replace(/^[๐-๙]+\.\s*/, '')}`,
          en: `${type.recordEn} ${i + 1} · ${field.en}`,
        };
        return fail({ code: 'longer-than-cell', where, length, max: MAX_CELL_LENGTH });
      }
    }
  }
  for (const [i, guideline] of (doc.header.guidelines ?? []).entries()) {
    if (guideline.length > MAX_CELL_LENGTH) {
      const where = { th: `แนวทางการปฏิบัติข้อที่ ${i + 1}`, en: `guideline ${i + 1}` };
      return fail({ code: 'longer-than-cell', where, length: guideline.length, max: MAX_CELL_LENGTH });
    }
  }
  return ok(doc);
}
