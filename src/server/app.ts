/**
 * The part of the add-in that works on the spreadsheet: the sidebar's API and the menu's actions,
 * with the structurer, validation and reports behind them. The build writes it to an HTML file of
 * the project, which Apps Script does not evaluate on every execution (it does every .gs file), and
 * app-loader.ts evaluates it when a sidebar or menu call first needs it. Custom functions and onOpen,
 * which run far more often, load only the small bundle of index.ts.
 */

import { runSelfTest, selfTestMessage } from '../sheets/operations/self-test';
import { createServerApi } from './api';
import { appsScriptContext, appsScriptLock } from './apps-script-context';
import { MENU_ITEMS } from './menu-actions';
import { runMenuAction } from './menu-runner';

export {
  appendRecord,
  createDocumentTab,
  getActiveContext,
  getProfile,
  listDocumentTabs,
  makeReport,
  readRecords,
  saveProfile,
  selectCell,
  structureActiveTab,
  updateRecord,
  validateTab,
} from './sidebar-api';

/** Runs the menu item whose global is `global` on the active tab and tells the officer the outcome. */
export function runMenu(global: string): void {
  const item = MENU_ITEMS.find((i) => i.global === global);
  if (!item) throw new Error(`runMenu: bug: no menu item ${global}`);
  const api = createServerApi(appsScriptContext, appsScriptLock);
  const active = SpreadsheetApp.getActiveSheet().getSheetId();
  SpreadsheetApp.getUi().alert(
    'ita-sheets',
    runMenuAction(api, active, item.action),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

/** Menu › ตรวจการติดตั้ง: the installation check on a scratch tab, its outcome in an alert. */
export function runSelfTestMenu(): void {
  const report = runSelfTest(appsScriptContext(), {
    // Running here means the app part loaded; what is left to prove is that its API builds.
    loadApp: () => createServerApi(appsScriptContext, appsScriptLock),
    lock: appsScriptLock,
  });
  for (const step of report.steps)
    if (!step.ok) console.error(`ita-sheets self-test: ${step.name}: ${step.detail}`);
  SpreadsheetApp.getUi().alert(
    'ita-sheets: ตรวจการติดตั้ง',
    selfTestMessage(report),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
