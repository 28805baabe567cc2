/** The in-memory workbook: SpreadsheetApp's surface in Node, for tests, the command line and the preview. */

export type { CallCounts } from './call-ledger';
export type { Borders, CellFormat, CellValue, ValidationRule } from './cell';
export { MemoryEmbeddedChart, MemoryEmbeddedChartBuilder } from './chart-builder';
export { MemoryDataValidation, MemoryDataValidationBuilder } from './data-validation';
export { MemoryDeveloperMetadata } from './developer-metadata';
export { FORMULA_VALUE, PLAIN_TEXT_FORMAT } from './entered-value';
export { type CellSnapshot, getFormulas, inspectCell, inspectSheet } from './inspect';
export type { JsonValue } from './json-value';
export { MemoryRange } from './memory-range';
export { MemoryRangeList } from './memory-range-list';
export { MemorySheet } from './memory-sheet';
export { MemoryWorkbook, type MemoryWorkbookOptions } from './memory-workbook';
export { PRINT_METADATA_KEY, type PrintMark } from './print-setup';
export { MemoryProtection } from './protection';
export { MEMORY_BAR_CHART_TYPE, memoryServices } from './services';
export type { CellJson, SheetJson, WorkbookJson } from './snapshot';
export { IMPORT_MESSAGES, REF_ERROR, spreadsheetIdOf } from './import-range';
export { MemoryNamedRange } from './memory-named-range';
export type { NamedRangeJson } from './snapshot';
export { WorkbookRegistry } from './workbook-registry';
