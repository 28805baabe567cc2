/**
 * The part of SpreadsheetApp the add-in uses, as interfaces: the real Apps Script objects satisfy them
 * (checked at the bottom of this file), and so does the in-memory workbook, so the very adapter code
 * that runs in Sheets runs in tests, the command line and the local preview.
 */

type ChartType = GoogleAppsScript.Charts.ChartType;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** Formats that can be set on a range or on a list of ranges in one call. */
export interface FormatApi<Self> {
  setFontFamily(fontFamily: string | null): Self;
  setFontSize(size: number): Self;
  setFontWeight(fontWeight: FontWeight | null): Self;
  setFontColor(color: string | null): Self;
  setBackground(color: string | null): Self;
  setWrap(isWrapEnabled: boolean): Self;
  setHorizontalAlignment(alignment: string | null): Self;
  setVerticalAlignment(alignment: string | null): Self;
  setNumberFormat(numberFormat: string): Self;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): Self;
  setNote(note: string | null): Self;
  clearNote(): Self;
}

export interface RangeApi extends FormatApi<RangeApi> {
  getValues(): unknown[][];
  /** The formula of each cell ("=A2*2"), '' where a cell holds none. */
  getFormulas(): string[][];
  setValues(values: unknown[][]): RangeApi;
  getNotes(): string[][];
  setNotes(notes: (string | null)[][]): RangeApi;
  getBackgrounds(): string[][];
  /** "@" for a cell formatted as plain text, where Sheets keeps a written apostrophe as a character. */
  getNumberFormats(): string[][];
  getA1Notation(): string;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  merge(): RangeApi;
  /** The merged blocks inside the range or sharing a cell with it (one call). */
  getMergedRanges(): RangeApi[];
  setDataValidation(rule: DataValidationApi | null): RangeApi;
}

export interface RangeListApi extends FormatApi<RangeListApi> {
  getRanges(): RangeApi[];
}

export interface DeveloperMetadataApi {
  getKey(): string;
  getValue(): string | null;
  remove(): void;
}

export interface ProtectionApi {
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  setDescription(description: string): ProtectionApi;
}

/** A built data-validation rule: opaque to the adapter. */
export type DataValidationApi = object;

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

/** A built chart: opaque to the adapter. */
export type EmbeddedChartApi = object;

export interface EmbeddedChartBuilderApi {
  setChartType(type: ChartType): EmbeddedChartBuilderApi;
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderApi;
  setOption(option: string, value: unknown): EmbeddedChartBuilderApi;
  build(): EmbeddedChartApi;
}

export interface SheetApi {
  getName(): string;
  setName(name: string): SheetApi;
  getSheetId(): number;
  getIndex(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getRangeList(a1Notations: string[]): RangeListApi;
  getDataRange(): RangeApi;
  /** The officer's selection on this tab (A1 when nothing was selected). */
  getActiveRange(): RangeApi | null;
  /** Selects a range and shows its tab, as clicking a problem in the sidebar does. */
  setActiveSelection(a1Notation: string): RangeApi;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  addDeveloperMetadata(key: string, value: string): SheetApi;
  getDeveloperMetadata(): DeveloperMetadataApi[];
  protect(): ProtectionApi;
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  hideSheet(): SheetApi;
  isSheetHidden(): boolean;
  /** The spreadsheet of this tab: its time zone is how its date cells are read. */
  getParent(): SpreadsheetApi;
}

/** A named range (Data › Named ranges): what IMPORTRANGE of another spreadsheet can name. */
export interface NamedRangeApi {
  getName(): string;
  getRange(): RangeApi;
  remove(): void;
}

export interface SpreadsheetApi {
  getId(): string;
  getUrl(): string;
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  /** The IANA time zone of File › Settings: a date cell is midnight of its day there. */
  getSpreadsheetTimeZone(): string;
  /** Names a range (replacing the range of a name already taken). */
  setNamedRange(name: string, range: RangeApi): void;
  /** The range of a name, or null when there is none. */
  getRangeByName(name: string): RangeApi | null;
  getNamedRanges(): NamedRangeApi[];
}

/** The factories and constants of SpreadsheetApp and Charts that are not reached from a spreadsheet. */
export interface SheetsServices {
  newDataValidation(): DataValidationBuilderApi;
  /** Charts.ChartType.BAR: a value only Apps Script has. */
  readonly barChartType: ChartType;
  /** SpreadsheetApp.flush(): applies the pending changes (before the document lock is released). */
  flush(): void;
}

// Compile-time proof that the real Apps Script objects satisfy these interfaces.
type Satisfies<Real, Api> = Real extends Api ? true : never;
export const REAL_APPS_SCRIPT_FITS: [
  Satisfies<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Sheet, SheetApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Range, RangeApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.RangeList, RangeListApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadataApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Protection, ProtectionApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.NamedRange, NamedRangeApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilderApi>,
] = [true, true, true, true, true, true, true, true, true];
