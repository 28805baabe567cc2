/** The real services, wired: the open spreadsheet, SpreadsheetApp's factories, the document's properties and lock. */

import type { SheetsContext } from '../sheets/operations/context';
import type { DocumentLock } from './api';

/** The embedded font's file in dist/, written by the build (the print view's @font-face rules). */
export const PRINT_FONT_FILE = 'print-font';
/** The print dialog's size in pixels: wide enough for an A4 page's width at 96 dpi and its bar. */
const PRINT_DIALOG_SIZE = { width: 960, height: 680 } as const;

/** The context of the spreadsheet the add-in runs in. */
export function appsScriptContext(): SheetsContext {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    services: {
      newDataValidation: () => SpreadsheetApp.newDataValidation(),
      barChartType: Charts.ChartType.BAR,
      flush: () => SpreadsheetApp.flush(),
    },
    properties: PropertiesService.getDocumentProperties(),
    printing: {
      // An HTML file of its own (written by the build), not a string in the bundle: every custom
      // function call evaluates the whole bundle, and the font is most of a print view's weight.
      fontCss: () => HtmlService.createHtmlOutputFromFile(PRINT_FONT_FILE).getContent(),
      showDialog: (html, title) =>
        SpreadsheetApp.getUi().showModalDialog(
          HtmlService.createHtmlOutput(html)
            .setWidth(PRINT_DIALOG_SIZE.width)
            .setHeight(PRINT_DIALOG_SIZE.height),
          title,
        ),
    },
  };
}

/** The document lock; null where Apps Script has none (not in a document): the API then writes nothing. */
export function appsScriptLock(): DocumentLock | null {
  return LockService.getDocumentLock();
}
