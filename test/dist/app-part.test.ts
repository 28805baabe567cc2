/**
 * The built project as Apps Script runs it: custom functions and the menu in the small bundle, the
 * sidebar's API in the app part, evaluated from its HTML file on the first call that needs it.
 */

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, loadDist } from '../../scripts/lib/apps-script-vm';
import { MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { MemoryProperties } from '../../src/sheets/memory-properties';
import { storeProfile } from '../../src/sheets/operations/profile';
import { PROFILE } from '../support/workbook';

function project() {
  const workbook = new MemoryWorkbook({ name: 'ทดสอบ' });
  const properties = new MemoryProperties();
  storeProfile(properties, PROFILE);
  const services = memoryServices(workbook);
  let fetched = 0;
  const loaded = loadDist({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => workbook,
      getActiveSheet: () => workbook.getActiveSheet(),
      newDataValidation: () => services.newDataValidation(),
      flush: () => services.flush(),
    },
    Charts: { ChartType: { BAR: services.barChartType } },
    PropertiesService: { getDocumentProperties: () => properties },
    LockService: { getDocumentLock: () => ({ waitLock: () => undefined, releaseLock: () => undefined }) },
  });
  // Counts how often the app part's file is read.
  const html = loaded.evaluate('HtmlService') as { createHtmlOutputFromFile(name: string): unknown };
  const read = html.createHtmlOutputFromFile.bind(html);
  html.createHtmlOutputFromFile = (name: string) => {
    if (name === 'ita-sheets-app') fetched += 1;
    return read(name);
  };
  return { workbook, loaded, fetched: () => fetched };
}

describe('the installation check of the built project (menu › ตรวจการติดตั้ง)', () => {
  it('runs every check through the real bundles and tells the owner that all passed', () => {
    const { workbook, loaded } = project();

    loaded.evaluate('menuSelfTest()');

    expect(loaded.ui.alerts).toEqual([
      expect.stringMatching(/^ita-sheets: ตรวจการติดตั้ง \| ติดตั้งถูกต้อง ผ่านทุกข้อ/),
    ]);
    expect(workbook.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(workbook.calls['SpreadsheetApp.flush']).toBe(1);
  });
});

describe('a menu item whose work fails outside every check', () => {
  it('is logged with console.error and told to the officer, in Thai, as a bug', () => {
    const loaded = loadDist({
      SpreadsheetApp: {
        getActiveSheet: () => {
          throw new Error('Service Spreadsheets timed out');
        },
      },
    });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    loaded.call('menuValidate');
    const logged = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();

    expect(loaded.ui.alerts).toEqual([
      expect.stringMatching(/^ทำรายการไม่สำเร็จ: Service Spreadsheets timed out .*นี่เป็นข้อบกพร่องของ ita-sheets/),
    ]);
    expect(logged).toEqual(['ita-sheets: menuValidate failed unexpectedly']);
  });
});

describe('the app part', () => {
  it('is not evaluated by a custom function or by onOpen', () => {
    const { loaded, fetched } = project();

    expect(loaded.call('ITA_GRADE', 86.5, 2566)).toBe('A');
    loaded.call('onOpen', { authMode: 'NONE' });

    expect(fetched()).toBe(0);
  });

  it('answers the sidebar through the small bundle, read once however many calls follow', () => {
    const { workbook, loaded, fetched } = project();

    const created = loaded.evaluate(`createDocumentTab({ type: 'oit-checklist', fiscalYear: 2564 })`);
    const tabs = loaded.evaluate('listDocumentTabs()');

    expect(created).toMatchObject({ ok: true, value: { type: 'oit-checklist' } });
    expect(tabs).toMatchObject({ ok: true, value: [{ type: 'oit-checklist' }] });
    expect(workbook.getSheets().map((s) => s.getLastRow())).toContain(44);
    expect(fetched()).toBe(1);
  });

  it('answers a bad request with its Thai message, as the sidebar reads it', () => {
    const { loaded } = project();

    expect(loaded.evaluate(`makeReport({ kind: 'nothing', sheetId: 1 })`)).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown report kind'),
    });
  });

  it('keeps what every execution evaluates small: the .js files under 150 KB together', () => {
    const scripts = readdirSync(DIST).filter((name) => name.endsWith('.js'));
    const bytes = scripts.reduce((sum, name) => sum + statSync(join(DIST, name)).size, 0);

    expect(scripts.sort()).toEqual(['globals.js', 'ita-sheets.js']);
    expect(bytes).toBeLessThan(150 * 1024);
  });
});
