/**
 * The Apps Script entry: everything Apps Script calls by name, and nothing else. The build bundles
 * this module as one IIFE under the global `ItaSheets` and writes a top-level function for each name
 * listed in `globals.ts`, since Apps Script only sees top-level function declarations. It holds the
 * custom functions and the menu; the sidebar's and the menu's work is in the app part (app.ts),
 * loaded on demand.
 */

export { bahtTextFunction as BAHT_TEXT } from '../core/functions/baht-text-function';
export { itaOitFunction as ITA_OIT } from '../core/functions/ita-oit-function';
export { thaiDigitsFunction as THAI_DIGITS } from '../core/functions/thai-digits-function';
export { FISCAL_YEAR, ITA_GRADE, ITA_NEEDED, ITA_SCORE, THAI_DATE } from './custom-functions';
export { onInstall, onOpen, runMenu, showHelp, showSidebar } from './menu';
export {
  appendRecord,
  createDocumentTab,
  getActiveContext,
  getProfile,
  listDocumentTabs,
  makeReport,
  readRecords,
  rolloverTab,
  saveProfile,
  selectCell,
  structureActiveTab,
  updateRecord,
  validateTab,
} from './sidebar-entry';
