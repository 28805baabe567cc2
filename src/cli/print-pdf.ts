/**
 * The print view printed to PDF by Chromium through playwright-core: the same pages an officer gets
 * from the browser's print, A4 and margins from the view's own @page rules. The browser is
 * $CHROMIUM_PATH, else /usr/bin/chromium; when there is none, the error names it.
 */

import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** No browser to print with: the command line says so and exits 2. */
export class PrinterMissing extends Error {}

/** The browser the PDF is printed with: $CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.CHROMIUM_PATH?.trim();
  return chosen ? chosen : DEFAULT_CHROMIUM;
}

/** Chromium, launched headless; a clear error when it is missing. */
export async function launchPrinter(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const path = chromiumPath(env);
  if (!existsSync(path)) {
    throw new PrinterMissing(
      `ไม่พบเบราว์เซอร์ Chromium ที่ ${path} จึงพิมพ์เป็น PDF ไม่ได้: ติดตั้ง chromium หรือกำหนด CHROMIUM_PATH ` +
        `(no Chromium at ${path} to print the PDF: install chromium, e.g. apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  }
  // Loaded only to print: the rest of the command line never needs a browser.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: path, args: FLAGS });
}

/** The print view's pages as a PDF, printed in `browser` (one page opened and closed). */
export async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // The embedded font is loaded before the pages are laid out.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/** The print view as a PDF, in a browser of its own. */
export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const browser = await launchPrinter(env);
  try {
    return await printPdf(browser, html);
  } finally {
    await browser.close();
  }
}
