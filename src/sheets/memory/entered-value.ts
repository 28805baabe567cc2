/**
 * What Sheets stores for a value written with setValues, which parses strings as if typed
 * (USER_ENTERED), and what getValues hands back.
 *
 * Modelled: numbers, booleans and Dates kept as they are; null, undefined and '' leave the cell empty;
 * a leading apostrophe makes the rest text (the prefix is remembered); a leading = is a formula; text
 * Sheets reads as a number, a percentage, a currency amount, a fraction, a date or a time
 * (typed-text.ts: "1,234.5", "10 %", "$ 5", "1 1/2", "1 Oct 2024", "2024-10-01 10:00" …) becomes that
 * number or Date, leading zeros and digits past double precision lost as in Sheets; "TRUE"/"FALSE" in
 * any case become booleans; other text starting with +, - or @ is parsed as a formula (see formulaValue:
 * arithmetic of numbers alone is computed, `- 2562 - 2564` reads -5126; anything else fails, #ERROR! or
 * #NAME?). In a
 * cell formatted as plain text (number format "@") every string is kept exactly as written, a leading
 * apostrophe included: Sheets keeps it as a character there.
 * A string longer than a cell holds (50,000 characters) is refused with Sheets' error, so nothing of
 * the block is written.
 * Not modelled: other locales' separators and dates, and the number format Sheets sets when it parses
 * a percent or a date. Formulas are not evaluated, but for a typed signed entry of numbers alone:
 * getValues gives an error for every other one (formulaValue), and the formula text is kept for
 * getFormulas.
 *
 * Typed text that Sheets takes for a formula, as this model has it:
 * - Known (the issue's reports of real pastes, and Sheets' documented behaviour of prefixing a typed
 *   `+`/`-` formula with `=` in the formula bar, as Excel does): a cell typed `- เฝ้าระวัง…` shows
 *   `#ERROR!` (formula parse error); `-5` and `+7` are numbers; `+66 81 234 5678` is `#ERROR!`.
 * - Assumed (not checked against a live spreadsheet): getFormulas gives `=` + the typed text for an
 *   entry starting with `+` or `-` (`=- เฝ้าระวัง…`); the value is `#NAME?` when the rest after the
 *   sign is one name right after it (letters of any script, digits, `_`, `.`; `-abc`, `-ข้อ`) and `#ERROR!`
 *   otherwise (spaces between words, punctuation); an entry starting with `@` keeps its typed text as
 *   its formula and reads `#ERROR!`.
 */

import type { CellValue } from './cell';
import { dateFromText, numberFromText } from './typed-text';

/** What getValues reads from a formula: the workbook cannot evaluate one. */
export const FORMULA_VALUE = '#ERROR!';

/** What getValues reads from a formula whose rest after `=+`/`=-` is an unknown name (`-abc`). */
export const NAME_ERROR = '#NAME?';

const SIGNED_NAME = /^=[+-][\p{L}_][\p{L}\p{M}\p{N}_.]*$/u;

/**
 * The number Sheets computes of a typed signed entry that is arithmetic of numbers alone (`- 2562 - 2564`
 * is `=- 2562 - 2564`, -5126): + - * / between numbers, * and / first; undefined for anything else.
 */
function signedArithmetic(formula: string): number | undefined {
  if (!/^=[+-][\s\d.+\-*/]*$/.test(formula)) return undefined;
  const tokens = formula.slice(1).match(/\d+(?:\.\d+)?|[+\-*/]/g) ?? [];
  // Signs before a number (-, +, - -) fold into it; then numbers and operators must alternate.
  const terms: number[] = [];
  const operators: string[] = [];
  let sign = 1;
  let expectNumber = true;
  for (const token of tokens) {
    if (expectNumber) {
      if (token === '-' || token === '+') {
        if (token === '-') sign = -sign;
        continue;
      }
      if (token === '*' || token === '/') return undefined;
      terms.push(sign * Number(token));
      sign = 1;
      expectNumber = false;
    } else {
      // Two numbers with only a space between them do not parse ("+66 81 234 5678").
      if (!/^[+\-*/]$/.test(token)) return undefined;
      operators.push(token);
      expectNumber = true;
    }
  }
  if (expectNumber || terms.length === 0) return undefined;
  // * and / first, then + and - left to right.
  const sums: number[] = [terms[0] ?? 0];
  const signs: number[] = [1];
  operators.forEach((op, i) => {
    const next = terms[i + 1] ?? 0;
    if (op === '*') sums[sums.length - 1] = (sums[sums.length - 1] ?? 0) * next;
    else if (op === '/') sums[sums.length - 1] = (sums[sums.length - 1] ?? 0) / next;
    else {
      sums.push(next);
      signs.push(op === '-' ? -1 : 1);
    }
  });
  const total = sums.reduce((sum, value, i) => sum + (signs[i] ?? 1) * value, 0);
  return Number.isFinite(total) ? total : undefined;
}

/** What getValues reads from a formula (see the file's comment): a signed entry's arithmetic, else an error. */
export function formulaValue(formula: string): string | number {
  const computed = signedArithmetic(formula);
  if (computed !== undefined) return computed;
  return SIGNED_NAME.test(formula) ? NAME_ERROR : FORMULA_VALUE;
}

/** The most characters a cell holds: Sheets refuses a longer value, and writes nothing of the block. */
export const MAX_CELL_CHARACTERS = 50_000;

/** The number format that makes Sheets keep typed text as text. */
export const PLAIN_TEXT_FORMAT = '@';

/** The content part of a cell. */
export interface CellContent {
  value?: CellValue;
  formula?: string;
  quotePrefix?: true;
}

export { numberFromText } from './typed-text';

function fromText(text: string): CellContent {
  if (text === '') return {};
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const n = numberFromText(text);
  // Sheets keeps no negative zero ("-0" shows 0), and a save file could not tell it from 0.
  if (n !== undefined) return { value: n === 0 ? 0 : n };
  const date = dateFromText(text);
  if (date !== undefined) return { value: date };
  const word = text.trim().toUpperCase();
  if (word === 'TRUE' || word === 'FALSE') return { value: word === 'TRUE' };
  // Sheets reads a leading +, - or @ as the start of a formula ("- item" shows #ERROR!); a typed + or -
  // formula is stored with "=" before it.
  if (/^[+-]./s.test(text)) return { formula: `=${text}` };
  if (/^@./s.test(text)) return { formula: text };
  return { value: text };
}

/**
 * The content Sheets stores for one written value, given the cell's number format; `where` names the
 * cell for an error (a value Sheets would refuse or the memory workbook does not model).
 */
export function enteredContent(
  input: unknown,
  numberFormat: string | undefined,
  where: () => string,
): CellContent {
  if (input === null || input === undefined) return {};
  if (typeof input === 'string') {
    // The apostrophe that marks text is kept apart from the cell's content (see quotePrefix).
    if ((input.startsWith("'") ? input.length - 1 : input.length) > MAX_CELL_CHARACTERS) {
      throw new Error(
        `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
      );
    }
    if (numberFormat === PLAIN_TEXT_FORMAT) return input === '' ? {} : { value: input };
    return fromText(input);
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw new Error(
        `setValues: ${input} at ${where()} is not a finite number (the memory workbook does not model it)`,
      );
    }
    return { value: input === 0 ? 0 : input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new Error(`setValues: an invalid Date at ${where()}`);
    return { value: new Date(input.getTime()) };
  }
  throw new Error(
    `setValues: a ${typeof input} at ${where()} is not a cell value (expected text, a number, a boolean, a Date or null)`,
  );
}

/** What getValues reads from a cell's content: '' when empty, an error for a formula, a copy of a Date. */
export function readValue(content: CellContent | undefined): CellValue {
  if (!content) return '';
  if (content.formula !== undefined) return formulaValue(content.formula);
  if (content.value instanceof Date) return new Date(content.value.getTime());
  return content.value ?? '';
}
