/**
 * The print view printed as the command line and an officer's browser print it: Chromium (through
 * playwright-core, as src/cli/print-pdf.ts does), then read back with poppler: each page's text
 * (pdftotext, one page at a time) and each page's size (pdfinfo).
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { printFontCss } from '../../src/cli/print-font';
import { printPdf } from '../../src/cli/print-pdf';
import type { ModelTable, ReportModel } from '../../src/core/reports/report-model';
import { toThaiDigits } from '../../src/core/thai/digits';

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

/** A model's print view, printed and read back. */
export interface Printed {
  readonly model: ReportModel;
  readonly html: string;
  readonly view: PrintedView;
}

const CHROMIUM = '/usr/bin/chromium';

/**
 * Prints each case's view once for the test file (in beforeAll, Chromium closed in afterAll): `make`
 * gives a case's model and its HTML with the embedded font. Returns the getter of a case's print by name.
 */
export function usePrintedViews<C extends { readonly name: string }>(
  cases: readonly C[],
  make: (c: C, fontCss: string) => { model: ReportModel; html: string },
): (name: string) => Printed {
  const printed = new Map<string, Printed>();
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const font = printFontCss();
    for (const c of cases) {
      const { model, html } = make(c, font);
      printed.set(c.name, { model, html, view: await printView(browser, html) });
    }
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });
  return (name) => {
    const p = printed.get(name);
    if (!p) throw new Error(`not printed: ${name}`);
    return p;
  };
}

/** A model's text in its digits. */
export const digitsOf = (model: ReportModel) => (text: string) =>
  model.thaiDigits ? toThaiDigits(text) : text;
/** Page n's number as the page prints it: "- ๒ -". */
export const pageNumber = (model: ReportModel, n: number) => comparable(`- ${digitsOf(model)(String(n))} -`);
/** A model's tables. */
export const tables = (model: ReportModel) => model.blocks.filter((b): b is ModelTable => b.kind === 'table');
/** A table's header row as the pages print it. */
export const headerText = (table: ModelTable) => comparable(table.columns.map((c) => c.label).join(''));
