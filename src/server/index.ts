/**
 * The Apps Script entry: everything Apps Script calls by name, and nothing else. The build bundles
 * this module as one IIFE under the global `ItaSheets` and writes a top-level function for each name
 * listed in `globals.ts` and for each function of `sidebarApi`, since Apps Script only sees top-level
 * function declarations. One bundle: the custom functions, the menu and its actions, and the sidebar's
 * API; whatever costs more than a function to make is made when first used, since Apps Script
 * evaluates the whole bundle on every execution, each custom-function call included.
 */

export { bahtTextFunction as BAHT_TEXT } from '../core/functions/baht-text-function';
export { itaOitFunction as ITA_OIT } from '../core/functions/ita-oit-function';
export { thaiDigitsFunction as THAI_DIGITS } from '../core/functions/thai-digits-function';
export { FISCAL_YEAR, ITA_GRADE, ITA_LEVEL, ITA_NEEDED, ITA_SCORE, THAI_DATE } from './custom-functions';
export { onInstall, onOpen, runMenu, showHelp, showSidebar } from './menu';
export { menuSelfTest } from './self-test-menu';
export { sidebarApi } from './sidebar-api';
