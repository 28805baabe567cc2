/** The real services, wired: the open spreadsheet, SpreadsheetApp's factories, the document's properties and lock. */

import type { SheetsContext } from '../sheets/operations/context';
import type { DocumentLock } from './api';

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
  };
}

/** The document lock; null where Apps Script has none (not in a document): the API then writes nothing. */
export function appsScriptLock(): DocumentLock | null {
  return LockService.getDocumentLock();
}
