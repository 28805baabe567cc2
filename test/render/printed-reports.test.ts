/**
 * Every report kind printed as a district office prints it (the .xlsx in LibreOffice → PDF → text), from
 * the project's fixtures and the real seed documents, read as an officer reads the pages: nothing cut
 * off, Thai only, Thai digits only, no pasted markup, no page with the title or the signature alone.
 */

import { reportWorkbook } from '../../src/cli/report-command';
import { memoryWorkbookToXlsx } from '../../src/cli/xlsx-export';
import { toThaiDigitsInText } from '../../src/core/thai/digits';
import type { ReportKind } from '../../src/shared/api';
import { fixture, seed } from '../support/fixtures';
import { comparable, type PrintedReport, printAll } from './print-to-pdf';

const SOURCES: readonly { name: string; kind: ReportKind; text: string }[] = [
  { name: 'results', kind: 'results', text: fixture('results-fy2568-6-months.txt') },
  { name: 'results-of-seed-measures', kind: 'results', text: seed('measures-fy2563.txt') },
  { name: 'ita-analysis', kind: 'ita-analysis', text: seed('ita-analysis-fy2562.txt') },
  { name: 'ita-analysis-thesaban', kind: 'ita-analysis', text: fixture('ita-analysis-thesaban-fy2567.txt') },
  { name: 'action-plan', kind: 'action-plan', text: fixture('action-plan-tambon-nong-phai-ngam.txt') },
  { name: 'action-plan-of-seed', kind: 'action-plan', text: seed('action-plan-fy2562-2564.txt') },
  { name: 'ethics', kind: 'ethics', text: fixture('ethics-fy2568.txt') },
  { name: 'oit-readiness', kind: 'oit-readiness', text: fixture('oit-checklist-fy2568.txt') },
];

interface Made {
  readonly cells: readonly string[];
  readonly titles: readonly string[];
  readonly signature: readonly string[];
}

/** The report's printed cells: its printed columns, without the rows only a chart uses. */
function made(kind: ReportKind, text: string): { bytes: Promise<Buffer>; made: Made } {
  const workbook = reportWorkbook({ kind, text, thaiDigits: true });
  const sheet = workbook.getActiveSheet();
  const mark = sheet
    .getDeveloperMetadata()
    .find((m) => m.getKey() === 'ita-sheets.print')
    ?.getValue();
  const print = JSON.parse(mark ?? '{}') as { columns?: number; chartRows?: [number, number][] };
  const hidden = (row: number) => (print.chartRows ?? []).some(([a, b]) => row >= a && row <= b);
  const values = sheet.getDataRange().getValues();
  const cells = values.flatMap((row, i) =>
    hidden(i + 1) ? [] : row.slice(0, print.columns ?? row.length).map((cell) => String(cell ?? '')),
  );
  const lastRows = values.slice(-3).flatMap((row) => row.map(String).filter((c) => c !== ''));
  return {
    bytes: memoryWorkbookToXlsx(workbook, { reportsAlone: true }),
    made: {
      cells: cells.filter((c) => c.trim() !== ''),
      titles: values.slice(0, 4).map((row) => String(row[0] ?? '')),
      signature: kind === 'oit-readiness' ? [] : lastRows,
    },
  };
}

const englishWords = (text: string) => new Set(text.match(/[A-Za-z]{2,}/g) ?? []);
/**
 * The assessment's own acronyms, which the NACC's Thai documents print as such (การประเมินคุณธรรมและ
 * ความโปร่งใส … (ITA), its tools IIT, EIT and OIT): the only Latin words a report adds.
 */
const NACC_ACRONYMS: ReadonlySet<string> = new Set(['ITA', 'IIT', 'EIT', 'OIT']);

const reports = new Map<string, Made>();
let printed: PrintedReport[] = [];

beforeAll(async () => {
  const files = new Map<string, Buffer>();
  for (const source of SOURCES) {
    const { bytes, made: report } = made(source.kind, source.text);
    files.set(source.name, await bytes);
    reports.set(source.name, report);
  }
  printed = printAll(files, process.env.ITA_RENDER_DIR);
}, 300_000);

afterAll(() => {
  // The page counts, for the record (the README and the closing note quote them).
  console.log(printed.map((p) => `${p.name}: ${p.pages.length} pages`).join('\n'));
});

describe.each(SOURCES)('the printed $name report', ({ name, text }) => {
  const pdf = () => printed.find((p) => p.name === name) as PrintedReport;
  const report = () => reports.get(name) as Made;

  it('prints every character of every cell: nothing clipped', () => {
    const all = comparable(pdf().pages.join(''));
    const cells = report().cells.map(comparable);
    const count = (text: string, within: string) => within.split(text).length - 1;
    // A cell's text is printed at least as often as cells hold it (a heading is repeated in each form).
    const missing = [...new Set(cells)].filter(
      (cell) => count(cell, all) < cells.reduce((n, other) => n + count(cell, other), 0),
    );

    expect(missing).toEqual([]);
  });

  it('prints Thai only: no English word the document did not have, no pasted markup', () => {
    const own = englishWords(text);
    const printedText = pdf().pages.join('\n');
    const foreign = [...englishWords(printedText)].filter(
      (word) => !own.has(word) && !NACC_ACRONYMS.has(word),
    );

    expect(foreign).toEqual([]);
    expect(printedText).not.toMatch(/<\/?[a-z]+>/i);
  });

  it('prints every number in Thai digits', () => {
    // Every number but the digits written as they are (a web address, an OIT code: toThaiDigitsInText).
    const text = pdf().pages.join('\n');
    expect(toThaiDigitsInText(text)).toBe(text);
  });

  it('has no page holding only the title or only the signature', () => {
    const pages = pdf().pages.map(comparable);
    const titles = comparable(report().titles.join(''));
    const signature = comparable(report().signature.join(''));

    expect(pages.every((page) => page.length > 0)).toBe(true);
    expect((pages[0] ?? '').replace(titles, '').length).toBeGreaterThan(20);
    const last = pages[pages.length - 1] ?? '';
    expect(last.replace(signature, '').length).toBeGreaterThan(20);
  });
});
