/**
 * structureWordFile: a Word file's parts, as the sidebar sends them, structured into a new document tab
 * exactly as a pasted tab is — the same records, header and layout — with the merged-cell notes among
 * its warnings; refused with nothing changed when the parts cannot be read or are too large.
 */

import { MAX_WORD_XML } from '../../src/core/docx/zip-entries';
import { asDocumentTab, readRecords } from '../../src/sheets/document-tab';
import { sheetById } from '../../src/sheets/operations/context';
import { bodyOfPaste, cell, documentXml, table } from '../support/docx-builder';
import { fixture } from '../support/fixtures';
import { pasteTab, snapshot, testOffice } from '../support/workbook';

const MEASURES = fixture('measures-fy2568.txt');

const office = () => testOffice();

describe('structureWordFile', () => {
  it('makes the document tab a paste of the same document makes, with one read fewer (no pasted tab)', () => {
    const word = office();
    const fromWord = word.api.structureWordFile({
      type: 'measures',
      fileName: 'มาตรการ.docx',
      documentXml: documentXml(bodyOfPaste(MEASURES)),
    });
    const pasted = office();
    pasteTab(pasted.workbook, 'วาง', MEASURES);
    const pasteBefore = { ...pasted.workbook.calls };
    const fromPaste = pasted.api.structureActiveTab({ type: 'measures' });
    if (!fromWord.ok || !fromPaste.ok) throw new Error('expected two tabs');

    const tabOf = (o: ReturnType<typeof office>, sheetId: number) =>
      asDocumentTab(sheetById(o.context.spreadsheet, sheetId))!;
    const wordTab = tabOf(word, fromWord.value.tab.sheetId);
    expect(fromWord.value.records).toBe(fromPaste.value.records);
    expect(fromWord.value.tab.name).toBe(fromPaste.value.tab.name);
    expect(readRecords(wordTab).map((r) => r.record)).toEqual(
      readRecords(tabOf(pasted, fromPaste.value.tab.sheetId)).map((r) => r.record),
    );
    const reads = (calls: Readonly<Record<string, number>>) => calls['Range.getValues'] ?? 0;
    expect(reads(word.workbook.calls)).toBe(reads(pasted.workbook.calls) - reads(pasteBefore) - 1);
  });

  it('lists each merged cell it filled among the warnings, without a cell to select', () => {
    const { api } = office();
    const answer = api.structureWordFile({
      type: 'measures',
      fileName: 'มาตรการ.docx',
      documentXml: documentXml(
        table([
          ['มาตรการ', 'ขั้นตอนหรือวิธีการ', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'].map((t) => cell(t)),
          [cell('๑. เผยแพร่ข้อมูล'), cell('จัดทำมาตรการ'), cell('กองคลัง', { merge: 'restart' }), cell('รายงาน')],
          [cell('๒. ประเมินผล'), cell('ประเมิน'), cell('', { merge: 'continue' }), cell('รายงาน')],
        ]),
      ),
    });
    if (!answer.ok) throw new Error(answer.error);

    expect(answer.value.records).toBe(2);
    expect(answer.value.warnings[0]).toEqual({
      severity: 'warning',
      message: expect.stringContaining('เติมลงแถว 3'),
    });
  });

  it.each([
    ['a part with no document body', { documentXml: '<html><body>ไม่ใช่</body></html>' }, 'w:body'],
    [
      'a document of another type',
      { documentXml: documentXml(bodyOfPaste(MEASURES)), type: 'ita-analysis' },
      'ita-analysis',
    ],
    ['XML over the limit', { documentXml: 'ก'.repeat(MAX_WORD_XML + 1) }, 'ใหญ่เกินไป'],
    ['no document part', { documentXml: undefined }, 'word/document.xml'],
  ])('refuses %s in Thai and changes nothing', (_name, change, words) => {
    const { workbook, api } = office();
    const before = workbook.getSheets().map(snapshot);
    const answer = api.structureWordFile({ type: 'measures', fileName: 'แผน.docx', ...change });

    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining(words) });
    expect(workbook.getSheets().map(snapshot)).toEqual(before);
  });
});
