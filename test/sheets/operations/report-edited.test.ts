/**
 * "Edited" for a report made again covers what an officer can leave on a report tab besides its
 * values: a note (ปลัดตรวจแล้ว…), a formula typed over a figure, rows or columns added. Such a tab is
 * kept as "… (เดิม)", never deleted; an untouched one is replaced, its own notes included; a mark
 * made before notes were fingerprinted still works.
 */

import { getFormulas } from '../../../src/sheets/memory';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import { structureActiveTab } from '../../../src/sheets/operations/document-tabs';
import { madeMark, notesFingerprint, valuesFingerprint } from '../../../src/sheets/operations/earlier-report';
import { makeReportTab } from '../../../src/sheets/operations/report-tab';
import type { SheetApi } from '../../../src/sheets/spreadsheet-api';
import { seed } from '../../support/fixtures';
import { pasteTab, testWorkbook } from '../../support/workbook';

/** A results report made from the seed's measures, and a way to make it again. */
function madeReport() {
  const t = testWorkbook();
  pasteTab(t.workbook, 'วาง', seed('measures-fy2563.txt'));
  const { tab } = structureActiveTab(t.context, 'measures');
  const request = { kind: 'results', sheetId: tab.sheetId, round: 6, thaiDigits: false } as const;
  const first = makeReportTab(t.context, request);
  return {
    ...t,
    first,
    report: sheetById(t.workbook, first.sheetId),
    again: () => makeReportTab(t.context, request),
  };
}

describe('making a report again over one an officer changed', () => {
  it('keeps a report on which the officer typed a note, note and all', () => {
    const { first, report, again } = madeReport();
    report.getRange('B5').setNote('ปลัดตรวจแล้ว 12 พ.ย. ให้แก้ข้อ 3');

    const second = again();

    expect(second).toMatchObject({ replaced: false, kept: [`${first.name} (เดิม)`] });
    expect(report.getRange('B5').getNotes()).toEqual([['ปลัดตรวจแล้ว 12 พ.ย. ให้แก้ข้อ 3']]);
  });

  it('keeps a report with a note on an empty cell below the report', () => {
    const { report, again } = madeReport();
    report.getRange(report.getLastRow() + 5, 1, 1, 1).setNote('ส่งอำเภอแล้ว');

    expect(again().kept).toHaveLength(1);
  });

  it('keeps a report on which the officer typed a formula', () => {
    const { report, again } = madeReport();
    report.getRange(report.getLastRow() + 1, 1, 1, 1).setValues([['=COUNTA(A1:A40)']]);

    const second = again();

    expect(second.kept).toHaveLength(1);
    expect(getFormulas(report, `A${report.getLastRow()}`)).toEqual([['=COUNTA(A1:A40)']]);
  });

  it('keeps a report into which the officer inserted a column with their words', () => {
    const { report, again } = madeReport();
    report.insertColumnsAfter(1, 1);
    report.getRange('C4').setValues([['ความเห็น']]);

    expect(again().kept).toHaveLength(1);
  });

  it('replaces a report nobody changed, and one whose only note the officer typed then cleared', () => {
    const { report, again, workbook, first } = madeReport();
    report.getRange('B5').setNote('ชั่วคราว');
    report.getRange('B5').clearNote();

    const second = again();

    expect(second).toMatchObject({ replaced: true });
    expect(second.kept).toBeUndefined();
    expect(workbook.getSheets().filter((s) => s.getName().startsWith(first.name))).toHaveLength(1);
  });
});

describe('a report mark made before notes were fingerprinted', () => {
  /** The report's mark rewritten as the add-in wrote it before: name and values only. */
  function withOldMark(report: SheetApi) {
    for (const meta of report.getDeveloperMetadata()) if (meta.getKey() === META.made) meta.remove();
    const values = report.getDataRange().getValues() as string[][];
    report.addDeveloperMetadata(
      META.made,
      JSON.stringify({ name: report.getName(), values: valuesFingerprint(values) }),
    );
  }

  it('still lets an untouched report be replaced', () => {
    const { report, again } = madeReport();
    withOldMark(report);

    expect(again()).toMatchObject({ replaced: true });
  });

  it('keeps such a report when it carries a note', () => {
    const { report, again } = madeReport();
    withOldMark(report);
    report.getRange('A3').setNote('ตรวจแล้ว');

    expect(again().kept).toHaveLength(1);
  });
});

describe('the mark of a report', () => {
  it("fingerprints the layout's own notes, so a report made with notes is untouched as made", () => {
    const mark = JSON.parse(madeMark('ร', [['a', 'b']], { B1: 'หมายเหตุของระบบ', C9: 'นอกตาราง' }));

    expect(mark.notes).toBe(notesFingerprint([[1, 2, 'หมายเหตุของระบบ']]));
    expect(mark.notes).not.toBe(notesFingerprint([]));
  });

  it('is written on the report in its metadata', () => {
    const { report } = madeReport();

    expect(JSON.parse(readMetadata(report).get(META.made) ?? '{}')).toHaveProperty('notes');
  });
});
