/** The add-on menu and the help dialog: Apps Script wiring only; a menu action runs through the sidebar's API. */

import {
  CREATE_ITEMS,
  MENU_ITEMS,
  type MenuItem,
  PRINT_ITEM,
  REPORT_ITEMS,
  ROLLOVER_ITEMS,
  STRUCTURE_ITEMS,
  SUMMARY_ITEM,
  ROLLUP_ITEMS,
  VALIDATE_ITEM,
} from './menu-actions';
import { runMenuAction } from './menu-runner';
import { sidebarApi } from './sidebar-api';

export const MENU_HELP_TH = 'วิธีใช้ฟังก์ชัน (Functions help)';
export const MENU_SELF_TEST_TH = 'ตรวจการติดตั้ง (Check the installation)';
const HELP_TITLE = 'ita-sheets: ฟังก์ชัน ITA และภาษาไทย';

/** Builds the add-on menu; runs in every auth mode, so it touches nothing but the UI. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const submenu = (caption: string, items: readonly MenuItem[]) => {
    const menu = ui.createMenu(caption);
    for (const item of items) menu.addItem(item.caption, item.global);
    return menu;
  };
  ui.createAddonMenu()
    .addItem(MENU_SIDEBAR_TH, 'showSidebar')
    .addSubMenu(submenu('สร้างแท็บเอกสาร (New document tab)', CREATE_ITEMS))
    .addSubMenu(submenu('จัดโครงสร้างแท็บที่วางมา (Structure the pasted tab)', STRUCTURE_ITEMS))
    .addItem(VALIDATE_ITEM.caption, VALIDATE_ITEM.global)
    .addSubMenu(submenu('สร้างรายงาน (Make a report)', REPORT_ITEMS))
    .addItem(PRINT_ITEM.caption, PRINT_ITEM.global)
    .addSubMenu(submenu('ปีงบประมาณใหม่ (New fiscal year)', ROLLOVER_ITEMS))
    .addItem(SUMMARY_ITEM.caption, SUMMARY_ITEM.global)
    .addSubMenu(submenu('ภาพรวมอำเภอ (District roll-up)', ROLLUP_ITEMS))
    .addSeparator()
    .addItem(MENU_HELP_TH, 'showHelp')
    .addItem(MENU_SELF_TEST_TH, 'menuSelfTest')
    .addToUi();
}

/**
 * An error that escaped every check (the API answers its own failures): into Apps Script's executions
 * log, and to the officer as what it is, a bug, in Thai.
 */
function reportBug(operation: string, error: unknown): void {
  // Duck-typed: an error thrown by a service stand-in may come from another realm than this bundle's.
  const { message, stack } = (typeof error === 'object' && error !== null ? error : {}) as Partial<Error>;
  console.error(`ita-sheets: ${operation} failed unexpectedly`, stack ?? error);
  const reason = message ?? String(error);
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    'ita-sheets',
    `ทำรายการไม่สำเร็จ: ${reason} ข้อมูลเดิมไม่สูญหาย นี่เป็นข้อบกพร่องของ ita-sheets โปรดแจ้งผู้ดูแลพร้อมข้อความนี้ ` +
      `(the operation failed: ${reason}; nothing was lost; it is a bug in ita-sheets: tell the add-in's owner, with this message)`,
    ui.ButtonSet.OK,
  );
}

/** Runs the menu item whose global is `global` on the active tab and tells the officer the outcome. */
export function runMenu(global: string): void {
  const item = MENU_ITEMS.find((i) => i.global === global);
  if (!item) throw new Error(`runMenu: bug: no menu item ${global}`);
  try {
    const active = SpreadsheetApp.getActiveSheet().getSheetId();
    const message = runMenuAction(sidebarApi, active, item.action);
    // Empty when the action opened a dialog of its own (the print view), which an alert would replace.
    if (message === '') return;
    const ui = SpreadsheetApp.getUi();
    ui.alert('ita-sheets', message, ui.ButtonSet.OK);
  } catch (error) {
    reportBug(global, error);
  }
}

/** An add-on installed from the Marketplace gets onInstall, not onOpen, in the open spreadsheet. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** The sidebar's file in dist/, built from sidebar/ by the build. */
export const SIDEBAR_FILE = 'sidebar';
export const MENU_SIDEBAR_TH = 'เปิดแถบข้าง: ข้อมูลหน่วยงาน เอกสาร รายงาน (Open the sidebar)';

/** Opens the sidebar. */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('ita-sheets');
  SpreadsheetApp.getUi().showSidebar(page);
}

/** The help page's file in dist/, written by the build from the catalog: static, so not in the bundle. */
export const HELP_FILE = 'help';

/** Opens the dialog that lists the functions with Thai examples. */
export function showHelp(): void {
  const page = HtmlService.createHtmlOutputFromFile(HELP_FILE).setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, HELP_TITLE);
}
