import { SUMMARY_ROW_COUNT, SUMMARY_VERSION, summaryByKey } from '../../../src/core/summary/summary-shape';
import { inspectSheet } from '../../../src/sheets/memory';
import { readMetadata } from '../../../src/sheets/metadata';
import { structureActiveTab } from '../../../src/sheets/operations/document-tabs';
import { storeLastCheck } from '../../../src/sheets/operations/last-check';
import { SUMMARY_META, SUMMARY_TAB_NAME, writeSummary } from '../../../src/sheets/operations/summary-tab';
import { fixture } from '../../support/fixtures';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

const NOW = new Date('2026-12-07T03:00:00Z');

function complete() {
  const made = testWorkbook();
  pasteTab(made.workbook, 'มาตรการ', fixture('measures-fy2568.txt'));
  const measures = structureActiveTab(made.context, 'measures').tab;
  pasteTab(made.workbook, 'วิเคราะห์', fixture('ita-analysis-thesaban-fy2567.txt'));
  structureActiveTab(made.context, 'ita-analysis');
  pasteTab(made.workbook, 'OIT', fixture('oit-checklist-scored-fy2568.txt'));
  const checklist = structureActiveTab(made.context, 'oit-checklist').tab;
  return { ...made, measures, checklist };
}

function summary(workbook: ReturnType<typeof testWorkbook>['workbook']): Map<string, unknown> {
  const range = workbook.getRangeByName('ITA_SUMMARY');
  if (!range) throw new Error('no ITA_SUMMARY');
  return summaryByKey(range.getValues());
}

describe('writeSummary', () => {
  it('states the profile, each document, the OIT today and the latest ITA of a complete workbook', () => {
    const { workbook, context, measures } = complete();
    storeLastCheck(context.properties, {
      sheetId: measures.sheetId,
      name: measures.name,
      errors: 2,
      warnings: 1,
    });

    expect(writeSummary(context, NOW)).toEqual({ made: true, updatedAt: '2026-12-07T03:00:00.000Z' });
    const values = summary(workbook);
    expect(Object.fromEntries(values)).toMatchObject({
      version: SUMMARY_VERSION,
      organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
      district: 'โนนสูง',
      province: 'นครราชสีมา',
      fiscalYear: 2568,
      'doc.measures.tab': measures.name,
      'doc.measures.errors': 2,
      'doc.measures.lastChange': '2026-12-07T03:00:00.000Z',
      'doc.oit-checklist.errors': '',
      'doc.results.tab': '',
      'doc.results.records': '',
      updatedAt: '2026-12-07T03:00:00.000Z',
    });
    expect(values.get('doc.measures.records')).toBeGreaterThan(0);
    // 9.1 all published, 9.2 none: 50; 10.1 all, 10.2 none: 50; the OIT is their mean.
    expect(
      ['oit.published', 'oit.required', 'oit.scoreToday', 'oit.missing'].map((k) => values.get(k)),
    ).toEqual([3, 6, 50, 'o3, o5, o11']);
    expect(
      ['ita.iit', 'ita.eit', 'ita.oit', 'ita.total', 'ita.level', 'ita.nextLevel'].map((k) => values.get(k)),
    ).toEqual([90.3, 86.08, 91.25, 89.41, 'ผ่านดี', 'ผ่านดีเยี่ยม']);
    expect(values.get('ita.blockers')).toMatch(/^คะแนนรวม 89\.41 ต่ำกว่า 95\.00 อยู่ 5\.59; IIT 90\.30/);
    expect(workbook.getRangeByName('ITA_SUMMARY')?.getNumRows()).toBe(SUMMARY_ROW_COUNT);
  });

  it('makes its own tab: marked, protected with a warning only, the block named', () => {
    const { workbook, context } = complete();
    writeSummary(context, NOW);
    const tab = workbook.getSheetByName(SUMMARY_TAB_NAME)!;

    expect(readMetadata(tab).get(SUMMARY_META)).toBe(String(SUMMARY_VERSION));
    expect(inspectSheet(tab).protections).toEqual([
      expect.objectContaining({ warningOnly: true, description: expect.stringContaining('ita-sheets') }),
    ]);
    expect(workbook.getNamedRanges().map((n) => n.getRange().getA1Notation())).toEqual([
      `A1:C${SUMMARY_ROW_COUNT}`,
    ]);
  });

  it('says what is missing: no documents, no analysis', () => {
    const { workbook, context } = testWorkbook();
    writeSummary(context, NOW);
    const values = summary(workbook);

    expect(values.get('doc.measures.tab')).toBe('');
    expect(values.get('doc.measures.lastChange')).toBe('');
    expect(values.get('oit.published')).toBe('');
    expect(values.get('ita.total')).toBe('');
    expect(values.get('ita.level')).toBe('');
    // No tab has a year: the fiscal year of today in Bangkok (Dec 2026 is in fiscal 2570).
    expect(values.get('fiscalYear')).toBe(2570);
  });

  it('states an OIT checklist without an analysis', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'OIT', fixture('oit-checklist-fy2568.txt'));
    structureActiveTab(context, 'oit-checklist');
    writeSummary(context, NOW);
    const values = summary(workbook);

    // Items without a sub-indicator: counted, but the OIT cannot be scored.
    expect(
      ['oit.published', 'oit.required', 'oit.scoreToday', 'oit.missing'].map((k) => values.get(k)),
    ).toEqual([3, 7, '', 'o3, o5, o10, o11']);
    expect(values.get('ita.iit')).toBe('');
  });

  it('rewrites with the same calls whatever the block holds, one setValues, and keeps an unchanged last change', () => {
    const { workbook, context } = complete();
    writeSummary(context, NOW);
    workbook.resetCalls();
    const later = new Date('2026-12-08T03:00:00Z');

    expect(writeSummary(context, later)).toEqual({ made: false, updatedAt: later.toISOString() });
    const first = workbook.calls;
    expect(first['Range.setValues']).toBe(1);
    expect(first['Spreadsheet.insertSheet']).toBeUndefined();
    expect(first['Sheet.protect']).toBeUndefined();
    expect(summary(workbook).get('doc.measures.lastChange')).toBe(NOW.toISOString());

    workbook.resetCalls();
    writeSummary(context, later);
    expect(workbook.calls).toEqual(first);
  });

  it('notes a change now when the action wrote the tab', () => {
    const { workbook, context, measures } = complete();
    writeSummary(context, NOW);
    const later = new Date('2026-12-08T03:00:00Z');
    writeSummary(context, later, measures.sheetId);

    expect(summary(workbook).get('doc.measures.lastChange')).toBe(later.toISOString());
    expect(summary(workbook).get('doc.ethics.lastChange')).toBe('');
  });

  it('writes text so that = + - @ never become formulas', () => {
    const { workbook, context } = testWorkbook({
      organization: '=IMPORTRANGE("x","y")',
      district: '+66 81',
      province: '@home',
      website: '',
      units: [],
    });
    writeSummary(context, NOW);
    const values = summary(workbook);
    const tab = workbook.getSheetByName(SUMMARY_TAB_NAME)!;

    expect([values.get('organization'), values.get('district'), values.get('province')]).toEqual([
      '=IMPORTRANGE("x","y")',
      '+66 81',
      '@home',
    ]);
    expect(
      tab
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it("leaves the officer's tabs as they were, and finds its block again after the name is removed", () => {
    const { workbook, context, measures } = complete();
    const before = snapshot(workbook.getSheetByName(measures.name)!);
    writeSummary(context, NOW);
    expect(snapshot(workbook.getSheetByName(measures.name)!)).toEqual(before);

    workbook.getNamedRanges()[0]?.remove();
    expect(writeSummary(context, NOW).made).toBe(false);
    expect(workbook.getSheets().filter((s) => s.getName().startsWith(SUMMARY_TAB_NAME))).toHaveLength(1);
    expect(summary(workbook).get('version')).toBe(SUMMARY_VERSION);
  });

  it('takes a free name when an officer has a tab of that name', () => {
    const { workbook, context } = testWorkbook();
    const own = workbook.insertSheet(SUMMARY_TAB_NAME, 0);
    own.getRange('A1').setValues([['ของเจ้าหน้าที่']]);
    writeSummary(context, NOW);

    expect(own.getRange('A1').getValues()).toEqual([['ของเจ้าหน้าที่']]);
    expect(workbook.getSheetByName(`${SUMMARY_TAB_NAME} (2)`)).not.toBeNull();
  });
});
