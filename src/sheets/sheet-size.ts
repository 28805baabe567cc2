/** Growing a tab before writing past its size: Sheets refuses such a range instead of growing the tab. */

import type { SheetApi } from './spreadsheet-api';

/** Makes the tab at least `rows` × `columns`; at most four calls, whatever the sizes. */
export function ensureSheetSize(sheet: SheetApi, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
