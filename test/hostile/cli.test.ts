/**
 * The command line given hostile files: random bytes, invalid UTF-8, odd UTF-16, huge lines, empty
 * files, control characters, JSON of the wrong shape for `report`, real documents with hostile cells.
 * Every run ends with an exit code: 0 with a result, 1 for a document with errors (validate), or 2
 * with one clear line on standard error — never an uncaught exception or a stack trace.
 */

import fc from 'fast-check';
import { type CliIo, runCli } from '../../src/cli/main';
import { DOCUMENT_TYPE_IDS } from '../../src/core/documents/types';
import { parsePastedText } from '../../src/core/structure/paste';
import { fixture } from '../support/fixtures';
import {
  assertProperty,
  CRASH_WORDS,
  HOSTILE_WORDS,
  HUGE_WORDS,
  hostileJson,
  hostileRuns,
  hostileText,
  hostileTimeout,
  isThaiWithGloss,
} from '../support/hostile';
import { PROFILE } from '../support/workbook';

const RUNS = hostileRuns(80);
jest.setTimeout(hostileTimeout(RUNS));

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly written: readonly string[];
}

/** Runs the command line in-process over in-memory files; a rejection is returned, not thrown. */
async function run(
  args: readonly string[],
  files: Record<string, Uint8Array>,
): Promise<Run | { crash: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return file;
    },
    writeFile(path) {
      written.push(path);
    },
    readStdin: async () => files['-'] ?? new Uint8Array(),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  try {
    const code = await runCli(args, io);
    return { code, out: out.join('\n'), err: err.join('\n'), written };
  } catch (error) {
    return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** What is wrong with a run, or '' when it ended as the command line promises. */
function runFault(args: readonly string[], result: Run | { crash: string }): string {
  if ('crash' in result) return `uncaught: ${result.crash.slice(0, 600)}`;
  const { code, out, err } = result;
  if (/\n\s+at /.test(err) || /\n\s+at /.test(out)) return `a stack trace: ${err.slice(0, 300)}`;
  if (code === 0) {
    if (out.trim() === '') return 'exit 0 without output';
    if (args[0] === 'structure' || args[0] === 'rollover') JSON.parse(out);
    if (args[0] === 'report' && result.written.length !== 1) return 'report exit 0 without a file';
    return '';
  }
  if (code === 1) return args[0] === 'validate' && out.trim() !== '' ? '' : `exit 1 from ${args[0]}: ${err}`;
  if (code !== 2) return `exit ${code}: ${err.slice(0, 300)}`;
  if (!err.startsWith('ita-sheets: ')) return `no "ita-sheets:" line: ${err.slice(0, 300)}`;
  if (!isThaiWithGloss(err) || CRASH_WORDS.test(err)) return `not a clear message: ${err.slice(0, 400)}`;
  return '';
}

const encode = (text: string) => new TextEncoder().encode(text);

const DOCUMENTS = [
  fixture('measures-fy2568.txt'),
  fixture('results-fy2568-6-months.txt'),
  fixture('ethics-fy2568.txt'),
  fixture('action-plan-tambon-nong-phai-ngam.txt'),
  fixture('ita-analysis-tambon-fy2566.txt'),
];

/** A real document with a few of its cells replaced by hostile text, as tab-separated text. */
const editedDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...DOCUMENTS),
    fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.oneof(hostileText, fc.constantFrom(...HUGE_WORDS))), {
      maxLength: 6,
    }),
  )
  .map(([text, edits]) => {
    const rows = parsePastedText(text);
    for (const [r, c, value] of edits) {
      const row = rows[r % rows.length]!;
      while (row.length <= c) row.push('');
      row[c] = value;
    }
    return rows.map((r) => r.join('\t')).join('\n');
  });

/** A JSON document for `report`: the right shape with hostile records, or the wrong shape. */
const jsonDocument: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      type: fc.oneof(fc.constantFrom<unknown>(...DOCUMENT_TYPE_IDS), hostileJson),
      header: fc.oneof(fc.constant({ fiscalYear: 2568, organization: 'อบต.ทดสอบ' }), hostileJson),
      records: fc.oneof(fc.array(hostileJson, { maxLength: 4 }), hostileJson),
    })
    .map((doc) => JSON.stringify(doc)),
  hostileJson.map((doc) => JSON.stringify(doc) ?? 'undefined'),
  fc.constantFrom(
    '{',
    '{"type": "measures", "records": [',
    '{"type":"measures","records":[{}]}',
    '{}\u0000',
    '{'.repeat(5000),
  ),
);

/** A file's bytes: text of every kind, or bytes that are not text. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: editedDocument.map(encode) },
  { weight: 2, arbitrary: hostileText.map(encode) },
  { weight: 2, arbitrary: jsonDocument.map(encode) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Uint8Array(),
      encode('   \n\t\n'),
      encode('\ufeff'),
      new Uint8Array([0xef, 0xbb, 0xbf]),
      new Uint8Array([0xff, 0xfe]),
      new Uint8Array([0xff, 0xfe, 0x41]),
      new Uint8Array([0xfe, 0xff, 0x00]),
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8]),
      new Uint8Array([0xc3, 0x28]),
      new Uint8Array([0xe0, 0xb8]),
      new Uint8Array([0xed, 0xa0, 0x80]),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]),
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
      encode('\u0000\u0007\u001b[31m'),
      encode(`${'ก'.repeat(200_000)}\n`),
      encode(`${'\t'.repeat(100_000)}x`),
      encode('"'.repeat(50_001)),
      new Uint8Array(Buffer.from(`\ufeff${DOCUMENTS[0]}`, 'utf16le')),
    ),
  },
);

/** A profile file: the right one, one with hostile values, or not JSON. */
const profileBytes: fc.Arbitrary<Uint8Array> = fc
  .oneof(
    fc.constant(JSON.stringify(PROFILE)),
    fc
      .oneof(fc.array(hostileText, { maxLength: 3 }), hostileJson)
      .map((units) => JSON.stringify({ ...PROFILE, units })),
    hostileJson.map((p) => JSON.stringify(p) ?? ''),
    hostileText,
  )
  .map(encode);

const command: fc.Arbitrary<readonly string[]> = fc.oneof<fc.Arbitrary<readonly string[]>[]>(
  fc
    .tuple(fc.constantFrom('structure', 'validate'), fc.constantFrom(...DOCUMENT_TYPE_IDS), fc.boolean())
    .map(([cmd, type, profile]) => [
      cmd,
      '--type',
      type,
      'in.txt',
      ...(profile ? ['--profile', 'p.json'] : []),
    ]),
  fc
    .tuple(
      fc.constantFrom('results', 'ita-analysis', 'action-plan', 'ethics'),
      fc.constantFrom<string[]>([], ['--round', '6'], ['--round', '12'], ['--thai-digits']),
      fc.boolean(),
    )
    .map(([kind, options, profile]) => [
      'report',
      '--type',
      kind,
      ...options,
      ...(profile ? ['--profile', 'p.json'] : []),
      'in.txt',
      '--out',
      'out.xlsx',
    ]),
  fc
    .tuple(
      fc.constantFrom(...DOCUMENT_TYPE_IDS),
      fc.constantFrom('2569', '2570', '2568', '2400', '2801', '69', 'ปีหน้า'),
      fc.constantFrom<string[]>([], ['--as', 'results'], ['--as', 'ethics'], ['--as']),
    )
    .map(([type, to, as]) => ['rollover', '--type', type, '--to', to, ...as, 'in.txt']),
  // Broken command lines: an option without its value, an unknown option, the file twice.
  fc.constantFrom<readonly string[]>(
    ['structure', 'in.txt', '--type'],
    ['report', '--type', 'results', 'in.txt', '--out'],
    ['report', '--type', 'results', '--round', 'in.txt', '--out', 'o.xlsx'],
    ['validate', '--type', 'measures', 'in.txt', '--profile'],
    ['structure', '--type', 'measures', 'in.txt', 'in.txt'],
    ['structure', '--type', ...HOSTILE_WORDS.slice(0, 3), 'in.txt'],
    ['structure', '--type', 'measures', '-'],
    ['rollover', '--type', 'measures', 'in.txt', '--to'],
    ['rollover', '--type', 'measures', '--to', '2569'],
  ),
);

describe('ita-sheets, given hostile files', () => {
  it('ends every run with an exit code and, unless it succeeded, one clear line on stderr', async () => {
    await assertPropertyAsync(
      fc.asyncProperty(command, fileBytes, profileBytes, async (args, bytes, profile) => {
        const result = await run(args, { 'in.txt': bytes, '-': bytes, 'p.json': profile });

        expect(runFault(args, result)).toBe('');
      }),
      RUNS,
    );
  });

  it.each(['results', 'ita-analysis', 'action-plan', 'ethics'])(
    'refuses JSON of the wrong shape for a %s report with the reason',
    async (kind) => {
      await assertPropertyAsync(
        fc.asyncProperty(jsonDocument, async (json) => {
          const args = ['report', '--type', kind, 'in.txt', '--out', 'out.xlsx'];

          const result = await run(args, { 'in.txt': encode(json) });

          expect(runFault(args, result)).toBe('');
        }),
        Math.ceil(RUNS / 4),
      );
    },
  );
});

describe('ita-sheets, on what the properties found', () => {
  it('refuses a report from a paste with a line longer than a cell, naming the line', async () => {
    const args = ['report', '--type', 'results', 'in.txt', '--out', 'out.xlsx'];
    const text = `${'ก'.repeat(60_000)}\n${DOCUMENTS[1]}`;

    const result = await run(args, { 'in.txt': encode(text) });

    expect(runFault(args, result)).toBe('');
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining('บรรทัดที่ 1') });
  });

  it('structures a paste with a row longer than its header row', async () => {
    const args = ['structure', '--type', 'measures', 'in.txt'];
    const text = `${DOCUMENTS[0]}\n6\tมาตรการ\t\t\t\t\t\t\t\t\tไกลสุด`;

    const result = await run(args, { 'in.txt': encode(text) });

    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('ไกลสุด') });
  });
});

/** assertProperty for an async property: the same short report of a failure. */
async function assertPropertyAsync<Ts extends [unknown, ...unknown[]]>(
  property: fc.IAsyncProperty<Ts>,
  numRuns: number,
): Promise<void> {
  const details = await fc.check(property, { numRuns });
  if (!details.failed) return;
  // The synchronous helper formats the report; it is handed a property that fails the same way.
  assertProperty(
    fc.property(fc.constant(details.counterexample), () => {
      throw details.errorInstance;
    }),
    1,
  );
}
