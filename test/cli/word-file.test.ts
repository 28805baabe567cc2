/** `ita-sheets structure|validate|report FILE.docx`: a Word file read as what it is, a broken one refused. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type CliIo, runCli } from '../../src/cli/main';
import { bodyOfPaste, buildDocx, buildZip, cell, paragraph, table } from '../support/docx-builder';
import { seed } from '../support/fixtures';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly files: Record<string, Uint8Array>;
}

async function run(
  args: string[],
  files: Record<string, Uint8Array>,
  stdin: Uint8Array = new Uint8Array(),
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return file;
    },
    writeFile(path, bytes) {
      files[path] = bytes;
    },
    readStdin: async () => stdin,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), files };
}

const measuresDocx = () => buildDocx(bodyOfPaste(seed('measures-fy2563.txt')));

describe('ita-sheets structure FILE.docx', () => {
  it('prints the records of the Word file, the same as those of its text', async () => {
    const word = await run(['structure', '--type', 'measures', 'm.docx'], { 'm.docx': await measuresDocx() });
    const text = await run(['structure', '--type', 'measures', 'm.txt'], {
      'm.txt': new TextEncoder().encode(seed('measures-fy2563.txt')),
    });

    expect(word.code).toBe(0);
    expect(JSON.parse(word.out).records).toHaveLength(19);
    expect(JSON.parse(word.out).records).toEqual(JSON.parse(text.out).records);
  });

  it('knows a Word file by its bytes, whatever its name, and from standard input', async () => {
    const result = await run(['structure', '--type', 'measures', '-'], {}, await measuresDocx());

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).records).toHaveLength(19);
  });

  it('lists each merged cell it filled among the warnings, with the rows', async () => {
    const docx = await buildDocx(
      table([
        ['มาตรการ', 'ขั้นตอนหรือวิธีการ', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'].map((t) => cell(t)),
        [cell('๑. เผยแพร่ข้อมูล'), cell('จัดทำมาตรการ'), cell('กองคลัง', { merge: 'restart' }), cell('รายงานผล')],
        [cell('๒. ประเมินความพึงพอใจ'), cell('ประเมินผล'), cell('', { merge: 'continue' }), cell('รายงานผล')],
      ]),
    );
    const result = await run(['structure', '--type', 'measures', 'm.docx'], { 'm.docx': docx });
    const doc = JSON.parse(result.out);

    expect(doc.records.map((r: { responsible: string[] }) => r.responsible)).toEqual([
      ['กองคลัง'],
      ['กองคลัง'],
    ]);
    expect(doc.warnings[0].message).toContain('เติมลงแถว 3');
  });

  it('validates a Word file', async () => {
    const result = await run(['validate', '--type', 'measures', 'm.docx'], {
      'm.docx': await measuresDocx(),
    });

    expect(result.out).toContain('m.docx: มาตรการ 19 รายการ');
  });

  it('makes a report from a Word file', async () => {
    const result = await run(['report', '--type', 'results', 'm.docx', '--out', 'r.xlsx'], {
      'm.docx': await measuresDocx(),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(result.files['r.xlsx']!) as unknown as ArrayBuffer);
    const all: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((c) => all.push(String(c.value ?? ''))));

    expect(result.code).toBe(0);
    expect(all.join('\n')).toContain('การเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้จ่ายงบประมาณ');
  });
});

describe('ita-sheets refuses a file that is not a readable Word file, with exit 2 and one line', () => {
  it.each([
    ['a zip cut short', async () => (await measuresDocx()).subarray(0, 200), 'not a zip archive'],
    [
      'a zip without word/document.xml',
      () => buildZip({ 'xl/workbook.xml': '<workbook/>' }),
      'no word/document.xml',
    ],
    [
      'a document part with no body',
      () => buildZip({ 'word/document.xml': '<w:document/>' }),
      'no document body',
    ],
  ])('%s', async (_name, make, reason) => {
    const result = await run(['structure', '--type', 'measures', 'x.docx'], { 'x.docx': await make() });

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toContain(reason);
  });

  it('refuses a Word file of another type as a paste is refused', async () => {
    const docx = await buildDocx(paragraph('บันทึกข้อความ'));
    const result = await run(['structure', '--type', 'ita-analysis', 'x.docx'], { 'x.docx': docx });

    expect(result.code).toBe(2);
    expect(result.err).toContain('ita-analysis');
  });
});

describe('the built executable', () => {
  it('structures a .docx file from the disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-docx-'));
    const file = join(dir, 'มาตรการ.docx');
    writeFileSync(file, await measuresDocx());
    const cli = join(__dirname, '..', '..', 'build', 'cli', 'ita-sheets.cjs');
    const result = spawnSync(cli, ['structure', '--type', 'measures', file], { encoding: 'utf8' });

    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).records).toHaveLength(19);
  });
});
