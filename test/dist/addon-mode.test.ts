/**
 * The built project as an editor add-on runs it, not only bound: loading the script and onOpen in
 * AuthMode.NONE (an add-on installed but not yet used in this spreadsheet) touch nothing but the UI,
 * onInstall builds the same menu, and the manifest holds what an editor add-on needs and no more.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { DIST, scriptFiles } from '../../scripts/lib/apps-script-vm';

/** The services an Apps Script project can reach; in AuthMode.NONE none but SpreadsheetApp.getUi may be used. */
const SERVICES = [
  'PropertiesService',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'Session',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'Utilities',
  'Charts',
  'Logger',
];

/** Loads dist/ into a context whose every service access is recorded and, but for the menu's, refused. */
function loadInNoneMode() {
  const touched: string[] = [];
  const menuItems: string[] = [];
  let menusAdded = 0;
  const menu = {
    addItem(_caption: string, name: string) {
      menuItems.push(name);
      return menu;
    },
    addSeparator: () => menu,
    addSubMenu: () => menu,
    addToUi: () => {
      menusAdded += 1;
    },
  };
  const ui = { createAddonMenu: () => menu, createMenu: () => menu };
  const refuse = (name: string) => {
    touched.push(name);
    throw new Error(`${name} is not allowed in AuthMode.NONE`);
  };
  const spreadsheetApp = new Proxy(
    {},
    {
      get: (_target, key) => (key === 'getUi' ? () => ui : refuse(`SpreadsheetApp.${String(key)}`)),
    },
  );
  const sandbox: Record<string, unknown> = { console };
  Object.defineProperty(sandbox, 'SpreadsheetApp', { get: () => spreadsheetApp });
  for (const name of SERVICES) Object.defineProperty(sandbox, name, { get: () => refuse(name) });
  const context = createContext(sandbox);
  for (const file of scriptFiles())
    runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
  return { touched, menuItems, call, menusAdded: () => menusAdded };
}

describe('the built script as an editor add-on', () => {
  it('loads without touching any service (no spreadsheet or property read at global scope)', () => {
    const { touched } = loadInNoneMode();

    expect(touched).toEqual([]);
  });

  it('builds the whole add-on menu in AuthMode.NONE, touching only SpreadsheetApp.getUi', () => {
    const { touched, menuItems, call, menusAdded } = loadInNoneMode();

    call('onOpen', { authMode: 'NONE' });

    expect(touched).toEqual([]);
    expect(menusAdded()).toBe(1);
    expect(menuItems).toEqual(
      expect.arrayContaining(['showSidebar', 'showHelp', 'menuSelfTest', 'menuValidate']),
    );
  });

  it('builds the same menu from onInstall, as the Marketplace calls it after an install', () => {
    const opened = loadInNoneMode();
    opened.call('onOpen', { authMode: 'FULL' });
    const installed = loadInNoneMode();

    installed.call('onInstall', { authMode: 'FULL' });

    expect(installed.menuItems).toEqual(opened.menuItems);
    expect(installed.menusAdded()).toBe(1);
  });

  it('refuses, in this stand-in, what AuthMode.NONE refuses (so the tests above can fail)', () => {
    const { call, touched } = loadInNoneMode();

    expect(() => call('showSidebar')).toThrow('HtmlService is not allowed in AuthMode.NONE');
    expect(touched).toEqual(['HtmlService']);
  });
});

describe('the manifest (dist/appsscript.json) of an editor add-on', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as Record<string, unknown>;

  it('is V8 with the two scopes and nothing that makes it another kind of project', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    // `addOns` makes a Google Workspace add-on (cards), not an editor add-on; a web app or API
    // executable is not an add-on; the add-in fetches no URL, so it needs no urlFetchWhitelist.
    for (const key of ['addOns', 'webapp', 'executionApi', 'urlFetchWhitelist', 'dependencies']) {
      expect(Object.keys(manifest)).not.toContain(key);
    }
  });
});
