/** The command line's --year and its reading of a CSV export. */

import { type CliIo, runCli } from '../../src/cli/main';
import { fixture } from '../support/fixtures';

async function run(
  args: string[],
  files: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(file);
    },
    writeFile() {},
    readStdin: async () => new Uint8Array(),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ita-sheets structure --year', () => {
  it('gives an OIT list without headings or a year the sub-indicators of the year given', async () => {
    const result = await run(['structure', '--type', 'oit-checklist', '--year', '2566', 'o.txt'], {
      'o.txt': fixture('paste/oit-no-year-no-heading.txt'),
    });
    const doc = JSON.parse(result.out);

    expect(result.code).toBe(0);
    expect(doc.header.fiscalYear).toBe(2566);
    expect(doc.records.map((r: { subIndicator: string }) => r.subIndicator)).toEqual([
      '9.1 ข้อมูลพื้นฐาน',
      '9.1 ข้อมูลพื้นฐาน',
      '9.2 การบริหารงาน',
    ]);
  });

  it.each(['25x8', '2024', '1'])('refuses --year %s, saying what a year is', async (year) => {
    const result = await run(['structure', '--type', 'measures', '--year', year, 'm.txt'], { 'm.txt': 'x' });

    expect(result.code).not.toBe(0);
    expect(result.err).toContain('--year must be a fiscal year B.E.');
  });
});

describe('ita-sheets structure, a CSV file', () => {
  it('reads a CSV export of the measures like the tab-separated paste', async () => {
    const csv = [
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน,,,,,',
      'ลำดับ,มาตรการ,ขั้นตอนหรือวิธีการ,ช่วงระยะเวลาดำเนินการ,ผู้รับผิดชอบ,การกำกับติดตาม',
      '1,"เปิดเผยข้อมูล, ข่าวสาร","1. จัดทำแผน',
      '2. ประกาศ""แผน""",๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘,กองคลัง,รายงานผลประจำปี',
    ].join('\r\n');

    const result = await run(['structure', '--type', 'measures', 'm.csv'], { 'm.csv': csv });
    const doc = JSON.parse(result.out);

    expect(result.code).toBe(0);
    expect(doc.records).toEqual([
      {
        no: '1',
        measure: 'เปิดเผยข้อมูล, ข่าวสาร',
        steps: ['จัดทำแผน', 'ประกาศ"แผน"'],
        period: '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘',
        responsible: ['กองคลัง'],
        monitoring: 'รายงานผลประจำปี',
      },
    ]);
    // No title year: the fiscal year is read from the period, with a warning.
    expect(doc.header.fiscalYear).toBe(2568);
    expect(doc.warnings[0].message).toContain('อ่านจากช่วงเวลาดำเนินการ: พ.ศ. 2568');
  });
});
