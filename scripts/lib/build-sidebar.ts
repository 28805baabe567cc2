/**
 * The sidebar as ONE HTML file (HtmlService serves a single file): sidebar/index.html with
 * sidebar/style.css inlined in a <style> and sidebar/src/main.ts bundled into a <script>.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SIDEBAR = 'sidebar';
/**
 * The most the built sidebar may weigh: it loads on every open of the sidebar. 160 KB since the
 * column-mapping step (issue 12), which found the sidebar at 149.3 KB of 150; 176 KB since the start
 * page (issue 20), which found it at 153.6 KB of 160 and adds 9 KB (five steps with their help, the
 * store, the next-step line, the form following the sheet: Thai text is 3 bytes a letter in UTF-8);
 * 184 KB since the three ways in of issue 23 (a Word file unzipped in the browser, the paste box, the
 * tab's header) and the print button joined it at 176.7 KB; 192 KB since the district's page (issue 21:
 * the roll-up's four steps in Thai, the rows to allow, the ranking, the report's signer), which took it
 * to 187.0 KB.
 */
export const SIDEBAR_BUDGET_BYTES = 192 * 1024;

// The shell's placeholders, which load the same files unbundled when the shell is opened as is.
const STYLE_LINK = /<link rel="stylesheet" href="style\.css" ?\/?>/;
const SCRIPT_TAG = /<script src="main\.js"><\/script>/;

async function bundleScript(): Promise<string> {
  const result = await build({
    entryPoints: [`${SIDEBAR}/src/main.ts`],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    write: false,
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('buildSidebar: esbuild wrote no bundle');
  return file.text;
}

/**
 * Text safe inside <script>: the HTML parser ends the element at the first `</script`, whatever
 * the JavaScript around it, and `<!--` can start an escaped state; `<\/` and `<\!` mean the same in
 * a JavaScript string or template, which is where minified code carries them.
 */
export function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The shell with the style and the script inlined. */
export function inlineSidebar(shell: string, css: string, script: string): string {
  if (!STYLE_LINK.test(shell) || !SCRIPT_TAG.test(shell)) {
    throw new Error('buildSidebar: sidebar/index.html must link style.css and load main.js');
  }
  if (/<\/style/i.test(css)) throw new Error('buildSidebar: style.css must not contain </style');
  // Replacer functions: a string replacement would read `$&` and `$'` in the bundle as patterns.
  return shell
    .replace(STYLE_LINK, () => `<style>\n${css.trim()}\n</style>`)
    .replace(SCRIPT_TAG, () => `<script>\n${escapeScript(script).trim()}\n</script>`);
}

/** Builds the sidebar into one HTML file at `outFile`; fails past the size budget. */
export async function buildSidebar(outFile: string): Promise<{ bytes: number; gzipBytes: number }> {
  const shell = readFileSync(`${SIDEBAR}/index.html`, 'utf8');
  const css = readFileSync(`${SIDEBAR}/style.css`, 'utf8');
  const html = inlineSidebar(shell, css, await bundleScript());
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > SIDEBAR_BUDGET_BYTES) {
    throw new Error(`buildSidebar: ${bytes} bytes, over the budget of ${SIDEBAR_BUDGET_BYTES}`);
  }
  writeFileSync(outFile, html);
  return { bytes, gzipBytes: gzipSync(html).length };
}
