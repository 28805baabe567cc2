/** The add-on menu and the help dialog: Apps Script wiring only. */

import { CATALOG } from '../core/functions/catalog';
import { renderHelpPage } from '../core/help/help-page';

export const MENU_HELP_TH = 'วิธีใช้ฟังก์ชัน (Functions help)';
const HELP_TITLE = 'ita-sheets: ฟังก์ชัน ITA และภาษาไทย';

/** Builds the add-on menu; runs in every auth mode, so it touches nothing but the UI. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(MENU_HELP_TH, 'showHelp').addToUi();
}

/** An add-on installed from the Marketplace gets onInstall, not onOpen, in the open spreadsheet. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the dialog that lists the functions with Thai examples. */
export function showHelp(): void {
  const page = HtmlService.createHtmlOutput(renderHelpPage(CATALOG)).setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, HELP_TITLE);
}
