/**
 * The custom functions as Sheets calls them: the BUILT project (dist/*.js, what `npm run deploy`
 * pushes) loaded into one node:vm context, as Apps Script loads a project's files into one global
 * scope (scripts/lib/apps-script-vm.ts does the same for the tests), with a spreadsheet that answers
 * its time zone. The preview's grid calls these globals, so a formula shows what Sheets would show.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { CATALOG } from '../../core/functions/catalog';
import type { SheetFunction } from './evaluate-formula';

/** The custom functions by name, or why there are none. */
export type DistFunctions = ReadonlyMap<string, SheetFunction> | { readonly missing: string };

const NOT_BUILT =
  'ยังไม่ได้สร้างโครงการ: เรียก npm run build แล้วแก้เซลล์อีกครั้ง (the project is not built: run npm run build)';

/** Loads the custom functions of the project built in `distDir`, in a spreadsheet of `timeZone`. */
export function loadDistFunctions(distDir: string, timeZone: () => string): DistFunctions {
  if (!existsSync(distDir)) return { missing: NOT_BUILT };
  const files = readdirSync(distDir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  if (files.length === 0) return { missing: NOT_BUILT };
  const spreadsheet = { getSpreadsheetTimeZone: () => timeZone() };
  const context = createContext({
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
    console,
  });
  for (const name of files) {
    runInContext(readFileSync(join(distDir, name), 'utf8'), context, { filename: name });
  }
  // A Date made in the project's own realm: its code may test `instanceof Date`.
  const makeDate = runInContext('(function (ms) { return new Date(ms); })', context) as (ms: number) => Date;
  const inRealm = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inRealm);
    if (Object.prototype.toString.call(value) === '[object Date]') return makeDate((value as Date).getTime());
    return value;
  };
  const globals = context as Record<string, unknown>;
  const functions = new Map<string, SheetFunction>();
  for (const { name } of CATALOG) {
    const fn = globals[name];
    if (typeof fn === 'function') {
      functions.set(name, (...args: unknown[]) => (fn as SheetFunction)(...args.map(inRealm)));
    }
  }
  return functions;
}
