/**
 * `npm run deploy`'s script end to end, in a scratch folder whose node_modules/.bin/clasp is a shell
 * stand-in that prints what it is told (the real clasp is never run): the exit code a shell or CI sees.
 */

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SCRIPT = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abc';

/** Runs `deploy.ts ARGS` in a folder with a test target and a clasp that prints `output` and exits `code`. */
function runDeploy(args: string[], output: string, code = 0, target = true) {
  const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-deploy-'));
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  writeFileSync(join(dir, 'clasp-output.txt'), output);
  const clasp = join(dir, 'node_modules/.bin/clasp');
  writeFileSync(
    clasp,
    `#!/bin/sh\necho "$@" >> "${dir}/clasp-args.log"\ncat "${dir}/clasp-output.txt"\nexit ${code}\n`,
  );
  chmodSync(clasp, 0o755);
  if (target)
    writeFileSync(join(dir, '.clasp-test.json'), JSON.stringify({ scriptId: SCRIPT, rootDir: 'dist' }));
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/run-ts.mjs'), join(ROOT, 'scripts/deploy.ts'), ...args],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  const log = (() => {
    try {
      return readFileSync(join(dir, 'clasp-args.log'), 'utf8');
    } catch {
      return '';
    }
  })();
  const template = (() => {
    try {
      return readFileSync(join(dir, '.clasp-template.json'), 'utf8');
    } catch {
      return undefined;
    }
  })();
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, claspArgs: log, template };
}

describe('scripts/deploy.ts push (npm run deploy)', () => {
  it('exits 0 and says what was pushed when clasp lists every built file', () => {
    const pushed = ['appsscript.json', 'help.html', 'ita-sheets.js', 'print-font.html', 'sidebar.html'].map(
      (f) => `└─ dist/${f}`,
    );
    const run = runDeploy(['push'], `Pushed 5 files at 08:30:00.\n${pushed.join('\n')}\n`);

    expect(run.claspArgs).toBe('-P .clasp-test.json push -f\n');
    expect(run.stdout).toContain('ส่งแล้ว 5 ไฟล์ไปยัง test');
    expect(run.status).toBe(0);
  }, 30_000);

  it('exits 1 with the reason when clasp prints "Skipping push." and exits 0', () => {
    const run = runDeploy(['push'], 'Skipping push.\n');

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing was pushed');
  }, 30_000);

  it('exits 1 without calling clasp when the target was never set up', () => {
    const run = runDeploy(['push'], '', 0, false);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run setup -- --target test');
    expect(run.claspArgs).toBe('');
  }, 30_000);
});

describe('scripts/deploy.ts setup --create (npm run setup)', () => {
  it('creates the template spreadsheet and script through clasp, writes the target and prints the /copy link', () => {
    const sheet = '1SheetIdOfTheTemplate_0123456789-abcd';
    const run = runDeploy(
      ['setup', '--target', 'template', '--create'],
      JSON.stringify({ scriptId: SCRIPT, parentId: sheet, files: [] }),
    );

    expect(run.status).toBe(0);
    expect(run.claspArgs).toBe('--json create-script --type sheets --title ita-sheets --rootDir dist\n');
    expect(JSON.parse(run.template!)).toEqual({ scriptId: SCRIPT, rootDir: 'dist', parentId: sheet });
    expect(run.stdout).toContain(`https://docs.google.com/spreadsheets/d/${sheet}/copy`);
  }, 30_000);
});
