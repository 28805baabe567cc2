/**
 * The print view's font, read on Node: Sarabun from @fontsource/sarabun (SIL Open Font License 1.1),
 * its Thai and Latin subsets in regular (400) and bold (700), as @font-face rules whose sources are
 * base64 data URLs, so the pages look the same in the officer's browser, the preview, the command
 * line and the tests with no network. The one reader of the font: the build (dist/print-font.html),
 * the command line and the tests use it.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SUBSETS = ['thai', 'latin'] as const;
const WEIGHTS = [400, 700] as const;

/** The package's folder. */
function packageDir(): string {
  return dirname(require.resolve('@fontsource/sarabun/package.json'));
}

/** The unicode-range the package gives a subset (from its own CSS), so each file covers what it holds. */
function unicodeRange(css: string, subset: string, weight: number): string {
  const block = css.split('/* ').find((part) => part.startsWith(`sarabun-${subset}-${weight}-normal */`));
  const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
  if (!range)
    throw new Error(`print-font: no unicode-range for sarabun-${subset}-${weight} in @fontsource/sarabun`);
  return range.trim();
}

let cached: string | undefined;

/** The @font-face rules of the embedded Sarabun (about 58 KB of CSS). */
export function printFontCss(): string {
  if (cached !== undefined) return cached;
  const dir = packageDir();
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const subset of SUBSETS) {
      const data = readFileSync(join(dir, 'files', `sarabun-${subset}-${weight}-normal.woff2`)).toString(
        'base64',
      );
      rules.push(
        `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${unicodeRange(css, subset, weight)};}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}

/** The content of dist/print-font.html: the rules in a `<style>` element, for HtmlService to include. */
export function printFontHtml(): string {
  return `<style>\n${printFontCss()}\n</style>\n`;
}
