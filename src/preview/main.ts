/**
 * The preview's command line: `--port N` (0, the default, takes a free port) and `--workbook FILE`
 * (default .preview/workbook.json). Starts the server, prints its address, and stops on SIGINT/SIGTERM.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PreviewServer, startPreview } from './server';

/** The saved workbook when --workbook is not given, relative to the working directory. */
export const DEFAULT_WORKBOOK_FILE = join('.preview', 'workbook.json');

const USAGE = `usage: npm start -- [--port N] [--workbook FILE.json]
  --port N           the port on 127.0.0.1 (default 0: a free port)
  --workbook FILE    where the workbook is saved (default ${DEFAULT_WORKBOOK_FILE}; made from the demo when absent)`;

/** The preview's options read from the command line. */
export type PreviewArgs =
  | { readonly ok: true; readonly port: number; readonly workbookFile: string; readonly help: boolean }
  | { readonly ok: false; readonly message: string };

/** Reads `--port N`, `--workbook FILE` (also as `--port=N`) and `--help`. */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs {
  let port = 0;
  let workbookFile = DEFAULT_WORKBOOK_FILE;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (flag === '--help' || flag === '-h') {
      help = true;
      continue;
    }
    if (flag !== '--port' && flag !== '--workbook')
      return { ok: false, message: `ไม่รู้จัก ${arg} (unknown option)` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { ok: false, message: `${flag} ต้องมีค่า (needs a value)` };
    if (flag === '--workbook') {
      workbookFile = value;
      continue;
    }
    port = Number(value);
    if (!/^\d+$/.test(value) || port > 65535) {
      return { ok: false, message: `--port ต้องเป็นเลข 0–65535 ไม่ใช่ "${value}" (port must be 0–65535)` };
    }
  }
  return { ok: true, port, workbookFile, help };
}

/** Runs the preview until SIGINT or SIGTERM; resolves with the running server (null when it did not start). */
export async function main(argv: readonly string[], root = process.cwd()): Promise<PreviewServer | null> {
  const args = parsePreviewArgs(argv);
  if (!args.ok) {
    console.error(`ita-sheets preview: ${args.message}\n${USAGE}`);
    process.exitCode = 2;
    return null;
  }
  if (args.help) {
    console.log(USAGE);
    return null;
  }
  let server: PreviewServer;
  try {
    server = await startPreview({ port: args.port, workbookFile: args.workbookFile, root });
  } catch (error) {
    console.error(`ita-sheets preview: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return null;
  }
  console.log(`ita-sheets preview: ${server.url}`);
  console.log(
    `  สมุดงาน (workbook): ${server.workbookFile}${server.created ? ' — สร้างจากตัวอย่าง (made from the demo)' : ''}`,
  );
  if (!existsSync(join(root, 'dist', 'sidebar.html'))) {
    console.log('  ยังไม่มีแถบข้าง: สร้างด้วย npm run build (dist/sidebar.html is missing)');
  }
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
