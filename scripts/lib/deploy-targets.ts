/**
 * The deploy targets (test, prod, template), each a clasp project file `.clasp-<target>.json` beside
 * package.json: clasp's own fields (`scriptId`, `rootDir: "dist"`, `parentId` for the template's
 * spreadsheet) and, for a release, the add-on's `deploymentId`. Never committed (.gitignore): each
 * maintainer writes them with `npm run setup`. Pure: the files are read and written through a store.
 */

export const TARGETS = ['test', 'prod', 'template'] as const;
export type TargetName = (typeof TARGETS)[number];

/** What clasp pushes: the build's output folder. */
export const ROOT_DIR = 'dist';

export interface TargetConfig {
  readonly scriptId: string;
  readonly rootDir: string;
  /** The spreadsheet a template's script is bound to (clasp's `parentId`). */
  readonly parentId?: string;
  /** The add-on's deployment, made by the first release and updated by every later one. */
  readonly deploymentId?: string;
}

/** Reads and writes the targets' files (the real one is the repository's root folder). */
export interface TargetStore {
  read(file: string): string | undefined;
  write(file: string, text: string): void;
}

/** An error of the deploy commands: its message is the whole explanation (Thai, then an English gloss). */
export class DeployError extends Error {
  override name = 'DeployError';
}

/** Google's ids (a script, a spreadsheet, a deployment): letters, digits, _ and -, 20 or more. */
const ID = /^[A-Za-z0-9_-]{20,}$/;

export function targetFile(target: TargetName): string {
  return `.clasp-${target}.json`;
}

export function parseTarget(value: string | undefined): TargetName {
  const found = TARGETS.find((t) => t === value);
  if (!found) {
    throw new DeployError(
      `เป้าหมาย "${value ?? ''}" ไม่มี ใช้ ${TARGETS.join(', ')} (unknown target "${value ?? ''}": use ${TARGETS.join(', ')})`,
    );
  }
  return found;
}

/** Checks an id a maintainer typed or a file holds; `what` names it (e.g. `--script-id`). */
export function checkId(what: string, value: string | undefined): string {
  const id = (value ?? '').trim();
  if (!ID.test(id)) {
    throw new DeployError(
      `${what} ไม่ถูกต้อง: "${value ?? ''}" ต้องเป็นตัวอักษร ตัวเลข _ หรือ - อย่างน้อย 20 ตัว ` +
        `(${what} is not a Google id: "${value ?? ''}"; expected [A-Za-z0-9_-]{20,})`,
    );
  }
  return id;
}

function setupHint(target: TargetName): string {
  const spreadsheet = target === 'template' ? ' --spreadsheet-id SPREADSHEET_ID' : '';
  return `npm run setup -- --target ${target} --script-id SCRIPT_ID${spreadsheet} ` + '(หรือ / or --create)';
}

/** The target's config, checked; a missing or broken file is explained with the command that writes it. */
export function readTarget(store: TargetStore, target: TargetName): TargetConfig {
  const file = targetFile(target);
  const text = store.read(file);
  if (text === undefined) {
    throw new DeployError(
      `ยังไม่ได้ตั้งค่าเป้าหมาย ${target}: ไม่มีไฟล์ ${file} สร้างด้วย ${setupHint(target)} ` +
        `(target ${target} is not set up: ${file} is missing; write it with the command above)`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DeployError(`${file} ไม่ใช่ JSON (${file} is not JSON): เขียนใหม่ด้วย ${setupHint(target)}`);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const field = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const scriptId = checkId(`${file} scriptId`, field('scriptId'));
  if (field('rootDir') !== ROOT_DIR) {
    throw new DeployError(
      `${file}: rootDir ต้องเป็น "${ROOT_DIR}" ไม่ใช่ "${field('rootDir') ?? ''}" ` +
        `(clasp must push the build's ${ROOT_DIR}/, not "${field('rootDir') ?? ''}")`,
    );
  }
  const parentId = field('parentId');
  const deploymentId = field('deploymentId');
  if (target === 'template' && parentId === undefined) {
    throw new DeployError(
      `${file} ไม่มี parentId (รหัสสเปรดชีตต้นแบบ) (${file} names no template spreadsheet): ${setupHint(target)}`,
    );
  }
  return {
    scriptId,
    rootDir: ROOT_DIR,
    ...(parentId !== undefined ? { parentId: checkId(`${file} parentId`, parentId) } : {}),
    ...(deploymentId !== undefined ? { deploymentId: checkId(`${file} deploymentId`, deploymentId) } : {}),
  };
}

/** Writes the target's file (a trailing newline, two-space JSON, as clasp writes its own). */
export function writeTarget(store: TargetStore, target: TargetName, config: TargetConfig): void {
  store.write(targetFile(target), `${JSON.stringify(config, null, 2)}\n`);
}

/** The link that makes an officer's own copy of the template spreadsheet, its script bound to it. */
export function copyLink(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${checkId('--spreadsheet-id', spreadsheetId)}/copy`;
}
