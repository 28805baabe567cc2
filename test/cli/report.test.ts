import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { fixture, seed } from '../support/fixtures';

/** Runs `ita-sheets report …` in-process and reads the .xlsx it wrote back with exceljs. */
async function report(
  args: string[],
  file: string,
): Promise<{ code: number; err: string; book?: ExcelJS.Workbook }> {
  const files: Record<string, Uint8Array> = { 'in.txt': new TextEncoder().encode(file) };
  const err: string[] = [];
  const code = await runCli(['report', ...args, 'in.txt', '--out', 'out.xlsx'], {
    readFile: (path) => {
      const bytes = files[path];
      if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: (path, bytes) => {
      files[path] = bytes;
    },
    readStdin: async () => new Uint8Array(),
    out: () => undefined,
    err: (text) => err.push(text),
  });
  const out = files['out.xlsx'];
  if (!out) return { code, err: err.join('\n') };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
  return { code, err: err.join('\n'), book };
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const all: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value ?? ''))));
  return all;
}

describe('ita-sheets report', () => {
  it('writes the results report of the seed measures as .xlsx: title, 19 measures, totals, A4 landscape', async () => {
    const { code, book } = await report(['--type', 'results', '--round', '6'], seed('measures-fy2563.txt'));
    const sheet = book?.worksheets.find((s) => s.name.startsWith('รายงานผล'));

    expect(code).toBe(0);
    expect(texts(sheet!).some((t) => t.startsWith('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส'))).toBe(
      true,
    );
    expect(texts(sheet!).filter((t) => t === 'อยู่ระหว่างดำเนินการ')).toHaveLength(19);
    expect(texts(sheet!).some((t) => t.includes('19'))).toBe(true);
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    // Sheets' Sarabun 14 is written as the Thai office font at the size that looks the same.
    expect(sheet?.getCell('B7').font).toMatchObject({ name: 'TH Sarabun New', size: 16 });
  });

  it('writes the ITA analysis report with its total and grade', async () => {
    const { code, book } = await report(['--type', 'ita-analysis'], seed('ita-analysis-fy2562.txt'));
    const sheet = book?.worksheets.find((s) => s.name.startsWith('วิเคราะห์'));
    const all = texts(sheet!);

    expect(code).toBe(0);
    expect(all).toContain('77.21');
    expect(all).toContain('B');
  });

  it('writes Thai digits when asked', async () => {
    const { book } = await report(
      ['--type', 'ita-analysis', '--thai-digits'],
      seed('ita-analysis-fy2562.txt'),
    );
    const sheet = book?.worksheets.find((s) => s.name.startsWith('วิเคราะห์'));

    expect(texts(sheet!)).toContain('๗๗.๒๑');
  });

  it('makes the report from the JSON that `structure` prints, as from the paste', async () => {
    const json: string[] = [];
    await runCli(['structure', '--type', 'ethics', 'in.txt'], {
      readFile: () => new TextEncoder().encode(fixture('ethics-fy2568.txt')),
      writeFile: () => undefined,
      readStdin: async () => new Uint8Array(),
      out: (text) => json.push(text),
      err: () => undefined,
    });

    const { code, book } = await report(['--type', 'ethics'], json.join('\n'));
    const sheet = book?.worksheets.find((s) => s.name.startsWith('แผนคุณธรรมจริยธรรม'));

    expect(code).toBe(0);
    expect(texts(sheet!).filter((t) => t.startsWith('มาตรฐาน ')).length).toBe(3);
  });

  it('refuses a document the report is not made from, with one line', async () => {
    const { code, err } = await report(['--type', 'ethics'], seed('measures-fy2563.txt'));

    expect(code).toBe(2);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toContain('ไม่ใช่เอกสาร ethics');
  });
});

describe('ita-sheets report --out X.html', () => {
  async function printView(
    args: string[],
    text: string,
  ): Promise<{ code: number; html: string; out: string }> {
    const files: Record<string, Uint8Array> = { 'in.txt': new TextEncoder().encode(text) };
    const said: string[] = [];
    const code = await runCli(['report', ...args, 'in.txt', '--out', 'view.html'], {
      readFile: (path) => {
        const bytes = files[path];
        if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return bytes;
      },
      writeFile: (path, bytes) => {
        files[path] = bytes;
      },
      readStdin: async () => new Uint8Array(),
      out: (line) => said.push(line),
      err: (line) => said.push(line),
    });
    return {
      code,
      html: new TextDecoder().decode(files['view.html'] ?? new Uint8Array()),
      out: said.join('\n'),
    };
  }

  it('writes the print view: one HTML document with the font embedded and the measures, Thai digits when asked', async () => {
    const { code, html, out } = await printView(
      ['--type', 'measures', '--thai-digits'],
      seed('measures-fy2563.txt'),
    );

    expect(code).toBe(0);
    expect(out).toBe('view.html: print view (HTML)');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain("font-family:'Sarabun'");
    expect(html).toContain('data:font/woff2;base64,');
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('counter(page, thai)');
    expect(html).toContain('พ.ศ. ๒๕๖๓');
    expect(html).not.toContain('พ.ศ. 2563');
  });

  it('keeps the digits as written without --thai-digits, and refuses a document of another type', async () => {
    const kept = await printView(['--type', 'results'], seed('measures-fy2563.txt'));
    const refused = await printView(['--type', 'ethics'], seed('measures-fy2563.txt'));

    expect(kept.code).toBe(0);
    expect(kept.html).toContain('พ.ศ. 2563');
    expect(kept.html).toContain('counter(page)');
    expect(refused.code).toBe(2);
    expect(refused.html).toBe('');
    expect(refused.out).toContain('ไม่ใช่เอกสาร ethics');
  });
});
