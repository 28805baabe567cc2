/**
 * The built project as Apps Script runs it: one script holding the custom functions, the menu and the
 * sidebar's API, each google.script.run target a top-level function written from the bundle's own
 * sidebarApi. The preview calls the same functions (createServerApi), so a target the build did not
 * write fails here.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../scripts/lib/apps-script-vm';
import { createServerApi } from '../../src/server/api';
import { distProject } from '../support/dist-project';

const project = distProject;

/** The functions the preview answers under /api/NAME: the server API's own. */
const PREVIEW_NAMES = Object.keys(
  createServerApi(
    () => {
      throw new Error('not called');
    },
    () => null,
  ),
);

describe('the sidebar API in the built script', () => {
  it('has a top-level google.script.run target for every function the preview calls, and no other', () => {
    const { loaded } = project();
    const script = loaded.files['ita-sheets.js']!;
    const targets = [...script.matchAll(/^function (\w+)\(.*\{ return ItaSheets\.sidebarApi\.(\w+)\(/gm)];

    expect(targets.map(([, global, member]) => [global, member])).toEqual(
      PREVIEW_NAMES.map((name) => [name, name]),
    );
    expect(PREVIEW_NAMES).toContain('makeReport');
  });

  it('answers the sidebar through those targets, on the open spreadsheet', () => {
    const { workbook, loaded } = project();

    const created = loaded.evaluate(`createDocumentTab({ type: 'oit-checklist', fiscalYear: 2564 })`);
    const tabs = loaded.evaluate('listDocumentTabs()');

    expect(created).toMatchObject({ ok: true, value: { type: 'oit-checklist' } });
    expect(tabs).toMatchObject({ ok: true, value: [{ type: 'oit-checklist' }] });
    expect(workbook.getSheets().map((s) => s.getLastRow())).toContain(44);
  });

  it('runs a menu item in the same script: the tab is made and the officer told', () => {
    const { workbook, loaded } = project();

    loaded.call('menuCreateMeasures');

    expect(workbook.getSheets().map((s) => s.getName())).toContainEqual(expect.stringContaining('มาตรการ'));
    expect(loaded.ui.alerts).toEqual([expect.stringContaining('(tab created)')]);
  });

  it('answers a bad request with its Thai message, as the sidebar reads it', () => {
    const { loaded } = project();

    expect(loaded.evaluate(`makeReport({ kind: 'nothing', sheetId: 1 })`)).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown report kind'),
    });
  });
});

describe('dist/', () => {
  it('holds one script, what every execution evaluates', () => {
    const scripts = readdirSync(DIST).filter((name) => name.endsWith('.js'));

    expect(scripts).toEqual(['ita-sheets.js']);
    // Evaluated on every execution: `npm run bench` measures that cold load. The cap catches a
    // dependency pulled in by mistake (exceljs, Node's own modules), not a table of data: 400 KB since
    // the district's roll-up (the imports, the ranking, the district report: 33 KB) took it to 380 KB.
    expect(statSync(join(DIST, 'ita-sheets.js')).size).toBeLessThan(400 * 1024);
  });

  it('evaluates no code from text: no HTML file of the project holds a script Apps Script would run', () => {
    const script = readFileSync(join(DIST, 'ita-sheets.js'), 'utf8');

    expect(script).not.toMatch(/\bnew Function\(|\beval\(/);
    // One file's content is read as text: the print view's font, which is a style and nothing else.
    expect(script.match(/createHtmlOutputFromFile\([^)]*\)\.getContent\(\)/g) ?? []).toHaveLength(1);
    const font = readFileSync(join(DIST, 'print-font.html'), 'utf8');
    expect(font).toMatch(/^<style>\s*@font-face/);
    expect(font).not.toMatch(/<script|javascript:|on\w+=/i);
    expect(readdirSync(DIST).filter((name) => name.endsWith('.html'))).toEqual([
      'help.html',
      'print-font.html',
      'sidebar.html',
    ]);
  });
});
