/** Menu › ตรวจการติดตั้ง: the installation check of src/sheets/operations/self-test.ts, wired to the real services. */

import { runSelfTest, selfTestMessage } from '../sheets/operations/self-test';
import { appsScriptContext, appsScriptLock, PRINT_FONT_FILE } from './apps-script-context';
import { HELP_FILE, SIDEBAR_FILE } from './menu';

/** Runs the check on a scratch tab and tells the owner, in an alert, what passed. */
export function menuSelfTest(): void {
  const report = runSelfTest(appsScriptContext(), {
    // What `clasp push` must have sent besides the script: the sidebar, the help page and the print
    // view's font (Apps Script throws "No HTML file named …" for a missing one).
    loadApp: () =>
      [SIDEBAR_FILE, HELP_FILE, PRINT_FONT_FILE].map((file) => HtmlService.createHtmlOutputFromFile(file)),
    lock: appsScriptLock,
  });
  for (const step of report.steps)
    if (!step.ok) console.error(`ita-sheets self-test: ${step.name}: ${step.detail}`);
  const ui = SpreadsheetApp.getUi();
  ui.alert('ita-sheets: ตรวจการติดตั้ง', selfTestMessage(report), ui.ButtonSet.OK);
}
