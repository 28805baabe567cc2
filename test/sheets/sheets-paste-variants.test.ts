/**
 * Every document of the project pasted into a tab as Sheets reads a paste (each cell as if typed: a
 * `- …` bullet or a `+…` line becomes a failing formula), then structured from the tab: the records
 * are those of the text itself, and no cell reads #ERROR! or #NAME?. Then the same tables with a
 * column merged down over its records (as a Word table's merged cell arrives in Sheets).
 */

import type { DocumentTypeId } from '../../src/core/documents/document-type';
import { structureDocument } from '../../src/core/structure/structure';
import { asDocumentTab, readRecords, recordAsWritten } from '../../src/sheets/document-tab';
import { sheetById } from '../../src/sheets/operations/context';
import { structureActiveTab } from '../../src/sheets/operations/document-tabs';
import { fixture, seed } from '../support/fixtures';
import { pasteAsSheets, testWorkbook } from '../support/workbook';

const DOCUMENTS: [DocumentTypeId, string][] = [
  ['measures', seed('measures-fy2563.txt')],
  ['action-plan', seed('action-plan-fy2562-2564.txt')],
  ['ita-analysis', seed('ita-analysis-fy2562.txt')],
  ['measures', fixture('measures-fy2568.txt')],
  ['results', fixture('results-fy2568-6-months.txt')],
  ['ethics', fixture('ethics-fy2568.txt')],
  ['oit-checklist', fixture('oit-checklist-fy2568.txt')],
  ['oit-checklist', fixture('oit-list-fy2567.txt')],
  ['action-plan', fixture('action-plan-thesaban-khok-klang.txt')],
  ['ita-analysis', fixture('ita-analysis-tambon-fy2566.txt')],
  ['ethics', fixture('variants/ethics-pdf-copy.txt')],
  ['measures', fixture('variants/measures-signature-footer.txt')],
  ['results', fixture('variants/results-two-level-header.txt')],
];

describe('a document pasted into Sheets, then structured from its tab', () => {
  it.each(DOCUMENTS.map(([type, text], i) => [i, type, text] as const))(
    'document %i (%s) gives the records of its text, none an error value',
    (_, type, text) => {
      const direct = structureDocument(type, text);
      if (!direct.ok) throw new Error(JSON.stringify(direct.problem));
      const { workbook, context } = testWorkbook();
      pasteAsSheets(workbook, text);

      const summary = structureActiveTab(context, type);
      const tab = asDocumentTab(sheetById(workbook, summary.tab.sheetId))!;

      expect(readRecords(tab).map((r) => r.record)).toEqual(
        direct.value.records.map((r) => recordAsWritten(tab.type, r)),
      );
      expect(JSON.stringify(readRecords(tab))).not.toMatch(/#ERROR!|#NAME\?/);
      expect(tab.header.fiscalYear).toBe(direct.value.header.fiscalYear);
    },
  );
});
