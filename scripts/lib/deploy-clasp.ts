/**
 * clasp's commands as the deploy scripts run them, through an injected runner (the real one spawns
 * `clasp`; the tests give their own, so no test calls Google), and clasp's printed output read back:
 * a command that did nothing is a failure here even where clasp exits 0 (a push "Skipping push.").
 */

import { DeployError, type TargetName, targetFile } from './deploy-targets';

export interface ClaspResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `clasp ARGS…` to its end (in `cwd`, else the repository's root) and gives its exit code and output. */
export type ClaspRunner = (
  args: readonly string[],
  options?: { readonly cwd?: string },
) => Promise<ClaspResult>;

/**
 * The files the build writes to dist/ (scripts/build.ts): a push that does not list each of them did not
 * deploy the add-in (test/dist checks the list against dist/ itself).
 */
export const PUSHED_FILES = [
  'appsscript.json',
  'ita-sheets.js',
  'sidebar.html',
  'help.html',
  'print-font.html',
] as const;

function output(result: ClaspResult): string {
  return `${result.stdout}\n${result.stderr}`.trim();
}

/** The reason clasp gave, explained where we know what it means. */
function claspFailure(target: TargetName, step: string, result: ClaspResult): DeployError {
  const text = output(result);
  const file = targetFile(target);
  let hint = '';
  if (/Project settings not found/i.test(text)) {
    hint = ` clasp อ่าน ${file} ไม่ได้: ตั้งค่าด้วย npm run setup -- --target ${target} (clasp found no project in ${file})`;
  } else if (/not logged in|No credentials|login/i.test(text)) {
    hint = ' เข้าสู่ระบบก่อนด้วย npx clasp login (log in first: npx clasp login)';
  } else if (/User has not enabled the Apps Script API/i.test(text)) {
    hint =
      ' เปิด Apps Script API ที่ https://script.google.com/home/usersettings ' +
      '(turn on the Apps Script API in your user settings)';
  }
  return new DeployError(
    `${step} ไม่สำเร็จ (clasp ${step} failed, exit ${result.code}) ไปยัง ${target}:${hint}\n${text || '(ไม่มีข้อความ / no output)'}`,
  );
}

/** The base name of each file clasp lists as pushed (`└─ dist/ita-sheets.js`). */
export function pushedFiles(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => /^\s*└─\s*(.+?)\s*$/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined)
    .map((path) => path.split(/[\\/]/).pop() ?? path);
}

/**
 * `clasp push -f` with the target's project file. Forced, since the first push changes the manifest
 * and clasp, without a terminal to ask, skips the push and exits 0. Fails unless every built file is
 * listed as pushed: "Skipping push.", "Script is already up to date." and an empty list are failures
 * (the second one not with `allowUnchanged`: the script holds dist/ already, e.g. a release re-run
 * after its version step failed).
 */
export async function push(run: ClaspRunner, target: TargetName, allowUnchanged = false): Promise<string[]> {
  const result = await run(['-P', targetFile(target), 'push', '-f']);
  if (result.code !== 0) throw claspFailure(target, 'push', result);
  const text = output(result);
  if (/Skipping push/i.test(text)) {
    throw new DeployError(
      `push ไปยัง ${target} ถูกข้าม: clasp ไม่ได้ส่งไฟล์ใด (clasp printed "Skipping push.": nothing was pushed)\n${text}`,
    );
  }
  if (/already up to date/i.test(text)) {
    if (allowUnchanged) return [];
    throw new DeployError(
      `ไม่มีไฟล์ใดถูกส่งไปยัง ${target}: clasp ว่าสคริปต์ตรงกับ dist/ อยู่แล้ว ` +
        `(nothing was pushed: clasp says the script already matches dist/; ` +
        `to go on with it as it is, add --allow-unchanged)\n${text}`,
    );
  }
  const files = pushedFiles(result.stdout);
  const missing = PUSHED_FILES.filter((name) => !files.includes(name));
  if (files.length === 0 || missing.length > 0) {
    throw new DeployError(
      `push ไปยัง ${target} ไม่ครบ: ไม่มี ${missing.join(', ')} ในรายการที่ clasp ส่ง ` +
        `(clasp did not list ${missing.join(', ')} as pushed; run npm run build first)\n${text || '(no output)'}`,
    );
  }
  return files;
}

/** `clasp create-version DESCRIPTION`: the new version's number. */
export async function createVersion(
  run: ClaspRunner,
  target: TargetName,
  description: string,
): Promise<number> {
  const result = await run(['-P', targetFile(target), 'create-version', description]);
  if (result.code !== 0) throw claspFailure(target, 'create-version', result);
  const number = /Created version (\d+)/.exec(result.stdout)?.[1];
  if (number === undefined) {
    throw new DeployError(
      `create-version: ไม่พบเลขรุ่นในผลของ clasp (clasp printed no version number)\n${output(result)}`,
    );
  }
  return Number(number);
}

/**
 * Points the add-on's deployment at `version`: `clasp update-deployment ID` when it exists, else
 * `clasp create-deployment` the first time. Gives the deployment's id.
 */
export async function deployVersion(
  run: ClaspRunner,
  target: TargetName,
  version: number,
  description: string,
  deploymentId: string | undefined,
): Promise<string> {
  const options = ['-V', String(version), '-d', description];
  const args = deploymentId
    ? ['-P', targetFile(target), 'update-deployment', deploymentId, ...options]
    : ['-P', targetFile(target), 'create-deployment', ...options];
  const step = deploymentId ? 'update-deployment' : 'create-deployment';
  const result = await run(args);
  if (result.code !== 0) throw claspFailure(target, step, result);
  const made = /(?:Re)?[Dd]eployed (\S+) @(\d+)/.exec(result.stdout);
  if (!made || Number(made[2]) !== version || (deploymentId && made[1] !== deploymentId)) {
    throw new DeployError(
      `${step}: clasp ไม่ได้ยืนยันว่าการติดตั้งใช้รุ่น ${version} ` +
        `(clasp did not confirm the deployment at version ${version})\n${output(result)}`,
    );
  }
  return made[1]!;
}
