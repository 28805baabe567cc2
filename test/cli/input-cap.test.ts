/**
 * The command line's input cap: a file or standard input past 20 MB (`/dev/zero`, an endless pipe)
 * is refused with one line after reading at most one byte past the cap, and a profile's content is
 * never echoed in an error.
 */

import { readFileSync } from 'node:fs';
import { readFileCapped, readStreamCapped } from '../../src/cli/capped-read';
import { type CliIo, runCli } from '../../src/cli/main';
import { MAX_INPUT_BYTES } from '../../src/cli/read-input';
import { fixture } from '../support/fixtures';
import { PROFILE } from '../support/workbook';

const encode = (text: string) => new TextEncoder().encode(text);

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly asked: number[];
}

/** Runs the command line over files that may be endless: each is a function of the bytes asked. */
async function run(args: string[], files: Record<string, (maxBytes: number) => Uint8Array>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const asked: number[] = [];
  const io: CliIo = {
    readFile(path, maxBytes) {
      asked.push(maxBytes);
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return file(maxBytes);
    },
    writeFile() {},
    readStdin: async (maxBytes) => {
      asked.push(maxBytes);
      return (files['-'] ?? (() => new Uint8Array()))(maxBytes);
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), asked };
}

/** A file of zeros without end, as /dev/zero: as many bytes as asked. */
const zeros = (maxBytes: number) => new Uint8Array(maxBytes);
const text = (content: string) => () => encode(content);

describe('the input cap', () => {
  it('refuses a file past 20 MB with one line, asking for one byte past the cap', async () => {
    const result = await run(['structure', '--type', 'measures', 'zero'], { zero: zeros });

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'ita-sheets: ไฟล์ zero ใหญ่เกิน 20 MB จึงไม่อ่าน (zero is larger than 20 MB: not read)',
    );
    expect(result.asked).toEqual([MAX_INPUT_BYTES + 1]);
  });

  it('refuses standard input past 20 MB the same way', async () => {
    const result = await run(['structure', '--type', 'measures', '-'], { '-': zeros });

    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toContain('larger than 20 MB');
  });

  it('reads a document under the cap as before', async () => {
    const result = await run(['structure', '--type', 'ethics', 'e.txt'], {
      'e.txt': text(fixture('ethics-fy2568.txt')),
    });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).records).toHaveLength(3);
  });
});

describe('the capped reads of Node', () => {
  it('reads at most the bytes asked of /dev/zero, and a whole small file', () => {
    expect(readFileCapped('/dev/zero', 100_000)).toHaveLength(100_000);
    expect(Buffer.from(readFileCapped('/etc/hostname', 1 << 20)).toString()).toBe(
      readFileSync('/etc/hostname', 'utf8'),
    );
  });

  it('stops reading an endless stream past the bytes asked', async () => {
    let chunks = 0;
    async function* endless() {
      for (;;) {
        chunks += 1;
        yield Buffer.alloc(1000, 0x41);
      }
    }

    const bytes = await readStreamCapped(endless(), 5_500);

    expect(bytes).toHaveLength(5_500);
    expect(chunks).toBe(6);
  });
});

describe('a profile that cannot be used', () => {
  const doc = { 'e.txt': text(fixture('ethics-fy2568.txt')) };

  it('is refused without echoing its content when it is not JSON', async () => {
    const secret = 'รหัสผ่านของปลัด hunter2 {';
    const result = await run(['validate', '--type', 'ethics', 'e.txt', '--profile', 'p.json'], {
      ...doc,
      'p.json': text(secret),
    });

    expect(result.code).toBe(2);
    expect(result.err).toBe('ita-sheets: ข้อมูลหน่วยงาน p.json ไม่ใช่ JSON (the profile is not JSON)');
    expect(result.err).not.toContain('hunter2');
  });

  it('is refused past 1 MB, and a right profile is used', async () => {
    const big = await run(['validate', '--type', 'ethics', 'e.txt', '--profile', 'p.json'], {
      ...doc,
      'p.json': zeros,
    });
    const right = await run(['validate', '--type', 'ethics', 'e.txt', '--profile', 'p.json'], {
      ...doc,
      'p.json': text(JSON.stringify(PROFILE)),
    });

    expect(big.err).toContain('larger than 1 MB');
    expect(right.err).toBe('');
  });
});
