import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, runCli } from '../../src/cli/main';
import { fixture, seed } from '../support/fixtures';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Runs the command line in-process over named in-memory files. */
async function run(
  args: string[],
  files: Record<string, Uint8Array | string> = {},
  stdin = '',
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof file === 'string' ? encode(file) : file;
    },
    writeFile(path, bytes) {
      files[path] = bytes;
    },
    readStdin: async () => encode(stdin),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ita-sheets structure', () => {
  it('prints the type, header, records and warnings of a measures paste as JSON, Thai as is', async () => {
    const result = await run(['structure', '--type', 'measures', 'm.txt'], {
      'm.txt': seed('measures-fy2563.txt'),
    });
    const doc = JSON.parse(result.out);

    expect(result.code).toBe(0);
    expect(Object.keys(doc)).toEqual(['type', 'header', 'records', 'warnings']);
    expect(doc.records).toHaveLength(19);
    expect(result.out).toContain('"measure": "การเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้จ่ายงบประมาณ');
  });

  it('reads standard input for -', async () => {
    const result = await run(['structure', '--type=ethics', '-'], {}, fixture('ethics-fy2568.txt'));

    expect(JSON.parse(result.out).records).toHaveLength(3);
  });

  it('reads a UTF-8 file with a byte-order mark and a UTF-16 file as Notepad saves them', async () => {
    const text = fixture('measures-fy2568.txt');
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));

    const bom = await run(['structure', '--type', 'measures', 'a.txt'], { 'a.txt': `\ufeff${text}` });
    const wide = await run(['structure', '--type', 'measures', 'b.txt'], { 'b.txt': utf16 });

    expect(JSON.parse(bom.out).records).toHaveLength(5);
    expect(JSON.parse(wide.out).records).toHaveLength(5);
  });
});

describe('ita-sheets validate', () => {
  it('prints each problem in Thai with the record and field, and exits 1 when there is an error', async () => {
    const profile = JSON.stringify({
      organization: 'อบต.หนองบัวทอง',
      district: '',
      province: '',
      website: '',
      units: ['สำนักปลัด', 'กองคลัง', 'กองช่าง'],
    });

    const result = await run(['validate', '--type', 'measures', 'm.txt', '--profile', 'p.json'], {
      'm.txt': fixture('measures-fy2568.txt'),
      'p.json': profile,
    });

    expect(result.code).toBe(1);
    expect(result.out).toContain('ข้อผิดพลาด: มาตรการที่ 5 · ผู้รับผิดชอบ ไม่มีหน่วยงานนี้ในข้อมูลหน่วยงาน');
    expect(result.out).toContain('คำเตือน: มาตรการที่ 5 · ช่วงระยะเวลาดำเนินการ อยู่นอกปีงบประมาณ 2568');
    expect(result.out).toMatch(/มาตรการ 5 รายการ · ข้อผิดพลาด 1 · คำเตือน 1/);
  });

  it('exits 0 when there are only warnings', async () => {
    const result = await run(['validate', '--type', 'measures', 'm.txt'], {
      'm.txt': fixture('measures-fy2568.txt'),
    });

    expect(result.code).toBe(0);
  });
});

describe('ita-sheets refuses with one clear line', () => {
  it.each([
    [['structure', '--type', 'measures', 'empty.txt'], 'ไฟล์ว่าง (the file is empty)'],
    [['structure', '--type', 'measures', 'plan.docx'], 'ไม่ใช่ไฟล์ Word (.docx) หรือไฟล์เสียหาย'],
    [['structure', '--type', 'measures', 'binary.bin'], 'ไม่ใช่ข้อความ UTF-8'],
    [['structure', '--type', 'measures', 'memo.txt'], 'ไม่ใช่เอกสารประเภท measures'],
    [['structure', '--type', 'measures', 'missing.txt'], 'อ่านไฟล์ missing.txt ไม่ได้'],
    [['structure', '--type', 'minutes', 'memo.txt'], 'ไม่รู้จักประเภทเอกสาร "minutes"'],
    [['structure', 'memo.txt'], 'ต้องระบุ --type'],
    [['publish', '--type', 'measures', 'memo.txt'], 'ไม่รู้จักคำสั่ง "publish"'],
    [
      ['report', '--type', 'ita-analysis', 'memo.txt', '--out', 'วิเคราะห์.docx'],
      '--out ต้องเป็นไฟล์ .pdf .html หรือ .xlsx: "วิเคราะห์.docx"',
    ],
    [
      ['report', '--type', 'ita-analysis', 'memo.txt', '--out', 'วิเคราะห์'],
      '--out ต้องเป็นไฟล์ .pdf .html หรือ .xlsx',
    ],
    [
      ['report', '--type', 'ita-analysis', '--with-sources', 'memo.txt', '--out', 'วิเคราะห์.pdf'],
      '--with-sources ใช้ได้กับไฟล์ .xlsx เท่านั้น',
    ],
  ])('%j', async (args, message) => {
    const files = {
      'empty.txt': ' \n\t\n',
      'plan.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'binary.bin': new Uint8Array([0xc3, 0x28, 0x00, 0xff]),
      'memo.txt': seed('ita-analysis-fy2562.txt'),
    };

    const result = await run(args, files);

    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toContain(message);
  });
});

describe('the built ita-sheets executable', () => {
  const cli = join(__dirname, '..', '..', 'build', 'cli', 'ita-sheets.cjs');
  const seedPath = join(__dirname, '..', '..', '..', 'shared', 'seeds', 'measures-fy2563.txt');

  it('is built outside dist/ and structures a seed file', () => {
    expect(existsSync(cli)).toBe(true);

    const out = execFileSync(cli, ['structure', '--type', 'measures', seedPath], { encoding: 'utf8' });

    expect(JSON.parse(out).records).toHaveLength(19);
  });

  it('says in one line that the folder of --out does not exist, with exit 2 rather than a stack trace', () => {
    const out = join(__dirname, 'no-such-folder', 'รายงาน.xlsx');
    const result = spawnSync(cli, ['report', '--type', 'results', seedPath, '--out', out], {
      encoding: 'utf8',
    });

    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `ita-sheets: เขียนไฟล์ ${out} ไม่ได้: ไม่มีโฟลเดอร์นี้ (the folder does not exist) (cannot write ${out})`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('prints --out x.pdf with Chromium: A4 landscape pages of the results report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-cli-pdf-'));
    const out = join(dir, 'รายงานผล.pdf');
    const result = spawnSync(cli, ['report', '--type', 'results', '--thai-digits', seedPath, '--out', out], {
      encoding: 'utf8',
    });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the missing browser in Thai and English, with exit 2 and no file, when there is no Chromium', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-cli-pdf-'));
    const out = join(dir, 'x.pdf');
    const result = spawnSync(cli, ['report', '--type', 'results', seedPath, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: join(dir, 'no-chromium') },
    });

    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`ไม่พบเบราว์เซอร์ Chromium ที่ ${join(dir, 'no-chromium')}`);
    expect(result.stderr).toContain('no Chromium at');
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits non-zero with one line on stderr for a file of another type', () => {
    const result = spawnSync(cli, ['validate', '--type', 'ethics', seedPath], { encoding: 'utf8' });

    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
