/** The structurer's entry: a paste of a document type → its header and records, by the type's rules. */

import type { DocumentTypeId } from '../documents/document-type';
import { MAX_CELL_LENGTH } from '../documents/record-schema';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES } from '../documents/types';
import type { Finding } from '../problems/finding';
import { fail, ok, type Result } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import { removeControlCharacters } from '../thai/control-characters';
import { repairThaiText } from '../thai/text-repair';
import { type ColumnMapping, mappingFault, pasteWidth } from './column-mapping';
import { mappingFaultReason } from './mapping-fault-words';
import type { MergedBlock } from './merged-cells';
import { structureActionPlan } from './action-plan';
import { structureItaAnalysis } from './ita-analysis-memo';
import { structureOitChecklist } from './oit-checklist';
import { pastedLines, pastedRows } from './paste';
import { STRUCTURE_RULES } from './rules';
import type { PastedRows, StructuredDocument } from './structured-document';
import { structureTable } from './table';
import { withFiscalYear } from './year-from-periods';
import type { Rival } from './table-refusal';

/**
 * The paste with its PDF slips repaired and its control characters removed, cell by cell (a
 * tab-separated or CSV paste split first), and their counts.
 */
function repairedPaste(input: string | PastedRows): { rows: PastedRows; repairs: number; controls: number } {
  let repairs = 0;
  let controls = 0;
  const rows = pastedRows(input).map((row) =>
    row.map((cell) => {
      if (typeof cell !== 'string') return cell;
      const clean = removeControlCharacters(cell);
      controls += clean.removed;
      const repaired = repairThaiText(clean.text);
      repairs += repaired.repairs;
      return repaired.text;
    }),
  );
  return { rows, repairs, controls };
}

/** The other table types: a header that one of them reads better is not this type's. */
function rivalsOf(type: DocumentTypeId): Rival[] {
  return DOCUMENT_TYPE_IDS.flatMap((id) => {
    const rules = STRUCTURE_RULES[id];
    if (id === type) return [];
    if (rules.kind === 'table') return [{ type: DOCUMENT_TYPES[id], keys: rules.keys }];
    if (rules.kind === 'checklist') return [{ type: DOCUMENT_TYPES[id], keys: rules.table.keys }];
    return [];
  });
}

export interface StructureOptions {
  /** What each pasted column is (a field key or `-` to keep it aside), in place of the header row. */
  readonly columns?: ColumnMapping;
  /** Merged blocks of a pasted tab (0-based): filled into every record row they cover. */
  readonly merges?: readonly MergedBlock[];
  /** The fiscal year the officer gave (the sidebar's, `--year`): used where the document names none. */
  readonly fiscalYear?: number;
}

/** Structures pasted text (tab-separated) or a sheet's values as a document of the given type. */
export function structureDocument(
  type: DocumentTypeId,
  input: string | PastedRows,
  options: StructureOptions = {},
): Result<StructuredDocument> {
  const { rows, repairs, controls } = repairedPaste(input);
  const { columns } = options;
  if (columns !== undefined) {
    const fault = mappingFault(DOCUMENT_TYPES[type], columns, pasteWidth(rows));
    if (fault) return fail({ code: 'bad-column-mapping', reason: mappingFaultReason(fault) });
  }
  const structured = structureRepaired(type, rows, options);
  const result = fitsCells(
    structured.ok ? ok(withFiscalYear(structured.value, options.fiscalYear)) : structured,
  );
  if (!result.ok || (repairs === 0 && controls === 0)) return result;
  const notes: Finding<Note>[] = [];
  if (repairs > 0)
    notes.push({ severity: 'warning', problem: { code: 'pdf-text-repaired', count: repairs } });
  if (controls > 0) {
    notes.push({ severity: 'warning', problem: { code: 'control-characters-removed', count: controls } });
  }
  return ok({ ...result.value, warnings: [...notes, ...result.value.warnings] });
}

function structureRepaired(
  type: DocumentTypeId,
  rows: PastedRows,
  options: StructureOptions,
): Result<StructuredDocument> {
  const rules = STRUCTURE_RULES[type];
  switch (rules.kind) {
    case 'table':
      return structureTable(DOCUMENT_TYPES[type], rules, rows, rivalsOf(type), options);
    case 'forms':
      return structureActionPlan(pastedLines(rows));
    case 'memo':
      return structureItaAnalysis(pastedLines(rows));
    case 'checklist':
      return structureOitChecklist(DOCUMENT_TYPES[type], rules.table, rows, rivalsOf(type), options);
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
  // A kept column (one the type has no field for) is written to the tab beside the fields: the same cap.
  for (const column of doc.keptColumns ?? []) {
    const i = column.values.findIndex((value) => value.length > MAX_CELL_LENGTH);
    if (i < 0) continue;
    const heading = column.heading.slice(0, 60);
    const where = {
      th: `${type.recordTh}ที่ ${i + 1} · คอลัมน์ "${heading}"`,
      en: `${type.recordEn} ${i + 1} · column "${heading}"`,
    };
    return fail({
      code: 'longer-than-cell',
      where,
      length: column.values[i]?.length ?? 0,
      max: MAX_CELL_LENGTH,
    });
  }
  for (const [i, guideline] of (doc.header.guidelines ?? []).entries()) {
    if (guideline.length > MAX_CELL_LENGTH) {
      const where = { th: `แนวทางการปฏิบัติข้อที่ ${i + 1}`, en: `guideline ${i + 1}` };
      return fail({ code: 'longer-than-cell', where, length: guideline.length, max: MAX_CELL_LENGTH });
    }
  }
  return ok(doc);
}
