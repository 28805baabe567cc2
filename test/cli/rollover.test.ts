import { type CliIo, runCli } from '../../src/cli/main';
import { fixture, seed } from '../support/fixtures';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process over named in-memory files. */
async function run(args: string[], files: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(file);
    },
    writeFile() {
      throw new Error('rollover writes no file');
    },
    readStdin: async () => new TextEncoder().encode(files['-'] ?? ''),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ita-sheets rollover', () => {
  it('prints the measures of FY 2569 made from those of 2568, in the JSON shape structure prints', async () => {
    const result = await run(['rollover', '--type', 'measures', '--to', '2569', 'm.txt'], {
      'm.txt': fixture('measures-fy2568.txt'),
    });
    const doc = JSON.parse(result.out);

    expect(result.code).toBe(0);
    expect(Object.keys(doc)).toEqual(['type', 'header', 'records', 'warnings']);
    expect(doc.header.fiscalYear).toBe(2569);
    expect(doc.records[0].period).toBe('๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙');
  });

  it('reads the JSON structure printed, and rolls it again into the year after', async () => {
    const structured = await run(['structure', '--type', 'action-plan', 'p.txt'], {
      'p.txt': seed('action-plan-fy2562-2564.txt'),
    });

    const result = await run(['rollover', '--type', 'action-plan', '--to', '2565', 'p.json'], {
      'p.json': structured.out,
    });
    const again = await run(['rollover', '--type', 'action-plan', '--to', '2568', '-'], { '-': result.out });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).records[0].period).toBe('ปีงบประมาณ 2565 - 2567');
    expect(JSON.parse(again.out).records[0].period).toBe('ปีงบประมาณ 2568 - 2570');
  });

  it('makes a results document from measures with --as results, warnings with their Thai message', async () => {
    const result = await run(['rollover', '--type', 'oit-checklist', '--to', '2569', 'o.txt'], {
      'o.txt': fixture('oit-checklist-fy2568.txt'),
    });
    const results = await run(
      ['rollover', '--type', 'measures', '--to', '2568', '--as', 'results', 'm.txt'],
      {
        'm.txt': fixture('measures-fy2568.txt'),
      },
    );

    expect(JSON.parse(result.out).warnings[0].message).toBe(
      "คำเตือน: แบบตรวจการเปิดเผยข้อมูลสาธารณะ รายการข้อ OIT ยกมาจากปี 2568 ให้ตรวจกับคู่มือ ป.ป.ช. ปี 2569 ก่อนใช้ (warning: the document the OIT items are carried from FY 2568: check them against the NACC's FY 2569 manual before use)",
    );
    expect(JSON.parse(results.out)).toMatchObject({ type: 'results', header: { fiscalYear: 2568 } });
  });

  it('matches a checklist to the new year’s pasted list (--items) by title, carrying each link', async () => {
    const list = [
      'รายการข้อ OIT ปีงบประมาณ พ.ศ. 2569',
      '9.1 ข้อมูลพื้นฐาน',
      'o1 ข้อมูลผู้บริหาร',
      'o2 โครงสร้าง',
      'o3 อำนาจหน้าที่',
      'o4 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
      '10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
      'o5 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    ].join('\n');
    const result = await run(
      ['rollover', '--type', 'oit-checklist', '--to', '2569', '--items', 'l.txt', 'o.txt'],
      {
        'o.txt': fixture('oit-checklist-fy2568.txt'),
        'l.txt': list,
      },
    );
    const doc = JSON.parse(result.out) as {
      records: Record<string, string>[];
      warnings: { message: string }[];
    };

    expect(result.code).toBe(0);
    expect(doc.records.map((r) => [r.code, r.url])).toEqual([
      ['o1', 'https://www.nongbuathong.go.th/executives'],
      ['o2', 'https://www.nongbuathong.go.th/structure'],
      ['o3', 'https://nongbuathong.go.th/authority'],
      ['o4', ''],
      ['o5', ''],
    ]);
    const messages = doc.warnings.map((w) => w.message);
    expect(messages).toContain(
      'คำเตือน: แบบตรวจการเปิดเผยข้อมูลสาธารณะ ข้อ o10 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เป็นข้อ o5 ในปี 2569 ยกลิงก์ ผู้รับผิดชอบ และหมายเหตุไปด้วย (warning: the document item o10 is o5 in 2569: its link, units and note carried)',
    );
    expect(messages).toContain(
      'คำเตือน: แบบตรวจการเปิดเผยข้อมูลสาธารณะ ข้อ o4 แผนพัฒนาท้องถิ่น ไม่มีในรายการปี 2569 จึงไม่ได้ยกไป (warning: the document item o4 is not in the 2569 list: not carried)',
    );
    expect(messages.filter((m) => m.includes('เป็นข้อใหม่ของปี 2569'))).toHaveLength(1);
  });

  it('exits 2 when the --items list cannot be read, saying why', async () => {
    const result = await run(
      ['rollover', '--type', 'oit-checklist', '--to', '2569', '--items', 'l.txt', 'o.txt'],
      {
        'o.txt': fixture('oit-checklist-fy2568.txt'),
        'l.txt': 'ไม่มีรายการ',
      },
    );

    expect(result.code).toBe(2);
    expect(result.err).toContain('รายการ OIT ของ --items อ่านไม่ได้');
  });

  it.each([
    [['rollover', '--type', 'measures', 'm.txt'], 'ต้องระบุ --to เป็นปีงบประมาณ พ.ศ. เช่น 2570'],
    [['rollover', '--type', 'measures', '--to', '2026', 'm.txt'], '--to must be a fiscal year B.E.'],
    [['rollover', '--type', 'measures', '--to', '2568', 'm.txt'], 'ปีงบประมาณใหม่ 2568 ต้องหลังปีของเอกสาร 2568'],
    [['rollover', '--type', 'measures', '--to', '2569', '--as', 'ethics', 'm.txt'], 'ยกไปเป็น ethics ไม่ได้'],
    [
      ['rollover', '--type', 'measures', '--to', '2569', '--as', 'report', 'm.txt'],
      'ไม่รู้จักประเภทเอกสาร "report"',
    ],
    [['rollover', '--type', 'ethics', '--to', '2569', 'm.txt'], 'm.txt'],
  ])('exits 2 with one line saying why: %p', async (args, words) => {
    const result = await run(args, { 'm.txt': fixture('measures-fy2568.txt') });

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(words);
  });

  it('refuses JSON of another type, naming it', async () => {
    const result = await run(['rollover', '--type', 'measures', '--to', '2569', 'x.json'], {
      'x.json': '{"type": "ethics", "header": {}, "records": []}',
    });

    expect(result.code).toBe(2);
    expect(result.err).toContain('เอกสาร JSON เป็นประเภท "ethics" ไม่ใช่ measures');
  });
});
