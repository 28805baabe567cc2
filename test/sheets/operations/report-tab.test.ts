import { sampleDocument } from '../../../scripts/lib/sample-documents';
import type { ReportKind } from '../../../src/shared/api';
import { inspectSheet } from '../../../src/sheets/memory';
import { freeTabName, META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import { createDocumentTabWith, structureActiveTab } from '../../../src/sheets/operations/document-tabs';
import { makeReportTab } from '../../../src/sheets/operations/report-tab';
import { fixture, seed } from '../../support/fixtures';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

describe('makeReportTab', () => {
  it('makes the results report of the 19 measures of the seed, in order, each still in progress', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
    const { tab } = structureActiveTab(context, 'measures');

    const report = makeReportTab(context, {
      kind: 'results',
      sheetId: tab.sheetId,
      round: 6,
      thaiDigits: false,
    });
    const values = sheetById(workbook, report.sheetId).getDataRange().getValues();
    const measureRows = values.filter((row) => /^\d+$/.test(String(row[0])));

    expect(measureRows.map((row) => String(row[0]))).toEqual(
      Array.from({ length: 19 }, (_, i) => String(i + 1)),
    );
    expect(measureRows.every((row) => row.includes('อยู่ระหว่างดำเนินการ'))).toBe(true);
    expect(inspectSheet(sheetById(workbook, report.sheetId)).protections).toEqual([
      { description: expect.stringContaining('รายงานที่สร้างโดย ita-sheets'), warningOnly: true },
    ]);
    // Printing is the print view's (print-report.ts): the tab's own PDF export repeats its frozen title block.
    expect(report).not.toHaveProperty('pdfUrl');
  });

  it("replaces the report it made before and leaves an officer's tab of the same name untouched", () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));
    const { tab } = structureActiveTab(context, 'ita-analysis');
    const first = makeReportTab(context, { kind: 'ita-analysis', sheetId: tab.sheetId, thaiDigits: false });
    // The officer renames the report and makes a tab with the report's own name.
    sheetById(workbook, first.sheetId).setName('ฉบับส่งอำเภอ');
    const officers = workbook.insertSheet(first.name, 0);
    officers.getRange(1, 1, 1, 1).setValues([['บันทึกของเจ้าหน้าที่']]);
    const before = snapshot(officers);

    const second = makeReportTab(context, { kind: 'ita-analysis', sheetId: tab.sheetId, thaiDigits: false });

    expect(second.replaced).toBe(false);
    expect(second.kept).toEqual(['ฉบับส่งอำเภอ']);
    expect(snapshot(officers)).toEqual(before);
    expect(second.name).toBe(`${first.name} (2)`);
    expect(readMetadata(sheetById(workbook, second.sheetId)).get(META.kind)).toBe('ita-analysis');
  });

  it('replaces the report it made before when nobody changed it', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));
    const { tab } = structureActiveTab(context, 'ita-analysis');
    const request = { kind: 'ita-analysis', sheetId: tab.sheetId, thaiDigits: false } as const;
    const first = makeReportTab(context, request);

    const second = makeReportTab(context, request);
    const third = makeReportTab(context, request);

    expect([second.replaced, second.kept, third.replaced, third.kept]).toEqual([
      true,
      undefined,
      true,
      undefined,
    ]);
    expect(workbook.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'วาง', tab.name, first.name]);
  });

  it("keeps an earlier report whose values an officer edited, as '… (เดิม)', and never replaces it again", () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));
    const { tab } = structureActiveTab(context, 'ita-analysis');
    const request = { kind: 'ita-analysis', sheetId: tab.sheetId, thaiDigits: false } as const;
    const first = makeReportTab(context, request);
    const edited = sheetById(workbook, first.sheetId);
    edited.getRange('A2').setValues([['แก้ไขโดยเจ้าหน้าที่ก่อนพิมพ์']]);
    const before = snapshot(edited);

    const second = makeReportTab(context, request);
    const keptAgain = snapshot(edited);
    sheetById(workbook, second.sheetId)
      .getRange('A2')
      .setValues([['แก้อีกครั้ง']]);
    const third = makeReportTab(context, request);

    expect(second).toMatchObject({ name: first.name, replaced: false, kept: [`${first.name} (เดิม)`] });
    expect({ ...(before as object), name: `${first.name} (เดิม)` }).toEqual(keptAgain);
    expect(readMetadata(edited).get(META.generated)).toBeUndefined();
    expect(third.kept).toEqual([`${first.name} (เดิม ๒)`]);
    // The new report takes the place of the one before it; the kept ones follow it.
    expect(workbook.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'วาง',
      tab.name,
      first.name,
      `${first.name} (เดิม ๒)`,
      `${first.name} (เดิม)`,
    ]);
  });

  it('makes the report beside an officer tab whose name differs from the report name only in case', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('ita-analysis-fy2562.txt'));
    const { tab } = structureActiveTab(context, 'ita-analysis');
    workbook.insertSheet('วิเคราะห์ ita 2562', 0);

    const report = makeReportTab(context, { kind: 'ita-analysis', sheetId: tab.sheetId, thaiDigits: false });

    expect(report.name).toBe('วิเคราะห์ ITA 2562 (2)');
    expect(workbook.getSheetByName('วิเคราะห์ ita 2562')?.getIndex()).toBe(1);
  });

  it('names a report of a very long tab name within the 100 characters Sheets allows', () => {
    const { workbook } = testWorkbook();
    const long = 'ก'.repeat(120);
    workbook.insertSheet(freeTabName(workbook, long), 0);

    const second = freeTabName(workbook, long);

    expect(second.length).toBeLessThanOrEqual(100);
    expect(workbook.insertSheet(second, 0).getName()).toMatch(/ \(2\)$/);
  });

  it('refuses a report the document cannot make, naming both', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', fixture('ethics-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'ethics');

    expect(() =>
      makeReportTab(context, { kind: 'results', sheetId: tab.sheetId, thaiDigits: false }),
    ).toThrow(
      'ทำจากแท็บรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน หรือแท็บมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ได้เท่านั้น',
    );
  });
});

describe('each report, written with a fixed number of service calls', () => {
  const counted: string[] = [];
  const GROWTH = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter'];

  /** The calls a report makes, and those it makes to grow its tab past Sheets' first 1,000 rows. */
  const callsFor = (kind: ReportKind, count: number): { calls: number; growth: number } => {
    const { workbook, context } = testWorkbook();
    const { type, header, records } = sampleDocument(kind, count);
    const { sheetId } = createDocumentTabWith(context, type, header, records);
    workbook.resetCalls();
    makeReportTab(context, {
      kind,
      sheetId,
      thaiDigits: false,
      ...(kind === 'results' ? { round: 12 as const } : {}),
    });
    const growth = GROWTH.reduce((n, method) => n + (workbook.calls[method] ?? 0), 0);
    counted.push(`${kind.padEnd(13)} ${String(count).padStart(4)} records: ${workbook.totalCalls()} calls`);
    return { calls: workbook.totalCalls() - growth, growth };
  };

  afterAll(() => {
    process.stdout.write(`service calls per report\n${counted.join('\n')}\n`);
  });

  // The ethics records of the sample share behaviours (10 records 5, 500 records 250): each shared
  // behaviour is shown as one cell, by the same one call for all of them.
  it.each(['results', 'ita-analysis', 'action-plan', 'ethics'] as const)(
    'makes the %s report from 10 and from 500 records with the same calls',
    (kind) => {
      const small = callsFor(kind, 10);
      const large = callsFor(kind, 500);

      expect(large.calls).toBe(small.calls);
      // Growing the tab is one call, whatever the number of rows.
      expect(large.growth).toBeLessThanOrEqual(1);
    },
  );
});

describe('the OIT readiness report', () => {
  it('scores the checklist today, lists what is missing, and projects the total from the analysis tab', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วิเคราะห์', seed('ita-analysis-fy2562.txt'));
    structureActiveTab(context, 'ita-analysis');
    pasteTab(workbook, 'วาง', fixture('oit-checklist-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'oit-checklist');
    workbook.resetCalls();

    const report = makeReportTab(context, { kind: 'oit-readiness', sheetId: tab.sheetId, thaiDigits: false });
    const text = sheetById(workbook, report.sheetId)
      .getDataRange()
      .getValues()
      .map((row) => row.filter((cell) => cell !== '').join(' | '));

    expect(text[0]).toBe('รายงานความพร้อมการเปิดเผยข้อมูลสาธารณะ (OIT)');
    // Each sub-indicator has its own score but 9.2, whose only item is exempt; so the OIT has no score
    // yet, and the report says why.
    expect(text.slice(6, 10)).toEqual([
      '9.1 | ข้อมูลพื้นฐาน | 3 / 4 | 75 | ■■■■■■■■□□',
      '9.2 | การบริหารงาน | 0 / 0 (ไม่ต้องเผยแพร่ 1) | - | □□□□□□□□□□',
      '9.3 | การบริหารเงินงบประมาณ | 0 / 1 | 0 | □□□□□□□□□□',
      '10.2 | มาตรการภายในเพื่อป้องกันการทุจริต | 0 / 2 | 0 | □□□□□□□□□□',
    ]);
    // Thai only: the English gloss of the reason stays out of the printed report.
    expect(text[10]).toMatch(/^OIT \| คำนวณคะแนนไม่ได้: ตัวชี้วัดย่อย 9.2 /);
    expect(text[10]).not.toMatch(/[a-z]{2}/);
    expect(text.some((line) => /^o5 \| แผนการจัดซื้อจัดจ้าง/.test(line))).toBe(true);
    expect(text.some((line) => line.startsWith('IIT (จากแท็บ'))).toBe(true);
    // The seed analysis has IIT 99.12 and EIT 69.35.
    expect(text.filter((line) => line.startsWith('OIT ที่ต้องได้'))).toEqual([
      'OIT ที่ต้องได้เพื่อให้คะแนนรวมถึง 85 | 86.14',
      // FY 2568: ผ่านดี asks every tool for 85, and the EIT is below it.
      'OIT ที่ต้องได้เพื่อระดับผ่านดี | ไปไม่ถึงด้วย OIT: EIT 69.35 ต่ำกว่า 85.00',
    ]);
  });
});
