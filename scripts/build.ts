/**
 * `npm run build`: writes dist/ — exactly what `clasp push` sends: one script (the generated top-level
 * declarations Apps Script calls, then the bundle, one IIFE under a global name), the sidebar, the
 * help page and appsscript.json — and, apart from it, the command line in build/cli/.
 */

import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { CATALOG } from '../src/core/functions/catalog';
import { renderHelpPage } from '../src/core/help/help-page';
import { PRINT_FONT_FILE } from '../src/server/apps-script-context';
import { API_EXPORT, apiGlobals, BUNDLE_GLOBAL, GLOBALS } from '../src/server/globals';
import { printFontHtml } from '../src/cli/print-font';
import { HELP_FILE, SIDEBAR_FILE } from '../src/server/menu';
import { buildSidebar } from './lib/build-sidebar';
import { declarationsFile } from './lib/declarations';

export const DIST = 'dist';
export const BUNDLE_FILE = 'ita-sheets.js';
export const CLI_FILE = 'build/cli/ita-sheets.cjs';

/** The command line, for Node: never in dist/, which is what clasp pushes. */
async function buildCli(): Promise<void> {
  await build({
    entryPoints: ['src/cli/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // From node_modules: the browser driver (loaded only to print a PDF) and the font files it reads.
    external: ['playwright-core', '@fontsource/sarabun'],
    outfile: CLI_FILE,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  chmodSync(CLI_FILE, 0o755);
}

/** A bundle for Apps Script's V8: one IIFE that defines `globalName`. */
async function buildServerBundle(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    // Apps Script's V8 runtime: ES2020 (BigInt included).
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Minified: Apps Script evaluates every .gs file on each execution, a custom function's included.
    // keepNames keeps each function's name, which V8 prints in stack traces, so a trace stays readable.
    minify: true,
    keepNames: true,
    legalComments: 'eof',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('build: esbuild wrote no bundle');
  return file.text;
}

/** What the bundle's global holds: its exports, and the functions of the sidebar API's export. */
function bundleExports(
  bundle: string,
  globalName: string,
): {
  names: string[];
  api: { name: string; arity: number }[];
} {
  const sandbox: Record<string, unknown> = {};
  runInNewContext(
    `${bundle}\nthis.names = Object.keys(${globalName});\n` +
      `this.api = Object.entries(${globalName}.${API_EXPORT} || {}).map(([name, f]) => ({ name, arity: typeof f === 'function' ? f.length : -1 }));`,
    sandbox,
  );
  const api = sandbox.api as { name: string; arity: number }[];
  const odd = api.filter((f) => f.arity < 0 || f.arity > 1).map((f) => f.name);
  if (api.length === 0 || odd.length > 0) {
    throw new Error(
      `build: ${globalName}.${API_EXPORT} must hold the sidebar's functions, each taking at most one request; ` +
        `found ${api.length}, odd: ${odd.join(', ') || '-'}`,
    );
  }
  return { names: sandbox.names as string[], api };
}

/** Every name that is called must be exported by the bundle, and the bundle exports nothing else. */
function checkExports(exported: readonly string[], globalName: string, called: readonly string[]): void {
  const declared = new Set(called);
  const missing = [...declared].filter((name) => !exported.includes(name));
  const undeclared = exported.filter((name) => !declared.has(name));
  if (missing.length > 0 || undeclared.length > 0) {
    throw new Error(
      `build: ${globalName} and src/server/globals.ts disagree; missing exports: ${missing.join(', ') || '-'}; ` +
        `exports without a declaration: ${undeclared.join(', ') || '-'}`,
    );
  }
}

function checkNoModuleSyntax(name: string, text: string): void {
  const line = text.split('\n').findIndex((l) => /^\s*(import|export)\b/.test(l));
  if (line >= 0)
    throw new Error(`build: ${name}:${line + 1} keeps module syntax, which Apps Script cannot load`);
}

async function main(): Promise<void> {
  const bundle = await buildServerBundle('src/server/index.ts', BUNDLE_GLOBAL);
  const exported = bundleExports(bundle, BUNDLE_GLOBAL);
  checkExports(exported.names, BUNDLE_GLOBAL, [
    ...GLOBALS.map((g) => (g.forward ? g.forward.target : g.name)),
    API_EXPORT,
  ]);
  // One script: the declarations first (what an owner reads in the Apps Script editor), then the bundle
  // they call, whose global is assigned when the file runs, before any of them can be called.
  const script = `${declarationsFile([...GLOBALS, ...apiGlobals(exported.api)], BUNDLE_GLOBAL)}\n${bundle}`;
  checkNoModuleSyntax(BUNDLE_FILE, script);

  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  writeFileSync(join(DIST, BUNDLE_FILE), script);
  copyFileSync('appsscript.json', join(DIST, 'appsscript.json'));
  // An HTML file of the project is served by HtmlService, never evaluated as script: the help page
  // costs the custom functions nothing.
  writeFileSync(join(DIST, `${HELP_FILE}.html`), renderHelpPage(CATALOG));
  // The print view's font (Sarabun, embedded as data): its own HTML file, read only when a report is
  // printed, so no custom-function call loads it.
  writeFileSync(join(DIST, `${PRINT_FONT_FILE}.html`), printFontHtml());
  // The sidebar: one HTML file, its script and style inlined, served by HtmlService.
  await buildSidebar(join(DIST, `${SIDEBAR_FILE}.html`));

  await buildCli();

  for (const path of [...readdirSync(DIST).map((name) => join(DIST, name)), CLI_FILE]) {
    console.log(`${path.padEnd(28)} ${(statSync(path).size / 1024).toFixed(1)} KB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
