/**
 * Printing a report as a district office does: the .xlsx of `ita-sheets report` opened in LibreOffice
 * and printed to PDF (soffice headless, with its own profile so that parallel runs do not collide),
 * then read back as text with pdftotext. CI installs LibreOffice, poppler-utils and fonts-thai-tlwg
 * (.ci/run); without them these tests fail saying so.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PrintedReport {
  readonly name: string;
  readonly pdf: string;
  readonly pages: readonly string[];
}

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new Error(
      missing
        ? `${command} is missing: install libreoffice-calc-nogui, poppler-utils and fonts-thai-tlwg (.ci/run does)`
        : `${command} ${args.join(' ')} failed: ${String(error)}`,
    );
  }
}

/** Prints every .xlsx (name → bytes) to PDF in one LibreOffice run, and reads each page's text. */
export function printAll(files: ReadonlyMap<string, Buffer>, keepIn?: string): PrintedReport[] {
  const dir = keepIn ?? mkdtempSync(join(tmpdir(), 'ita-render-'));
  const profile = mkdtempSync(join(tmpdir(), 'ita-soffice-profile-'));
  try {
    const paths = [...files].map(([name, bytes]) => {
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    run('soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...paths,
    ]);
    return [...files.keys()].map((name) => {
      const pdf = join(dir, `${name}.pdf`);
      readFileSync(pdf);
      // -raw: the text in the order LibreOffice drew it, cell by cell; pages split by form feeds.
      const text = run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
      const pages = text.split('\f');
      if (pages[pages.length - 1]?.trim() === '') pages.pop();
      return { name, pdf, pages };
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
    if (keepIn === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text as compared with the PDF's: no spaces or line breaks (LibreOffice wraps where it likes), and
 * Thai marks above and below left out, since pdftotext writes them apart from their consonant (ขั้น
 * comes back as "ขัน ้"); sara am is read as its two parts.
 */
export function comparable(text: string): string {
  return text
    .replace(/\u0e33/g, '\u0e32')
    .replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '')
    .replace(/\s+/g, '');
}
