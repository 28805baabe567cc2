/**
 * Evaluates the formulas of the preview's grid as Sheets would show them: every formula cell of a tab,
 * each reference read (a formula cell computed first, so a cell that depends on an edited one is
 * computed again at every drawing), each custom function called with what Sheets passes (one cell: its
 * value; a range: rows of values, '' for an empty cell; a date cell: a Date). An error is shown as
 * Sheets shows it, with its message for the cell's hover: #ERROR! (parse error, or the function threw),
 * #NAME? (no such function), #VALUE! (arithmetic on text), #DIV/0!, #NUM!, #REF! (a circular reference).
 */

import { a1, parseA1 } from '../../core/layout/a1';
import type { CellJson } from '../../sheets/memory';
import { type Expr, parseFormula } from './parse-formula';

/** The most cells of a range the preview computes: ten times ITA_SCORE's 10,000 rows of 10 indicators. */
export const MAX_RANGE_CELLS = 1_000_000;

export type SheetErrorCode = '#ERROR!' | '#NAME?' | '#VALUE!' | '#DIV/0!' | '#NUM!' | '#REF!';

/** An error value, as a cell shows it, and its message. */
export interface SheetError {
  readonly error: SheetErrorCode;
  readonly message: string;
}

export type Scalar = number | string | boolean | Date;
type Value = Scalar | SheetError | Value[][];

/** A custom function as the built project holds it. */
export type SheetFunction = (...args: unknown[]) => unknown;

/** What the evaluator reads: the cells of a tab by name (the shown tab when the name is undefined). */
export interface FormulaWorkbook {
  cells(sheet: string | undefined): ReadonlyMap<string, CellJson> | undefined;
  /** The custom functions by name, or why there are none (the project not built). */
  readonly functions: ReadonlyMap<string, SheetFunction> | { readonly missing: string };
}

/** What a formula cell shows: its value, or an error and its message. */
export type Computed = { readonly value: Scalar } | SheetError;

export function isSheetError(value: unknown): value is SheetError {
  return typeof value === 'object' && value !== null && 'error' in value && 'message' in value;
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

function fail(error: SheetErrorCode, message: string): SheetError {
  return { error, message };
}

/** The first error among the values of a range, if any. */
function firstError(value: Value): SheetError | undefined {
  if (isSheetError(value)) return value;
  if (Array.isArray(value)) {
    for (const row of value) for (const v of row) if (isSheetError(v)) return v;
  }
  return undefined;
}

function toNumber(value: Value): number | SheetError {
  if (isSheetError(value)) return value;
  if (Array.isArray(value)) return toNumber(value[0]?.[0] ?? '');
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isDate(value)) return value.getTime() / 86_400_000 + 25_569;
  if (value.trim() === '') return 0;
  const n = Number(value);
  return Number.isFinite(n)
    ? n
    : fail(
        '#VALUE!',
        `Function expects number values. But '${value}' is a text and cannot be coerced to a number.`,
      );
}

function toText(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return String(value);
}

/** A function's result as one cell shows it: the top-left of rows, '' for nothing. */
function fromResult(result: unknown): Value {
  let value = result;
  while (Array.isArray(value)) value = value[0];
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : fail('#NUM!', 'The function gave a number that is not finite.');
  }
  if (typeof value === 'string' || typeof value === 'boolean' || isDate(value)) return value;
  return fail('#VALUE!', 'The function gave a value a cell cannot hold.');
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

/** The formulas of one tab, computed (memoized per evaluation, circular references refused). */
export function evaluateFormulas(workbook: FormulaWorkbook): Map<string, Computed> {
  const done = new Map<string, Value>();
  const running = new Set<string>();
  const shown = workbook.cells(undefined);

  function cellValue(sheet: string | undefined, row: number, column: number): Value {
    const cells = workbook.cells(sheet);
    if (!cells) return fail('#REF!', `Unresolved sheet name '${sheet}'.`);
    const name = a1(row, column);
    const key = `${sheet ?? ''}!${name}`;
    const known = done.get(key);
    if (known !== undefined) return known;
    const cell = cells.get(name);
    if (!cell) return '';
    if (cell.formula === undefined) {
      if (cell.date !== undefined) return new Date(cell.date);
      return cell.value ?? '';
    }
    if (running.has(key)) return fail('#REF!', 'Circular dependency detected.');
    running.add(key);
    const value = formulaValue(cell.formula, sheet);
    running.delete(key);
    done.set(key, value);
    return value;
  }

  function formulaValue(formula: string, sheet: string | undefined): Value {
    const parsed = parseFormula(formula);
    if (!parsed.ok) return fail('#ERROR!', `Formula parse error: ${parsed.message}.`);
    return evaluate(parsed.expr, sheet);
  }

  function call(name: string, args: readonly Expr[], sheet: string | undefined): Value {
    const functions = workbook.functions;
    if ('missing' in functions) return fail('#NAME?', `Unknown function: '${name}'. ${functions.missing}`);
    const fn = functions.get(name);
    if (!fn) return fail('#NAME?', `Unknown function: '${name}'.`);
    const values = args.map((arg) => evaluate(arg, sheet));
    for (const value of values) {
      const error = firstError(value);
      if (error) return error;
    }
    try {
      return fromResult(fn(...values));
    } catch (error) {
      return fail('#ERROR!', messageOf(error));
    }
  }

  function evaluate(expr: Expr, sheet: string | undefined): Value {
    switch (expr.kind) {
      case 'number':
      case 'text':
      case 'boolean':
        return expr.value;
      case 'cell':
        return cellValue(expr.sheet ?? sheet, expr.row, expr.column);
      case 'range':
        // The preview computes each cell of a range in Node: past this it answers an error rather than
        // hanging every draw of the tab (and every restart, the formula being saved).
        if (expr.rows * expr.columns > MAX_RANGE_CELLS) {
          return fail(
            '#ERROR!',
            `ช่วงใหญ่เกินกว่าที่หน้าตัวอย่างคำนวณได้ (${(expr.rows * expr.columns).toLocaleString('en-US')} เซลล์ เกิน ${MAX_RANGE_CELLS.toLocaleString('en-US')}) ` +
              '(the range is larger than the preview computes)',
          );
        }
        return Array.from({ length: expr.rows }, (_, r) =>
          Array.from({ length: expr.columns }, (_, c) =>
            cellValue(expr.sheet ?? sheet, expr.row + r, expr.column + c),
          ),
        );
      case 'call':
        return call(expr.name, expr.args, sheet);
      case 'negate': {
        const n = toNumber(evaluate(expr.operand, sheet));
        return isSheetError(n) ? n : -n;
      }
      case 'binary': {
        const left = evaluate(expr.left, sheet);
        const right = evaluate(expr.right, sheet);
        const error = firstError(left) ?? firstError(right);
        if (error) return error;
        if (expr.operator === '&') {
          const text = (v: Value) =>
            Array.isArray(v) ? toText((v[0]?.[0] ?? '') as Scalar) : toText(v as Scalar);
          return text(left) + text(right);
        }
        const l = toNumber(left);
        const r = toNumber(right);
        if (isSheetError(l)) return l;
        if (isSheetError(r)) return r;
        if (expr.operator === '/' && r === 0)
          return fail('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
        return expr.operator === '+'
          ? l + r
          : expr.operator === '-'
            ? l - r
            : expr.operator === '*'
              ? l * r
              : l / r;
      }
    }
  }

  const computed = new Map<string, Computed>();
  if (!shown) return computed;
  for (const [name, cell] of shown) {
    if (cell.formula === undefined) continue;
    const { row, column } = parseA1(name);
    let value = cellValue(undefined, row, column);
    if (Array.isArray(value)) value = (value[0]?.[0] ?? '') as Value;
    computed.set(name, isSheetError(value) ? value : { value: value as Scalar });
  }
  return computed;
}
