/**
 * `ita-sheets report --type KIND FILE --out OUT.xlsx|.html|.pdf`: the same path as in Sheets, on an
 * in-memory workbook — the paste goes into a tab, is structured into a document tab, the report is
 * made from it — and the workbook is written as .xlsx, or the report's print view as HTML (a PDF is
 * that view printed by Chromium, src/cli/print-pdf.ts).
 */

import * as z from 'zod/mini';
import type { DocumentTypeId } from '../core/documents/document-type';
import { documentHeaderSchema, type Profile } from '../core/documents/header';
import { MAX_CELL_LENGTH, recordSchema } from '../core/documents/record-schema';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES, isDocumentTypeId } from '../core/documents/types';
import { describeProblem } from '../core/problems/messages';
import { checker, object } from '../core/problems/schema-check';
import { issuesText } from '../core/problems/schema-issues';
import { printViewHtml } from '../core/reports/print-view';
import { REPORT_KINDS } from '../core/reports/report-kinds';
import { parsePastedText } from '../core/structure/paste';
import { structureDocument } from '../core/structure/structure';
import type { ReportKind } from '../shared/api';
import { toCellValue } from '../sheets/cell-value';
import { MemoryWorkbook, memoryServices } from '../sheets/memory';
import { MemoryProperties } from '../sheets/memory-properties';
import { OperationError, type SheetsContext } from '../sheets/operations/context';
import { createDocumentTabWith, structureActiveTab } from '../sheets/operations/document-tabs';
import { storeProfile } from '../sheets/operations/profile';
import { makeReportTab, reportInputs } from '../sheets/operations/report-tab';
import { ensureSheetSize } from '../sheets/sheet-size';

/** The document types a report kind is made from (REPORT_KINDS), tried in this order on a paste. */
function sourcesOf(kind: ReportKind): readonly DocumentTypeId[] {
  return REPORT_KINDS.find((k) => k.id === kind)?.from ?? [];
}

const jsonDocument = checker(
  object(
    {
      type: z.string({ error: 'ประเภทเอกสารต้องเป็นข้อความ (type must be text)' }),
      header: z._default(documentHeaderSchema.schema, {}),
      records: z.array(z.unknown(), { error: 'รายการเอกสารต้องเป็นรายการ (records must be a list)' }),
    },
    'เอกสาร JSON ต้องเป็นชุดข้อมูล (the document must be an object)',
  ),
);

export interface ReportInput {
  readonly kind: ReportKind;
  readonly text: string;
  readonly round?: 6 | 12;
  readonly thaiDigits: boolean;
  readonly profile?: Profile;
}

/** The input in an in-memory workbook as in Sheets: the paste in a tab, structured into a document tab. */
function documentWorkbook(input: ReportInput): {
  workbook: MemoryWorkbook;
  context: SheetsContext;
  sheetId: number;
} {
  // The workbook's one starting tab holds the paste, as it would in Sheets.
  const workbook = new MemoryWorkbook({ name: 'ita-sheets', sheetNames: ['วางข้อความ'] });
  const properties = new MemoryProperties();
  if (input.profile) storeProfile(properties, input.profile);
  const context: SheetsContext = { spreadsheet: workbook, services: memoryServices(workbook), properties };
  const sheetId = input.text.trimStart().startsWith('{')
    ? fromJson(context, input)
    : fromPaste(context, input, workbook);
  return { workbook, context, sheetId };
}

function request(input: ReportInput, sheetId: number) {
  return {
    kind: input.kind,
    sheetId,
    thaiDigits: input.thaiDigits,
    ...(input.round === undefined ? {} : { round: input.round }),
  };
}

/** The workbook with the report made from the input, or an OperationError saying why not. */
export function reportWorkbook(input: ReportInput): MemoryWorkbook {
  const { workbook, context, sheetId } = documentWorkbook(input);
  makeReportTab(context, request(input, sheetId));
  return workbook;
}

/**
 * The report's print view (one HTML document) made from the input by the same path as the tab: the
 * document tab read back as the report's source. `fontCss`: the embedded font (src/cli/print-font.ts).
 */
export function reportPrintView(input: ReportInput, fontCss: string): string {
  const { context, sheetId } = documentWorkbook(input);
  const { source, options } = reportInputs(context, request(input, sheetId));
  return printViewHtml(input.kind, source, options, fontCss);
}

function fromJson(context: SheetsContext, input: ReportInput): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.text);
  } catch (error) {
    throw new OperationError(
      `ไฟล์ JSON อ่านไม่ได้ (not valid JSON: ${error instanceof Error ? error.message : error})`,
    );
  }
  const doc = jsonDocument.safeParse(parsed);
  if (!doc.success) throw new OperationError(`เอกสาร JSON ไม่ถูกต้อง: ${issuesText(doc.error.issues)}`);
  const { type, header } = doc.data;
  if (!isDocumentTypeId(type) || !sourcesOf(input.kind).includes(type)) {
    throw new OperationError(
      `รายงาน ${input.kind} ทำจากเอกสาร ${sourcesOf(input.kind).join(' หรือ ')} ไม่ใช่ "${type}" (wrong document type; known: ${DOCUMENT_TYPE_IDS.join(', ')})`,
    );
  }
  const schema = recordSchema(DOCUMENT_TYPES[type]);
  const records = doc.data.records.map((record, i) => {
    const checked = schema.safeParse(record);
    if (!checked.success) throw new OperationError(`รายการที่ ${i + 1}: ${issuesText(checked.error.issues)}`);
    return checked.data;
  });
  return createDocumentTabWith(context, type, header, records).sheetId;
}

function fromPaste(context: SheetsContext, input: ReportInput, workbook: MemoryWorkbook): number {
  const tried = sourcesOf(input.kind).map((t) => ({ type: t, result: structureDocument(t, input.text) }));
  const type = tried.find((t) => t.result.ok)?.type;
  if (type === undefined) {
    // A document of the right type with a field too long for a cell: say that, not "not this type".
    const tooLong = tried.map((t) => t.result).find((r) => !r.ok && r.problem.code === 'longer-than-cell');
    if (tooLong && !tooLong.ok) {
      const words = describeProblem(tooLong.problem);
      throw new OperationError(`${words.th} (${words.en})`);
    }
    throw new OperationError(
      `ไฟล์นี้ไม่ใช่เอกสาร ${sourcesOf(input.kind).join(' หรือ ')} (not a ${sourcesOf(input.kind).join(' or ')} document)`,
    );
  }
  const rows = parsePastedText(input.text);
  // The paste goes into a tab as in Sheets, where no cell holds more than a cell's length.
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell.length <= MAX_CELL_LENGTH) continue;
      const where = { th: `บรรทัดที่ ${r + 1} ช่องที่ ${c + 1}`, en: `line ${r + 1}, cell ${c + 1}` };
      const words = describeProblem({
        code: 'longer-than-cell',
        where,
        length: cell.length,
        max: MAX_CELL_LENGTH,
      });
      throw new OperationError(`${words.th} (${words.en})`);
    }
  }
  const width = rows.reduce((most, r) => Math.max(most, r.length), 1);
  const pasted = workbook.getSheets()[0]!;
  ensureSheetSize(pasted, rows.length, width);
  pasted
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => toCellValue(r[c] ?? ''))));
  workbook.setActiveSheet(pasted);
  return structureActiveTab(context, type).tab.sheetId;
}
