/** The deploy commands over a scripted stand-in for clasp and an in-memory store: no network, no real clasp. */

import type { ClaspResult, ClaspRunner } from '../../scripts/lib/deploy-clasp';
import { type DeployContext, deploy, release, setup, template } from '../../scripts/lib/deploy-commands';
import { copyLink, DeployError, type TargetStore } from '../../scripts/lib/deploy-targets';

const SCRIPT = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abc';
const OTHER_SCRIPT = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210_-xyz';
const SHEET = '1SheetIdOfTheTemplate_0123456789-abcd';
const DEPLOYMENT = 'AKfycbx0123456789abcdefghijklmnopqrstuvwxyz';

const PUSHED =
  'Pushed 5 files at 08:30:00.\n└─ dist/appsscript.json\n└─ dist/help.html\n└─ dist/ita-sheets.js\n└─ dist/print-font.html\n└─ dist/sidebar.html\n';

/** A clasp stand-in: answers each command by its name from `answers`, and records every call. */
function harness(answers: Record<string, Partial<ClaspResult>>, files: Record<string, string> = {}) {
  const calls: { args: string[]; cwd?: string }[] = [];
  const run: ClaspRunner = async (args, options) => {
    calls.push({ args: [...args], ...(options?.cwd ? { cwd: options.cwd } : {}) });
    const command = args.find((a) => /^[a-z]+(-[a-z]+)*$/.test(a) && answers[a] !== undefined);
    if (!command) throw new Error(`unexpected clasp call: ${args.join(' ')}`);
    return { code: 0, stdout: '', stderr: '', ...answers[command] };
  };
  const store: TargetStore = {
    read: (file) => files[file],
    write: (file, text) => {
      files[file] = text;
    },
  };
  const log: string[] = [];
  const context: DeployContext = { run, store, scratchDir: () => '/tmp/scratch', log: (l) => log.push(l) };
  return { context, calls, files, log };
}

const target = (config: object) => `${JSON.stringify({ scriptId: SCRIPT, rootDir: 'dist', ...config })}\n`;

describe('npm run setup', () => {
  it('writes the target file clasp reads, pushing dist/', async () => {
    const { context, files } = harness({});

    await setup(context, ['--target', 'prod', '--script-id', SCRIPT]);

    expect(JSON.parse(files['.clasp-prod.json']!)).toEqual({ scriptId: SCRIPT, rootDir: 'dist' });
  });

  it('refuses an id that is not a Google id and an unknown target, writing nothing', async () => {
    const { context, files } = harness({});

    await expect(setup(context, ['--target', 'test', '--script-id', 'abc'])).rejects.toThrow(
      '--script-id ไม่ถูกต้อง: "abc"',
    );
    await expect(setup(context, ['--target', 'staging', '--script-id', SCRIPT])).rejects.toThrow(
      'unknown target "staging"',
    );
    expect(files).toEqual({});
  });

  it('creates a standalone script for test or prod with clasp create-script in a scratch folder', async () => {
    const { context, calls, files } = harness({
      'create-script': { stdout: JSON.stringify({ scriptId: SCRIPT, files: ['dist/appsscript.json'] }) },
    });

    await setup(context, ['--target', 'test', '--create', '--title', 'ita-sheets test']);

    expect(calls).toEqual([
      {
        args: [
          '--json',
          'create-script',
          '--type',
          'standalone',
          '--title',
          'ita-sheets test',
          '--rootDir',
          'dist',
        ],
        cwd: '/tmp/scratch',
      },
    ]);
    expect(JSON.parse(files['.clasp-test.json']!).scriptId).toBe(SCRIPT);
  });

  it('creates the template as a new spreadsheet with its bound script, and records the spreadsheet', async () => {
    const { context, calls, files, log } = harness({
      'create-script': { stdout: JSON.stringify({ scriptId: SCRIPT, parentId: SHEET, files: [] }) },
    });

    await setup(context, ['--target', 'template', '--create']);

    expect(calls[0]!.args).toContain('sheets');
    expect(JSON.parse(files['.clasp-template.json']!)).toEqual({
      scriptId: SCRIPT,
      rootDir: 'dist',
      parentId: SHEET,
    });
    expect(log).toContain(`https://docs.google.com/spreadsheets/d/${SHEET}/copy`);
  });

  it('reports a create that clasp refused, writing nothing', async () => {
    const { context, files } = harness({ 'create-script': { code: 1, stderr: 'No credentials found.' } });

    await expect(setup(context, ['--target', 'test', '--create'])).rejects.toThrow('No credentials found.');
    expect(files).toEqual({});
  });

  it('keeps the recorded deployment while the script stays, and drops it for another script', async () => {
    const { context, files } = harness({}, { '.clasp-prod.json': target({ deploymentId: DEPLOYMENT }) });

    await setup(context, ['--target', 'prod', '--script-id', SCRIPT]);
    expect(JSON.parse(files['.clasp-prod.json']!).deploymentId).toBe(DEPLOYMENT);

    await setup(context, ['--target', 'prod', '--script-id', OTHER_SCRIPT]);
    expect(JSON.parse(files['.clasp-prod.json']!).deploymentId).toBeUndefined();
  });
});

describe('npm run deploy', () => {
  it('pushes dist/ forced, with the test target by default', async () => {
    const { context, calls } = harness({ push: { stdout: PUSHED } }, { '.clasp-test.json': target({}) });

    const files = await deploy(context, []);

    expect(calls.map((c) => c.args)).toEqual([['-P', '.clasp-test.json', 'push', '-f']]);
    expect(files).toEqual([
      'appsscript.json',
      'help.html',
      'ita-sheets.js',
      'print-font.html',
      'sidebar.html',
    ]);
  });

  it('pushes to the target named', async () => {
    const { context, calls } = harness({ push: { stdout: PUSHED } }, { '.clasp-prod.json': target({}) });

    await deploy(context, ['--target', 'prod']);

    expect(calls[0]!.args.slice(0, 2)).toEqual(['-P', '.clasp-prod.json']);
  });

  it('explains a target that was never set up, without calling clasp', async () => {
    const { context, calls } = harness({ push: { stdout: PUSHED } });

    await expect(deploy(context, [])).rejects.toThrow(
      /ไม่มีไฟล์ \.clasp-test\.json สร้างด้วย npm run setup -- --target test --script-id SCRIPT_ID/,
    );
    expect(calls).toEqual([]);
  });

  it('refuses a target file with an empty script id, the old committed .clasp.json', async () => {
    const { context, calls } = harness({}, { '.clasp-test.json': target({ scriptId: '' }) });

    await expect(deploy(context, [])).rejects.toThrow('.clasp-test.json scriptId ไม่ถูกต้อง');
    expect(calls).toEqual([]);
  });

  it.each([
    ['"Skipping push." with exit 0', { stdout: 'Skipping push.\n' }, 'Skipping push'],
    ['"Script is already up to date."', { stdout: 'Script is already up to date.\n' }, 'nothing was pushed'],
    ['no file listed', { stdout: 'Pushed no files at 08:30:00.\n' }, 'did not list appsscript.json'],
    [
      'a push without the sidebar',
      { stdout: 'Pushed 1 file at 08:30:00.\n└─ dist/ita-sheets.js\n' },
      'did not list appsscript.json, sidebar.html, help.html, print-font.html',
    ],
  ])('fails on a push that changed nothing or not all: %s', async (_name, answer, message) => {
    const { context } = harness({ push: answer }, { '.clasp-test.json': target({}) });

    await expect(deploy(context, [])).rejects.toThrow(message);
  });

  it('explains "Project settings not found." with the setup command', async () => {
    const { context } = harness(
      { push: { code: 1, stderr: 'Project settings not found.\n' } },
      { '.clasp-test.json': target({}) },
    );

    await expect(deploy(context, [])).rejects.toThrow(/exit 1.*npm run setup -- --target test/s);
  });
});

describe('npm run deploy:prod', () => {
  it('pushes, makes a version, then creates the deployment the first time and records its id', async () => {
    const { context, calls, files } = harness(
      {
        push: { stdout: PUSHED },
        'create-version': { stdout: 'Created version 7\n' },
        'create-deployment': { stdout: `Deployed ${DEPLOYMENT} @7\n` },
      },
      { '.clasp-prod.json': target({}) },
    );

    const made = await release(context, ['--description', 'ITA 2570']);

    expect(calls.map((c) => c.args.slice(2))).toEqual([
      ['push', '-f'],
      ['create-version', 'ITA 2570'],
      ['create-deployment', '-V', '7', '-d', 'ITA 2570'],
    ]);
    expect(made).toEqual({ version: 7, deploymentId: DEPLOYMENT });
    expect(JSON.parse(files['.clasp-prod.json']!).deploymentId).toBe(DEPLOYMENT);
  });

  it('updates the recorded deployment to the new version', async () => {
    const { context, calls } = harness(
      {
        push: { stdout: PUSHED },
        'create-version': { stdout: 'Created version 8\n' },
        'update-deployment': { stdout: `Redeployed ${DEPLOYMENT} @8\n` },
      },
      { '.clasp-prod.json': target({ deploymentId: DEPLOYMENT }) },
    );

    await release(context, ['--description', 'fix']);

    expect(calls.map((c) => c.args[2])).toEqual(['push', 'create-version', 'update-deployment']);
    expect(calls[2]!.args).toEqual([
      '-P',
      '.clasp-prod.json',
      'update-deployment',
      DEPLOYMENT,
      '-V',
      '8',
      '-d',
      'fix',
    ]);
  });

  it('makes no version when the push pushed nothing', async () => {
    const { context, calls } = harness(
      { push: { stdout: 'Skipping push.\n' }, 'create-version': { stdout: 'Created version 9\n' } },
      { '.clasp-prod.json': target({}) },
    );

    await expect(release(context, [])).rejects.toThrow(DeployError);
    expect(calls.map((c) => c.args[2])).toEqual(['push']);
  });

  it('fails, recording nothing, when the deployment does not confirm the version', async () => {
    const { context, files } = harness(
      {
        push: { stdout: PUSHED },
        'create-version': { stdout: 'Created version 3\n' },
        'create-deployment': { code: 1, stderr: 'Request contains an invalid argument.' },
      },
      { '.clasp-prod.json': target({}) },
    );

    await expect(release(context, [])).rejects.toThrow('create-deployment ไม่สำเร็จ');
    expect(JSON.parse(files['.clasp-prod.json']!).deploymentId).toBeUndefined();
  });
});

describe('npm run deploy:template', () => {
  it('records the ids given, pushes to the bound script and prints the /copy link', async () => {
    const { context, calls, log } = harness({ push: { stdout: PUSHED } });

    const link = await template(context, ['--script-id', SCRIPT, '--spreadsheet-id', SHEET]);

    expect(link).toBe(`https://docs.google.com/spreadsheets/d/${SHEET}/copy`);
    expect(calls.map((c) => c.args)).toEqual([['-P', '.clasp-template.json', 'push', '-f']]);
    expect(log[log.length - 1]).toBe(link);
  });

  it('refuses a spreadsheet id that is not one (a whole URL pasted), pushing nothing', async () => {
    const { context, calls } = harness({ push: { stdout: PUSHED } });

    await expect(
      template(context, [
        '--script-id',
        SCRIPT,
        '--spreadsheet-id',
        `https://docs.google.com/spreadsheets/d/${SHEET}`,
      ]),
    ).rejects.toThrow('--spreadsheet-id ไม่ถูกต้อง');
    expect(calls).toEqual([]);
  });

  it('prints no link when the push fails', async () => {
    const { context, log } = harness(
      { push: { stdout: 'Skipping push.\n' } },
      { '.clasp-template.json': target({ parentId: SHEET }) },
    );

    await expect(template(context, [])).rejects.toThrow('Skipping push');
    expect(log.join('\n')).not.toContain('/copy');
  });

  it('builds the copy link only from a valid id', () => {
    expect(copyLink(SHEET)).toBe(`https://docs.google.com/spreadsheets/d/${SHEET}/copy`);
    expect(() => copyLink('abc/../x')).toThrow('ไม่ถูกต้อง');
  });
});

describe('--allow-unchanged', () => {
  it('lets a release go on when the script already holds dist/ (a re-run after a failed version step)', async () => {
    const { context, calls } = harness(
      {
        push: { stdout: 'Script is already up to date.\n' },
        'create-version': { stdout: 'Created version 4\n' },
        'create-deployment': { stdout: `Deployed ${DEPLOYMENT} @4\n` },
      },
      { '.clasp-prod.json': target({}) },
    );

    await release(context, ['--allow-unchanged']);

    expect(calls.map((c) => c.args[2])).toEqual(['push', 'create-version', 'create-deployment']);
  });

  it('still fails a skipped push', async () => {
    const { context } = harness({ push: { stdout: 'Skipping push.\n' } }, { '.clasp-test.json': target({}) });

    await expect(deploy(context, ['--allow-unchanged'])).rejects.toThrow('Skipping push');
  });
});
