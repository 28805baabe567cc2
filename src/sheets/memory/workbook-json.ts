/**
 * The memory workbook saved as plain JSON and read back: every sheet's cells (values, formulas, the
 * apostrophe flag, formats, notes, dropdowns), merges, widths, frozen rows, size, metadata,
 * protections, charts and hidden flag, and the active sheet. Reading checks the file with zod and names
 * the path of what is wrong. Call counts and a pending fault are not saved.
 */

import * as z from 'zod';
import { a1 } from '../../core/layout/a1';
import type { Cell } from './cell';
import { intersects, isA1, lastColumnOf, lastRowOf, parseRegion, regionA1 } from './region';
import { newSheetState, type SheetState } from './sheet-state';
import { sameSheetName, type WorkbookState } from './workbook-state';

const CELL_NAME = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

const cellName = z.string().regex(CELL_NAME, { error: 'expected an A1 cell name like "B2"' });
const rangeName = z.string().refine((s) => s === s.toUpperCase() && !s.includes('$') && isA1(s), {
  error: 'expected an A1 range like "A1:C3"',
});
const whole = z.int().nonnegative();
const count = z.int().positive();
const flag = z.literal(true).optional();

const formatSchema = z.strictObject({
  fontFamily: z.string().optional(),
  fontSize: z.number().positive().optional(),
  bold: flag,
  fontColor: z.string().optional(),
  background: z.string().optional(),
  wrap: flag,
  horizontalAlignment: z.enum(['left', 'center', 'right']).optional(),
  verticalAlignment: z.enum(['top', 'middle', 'bottom']).optional(),
  numberFormat: z.string().optional(),
  border: z.strictObject({ top: flag, left: flag, bottom: flag, right: flag }).optional(),
});

const validationSchema = z.strictObject({
  values: z.array(z.string()),
  showDropdown: z.boolean(),
  allowInvalid: z.boolean(),
  helpText: z.string().optional(),
});

const cellSchema = z
  .strictObject({
    cell: cellName,
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    date: z.iso.datetime().optional(),
    formula: z.string().min(2).optional(),
    quotePrefix: flag,
    format: formatSchema.optional(),
    note: z.string().min(1).optional(),
    validation: validationSchema.optional(),
  })
  .refine((c) => [c.value, c.date, c.formula].filter((v) => v !== undefined).length <= 1, {
    error: 'a cell holds one of value, date or formula',
  })
  .refine((c) => c.quotePrefix === undefined || typeof c.value === 'string', {
    error: 'quotePrefix goes with a text value',
    path: ['quotePrefix'],
  });

const chartSchema = z.strictObject({
  type: z.string().optional(),
  ranges: z.array(z.string()),
  position: z
    .strictObject({
      anchorRow: z.number(),
      anchorColumn: z.number(),
      offsetX: z.number(),
      offsetY: z.number(),
    })
    .optional(),
  options: z.record(z.string(), z.json()),
});

const sheetSchema = z
  .strictObject({
    id: whole,
    name: z.string().min(1),
    hidden: z.boolean(),
    maxRows: count,
    maxColumns: count,
    frozenRows: whole,
    columnWidths: z.array(z.strictObject({ column: count, width: z.number().nonnegative() })),
    merges: z.array(rangeName),
    cells: z.array(cellSchema),
    metadata: z.array(z.strictObject({ id: whole, key: z.string(), value: z.string().nullable() })),
    protections: z.array(z.strictObject({ description: z.string(), warningOnly: z.boolean() })),
    charts: z.array(chartSchema),
  })
  .superRefine((sheet, ctx) => {
    const seen = new Set<string>();
    sheet.cells.forEach((c, i) => {
      if (!isA1(c.cell)) return; // already reported by the cell's own schema
      const { row, column } = parseRegion(c.cell);
      if (row > sheet.maxRows || column > sheet.maxColumns) {
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'cell'],
          message: `${c.cell} is outside the sheet's size`,
        });
      }
      if (seen.has(c.cell))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'cell'], message: `${c.cell} twice` });
      seen.add(c.cell);
    });
    // Merges that are not A1 were already reported by their own schema.
    const merges = sheet.merges.filter((m) => isA1(m)).map((m) => parseRegion(m));
    merges.forEach((m, i) => {
      if (lastRowOf(m) > sheet.maxRows || lastColumnOf(m) > sheet.maxColumns) {
        ctx.addIssue({ code: 'custom', path: ['merges', i], message: 'the merge is outside the sheet' });
      }
      if (merges.slice(0, i).some((other) => intersects(other, m))) {
        ctx.addIssue({ code: 'custom', path: ['merges', i], message: 'the merge overlaps another' });
      }
    });
    if (sheet.frozenRows >= sheet.maxRows) {
      ctx.addIssue({ code: 'custom', path: ['frozenRows'], message: 'every row is frozen' });
    }
  });

const workbookSchema = z
  .strictObject({
    format: z.literal('ita-sheets/memory-workbook'),
    version: z.literal(1),
    id: z.string(),
    name: z.string(),
    url: z.string(),
    activeSheetId: whole,
    sheets: z.array(sheetSchema).min(1),
  })
  .superRefine((book, ctx) => {
    book.sheets.forEach((sheet, i) => {
      const before = book.sheets.slice(0, i);
      if (before.some((s) => sameSheetName(s.name, sheet.name))) {
        ctx.addIssue({
          code: 'custom',
          path: ['sheets', i, 'name'],
          message: `a second sheet named "${sheet.name}"`,
        });
      }
      if (before.some((s) => s.id === sheet.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sheets', i, 'id'],
          message: `a second sheet with id ${sheet.id}`,
        });
      }
    });
    if (!book.sheets.some((s) => s.id === book.activeSheetId)) {
      ctx.addIssue({ code: 'custom', path: ['activeSheetId'], message: 'no sheet has this id' });
    }
    if (book.sheets.every((s) => s.hidden)) {
      ctx.addIssue({ code: 'custom', path: ['sheets'], message: 'every sheet is hidden' });
    }
  });

/** A saved workbook. */
export type WorkbookJson = z.infer<typeof workbookSchema>;
/** A saved sheet. */
export type SheetJson = z.infer<typeof sheetSchema>;
/** A saved cell: its A1 name and what it carries. */
export type CellJson = z.infer<typeof cellSchema>;

function cellToJson(row: number, column: number, cell: Cell): CellJson {
  const { value } = cell;
  return {
    cell: a1(row, column),
    ...(value instanceof Date ? { date: value.toISOString() } : value === undefined ? {} : { value }),
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
    ...(cell.quotePrefix ? { quotePrefix: true as const } : {}),
    ...(cell.format ? { format: structuredClone(cell.format) } : {}),
    ...(cell.note === undefined ? {} : { note: cell.note }),
    ...(cell.validation ? { validation: { ...cell.validation, values: [...cell.validation.values] } } : {}),
  };
}

/** One sheet as JSON (also what inspectSheet shows). */
export function sheetToJson(sheet: SheetState): SheetJson {
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    maxRows: sheet.grid.maxRows,
    maxColumns: sheet.grid.maxColumns,
    frozenRows: sheet.frozenRows,
    columnWidths: [...sheet.columnWidths.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, width]) => ({ column, width })),
    merges: sheet.merges.map(regionA1),
    cells: sheet.grid.cells().map(({ row, column, cell }) => cellToJson(row, column, cell)),
    metadata: sheet.metadata.map((m) => ({ ...m })),
    protections: sheet.protections.map((p) => ({ ...p })),
    charts: sheet.charts.map((c) => ({
      ...(c.type === undefined ? {} : { type: c.type }),
      ranges: [...c.ranges],
      ...(c.position === undefined ? {} : { position: { ...c.position } }),
      options: structuredClone({ ...c.options }),
    })),
  };
}

/** The saved form of a workbook. */
export function workbookToJson(state: WorkbookState): WorkbookJson {
  return {
    format: 'ita-sheets/memory-workbook',
    version: 1,
    id: state.id,
    name: state.name,
    url: state.url,
    activeSheetId: state.activeSheetId,
    sheets: state.sheets.map(sheetToJson),
  };
}

function sheetFromJson(json: SheetJson): SheetState {
  const sheet = newSheetState(json.id, json.name);
  sheet.hidden = json.hidden;
  sheet.grid.maxRows = json.maxRows;
  sheet.grid.maxColumns = json.maxColumns;
  sheet.frozenRows = json.frozenRows;
  for (const { column, width } of json.columnWidths) sheet.columnWidths.set(column, width);
  sheet.merges = json.merges.map((m) => parseRegion(m));
  for (const c of json.cells) {
    const { row, column } = parseRegion(c.cell);
    const cell = sheet.grid.touch(row, column);
    if (c.date !== undefined) cell.value = new Date(c.date);
    if (c.value !== undefined) cell.value = c.value;
    if (c.formula !== undefined) cell.formula = c.formula;
    if (c.quotePrefix) cell.quotePrefix = true;
    if (c.format) cell.format = structuredClone(c.format);
    if (c.note !== undefined) cell.note = c.note;
    if (c.validation) cell.validation = c.validation;
  }
  sheet.metadata = json.metadata.map((m) => ({ ...m }));
  sheet.protections = json.protections.map((p) => ({ ...p }));
  sheet.charts = json.charts.map((c) => ({ ...c }));
  return sheet;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  );
}

/** The workbook state a saved file describes; throws naming the path of each problem (up to five). */
export function workbookFromJson(json: unknown): WorkbookState {
  const parsed = workbookSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${pathText(i.path) || '(the file)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new Error(`MemoryWorkbook.fromJSON: not a saved memory workbook: ${problems.join('; ')}${more}`);
  }
  const book = parsed.data;
  const sheets = book.sheets.map(sheetFromJson);
  const metadataIds = sheets.flatMap((s) => s.metadata.map((m) => m.id));
  return {
    id: book.id,
    name: book.name,
    url: book.url,
    sheets,
    activeSheetId: book.activeSheetId,
    nextSheetId: Math.max(...sheets.map((s) => s.id)) + 1,
    nextMetadataId: Math.max(0, ...metadataIds) + 1,
  };
}
