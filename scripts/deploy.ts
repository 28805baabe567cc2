/**
 * `npm run setup | deploy | deploy:prod | deploy:template`: wires the deploy commands
 * (scripts/lib/deploy-commands.ts) to the real clasp (node_modules/.bin/clasp, its output shown and
 * read back) and to the targets' files in the repository's root. Exit 1, with the reason, on a failure.
 */

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ClaspResult, ClaspRunner } from './lib/deploy-clasp';
import { type DeployContext, deploy, release, setup, template } from './lib/deploy-commands';
import type { TargetStore } from './lib/deploy-targets';

const ROOT = process.cwd();
const CLASP = resolve(ROOT, 'node_modules/.bin/clasp');

/** Runs clasp, passing its output through as it comes, and keeps it to be read. */
const runClasp: ClaspRunner = (args, options) =>
  new Promise<ClaspResult>((done, fail) => {
    console.log(`> clasp ${args.join(' ')}`);
    const child = spawn(CLASP, [...args], { cwd: options?.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      process.stderr.write(chunk);
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });

const store: TargetStore = {
  read: (file) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : undefined),
  write: (file, text) => writeFileSync(join(ROOT, file), text),
};

/** Scratch folders for `clasp create-script` (its pulled files are not kept), removed on exit. */
const scratch: string[] = [];
process.on('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const context: DeployContext = {
  run: runClasp,
  store,
  scratchDir: () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-clasp-'));
    scratch.push(dir);
    return dir;
  },
  log: (line) => console.log(line),
};

const COMMANDS: Record<string, (c: DeployContext, args: readonly string[]) => Promise<unknown>> = {
  setup,
  push: deploy,
  release,
  template,
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) throw new Error(`usage: deploy.ts ${Object.keys(COMMANDS).join('|')} [options]`);
  await command(context, args);
}

main().catch((error: unknown) => {
  console.error(`\nita-sheets deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
