/**
 * The README's table of the functions, as an officer would try it: every example whose arguments are
 * literals (numbers, text, DATE(…)) is called on the built script as Sheets calls it, and must give
 * the result the table shows (`ข้อผิดพลาด` is an error). Examples over ranges need cells the table
 * does not give, and are checked by the functions' own tests.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDist } from '../../scripts/lib/apps-script-vm';

interface Example {
  readonly formula: string;
  readonly name: string;
  readonly args: readonly string[];
  /** The result shown, or undefined for an error. */
  readonly result: string | undefined;
}

/** Splits `a, "b, c", DATE(1,2,3)` at the commas outside quotes and parentheses. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth += 1;
    if (!quoted && ch === ')') depth -= 1;
    if (!quoted && depth === 0 && ch === ',') {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') args.push(current.trim());
  return args;
}

const LITERAL = /^(-?\d+(\.\d+)?|"[^"]*"|DATE\(\d+,\s*\d+,\s*\d+\))$/;

/** The table's rows whose arguments are all literals, with the result each shows. */
function literalExamples(readme: string): Example[] {
  const rows = [...readme.matchAll(/^\| `=([A-Z_]+)\((.*)\)`\s*\|\s*([^|]+?)\s*\|/gm)];
  return rows
    .map((m) => {
      const result = m[3]!;
      const shown = /^`([^`]*)`$/.exec(result)?.[1];
      return {
        formula: `=${m[1]}(${m[2]})`,
        name: m[1]!,
        args: splitArgs(m[2]!),
        result: result === 'ข้อผิดพลาด' ? undefined : (shown ?? '\u0000not a single value'),
      };
    })
    .filter((e) => e.args.every((a) => LITERAL.test(a)) && e.result !== '\u0000not a single value');
}

const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const examples = literalExamples(readme);
const project = loadDist({
  SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Bangkok' }) },
});

/** An argument as Sheets hands it: a number, text, or a date cell (midnight in the spreadsheet's zone). */
function argument(text: string): unknown {
  const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return project.evaluate(`new Date(Date.UTC(${y}, ${m - 1}, ${d}) - 7 * 3600 * 1000)`);
  }
  return text.startsWith('"') ? text.slice(1, -1) : Number(text);
}

describe("the README's examples of the functions", () => {
  it('are found: the literal examples of most functions', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(examples.map((e) => e.name))]).toEqual(
      expect.arrayContaining(['ITA_GRADE', 'THAI_DIGITS', 'BAHT_TEXT', 'THAI_DATE', 'FISCAL_YEAR']),
    );
  });

  it.each(examples.map((e) => [e.formula, e]))('%s gives what the table shows', (_formula, example) => {
    const call = () => project.call(example.name, ...example.args.map(argument));

    if (example.result === undefined) expect(call).toThrow();
    else expect(String(call())).toBe(example.result);
  });

  it('would catch a wrong result in the table', () => {
    const wrong = literalExamples('| `=THAI_DIGITS(77.21)` | `๗๗.๒๒` | x |\n')[0]!;

    expect(String(project.call(wrong.name, ...wrong.args.map(argument)))).not.toBe(wrong.result);
  });
});
