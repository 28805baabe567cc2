import { readdirSync, readFileSync } from 'node:fs';
import { PUSHED_FILES } from '../../scripts/lib/deploy-clasp';
import { join } from 'node:path';
import { type AppsScriptProject, DIST, loadDist } from '../../scripts/lib/apps-script-vm';
import { CATALOG } from '../../src/core/functions/catalog';

// The vm context has its own Array and Object: compare plain JSON, not prototypes.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the built dist/, loaded as Apps Script loads a project', () => {
  let project: AppsScriptProject;

  beforeAll(() => {
    project = loadDist();
  });

  it('holds exactly what clasp pushes: the manifest, the one script, the sidebar, the help page and the print font', () => {
    expect(readdirSync(DIST).sort()).toEqual([
      'appsscript.json',
      'help.html',
      'ita-sheets.js',
      'print-font.html',
      'sidebar.html',
    ]);
    // The deploy's check of a push lists the same files: a push without one of them fails.
    expect([...PUSHED_FILES].sort()).toEqual(readdirSync(DIST).sort());
  });

  it('keeps the print view font in an HTML file of its own, never in the script every custom function loads', () => {
    const font = readFileSync(join(DIST, 'print-font.html'), 'utf8');
    const script = readFileSync(join(DIST, 'ita-sheets.js'), 'utf8');

    expect(font.trim().startsWith('<style>')).toBe(true);
    expect(font.match(/@font-face\{font-family:'Sarabun'/g)).toHaveLength(4);
    expect(font).toContain('font-weight:700');
    expect(font).toContain('U+0E01-0E5B');
    expect(script).not.toContain('data:font/woff2');
  });

  it('copies the manifest: V8, Asia/Bangkok, the two minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('leaves no import or export statement in any file', () => {
    for (const [name, text] of Object.entries(project.files)) {
      expect({ name, lines: text.split('\n').filter((l) => /^\s*(import|export)\b/.test(l)) }).toEqual({
        name,
        lines: [],
      });
    }
  });

  it('calls ITA_SCORE as a global: the FY 2562 example is 77.21', () => {
    const row = [[99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50]];

    expect(project.call('ITA_SCORE', row, 2562)).toBe(77.21);
  });

  it('calls ITA_GRADE as a global over a range', () => {
    expect(plain(project.call('ITA_GRADE', [[77.21], [84.995]], 2562))).toEqual([['B'], ['A']]);
  });

  it('calls THAI_DIGITS as a global', () => {
    expect(project.call('THAI_DIGITS', 77.21)).toBe('๗๗.๒๑');
  });

  it('reads a Date made in another global scope', () => {
    expect(project.call('FISCAL_YEAR', new Date('2026-09-30T10:00:00Z'))).toBe(2569);
  });

  it('calls BAHT_TEXT, THAI_DATE and FISCAL_YEAR as globals', () => {
    // Midnight of 22 Nov 2026 in Bangkok, as Sheets hands the script a date cell.
    const date = project.evaluate('new Date("2026-11-21T17:00:00Z")');

    expect(project.call('BAHT_TEXT', 50000)).toBe('ห้าหมื่นบาทถ้วน');
    expect(project.call('THAI_DATE', date)).toBe('๒๒ พฤศจิกายน ๒๕๖๙');
    expect(project.call('FISCAL_YEAR', date)).toBe(2570);
  });

  it("reads date cells in the spreadsheet's own time zone, asked of SpreadsheetApp", () => {
    const london = loadDist({
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Europe/London' }) },
    });
    // Midnight of 1 Oct 2026 in London (BST): still 30 Sep in no zone the officer works in.
    const date = london.evaluate('new Date("2026-09-30T23:00:00Z")');

    expect(london.call('FISCAL_YEAR', date)).toBe(2570);
    expect(london.call('THAI_DATE', date, 'short')).toBe('๑ ต.ค. ๖๙');
    expect(project.call('FISCAL_YEAR', project.evaluate('new Date("2026-09-30T16:00:00Z")'))).toBe(2569);
  });

  it('scores FY 2569 and 2570 and refuses FISCAL_YEAR(2569) as a year, not a date', () => {
    const row = [[99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50]];

    expect(project.call('ITA_SCORE', row, 2569)).toBe(77.21);
    expect(project.call('ITA_GRADE', 77.21, 2570)).toBe('ต้องปรับปรุง');
    expect(() => project.call('FISCAL_YEAR', 2569)).toThrow('เป็นตัวเลขปี ไม่ใช่วันที่');
  });

  it('throws a Thai message with an English gloss for bad input, as Sheets shows in the cell', () => {
    expect(() => project.call('ITA_SCORE', [[1, 2, 'abc']], 2562)).toThrow(
      'ITA_SCORE: คะแนน OIT ไม่ใช่ตัวเลข: "abc" (OIT is not a number: "abc")',
    );
  });

  it('builds the add-on menu on open with a help item that opens the functions dialog', () => {
    project.call('onOpen', { authMode: 'NONE' });
    const item = project.ui.menuItems.find((i) => i.functionName === 'showHelp')!;
    project.call(item.functionName);
    const dialog = project.ui.dialogs[0]!;

    expect(project.ui.menusAdded).toBe(1);
    expect(item.caption).toContain('วิธีใช้');
    for (const doc of CATALOG) expect(dialog.html).toContain(doc.name);
    expect(dialog.html).toContain('=ITA_SCORE(B2:K2)');
  });

  it('gives every menu item a global function of the project', () => {
    const missing = project.ui.menuItems.filter(
      (i) => !new RegExp(`^function ${i.functionName}\\(`, 'm').test(project.files['ita-sheets.js']!),
    );

    expect(missing).toEqual([]);
    expect(project.ui.menuItems.map((i) => i.caption)).toContain('ตรวจแท็บเอกสารนี้ (Validate this tab)');
  });

  it('opens the sidebar from the menu: one HTML file, Thai, its script inlined', () => {
    project.call('showSidebar');
    const sidebar = project.ui.dialogs.find((d) => d.title === 'sidebar')!;

    expect(sidebar.html).toMatch(/^<!DOCTYPE html>/i);
    expect(sidebar.html).toContain('lang="th"');
    expect(sidebar.html).not.toMatch(/<script[^>]+src=/);
  });

  it('builds the same menu on install', () => {
    const before = project.ui.menusAdded;
    project.call('onInstall', {});

    expect(project.ui.menusAdded).toBe(before + 1);
  });

  describe.each(CATALOG.map((doc) => [doc.name, doc]))('the declaration of %s', (name, doc) => {
    const declaration = (): string => {
      const text = project.files['ita-sheets.js']!;
      const end = text.indexOf(`function ${name}(`);
      return text.slice(text.lastIndexOf('/**', end), text.indexOf('}', end));
    };

    it('carries @customfunction JSDoc, so Sheets offers autocomplete', () => {
      expect(declaration()).toContain('@customfunction');
    });

    it('is a top-level function with the real parameter names, each with its @param line', () => {
      const names = doc.params.map((p) => p.name);

      expect(declaration()).toContain(`function ${name}(${names.join(', ')})`);
      for (const p of names) expect(declaration()).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} `));
    });
  });
});
