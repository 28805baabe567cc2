/** The SpreadsheetApp factories and Charts constants for the memory workbook. */

import type { SheetsServices } from '../spreadsheet-api';
import { CallLedger } from './call-ledger';
import { MemoryDataValidationBuilder } from './data-validation';
import { STATE } from './internal';
import type { MemoryWorkbook } from './memory-workbook';

/** The stand-in for Charts.ChartType.BAR, which only Apps Script has: its name, as the enum prints. */
export const MEMORY_BAR_CHART_TYPE = 'BAR' as unknown as GoogleAppsScript.Charts.ChartType;

/**
 * SheetsServices over the memory workbook: given one, its builders' calls are counted (and can fail)
 * with the workbook's, as "SpreadsheetApp.newDataValidation", "SpreadsheetApp.flush" and "DataValidationBuilder.*".
 */
export function memoryServices(workbook?: MemoryWorkbook): SheetsServices {
  const ledger = workbook ? workbook[STATE].ledger : new CallLedger(() => 'Service Spreadsheets failed.');
  return {
    newDataValidation: () => {
      ledger.enter('SpreadsheetApp.newDataValidation');
      return new MemoryDataValidationBuilder(ledger);
    },
    barChartType: MEMORY_BAR_CHART_TYPE,
    // The memory workbook applies every change at once: a flush is only counted.
    flush: () => ledger.enter('SpreadsheetApp.flush'),
  };
}
