/**
 * The district's roll-up through the API, over in-memory workbooks that import one another as Sheets
 * does (WorkbookRegistry): three organizations in different states and a district, then a province of
 * districts. What a district officer checks: the links tab to fill, which rows are read and which wait
 * for Allow access, the ranking, the block a province imports, and that nothing they typed moved.
 */

import { ROLLUP_MARK } from '../../src/core/rollup/rollup-shape';
import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { ApiResult } from '../../src/shared/api';
import { type MemoryWorkbook, WorkbookRegistry } from '../../src/sheets/memory';
import { LINKS_TAB_NAME } from '../../src/sheets/operations/rollup-tabs';
import { fixture } from '../support/fixtures';
import { pasteTab, PROFILE, snapshot, testOffice } from '../support/workbook';

const NOW = new Date('2026-12-07T03:00:00Z');

function value<T>(answer: ApiResult<T>): T {
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** A spreadsheet id as Google makes them: 44 characters. */
const idOf = (name: string): string => `1${name.padEnd(43, 'x')}`;

function office(profile: typeof PROFILE | null, name: string) {
  return {
    ...testOffice(profile, idOf(name), NOW),
    id: idOf(name),
    link: `https://docs.google.com/spreadsheets/d/${idOf(name)}/edit#gid=0`,
  };
}

type Office = ReturnType<typeof office>;

function structure(
  org: Office,
  tab: string,
  type: 'measures' | 'oit-checklist' | 'ita-analysis' | 'results',
  file: string,
) {
  pasteTab(org.workbook, tab, fixture(file));
  value(org.api.structureActiveTab({ type }));
}

const DISTRICT_PROFILE = {
  organization: 'ที่ทำการท้องถิ่นอำเภอโนนสูง',
  district: 'โนนสูง',
  province: 'นครราชสีมา',
  website: '',
  units: [],
};

/** Three organizations: complete, missing documents, shared but not allowed yet; one never shared. */
function district() {
  const registry = new WorkbookRegistry();
  const complete = office(PROFILE, 'complete');
  const missing = office({ ...PROFILE, organization: 'องค์การบริหารส่วนตำบลดอนหวาย' }, 'missing');
  const waiting = office({ ...PROFILE, organization: 'เทศบาลตำบลโนนสูง' }, 'waiting');
  const unshared = office({ ...PROFILE, organization: 'องค์การบริหารส่วนตำบลใหม่' }, 'unshared');
  const officeOf = office(DISTRICT_PROFILE, 'district');
  for (const o of [complete, missing, waiting, unshared, officeOf]) registry.add(o.workbook);

  structure(complete, 'วาง1', 'measures', 'measures-fy2568.txt');
  structure(complete, 'วาง2', 'results', 'results-fy2568-6-months.txt');
  structure(complete, 'วาง3', 'ita-analysis', 'ita-analysis-thesaban-fy2567.txt');
  structure(complete, 'วาง4', 'oit-checklist', 'oit-checklist-scored-fy2568.txt');
  structure(missing, 'วาง1', 'measures', 'measures-fy2568.txt');
  value(waiting.api.updateSummary());
  value(unshared.api.updateSummary());

  for (const o of [complete, missing, waiting]) registry.share(o.id, officeOf.id);
  registry.allowAccess(officeOf.id, complete.id);
  registry.allowAccess(officeOf.id, missing.id);
  return { registry, complete, missing, waiting, unshared, district: officeOf };
}

/** The officer's paste of names and links into the links tab, from row 2. */
function listLinks(workbook: MemoryWorkbook, rows: readonly (readonly [string, string])[]): void {
  const sheet = workbook.getSheetByName(LINKS_TAB_NAME)!;
  sheet.getRange(2, 1, rows.length, 2).setValues(rows.map((r) => [...r]));
}

describe('the district roll-up, from three organizations', () => {
  it('makes the links tab first and tells the officer what to paste there', () => {
    const { district: d } = district();
    const first = value(d.api.updateRollup({}));

    expect(first.madeLinksTab).toBe(true);
    const links = d.workbook.getSheetByName(LINKS_TAB_NAME)!;
    expect(links.getRange(1, 1, 1, 2).getValues()[0]).toEqual([
      'ชื่อหน่วยงาน (ไม่บังคับ)',
      'ลิงก์ Google Sheets ของหน่วยงาน (หรือรหัสสเปรดชีต)',
    ]);
    expect(d.workbook.getActiveSheet().getName()).toBe(LINKS_TAB_NAME);
    expect(value(d.api.updateRollup({})).sources).toEqual([]);
  });

  it('reads who is imported, who waits for Allow access, and refuses links that are not Sheets', () => {
    const { registry, complete, missing, waiting, unshared, district: d } = district();
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [
      ['', missing.link],
      ['หนองบัวทอง', complete.link],
      ['เทศบาลโนนสูง', waiting.id],
      ['อบต.ใหม่', unshared.link],
      ['ซ้ำ', complete.id],
      ['ลิงก์แปลก', '=HYPERLINK("https://evil.example")'],
    ]);

    const answer = value(d.api.updateRollup({ thaiDigits: true, signerName: 'นายสมชาย ใจดี' }));

    expect(answer.sources.map((s) => [s.row, s.status])).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'not-connected'],
      [5, 'not-connected'],
      [6, 'duplicate'],
      [7, 'invalid-link'],
    ]);
    expect(answer.sources[2]?.importCell).toBe('AG2');
    expect(answer.sources[0]?.label).toBe('องค์การบริหารส่วนตำบลดอนหวาย');
    expect(answer.ranked.map((o) => [o.rank, o.organization, o.documentsReady])).toEqual([
      [1, PROFILE.organization, 4],
      [2, 'องค์การบริหารส่วนตำบลดอนหวาย', 1],
    ]);
    expect(answer.ranked[0]?.projectedLevel).not.toBe('');

    // The formulas are the add-in's, built from the ids alone: the hostile row got none.
    const imports = d.workbook.getSheets().find((s) => s.getSheetId() === answer.importsSheetId)!;
    const formulas = imports
      .getRange(2, 1, 1, imports.getMaxColumns())
      .getFormulas()[0]!
      .filter((f) => f !== '');
    expect(formulas).toEqual(
      [missing.id, complete.id, waiting.id, unshared.id].map(
        (id) => `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id}", "ITA_SUMMARY")`,
      ),
    );

    // The roll-up tab names each organization; the district's ITA_SUMMARY is the roll-up's block.
    const rollupTab = d.workbook.getSheets().find((s) => s.getSheetId() === answer.rollupSheetId)!;
    expect(d.workbook.getActiveSheet().getSheetId()).toBe(answer.rollupSheetId);
    const shown = rollupTab.getDataRange().getValues().flat().join('\n');
    // The ranking writes the organizations' short names, as the district writes them.
    expect(shown).toContain('อบต.หนองบัวทอง');
    expect(shown).toContain('อบต.ดอนหวาย');
    const block = d.workbook.getRangeByName('ITA_SUMMARY')!.getValues();
    expect(block[0]?.slice(0, 4)).toEqual([ROLLUP_MARK, 1, 'district', 'โนนสูง']);
    expect(block).toHaveLength(2 + 2);

    // Allow access for the waiting organization: the next update reads it.
    expect(registry.allowAccess(d.id, waiting.id)).toBe(true);
    const after = value(d.api.updateRollup({}));
    expect(after.sources.map((s) => s.status)).toEqual([
      'ok',
      'ok',
      'ok',
      'not-connected',
      'duplicate',
      'invalid-link',
    ]);
    expect(after.ranked.map((o) => o.organization)).toContain('เทศบาลตำบลโนนสูง');
    expect(after.ranked.find((o) => o.organization === 'เทศบาลตำบลโนนสูง')?.notStarted).toBe(true);
    expect(d.workbook.getRangeByName('ITA_SUMMARY')!.getValues()).toHaveLength(2 + 3);
  });

  it('never writes what the officer typed on the links tab, nor the organization summary over the roll-up', () => {
    const { complete, missing, district: d } = district();
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [
      ['หนองบัวทอง', complete.link],
      ['ดอนหวาย', missing.link],
    ]);
    const links = d.workbook.getSheetByName(LINKS_TAB_NAME)!;
    links.getRange('C2').setValues([['โทร 044-000000']]);
    const before = snapshot(links);

    value(d.api.updateRollup({}));
    value(d.api.updateRollup({}));
    value(d.api.saveProfile({ ...DISTRICT_PROFILE, website: 'https://www.nonsung.go.th' }));

    expect(snapshot(links)).toEqual(before);
    expect(d.workbook.getSheets().map((s) => s.getName())).not.toContain('สรุปสำหรับอำเภอ');
    expect(d.workbook.getRangeByName('ITA_SUMMARY')!.getValues()[0]?.[0]).toBe(ROLLUP_MARK);
  });

  it('writes the imports again only when the list changed, in the same calls for 2 organizations or 4', () => {
    const { complete, missing, waiting, unshared, district: d } = district();
    value(d.api.updateRollup({}));
    const callsWith = (rows: readonly (readonly [string, string])[]) => {
      listLinks(d.workbook, rows);
      value(d.api.updateRollup({}));
      d.workbook.resetCalls();
      value(d.api.updateRollup({}));
      const calls: Record<string, number> = { ...d.workbook.calls, total: d.workbook.totalCalls() };
      return calls;
    };
    const two = callsWith([
      ['', complete.link],
      ['', missing.link],
    ]);
    const four = callsWith([
      ['', complete.link],
      ['', missing.link],
      ['', waiting.link],
      ['', unshared.link],
    ]);

    // Unchanged links: no import rewritten, so no flush for it.
    expect(two['Range.setValues']).toBe(four['Range.setValues']);
    expect(two['Range.getValues']).toBe(four['Range.getValues']);
    expect(two.total).toBe(four.total);
    expect(two.total).toBeGreaterThan(0);
  });

  it('prints the district report from the imports as they are, and refuses when the links changed since', () => {
    const { complete, missing, district: d } = district();
    const shown: string[] = [];
    const printing = { fontCss: () => '', showDialog: (html: string) => void shown.push(html) };
    const api = createServerApi(
      () => ({ ...d.context, printing }),
      singleProcessLock,
      () => NOW,
    );
    value(api.updateRollup({}));
    listLinks(d.workbook, [
      ['', complete.link],
      ['', missing.link],
    ]);
    value(api.updateRollup({}));

    expect(value(api.printRollup({ signerName: 'นายสมชาย ใจดี' })).title).toBe('ภาพรวมอำเภอโนนสูง');
    expect(shown[0]).toContain('นายสมชาย ใจดี');
    expect(shown[0]).toContain('อบต.หนองบัวทอง');
    // The menu's พิมพ์ on the roll-up tab prints the same report.
    const tab = d.workbook.getSheets().find((s) => s.getName().startsWith('ภาพรวม'))!;
    expect(value(api.printTab({ sheetId: tab.getSheetId() })).title).toBe('ภาพรวมอำเภอโนนสูง');
    expect(shown).toHaveLength(2);

    listLinks(d.workbook, [['', complete.link]]);
    d.workbook
      .getSheetByName(LINKS_TAB_NAME)!
      .getRange('B3')
      .setValues([['']]);
    const refused = api.printRollup({});
    expect(refused.ok ? '' : refused.error).toContain('อัปเดตภาพรวมอำเภอ ก่อนพิมพ์');
  });
});

describe('the province: a roll-up of district roll-ups', () => {
  it('imports each district’s block and ranks every organization of the province', () => {
    const { registry, complete, missing, district: d } = district();
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [
      ['', complete.link],
      ['', missing.link],
    ]);
    value(d.api.updateRollup({}));

    const province = office(
      { ...DISTRICT_PROFILE, organization: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครราชสีมา', district: '' },
      'province',
    );
    registry.add(province.workbook);
    registry.share(d.id, province.id);
    registry.allowAccess(province.id, d.id);
    value(province.api.updateRollup({}));
    listLinks(province.workbook, [['อำเภอโนนสูง', d.link]]);
    const answer = value(province.api.updateRollup({}));

    expect(answer.scope).toBe('province');
    expect(answer.name).toBe('นครราชสีมา');
    expect(answer.sources.map((s) => [s.status, s.organizations])).toEqual([['ok', 2]]);
    expect(answer.ranked.map((o) => [o.rank, o.organization, o.district])).toEqual([
      [1, PROFILE.organization, 'โนนสูง'],
      [2, 'องค์การบริหารส่วนตำบลดอนหวาย', 'โนนสูง'],
    ]);
    // One import for the district, not one per organization.
    const block = province.workbook.getRangeByName('ITA_SUMMARY')!.getValues();
    expect(block[0]?.slice(0, 3)).toEqual([ROLLUP_MARK, 1, 'province']);
  });
});

describe('an organization whose name is a formula', () => {
  it('reaches the district’s roll-up tab and block as text, never as a formula', () => {
    const registry = new WorkbookRegistry();
    const hostileName = '=IMPORTRANGE("https://evil.example", "A1")';
    const org = office({ ...PROFILE, organization: hostileName }, 'hostile');
    const d = office(DISTRICT_PROFILE, 'district');
    registry.add(org.workbook);
    registry.add(d.workbook);
    value(org.api.updateSummary());
    registry.share(org.id, d.id);
    registry.allowAccess(d.id, org.id);
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [['', org.link]]);

    // Arabic digits, so the name reads back exactly as the organization typed it.
    const answer = value(d.api.updateRollup({ thaiDigits: false }));

    expect(answer.ranked.map((o) => o.organization)).toEqual([hostileName]);
    for (const sheet of d.workbook.getSheets()) {
      const formulas = sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== '');
      // The add-in's own imports are the only formulas in the district's spreadsheet.
      expect(
        formulas.every((f) => f.startsWith('=IMPORTRANGE("https://docs.google.com/spreadsheets/d/')),
      ).toBe(true);
    }
    const tab = d.workbook.getSheets().find((s) => s.getSheetId() === answer.rollupSheetId)!;
    expect(tab.getDataRange().getValues().flat()).toContain(hostileName);
  });
});

describe('the imports, written only where the list changed', () => {
  it('writes no import again for a list unchanged, whatever its names (a Latin one included)', () => {
    const { complete, missing, district: d } = district();
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [
      ['Nong Bua Thong SAO', complete.link],
      ['1. ดอนหวาย', missing.link],
    ]);
    value(d.api.updateRollup({}));

    d.workbook.resetCalls();
    value(d.api.updateRollup({}));

    // The only flush is the one after every write, before the lock is released.
    expect(d.workbook.calls['SpreadsheetApp.flush']).toBe(1);
  });

  it('keeps each organization’s import in its cell when a link is put above it, so nothing is fetched again', () => {
    const { complete, missing, waiting, registry, district: d } = district();
    registry.allowAccess(d.id, waiting.id);
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [
      ['', complete.link],
      ['', missing.link],
    ]);
    const first = value(d.api.updateRollup({}));
    const imports = d.workbook.getSheets().find((s) => s.getSheetId() === first.importsSheetId)!;
    const before = imports.getRange(2, 1, 1, imports.getMaxColumns()).getFormulas()[0]!;

    listLinks(d.workbook, [
      ['', waiting.link],
      ['', complete.link],
      ['', missing.link],
    ]);
    const after = value(d.api.updateRollup({}));
    const formulas = imports.getRange(2, 1, 1, imports.getMaxColumns()).getFormulas()[0]!;

    expect(formulas.slice(0, before.length).filter((f, i) => f !== before[i] && before[i] !== '')).toEqual(
      [],
    );
    expect(after.sources.map((s) => [s.row, s.importCell])).toEqual([
      [2, 'AG2'],
      [3, 'A2'],
      [4, 'Q2'],
    ]);
    expect(after.ranked).toHaveLength(3);
  });

  it('leaves the roll-up tab and the province’s block as they were while an import is still loading', () => {
    const { complete, missing, district: d } = district();
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [
      ['', complete.link],
      ['', missing.link],
    ]);
    const before = value(d.api.updateRollup({}));
    const block = d.workbook.getRangeByName('ITA_SUMMARY')!.getValues();
    // What Sheets shows while it fetches an import: the summary's first cell reads "Loading...".
    missing.workbook
      .getSheetByName('สรุปสำหรับอำเภอ')!
      .getRange('A1')
      .setValues([['Loading...']]);

    const answer = value(d.api.updateRollup({}));

    expect(answer.updated).toBe(false);
    expect(answer.sources.map((s) => s.status)).toEqual(['ok', 'loading']);
    expect(d.workbook.getSheets().map((s) => s.getSheetId())).toContain(before.rollupSheetId);
    expect(d.workbook.getRangeByName('ITA_SUMMARY')!.getValues()).toEqual(block);
  });

  it('blanks the imports and empties the block when every link is taken off the list', () => {
    const { complete, district: d } = district();
    value(d.api.updateRollup({}));
    listLinks(d.workbook, [['', complete.link]]);
    value(d.api.updateRollup({}));
    d.workbook
      .getSheetByName(LINKS_TAB_NAME)!
      .getRange('B2')
      .setValues([['']]);

    const answer = value(d.api.updateRollup({}));

    expect(answer.updated).toBe(true);
    expect(answer.ranked).toEqual([]);
    expect(d.workbook.getRangeByName('ITA_SUMMARY')!.getValues()).toHaveLength(2);
    const imports = d.workbook.getSheets().find((s) => s.getSheetId() === answer.importsSheetId)!;
    expect(
      imports
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });
});

describe('an organization on the district page', () => {
  it('is not turned into a roll-up: its spreadsheet holds document tabs', () => {
    const { complete } = district();

    const answer = complete.api.updateRollup({});

    expect(answer.ok ? '' : answer.error).toContain('สเปรดชีตของท้องถิ่นอำเภอเอง');
    expect(complete.workbook.getSheetByName(LINKS_TAB_NAME)).toBeNull();
  });
});

describe('the report’s signer', () => {
  it('stays on the roll-up when the menu updates or prints it without naming one', () => {
    const { complete, district: d } = district();
    const shown: string[] = [];
    const printing = { fontCss: () => '', showDialog: (html: string) => void shown.push(html) };
    const api = createServerApi(
      () => ({ ...d.context, printing }),
      singleProcessLock,
      () => NOW,
    );
    value(api.updateRollup({}));
    listLinks(d.workbook, [['', complete.link]]);
    value(api.updateRollup({ signerName: 'นายสมชาย ใจดี', signerPosition: 'ท้องถิ่นอำเภอโนนสูง' }));

    const menu = value(api.updateRollup({ thaiDigits: true }));
    value(api.printTab({ sheetId: menu.rollupSheetId! }));
    value(api.printRollup({}));

    expect(shown).toHaveLength(2);
    for (const html of shown) expect(html).toContain('นายสมชาย ใจดี');
  });
});
