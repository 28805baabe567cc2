/**
 * Saving a record loses nothing: a value for a field the tab has no column for is refused (never
 * dropped while answering ok); a formula in a field cell stays unless its field is the one changed,
 * and then the answer says so; a save that fails half way is undone; a retried save neither adds a
 * second copy nor is refused as "changed".
 */

import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { SavedRecord, ServerHandlers } from '../../src/shared/api';
import { getFormulas, type MemoryWorkbook } from '../../src/sheets/memory';
import type { SheetApi } from '../../src/sheets/spreadsheet-api';
import { MEASURE } from '../support/records';
import { testWorkbook } from '../support/workbook';

interface Tab {
  readonly workbook: MemoryWorkbook;
  readonly api: ServerHandlers;
  readonly sheetId: number;
  readonly sheet: SheetApi;
}

/** A measures tab with two records, through the API as the sidebar saves them. */
function measuresTab(): Tab {
  const { workbook, context } = testWorkbook();
  const api = createServerApi(() => context, singleProcessLock);
  const created = api.createDocumentTab({ type: 'measures', fiscalYear: 2568 });
  if (!created.ok) throw new Error(created.error);
  const { sheetId } = created.value;
  api.appendRecord({ sheetId, record: MEASURE });
  api.appendRecord({ sheetId, record: { ...MEASURE, no: '2', measure: 'ประกาศเจตจำนงสุจริต' } });
  const sheet = workbook.getSheets().find((s) => s.getSheetId() === sheetId)!;
  return { workbook, api, sheetId, sheet };
}

const saved = (result: { ok: boolean; value?: SavedRecord; error?: string }) => {
  if (!result.ok || !result.value) throw new Error(result.error);
  return result.value;
};

describe('a field the tab has no column for', () => {
  /** The tab with its ช่วงระยะเวลาดำเนินการ heading (column D) renamed to one no field has. */
  function withoutPeriod(): Tab {
    const tab = measuresTab();
    tab.sheet.getRange('D1').setValues([['ข้อสังเกตของปลัด']]);
    return tab;
  }

  it('refuses an append with a period typed, naming the field and the tab, and writes nothing', () => {
    const { api, sheetId, sheet } = withoutPeriod();

    const result = api.appendRecord({ sheetId, record: { ...MEASURE, no: '3' } });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('แท็บ "มาตรการ 2568" ไม่มีคอลัมน์ "ช่วงระยะเวลาดำเนินการ"');
    expect(!result.ok && result.error).toContain('nothing was written');
    expect(sheet.getLastRow()).toBe(3);
  });

  it('refuses an update that types a period, leaving the row as it was', () => {
    const { api, sheetId, sheet } = withoutPeriod();
    const before = sheet.getRange('A3:F3').getValues();
    const read = api.readRecords({ sheetId });
    const expected = read.ok ? read.value.records[1]!.record : {};

    const result = api.updateRecord({
      sheetId,
      row: 3,
      record: { ...expected, measure: 'แก้', period: 'ต.ค. 67' },
      expected,
    });

    expect(!result.ok && result.error).toContain('"ช่วงระยะเวลาดำเนินการ"');
    expect(sheet.getRange('A3:F3').getValues()).toEqual(before);
  });

  it('saves a record whose period is empty, the renamed column untouched', () => {
    const { api, sheetId, sheet } = withoutPeriod();

    const { row } = saved(api.appendRecord({ sheetId, record: { ...MEASURE, no: '3', period: '' } }));

    expect(row).toBe(4);
    expect(sheet.getRange('D4').getValues()).toEqual([['']]);
    expect(sheet.getRange('B4').getValues()).toEqual([[MEASURE.measure]]);
  });
});

describe('a formula in a field cell', () => {
  const LINK = '=HYPERLINK("https://example.go.th/order.pdf","หนังสือสั่งการ")';

  /** The officer typed a formula into the monitoring cell of row 3 (column F). */
  function withFormula() {
    const tab = measuresTab();
    tab.sheet.getRange('F3').setValues([[LINK]]);
    const read = tab.api.readRecords({ sheetId: tab.sheetId });
    if (!read.ok) throw new Error(read.error);
    return { ...tab, expected: read.value.records[1]!.record };
  }

  it('stays exactly as it is when another field of the record is changed, and nothing is said', () => {
    const { api, sheetId, sheet, expected } = withFormula();

    const result = saved(
      api.updateRecord({ sheetId, row: 3, record: { ...expected, measure: 'แก้ชื่อ' }, expected }),
    );

    expect(getFormulas(sheet, 'F3')).toEqual([[LINK]]);
    expect(sheet.getRange('B3').getValues()).toEqual([['แก้ชื่อ']]);
    expect(result.notice).toBeUndefined();
  });

  it('is replaced when its own field is changed, and the answer tells the officer which formula', () => {
    const { api, sheetId, sheet, expected } = withFormula();

    const result = saved(
      api.updateRecord({ sheetId, row: 3, record: { ...expected, monitoring: 'รายงานทุกไตรมาส' }, expected }),
    );

    expect(getFormulas(sheet, 'F3')).toEqual([['']]);
    expect(sheet.getRange('F3').getValues()).toEqual([['รายงานทุกไตรมาส']]);
    expect(result.notice).toContain('ช่อง "การกำกับติดตาม" เดิมเป็นสูตร =HYPERLINK(');
    expect(result.notice).toContain('now replaced by the typed value');
  });

  it('is read with one batched getFormulas of the row, not one per cell', () => {
    const { workbook, api, sheetId, expected } = withFormula();
    workbook.resetCalls();

    saved(api.updateRecord({ sheetId, row: 3, record: { ...expected, measure: 'แก้ชื่อ' }, expected }));

    expect(workbook.calls['Range.getFormulas']).toBe(1);
    // The record's row in one write, and the district's summary (summary-tab.ts) in one more.
    expect(workbook.calls['Range.setValues']).toBe(2);
  });
});

describe('a save retried', () => {
  /** The tab with an officer's column (หมายเหตุ) between ขั้นตอน and ช่วงระยะเวลา: a record takes two writes. */
  function withOfficerColumn(): Tab {
    const tab = measuresTab();
    tab.sheet.insertColumnsAfter(3, 1);
    tab.sheet.getRange(1, 4, 3, 1).setValues([['หมายเหตุ'], ['ตรวจแล้ว'], ['=LEN(B3)']]);
    return tab;
  }

  /** The calls one save makes on a fresh tab, to fail each of them in turn. */
  function callsOf(prepare: (tab: Tab) => () => unknown): number {
    const tab = withOfficerColumn();
    const save = prepare(tab);
    tab.workbook.resetCalls();
    save();
    return tab.workbook.totalCalls();
  }

  const append = ({ api, sheetId }: Tab) =>
    api.appendRecord({ sheetId, record: { ...MEASURE, no: '3', measure: 'ใหม่' } });

  it("after an append failed at any call, adds the record once, the officer's column untouched", () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const total = callsOf((tab) => () => append(tab));
    for (let n = 1; n <= total; n++) {
      const tab = withOfficerColumn();
      tab.workbook.failAtCall(n);

      const first = append(tab);
      tab.workbook.failAtCall(undefined);
      const retried = first.ok ? first : append(tab);

      const numbers = tab.sheet
        .getRange(2, 1, tab.sheet.getLastRow() - 1, 1)
        .getValues()
        .map((r) => r[0]);
      expect({ n, ok: retried.ok, numbers }).toEqual({ n, ok: true, numbers: ['1', '2', '3'] });
      expect({ n, note: getFormulas(tab.sheet, 'D3') }).toEqual({ n, note: [['=LEN(B3)']] });
    }
  });

  it('after an update failed at any call, finds the row as it was and is not refused on retry', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const update = (tab: Tab) => {
      const read = tab.api.readRecords({ sheetId: tab.sheetId });
      const expected = read.ok ? read.value.records[1]!.record : {};
      const record = { ...expected, measure: 'แก้แล้ว', monitoring: 'ประจำปี' };
      return () => tab.api.updateRecord({ sheetId: tab.sheetId, row: 3, record, expected });
    };
    const total = callsOf(update);
    for (let n = 1; n <= total; n++) {
      const tab = withOfficerColumn();
      const save = update(tab);
      const before = tab.sheet.getRange('A3:G3').getValues();
      tab.workbook.failAtCall(n);

      const first = save();
      tab.workbook.failAtCall(undefined);
      const rowAfter = tab.sheet.getRange('A3:G3').getValues();
      const retried = first.ok ? first : save();

      if (!first.ok) expect({ n, row: rowAfter }).toEqual({ n, row: before });
      expect({ n, ok: retried.ok }).toEqual({ n, ok: true });
      expect(tab.sheet.getRange('B3:G3').getValues()[0]).toEqual([
        'แก้แล้ว',
        'จัดทำรายงาน\nเผยแพร่บนเว็บไซต์',
        '#ERROR!',
        'ปีงบประมาณ พ.ศ. 2568',
        'กองคลัง',
        'ประจำปี',
      ]);
    }
  });

  it('after an update that was written (its answer lost), answers ok rather than "changed"', () => {
    const { api, sheetId, sheet } = measuresTab();
    const read = api.readRecords({ sheetId });
    const expected = read.ok ? read.value.records[1]!.record : {};
    const record = { ...expected, measure: 'แก้แล้ว' };

    saved(api.updateRecord({ sheetId, row: 3, record, expected }));
    const again = api.updateRecord({ sheetId, row: 3, record, expected });

    expect(again.ok).toBe(true);
    expect(sheet.getRange('B3').getValues()).toEqual([['แก้แล้ว']]);
    expect(sheet.getLastRow()).toBe(3);
  });

  it('is still refused when the row changed into something else', () => {
    const { api, sheetId, sheet } = measuresTab();
    const read = api.readRecords({ sheetId });
    const expected = read.ok ? read.value.records[1]!.record : {};
    sheet.getRange('B3').setValues([['ผู้อื่นแก้']]);

    const result = api.updateRecord({ sheetId, row: 3, record: { ...expected, measure: 'แก้แล้ว' }, expected });

    expect(!result.ok && result.error).toContain('เปลี่ยนไปหลังจากที่เปิดมาแก้ไข');
  });
});
