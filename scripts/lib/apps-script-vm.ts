/**
 * Loads every file of the built dist/ into one `node:vm` context, as Apps Script loads a project's
 * files into one global scope, with small stand-ins for the services the code touches.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

export const DIST = join(process.cwd(), 'dist');

/** What the stand-ins saw: menu items added, dialogs shown. */
export interface UiRecord {
  menuItems: { caption: string; functionName: string }[];
  menusAdded: number;
  dialogs: { html: string; title: string; width?: number; height?: number }[];
  /** The messages of Ui.alert, as the officer reads them. */
  alerts: string[];
}

export interface AppsScriptProject {
  /** Calls a top-level function by name, as Sheets or a trigger would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression inside the project's global scope (e.g. a Date, as Sheets makes one there). */
  evaluate(expression: string): unknown;
  /** The source text of every loaded file, by name. */
  files: Record<string, string>;
  ui: UiRecord;
}

function standIns(ui: UiRecord): Record<string, unknown> {
  interface Menu {
    addItem(caption: string, functionName: string): Menu;
    addSeparator(): Menu;
    addSubMenu(menu: Menu): Menu;
    addToUi(): void;
  }
  const menu: Menu = {
    addItem(caption, functionName) {
      ui.menuItems.push({ caption, functionName });
      return menu;
    },
    addSeparator: () => menu,
    addSubMenu: () => menu,
    addToUi() {
      ui.menusAdded += 1;
    },
  };
  const uiService = {
    ButtonSet: { OK: 'OK' },
    alert(_title: string, message: string) {
      ui.alerts.push(message);
      return 'OK';
    },
    createAddonMenu: () => menu,
    createMenu: () => menu,
    showSidebar(output: { html: string }) {
      ui.dialogs.push({ html: output.html, title: 'sidebar' });
    },
    showModalDialog(output: { html: string; width?: number; height?: number }, title: string) {
      ui.dialogs.push({ html: output.html, title, width: output.width, height: output.height });
    },
  };
  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      return HtmlService.createHtmlOutput(readFileSync(join(DIST, `${name}.html`), 'utf8'));
    },
    createHtmlOutput(html: string) {
      const output = {
        html,
        width: undefined as number | undefined,
        height: undefined as number | undefined,
        setWidth(w: number) {
          output.width = w;
          return output;
        },
        setHeight(h: number) {
          output.height = h;
          return output;
        },
        setTitle() {
          return output;
        },
        getContent: () => html,
      };
      return output;
    },
  };
  // A spreadsheet in Bangkok, as custom functions ask it for its time zone; a test may give its own.
  const spreadsheet = { getSpreadsheetTimeZone: () => 'Asia/Bangkok' };
  return { SpreadsheetApp: { getUi: () => uiService, getActiveSpreadsheet: () => spreadsheet }, HtmlService };
}

/** The script files of dist/, in the order the loader evaluates them (Apps Script's order does not matter to one file). */
export function scriptFiles(): string[] {
  return readdirSync(DIST)
    .filter((n) => n.endsWith('.js'))
    .sort();
}

/**
 * Loads dist/ (run `npm run build` first). `services` adds stand-ins (a spreadsheet, properties, a
 * lock); a SpreadsheetApp given there keeps the UI stand-in's getUi.
 */
export function loadDist(services: Record<string, unknown> = {}): AppsScriptProject {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`);
  const ui: UiRecord = { menuItems: [], menusAdded: 0, dialogs: [], alerts: [] };
  const base = standIns(ui);
  const spreadsheetApp = { ...(base.SpreadsheetApp as object), ...(services.SpreadsheetApp as object) };
  const context = createContext({ ...base, ...services, SpreadsheetApp: spreadsheetApp, console });
  const files: Record<string, string> = {};
  for (const name of scriptFiles()) {
    files[name] = readFileSync(join(DIST, name), 'utf8');
    runInContext(files[name], context, { filename: name });
  }
  return {
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`no global function ${name} in dist/`);
      return fn(...args);
    },
    evaluate: (expression) => runInContext(expression, context),
    files,
    ui,
  };
}
