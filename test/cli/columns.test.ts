import { type CliIo, runCli } from '../../src/cli/main';
import { fixture } from '../support/fixtures';

const MEASURES = fixture('measures-no-header-fy2568.txt');

async function run(args: string[], text = MEASURES): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (path !== 'm.txt') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    writeFile: () => {
      throw new Error('the structure command writes no file');
    },
    readStdin: async () => new TextEncoder().encode(text),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ita-sheets structure --columns', () => {
  it('structures a header-less paste by the columns given, the kept column in "keptColumns"', async () => {
    const result = await run([
      'structure',
      '--type',
      'measures',
      '--columns',
      'no,measure,steps,period,responsible,monitoring,-',
      'm.txt',
    ]);
    const doc = JSON.parse(result.out);

    expect([result.code, result.err]).toEqual([0, '']);
    expect(doc.records.map((r: { no: string }) => r.no)).toEqual(['๑', '๒', '๓', '๔', '๕']);
    expect(doc.keptColumns[0].values[0]).toBe('เริ่มดำเนินการตั้งแต่ปีที่แล้ว');
    expect(doc.warnings[0].message).toContain('คอลัมน์ที่ 7');
  });

  it('takes --columns=… with spaces after the commas, and for validate too', async () => {
    const result = await run([
      'validate',
      '--type=measures',
      '--columns=no, measure, steps, period, responsible, monitoring, -',
      'm.txt',
    ]);

    expect(result.out).toContain('มาตรการ 5 รายการ');
  });

  it('refuses a field the document does not have, naming it, with exit code 2', async () => {
    const result = await run([
      'structure',
      '--type',
      'measures',
      '--columns',
      'no,measure,stepz,period,responsible,monitoring,-',
      'm.txt',
    ]);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('คอลัมน์ที่ 3 "stepz" ไม่ใช่ช่องของเอกสารนี้');
  });

  it('refuses fewer columns than the paste has, saying both counts', async () => {
    const result = await run(['structure', '--type', 'measures', '--columns', 'no,measure', 'm.txt']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('กำหนดไว้ 2 คอลัมน์ แต่ตารางที่วางมามี 7 คอลัมน์');
  });

  it('refuses an empty entry or an empty list before reading the file', async () => {
    for (const columns of ['no,,measure', '']) {
      const result = await run(['structure', '--type', 'measures', '--columns', columns, 'missing.txt']);

      expect(result.code).toBe(2);
      expect(result.err).toContain('--columns ต้องเป็นชื่อช่องคั่นด้วยจุลภาค');
    }
  });

  it('refuses --columns for a report', async () => {
    const result = await run(['report', '--type', 'results', '--columns', 'no', '--out', 'o.xlsx', 'm.txt']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('--columns ใช้ได้กับ structure และ validate');
  });
});
