/**
 * The Apps Script entry: everything Apps Script calls by name, and nothing else. The build bundles
 * this module as one IIFE under the global `ItaSheets` and writes a top-level function for each name
 * listed in `globals.ts`, since Apps Script only sees top-level function declarations. It holds the
 * custom functions and the menu; the sidebar's and the menu's work is in the app part (app.ts),
 * loaded on demand.
 */

export { bahtTextFunction as BAHT_TEXT } from '../core/functions/baht-text-function';
export { fiscalYearFunction as FISCAL_YEAR } from '../core/functions/fiscal-year-function';
export { itaGradeFunction as ITA_GRADE } from '../core/functions/ita-grade-function';
export { itaNeededFunction as ITA_NEEDED } from '../core/functions/ita-needed-function';
export { itaOitFunction as ITA_OIT } from '../core/functions/ita-oit-function';
export { itaScoreFunction as ITA_SCORE } from '../core/functions/ita-score-function';
export { thaiDateFunction as THAI_DATE } from '../core/functions/thai-date-function';
export { thaiDigitsFunction as THAI_DIGITS } from '../core/functions/thai-digits-function';
export { menuSelfTest, onInstall, onOpen, runMenu, showHelp, showSidebar } from './menu';
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
} from './sidebar-entry';
