/**
 * The maintainers' deploy commands (npm run setup / deploy / deploy:prod / deploy:template): what each
 * one runs and in which order, over an injected clasp runner and target store, so the tests run them
 * without a network. scripts/deploy.ts wires the real ones.
 */

import { parseArgs } from 'node:util';
import { type ClaspRunner, createVersion, deployVersion, push } from './deploy-clasp';
import {
  checkId,
  copyLink,
  DeployError,
  parseTarget,
  ROOT_DIR,
  readTarget,
  type TargetConfig,
  type TargetName,
  type TargetStore,
  targetFile,
  writeTarget,
} from './deploy-targets';

export interface DeployContext {
  readonly run: ClaspRunner;
  readonly store: TargetStore;
  /** A fresh empty folder for `clasp create-script`, which writes its own project file there. */
  readonly scratchDir: () => string;
  readonly log: (line: string) => void;
}

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        target: { type: 'string' },
        'script-id': { type: 'string' },
        'spreadsheet-id': { type: 'string' },
        create: { type: 'boolean' },
        title: { type: 'string' },
        description: { type: 'string' },
        'allow-unchanged': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new DeployError(`ตัวเลือกไม่ถูกต้อง (bad option): ${error instanceof Error ? error.message : error}`);
  }
}

/** `clasp create-script` in a scratch folder: a standalone script, or for the template a new spreadsheet with its script. */
async function createScript(
  context: DeployContext,
  target: TargetName,
  title: string,
): Promise<{ scriptId: string; parentId?: string }> {
  const type = target === 'template' ? 'sheets' : 'standalone';
  const result = await context.run(
    ['--json', 'create-script', '--type', type, '--title', title, '--rootDir', ROOT_DIR],
    { cwd: context.scratchDir() },
  );
  const start = result.stdout.indexOf('{');
  let made: { scriptId?: unknown; parentId?: unknown } = {};
  try {
    if (result.code === 0 && start >= 0) made = JSON.parse(result.stdout.slice(start));
  } catch {
    made = {};
  }
  if (typeof made.scriptId !== 'string') {
    throw new DeployError(
      `สร้างสคริปต์ไม่สำเร็จ (clasp create-script failed, exit ${result.code}): ` +
        `${`${result.stdout}\n${result.stderr}`.trim() || '(no output)'}`,
    );
  }
  const scriptId = checkId('scriptId', made.scriptId);
  return typeof made.parentId === 'string'
    ? { scriptId, parentId: checkId('parentId', made.parentId) }
    : { scriptId };
}

/**
 * `npm run setup -- --target test|prod|template (--script-id ID | --create [--title T]) [--spreadsheet-id SID]`:
 * writes the target's project file. A release's deploymentId is kept while the script stays the same.
 */
export async function setup(context: DeployContext, args: readonly string[]): Promise<TargetConfig> {
  const values = options(args);
  const target = parseTarget(values.target);
  if (values.create === (values['script-id'] !== undefined)) {
    throw new DeployError(
      'ระบุ --script-id ID หรือ --create อย่างใดอย่างหนึ่ง (give either --script-id ID or --create, not both)',
    );
  }
  let made: { scriptId: string; parentId?: string };
  if (values.create) {
    // A bound script's (and a test deployment's) menu is under Extensions › the project's title.
    made = await createScript(context, target, values.title ?? 'ita-sheets');
  } else {
    const scriptId = checkId('--script-id', values['script-id']);
    const sheet = values['spreadsheet-id'];
    made = sheet !== undefined ? { scriptId, parentId: checkId('--spreadsheet-id', sheet) } : { scriptId };
  }
  if (target === 'template' && made.parentId === undefined) {
    throw new DeployError(
      'เป้าหมาย template ต้องมี --spreadsheet-id ของสเปรดชีตต้นแบบ (the template target needs --spreadsheet-id)',
    );
  }
  const before = context.store.read(targetFile(target)) === undefined ? undefined : safeRead(context, target);
  const keep = before?.scriptId === made.scriptId ? before.deploymentId : undefined;
  const config: TargetConfig = {
    scriptId: made.scriptId,
    rootDir: ROOT_DIR,
    ...(made.parentId !== undefined ? { parentId: made.parentId } : {}),
    ...(keep !== undefined ? { deploymentId: keep } : {}),
  };
  writeTarget(context.store, target, config);
  context.log(`${targetFile(target)}: scriptId ${config.scriptId}, rootDir ${ROOT_DIR}`);
  context.log(`https://script.google.com/d/${config.scriptId}/edit`);
  if (config.parentId) context.log(copyLink(config.parentId));
  return config;
}

function safeRead(context: DeployContext, target: TargetName): TargetConfig | undefined {
  try {
    return readTarget(context.store, target);
  } catch {
    return undefined;
  }
}

/** `npm run deploy [-- --target prod] [--allow-unchanged]`: the built dist/ pushed, forced, to the target (test by default). */
export async function deploy(context: DeployContext, args: readonly string[]): Promise<string[]> {
  const values = options(args);
  const target = parseTarget(values.target ?? 'test');
  readTarget(context.store, target);
  const files = await push(context.run, target, values['allow-unchanged'] === true);
  if (files.length === 0) context.log(`${target} มีไฟล์ตรงกับ dist/ อยู่แล้ว (the script already holds dist/)`);
  else
    context.log(
      `ส่งแล้ว ${files.length} ไฟล์ไปยัง ${target} (pushed ${files.length} files): ${files.join(', ')}`,
    );
  return files;
}

/**
 * `npm run deploy:prod`: push, then a version, then the add-on's deployment moved to it (made the
 * first time, its id recorded in the target's file). Stops at the first step that fails.
 */
export async function release(
  context: DeployContext,
  args: readonly string[],
): Promise<{ version: number; deploymentId: string }> {
  const values = options(args);
  const target = parseTarget(values.target ?? 'prod');
  const config = readTarget(context.store, target);
  const description = values.description ?? `ita-sheets ${new Date().toISOString().slice(0, 10)}`;
  await push(context.run, target, values['allow-unchanged'] === true);
  const version = await createVersion(context.run, target, description);
  const deploymentId = await deployVersion(context.run, target, version, description, config.deploymentId);
  if (deploymentId !== config.deploymentId) writeTarget(context.store, target, { ...config, deploymentId });
  context.log(`รุ่น ${version} ติดตั้งแล้วที่ ${deploymentId} (version ${version} deployed to ${deploymentId})`);
  return { version, deploymentId };
}

/**
 * `npm run deploy:template [-- --script-id ID --spreadsheet-id SID]`: the ids (when given) written to
 * the template target, dist/ pushed to the script bound to the template, and its /copy link printed.
 */
export async function template(context: DeployContext, args: readonly string[]): Promise<string> {
  const values = options(args);
  if (values.target !== undefined && values.target !== 'template') {
    throw new DeployError(
      'deploy:template ส่งไปยังเป้าหมาย template เท่านั้น (deploy:template pushes the template target)',
    );
  }
  if (values['script-id'] !== undefined || values['spreadsheet-id'] !== undefined) {
    const given: string[] = ['--target', 'template', '--script-id', values['script-id'] ?? ''];
    await setup(context, [...given, '--spreadsheet-id', values['spreadsheet-id'] ?? '']);
  }
  const config = readTarget(context.store, 'template');
  await push(context.run, 'template');
  const link = copyLink(config.parentId ?? '');
  context.log('ส่งสคริปต์ไปยังสเปรดชีตต้นแบบแล้ว ลิงก์ให้เจ้าหน้าที่ทำสำเนา (pushed; the link officers copy):');
  context.log(link);
  return link;
}
