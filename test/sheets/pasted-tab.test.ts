/**
 * A tab pasted into Sheets as Sheets leaves it: `- …` and `+ …` cells turned into failing formulas, a
 * unit and a period merged down over several measures. The structurer gets the typed text back and
 * fills the merged cells, saying so; the pasted tab is only read.
 */

import { asDocumentTab, readRecords } from '../../src/sheets/document-tab';
import { MemoryWorkbook } from '../../src/sheets/memory';
import { sheetById } from '../../src/sheets/operations/context';
import { structureActiveTab } from '../../src/sheets/operations/document-tabs';
import { readPastedTab } from '../../src/sheets/pasted-tab';
import { fixture } from '../support/fixtures';
import { pasteAsSheets, snapshot, testWorkbook } from '../support/workbook';

describe('readPastedTab', () => {
  it('gives back the typed text of cells Sheets turned into formulas, listing each cell', () => {
    const workbook = new MemoryWorkbook();
    const sheet = pasteAsSheets(workbook, 'หัว\t- เฝ้าระวังการทุจริต\n-abc\t+66 81 234 5678\n-5\t=SUM(1)');

    expect(sheet.getRange('A1:B3').getValues()).toEqual([
      ['หัว', '#ERROR!'],
      ['#NAME?', '#ERROR!'],
      [-5, '#ERROR!'],
    ]);
    const read = readPastedTab(sheet);

    expect(read.rows).toEqual([
      ['หัว', '- เฝ้าระวังการทุจริต'],
      ['-abc', '+66 81 234 5678'],
      [-5, '=SUM(1)'],
    ]);
    expect(read.warnings).toEqual([
      {
        severity: 'warning',
        row: 1,
        problem: { code: 'formula-recovered', cells: ['B1', 'A2', 'B2', 'B3'] },
      },
    ]);
  });

  it('gives back a period of years Sheets computed as arithmetic (- 2562 - 2564 reads -5126)', () => {
    const workbook = new MemoryWorkbook();
    const sheet = pasteAsSheets(workbook, 'ระยะเวลา\t- 2562 - 2564');

    expect(sheet.getRange('B1').getValues()).toEqual([[-5126]]);
    const read = readPastedTab(sheet);

    expect(read.rows).toEqual([['ระยะเวลา', '- 2562 - 2564']]);
    expect(read.warnings[0]?.problem).toEqual({ code: 'formula-recovered', cells: ['B1'] });
  });

  it('recovers nothing and warns of nothing in a tab without formulas', () => {
    const workbook = new MemoryWorkbook();
    const sheet = pasteAsSheets(workbook, 'ก\tข\n๑\tค');

    expect(readPastedTab(sheet).warnings).toEqual([]);
  });

  it('reads the tab with one getValues, one getFormulas, one getMergedRanges and one call a merged block', () => {
    const workbook = new MemoryWorkbook();
    const sheet = pasteAsSheets(workbook, fixture('paste/measures-merged-units.txt'));
    sheet.getRange('E3:E5').merge();
    sheet.getRange('F3:F4').merge();
    const before = workbook.calls;

    readPastedTab(sheet);
    const calls = Object.entries(workbook.calls)
      .map(([k, n]) => [k, n - (before[k] ?? 0)] as const)
      .filter(([k, n]) => n > 0 && k.startsWith('Range.'));

    expect(Object.fromEntries(calls)).toEqual({
      'Range.getValues': 1,
      'Range.getFormulas': 1,
      'Range.getMergedRanges': 1,
      'Range.getA1Notation': 2,
    });
  });
});

describe('structureActiveTab on a tab Sheets parsed', () => {
  it('keeps the bullet lines Sheets turned into #ERROR! and fills the merged units and periods into each measure', () => {
    const { workbook, context } = testWorkbook();
    const pasted = pasteAsSheets(workbook, fixture('paste/measures-merged-units.txt'));
    // The unit, the period and the monitoring of measure 1 merged down over measures 1–3 (rows 3–6).
    for (const block of ['D3:D6', 'E3:E6', 'F3:F6']) pasted.getRange(block).merge();
    const before = snapshot(pasted);

    const summary = structureActiveTab(context, 'measures');
    const records = readRecords(asDocumentTab(sheetById(workbook, summary.tab.sheetId))!).map(
      (r) => r.record,
    );

    expect(snapshot(pasted)).toEqual(before);
    expect(records.map((r) => [r.no, r.steps, r.responsible, r.period])).toEqual([
      ['๑', ['จัดทำแผน', 'ประกาศแผนบนเว็บไซต์'], ['กองคลัง'], '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘'],
      ['๒', ['ติดตั้งกล่องรับเรื่อง'], ['กองคลัง'], '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘'],
      ['๓', ['+ แบบประเมินออนไลน์'], ['กองคลัง'], '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘'],
      ['๔', ['อบรม'], ['สำนักปลัด'], 'ปีงบประมาณ พ.ศ. ๒๕๖๘'],
    ]);
    const messages = summary.warnings.map((w) => w.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/แปลงเป็นสูตร.* 5 เซลล์.*C3, C4, C5, C6, C7/),
        expect.stringMatching(/เซลล์ที่ผสานไว้.*แถว 5, 6/),
      ]),
    );
    expect(records.every((r) => !JSON.stringify(r).includes('#ERROR!'))).toBe(true);
  });

  it('leaves cells empty when nothing was merged over them', () => {
    const { workbook, context } = testWorkbook();
    pasteAsSheets(workbook, fixture('paste/measures-merged-units.txt'));

    const summary = structureActiveTab(context, 'measures');
    const records = readRecords(asDocumentTab(sheetById(workbook, summary.tab.sheetId))!);

    expect(records.map((r) => r.record.responsible)).toEqual([['กองคลัง'], [], [], ['สำนักปลัด']]);
    expect(summary.warnings.map((w) => w.message).join('\n')).not.toMatch(/ผสาน/);
  });
});
