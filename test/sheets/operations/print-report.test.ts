import type { MemoryWorkbook } from '../../../src/sheets/memory';
import { META, readMetadata } from '../../../src/sheets/metadata';
import { sheetById } from '../../../src/sheets/operations/context';
import { structureActiveTab } from '../../../src/sheets/operations/document-tabs';
import { printReport, printRequestFor } from '../../../src/sheets/operations/print-report';
import { makeReportTab } from '../../../src/sheets/operations/report-tab';
import { fixture } from '../../support/fixtures';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

interface Shown {
  readonly html: string;
  readonly title: string;
}

/** A test workbook whose context shows dialogs into `shown`, with a stand-in font rule. */
function printingWorkbook() {
  const { workbook, context } = testWorkbook();
  const shown: Shown[] = [];
  const printing = {
    fontCss: () => '@font-face { font-family: "Sarabun"; src: url(data:font/woff2;base64,AAAA); }',
    showDialog: (html: string, title: string) => void shown.push({ html, title }),
  };
  return { workbook, context: { ...context, printing }, shown };
}

function everyTab(workbook: MemoryWorkbook): unknown[] {
  return workbook.getSheets().map((s) => snapshot(s));
}

describe('printReport', () => {
  it("shows the results report's print view in a dialog, with the measures and the print bar", () => {
    const { workbook, context, shown } = printingWorkbook();
    pasteTab(workbook, 'วาง', fixture('measures-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'measures');
    const before = everyTab(workbook);
    workbook.resetCalls();

    const summary = printReport(context, {
      kind: 'results',
      sheetId: tab.sheetId,
      round: 6,
      thaiDigits: true,
    });

    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe(summary.title);
    expect(summary.title).toContain(tab.name);
    const html = shown[0]?.html ?? '';
    expect(html).toContain('พิมพ์ / บันทึกเป็น PDF');
    expect(html).toContain('@font-face { font-family: "Sarabun"');
    expect(html).toMatch(/@page/);
    expect(html).toContain('รายงานผลการดำเนินการ');
    // Nothing is written: the spreadsheet is as it was, and no write call was made.
    expect(everyTab(workbook)).toEqual(before);
    expect(
      Object.keys(workbook.calls).filter((name) => /\.(set|insert|delete|add|clear)/.test(name)),
    ).toEqual([]);
  });

  it('reads the document in the same calls however many records it has', () => {
    const small = printingWorkbook();
    pasteTab(small.workbook, 'วาง', fixture('measures-fy2568.txt'));
    const smallMade = structureActiveTab(small.context, 'measures');
    const smallTab = smallMade.tab;
    const big = printingWorkbook();
    const text = fixture('measures-fy2568.txt');
    const body = text.split('\n').slice(1).join('\n');
    pasteTab(big.workbook, 'วาง', `${text}\n${body}\n${body}\n${body}`);
    const bigMade = structureActiveTab(big.context, 'measures');
    const bigTab = bigMade.tab;
    small.workbook.resetCalls();
    big.workbook.resetCalls();

    printReport(small.context, { kind: 'results', sheetId: smallTab.sheetId, thaiDigits: false });
    printReport(big.context, { kind: 'results', sheetId: bigTab.sheetId, thaiDigits: false });

    expect(bigMade.records).toBeGreaterThan(smallMade.records);
    expect(big.workbook.calls).toEqual(small.workbook.calls);
  });

  it('refuses a tab of another type, naming it, and shows nothing', () => {
    const { workbook, context, shown } = printingWorkbook();
    pasteTab(workbook, 'วาง', fixture('ethics-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'ethics');

    expect(() => printReport(context, { kind: 'results', sheetId: tab.sheetId, thaiDigits: false })).toThrow(
      /แท็บ "จริยธรรม|ethics/,
    );
    expect(shown).toEqual([]);
  });

  it('says so where no dialog can be shown', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', fixture('measures-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'measures');

    expect(() => printReport(context, { kind: 'results', sheetId: tab.sheetId, thaiDigits: false })).toThrow(
      /no dialog can be shown here/,
    );
  });
});

describe('printRequestFor', () => {
  it('prints a report tab as it was made: its kind, its document, its round and digits', () => {
    const { workbook, context } = printingWorkbook();
    pasteTab(workbook, 'วาง', fixture('measures-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'measures');
    const report = makeReportTab(context, {
      kind: 'results',
      sheetId: tab.sheetId,
      round: 12,
      thaiDigits: false,
    });

    const request = printRequestFor(sheetById(workbook, report.sheetId));

    expect(request).toEqual({ kind: 'results', sheetId: tab.sheetId, round: 12, thaiDigits: false });
  });

  it("prints a report made before its options were kept with Thai digits, an official document's", () => {
    const { workbook, context } = printingWorkbook();
    pasteTab(workbook, 'วาง', fixture('measures-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'measures');
    const report = sheetById(
      workbook,
      makeReportTab(context, { kind: 'results', sheetId: tab.sheetId, thaiDigits: false }).sheetId,
    );
    for (const meta of report.getDeveloperMetadata()) if (meta.getKey() === META.options) meta.remove();

    expect(readMetadata(report).has(META.options)).toBe(false);
    expect(printRequestFor(report)).toEqual({ kind: 'results', sheetId: tab.sheetId, thaiDigits: true });
  });

  it("prints a document tab's usual report", () => {
    const { workbook, context } = printingWorkbook();
    pasteTab(workbook, 'วาง', fixture('ethics-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'ethics');

    expect(printRequestFor(sheetById(workbook, tab.sheetId))).toEqual({
      kind: 'ethics',
      sheetId: tab.sheetId,
      thaiDigits: true,
    });
  });

  it('prints a measures tab as the measures document (o42), not the results report made from it', () => {
    const { workbook, context } = printingWorkbook();
    pasteTab(workbook, 'วาง', fixture('measures-fy2568.txt'));
    const { tab } = structureActiveTab(context, 'measures');

    expect(printRequestFor(sheetById(workbook, tab.sheetId))).toEqual({
      kind: 'measures',
      sheetId: tab.sheetId,
      thaiDigits: true,
    });
  });

  it('refuses a tab the add-in did not make, naming it', () => {
    const { workbook } = printingWorkbook();
    const pasted = pasteTab(workbook, 'ของเจ้าหน้าที่', fixture('measures-fy2568.txt'));

    expect(() => printRequestFor(pasted)).toThrow(/แท็บ "ของเจ้าหน้าที่" ไม่ใช่แท็บเอกสารหรือแท็บรายงาน/);
  });
});
