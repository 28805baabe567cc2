/**
 * The preview's save file: the memory workbook's plain JSON (src/sheets/memory/snapshot.ts) read back
 * from a file, checked with its schema, which names the path of what is wrong. Call counts and a pending
 * fault are not saved.
 */

import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { checker, record, strictObject } from '../core/problems/schema-check';
import { BANGKOK, isTimeZone } from '../core/thai/time-zone';
import type { JsonValue } from '../sheets/memory/json-value';
import { MemoryWorkbook } from '../sheets/memory/memory-workbook';
import { intersects, isA1, lastColumnOf, lastRowOf, parseRegion } from '../sheets/memory/region';
import { assertRangeName, sameRangeName } from '../sheets/memory/named-ranges';
import { newSheetState, type SheetState } from '../sheets/memory/sheet-state';
import type { CellJson, SheetJson, WorkbookJson } from '../sheets/memory/snapshot';
import { sameSheetName, type WorkbookState } from '../sheets/memory/workbook-state';

const CELL_NAME = /^[A-Z]{1,3}[1-9]\d{0,7}$/;
// RFC 3339 in UTC with seconds, as toISOString writes it; the day is checked against the calendar below.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDateTime(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

function isJson(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object') return false;
  // A plain object of any realm (structuredClone's come from Node's own): its prototype is an Object.prototype.
  const prototype: unknown = Object.getPrototypeOf(value);
  const plain =
    prototype === null || Object.getOwnPropertyDescriptor(prototype, 'isPrototypeOf') !== undefined;
  return plain && Object.values(value).every(isJson);
}

/** A whole-object check: `add` reports an issue at a path of keys from the object it checks. */
function wholeCheck<T>(
  check: (value: T, add: (path: readonly (string | number)[], message: string) => void) => void,
): zc.CheckFn<T> {
  return (payload) =>
    check(payload.value, (path, message) =>
      payload.issues.push({ code: 'custom', input: payload.value, path: [...path], message }),
    );
}

const strict = <const E extends zc.$ZodLooseShape>(entries: E) =>
  strictObject(entries, 'expected an object', (keys) =>
    keys.length === 1
      ? `an unknown key "${keys[0]}"`
      : `unknown keys ${keys.map((k) => `"${k}"`).join(', ')}`,
  );

// zod's number is finite: Infinity and NaN are refused.
const number = z.number();
const cellName = z.string().check(z.regex(CELL_NAME, 'expected an A1 cell name like "B2"'));
const rangeName = z
  .string()
  .check(
    z.refine(
      (s) => s === s.toUpperCase() && !s.includes('$') && isA1(s),
      'expected an A1 range like "A1:C3"',
    ),
  );
const whole = z.int().check(z.gte(0));
const count = z.int().check(z.gte(1));
const flag = z.optional(z.literal(true));

const formatSchema = strict({
  fontFamily: z.optional(z.string()),
  fontSize: z.optional(z.number().check(z.gt(0))),
  bold: flag,
  fontColor: z.optional(z.string()),
  background: z.optional(z.string()),
  wrap: flag,
  horizontalAlignment: z.optional(z.enum(['left', 'center', 'right'])),
  verticalAlignment: z.optional(z.enum(['top', 'middle', 'bottom'])),
  numberFormat: z.optional(z.string()),
  border: z.optional(strict({ top: flag, left: flag, bottom: flag, right: flag })),
});

const validationSchema = strict({
  values: z.array(z.string()),
  showDropdown: z.boolean(),
  allowInvalid: z.boolean(),
  helpText: z.optional(z.string()),
});

const cellSchema = strict({
  cell: cellName,
  value: z.optional(z.union([z.string(), number, z.boolean()])),
  date: z.optional(
    z.string().check(z.refine(isDateTime, 'expected an ISO date-time like "2025-01-31T17:00:00.000Z"')),
  ),
  formula: z.optional(z.string().check(z.minLength(2))),
  quotePrefix: flag,
  format: z.optional(formatSchema),
  note: z.optional(z.string().check(z.minLength(1))),
  validation: z.optional(validationSchema),
}).check(
  z.refine(
    (c) => [c.value, c.date, c.formula].filter((x) => x !== undefined).length <= 1,
    'a cell holds one of value, date or formula',
  ),
  z.refine((c) => c.quotePrefix === undefined || typeof c.value === 'string', {
    error: 'quotePrefix goes with a text value',
    path: ['quotePrefix'],
  }),
);

const chartSchema = strict({
  type: z.optional(z.string()),
  ranges: z.array(z.string()),
  position: z.optional(strict({ anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number })),
  options: record(z.custom<JsonValue>(isJson, 'expected a JSON value'), 'expected an object'),
});

const sheetSchema = strict({
  id: whole,
  name: z.string().check(z.minLength(1)),
  hidden: z.boolean(),
  maxRows: count,
  maxColumns: count,
  frozenRows: whole,
  columnWidths: z.array(strict({ column: count, width: z.number().check(z.gte(0)) })),
  merges: z.array(rangeName),
  cells: z.array(cellSchema),
  metadata: z.array(strict({ id: whole, key: z.string(), value: z.nullable(z.string()) })),
  protections: z.array(strict({ description: z.string(), warningOnly: z.boolean() })),
  charts: z.array(chartSchema),
}).check(
  wholeCheck((sheet, addIssue) => {
    const seen = new Set<string>();
    sheet.cells.forEach((c, i) => {
      if (!isA1(c.cell)) return; // already reported by the cell's own schema
      const { row, column } = parseRegion(c.cell);
      if (row > sheet.maxRows || column > sheet.maxColumns) {
        addIssue(['cells', i, 'cell'], `${c.cell} is outside the sheet's size`);
      }
      if (seen.has(c.cell)) addIssue(['cells', i, 'cell'], `${c.cell} twice`);
      seen.add(c.cell);
    });
    // Merges that are not A1 were already reported by their own schema.
    const merges = sheet.merges.filter((m) => isA1(m)).map((m) => parseRegion(m));
    merges.forEach((m, i) => {
      if (lastRowOf(m) > sheet.maxRows || lastColumnOf(m) > sheet.maxColumns) {
        addIssue(['merges', i], 'the merge is outside the sheet');
      }
      if (merges.slice(0, i).some((other) => intersects(other, m))) {
        addIssue(['merges', i], 'the merge overlaps another');
      }
    });
    if (sheet.frozenRows >= sheet.maxRows) {
      addIssue(['frozenRows'], 'every row is frozen');
    }
  }),
);

function validRangeName(name: string): boolean {
  try {
    assertRangeName(name);
    return true;
  } catch {
    return false;
  }
}

const workbookSchema = strict({
  format: z.literal('ita-sheets/memory-workbook'),
  version: z.literal(1),
  id: z.string(),
  name: z.string(),
  url: z.string(),
  activeSheetId: whole,
  /** Absent in files saved before the workbook kept one: Asia/Bangkok. */
  timeZone: z.optional(
    z.string().check(z.refine(isTimeZone, 'expected an IANA time zone like "Asia/Bangkok"')),
  ),
  sheets: z.array(sheetSchema).check(z.minLength(1)),
  namedRanges: z.optional(
    z.array(
      strict({
        name: z.string().check(z.refine(validRangeName, 'not a name Sheets takes for a named range')),
        sheetId: whole,
        range: z.string().check(z.refine(isA1, 'expected an A1 range like "A1:C40"')),
      }),
    ),
  ),
}).check(
  wholeCheck((book, addIssue) => {
    book.sheets.forEach((sheet, i) => {
      const before = book.sheets.slice(0, i);
      if (before.some((s) => sameSheetName(s.name, sheet.name))) {
        addIssue(['sheets', i, 'name'], `a second sheet named "${sheet.name}"`);
      }
      if (before.some((s) => s.id === sheet.id)) {
        addIssue(['sheets', i, 'id'], `a second sheet with id ${sheet.id}`);
      }
    });
    if (!book.sheets.some((s) => s.id === book.activeSheetId)) {
      addIssue(['activeSheetId'], 'no sheet has this id');
    }
    if (book.sheets.every((s) => s.hidden)) {
      addIssue(['sheets'], 'every sheet is hidden');
    }
    (book.namedRanges ?? []).forEach((named, i) => {
      if (!book.sheets.some((s) => s.id === named.sheetId)) {
        addIssue(['namedRanges', i, 'sheetId'], 'no sheet has this id');
      }
      if ((book.namedRanges ?? []).slice(0, i).some((n) => sameRangeName(n.name, named.name))) {
        addIssue(['namedRanges', i, 'name'], `a second named range "${named.name}"`);
      }
    });
  }),
);

const workbookChecker = checker(workbookSchema);

// The schema reads exactly the snapshot the memory workbook writes: each type is the other's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SAME: [
  Same<z.output<typeof workbookSchema>, WorkbookJson>,
  Same<z.output<typeof sheetSchema>, SheetJson>,
  Same<z.output<typeof cellSchema>, CellJson>,
] = [true, true, true];
void SAME;

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
function workbookFromJson(json: unknown): WorkbookState {
  const parsed = workbookChecker.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${pathText(i.path) || '(the file)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new Error(`readWorkbookJson: not a saved memory workbook: ${problems.join('; ')}${more}`);
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
    timeZone: book.timeZone ?? BANGKOK,
    nextSheetId: Math.max(...sheets.map((s) => s.id)) + 1,
    nextMetadataId: Math.max(0, ...metadataIds) + 1,
    namedRanges: (book.namedRanges ?? []).map((n) => ({
      name: n.name,
      sheetId: n.sheetId,
      region: parseRegion(n.range),
    })),
  };
}

/** The memory workbook a saved file describes (its toJSON, read back): readWorkbookJson(w.toJSON()) is w again. */
export function readWorkbookJson(json: unknown): MemoryWorkbook {
  return MemoryWorkbook.fromState(workbookFromJson(json));
}
