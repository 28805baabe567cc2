/**
 * The print view printed as the command line and an officer's browser print it: Chromium (through
 * playwright-core, as src/cli/print-pdf.ts does), then read back with poppler: each page's text
 * (pdftotext, one page at a time) and each page's size (pdfinfo).
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { printPdf } from '../../src/cli/print-pdf';

export interface PrintedView {
  /** The view's text as the browser holds it (the DOM's text, SVG labels included). */
  readonly text: string;
  /** Each page's text, as pdftotext reads it in the order it was drawn. */
  readonly pages: readonly string[];
  /** Each page's size in points, [width, height]. */
  readonly sizes: readonly (readonly [number, number])[];
  readonly pdf: Buffer;
}

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new Error(
      missing ? `${command} is missing: install poppler-utils` : `${command} failed: ${String(error)}`,
    );
  }
}

/** Prints `html` in `browser` and reads the PDF back page by page. */
export async function printView(browser: Browser, html: string): Promise<PrintedView> {
  const pdf = await printPdf(browser, html);
  const page = await browser.newPage();
  let text: string;
  try {
    await page.setContent(html, { waitUntil: 'load' });
    text = String(await page.evaluate('document.body.textContent'));
  } finally {
    await page.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'ita-print-view-'));
  try {
    const path = join(dir, 'view.pdf');
    writeFileSync(path, pdf);
    const info = run('pdfinfo', ['-f', '1', '-l', '999', path]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
      (m) => [Number(m[1]), Number(m[2])] as const,
    );
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const pages = Array.from({ length: count }, (_, i) =>
      run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', '-enc', 'UTF-8', path, '-']),
    );
    return { text, pages, sizes, pdf };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text as compared with the PDF's: no whitespace, and Thai marks above and below left out, since
 * pdftotext writes them apart from their consonant; sara am read as its two parts.
 */
export function comparable(text: string): string {
  return text
    .replace(/\u0e33/g, '\u0e32')
    .replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '')
    .replace(/\s+/g, '');
}

/** The characters of `text` that `pages` lack, counted: what the pages do not show. */
export function missingCharacters(text: string, pages: readonly string[]): string {
  const have = new Map<string, number>();
  for (const char of comparable(pages.join(''))) have.set(char, (have.get(char) ?? 0) + 1);
  let missing = '';
  for (const char of comparable(text)) {
    const left = have.get(char) ?? 0;
    if (left === 0) missing += char;
    else have.set(char, left - 1);
  }
  return missing;
}
