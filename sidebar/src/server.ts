/**
 * The sidebar's one way to the server: google.script.run as a promise. Every answer is an ApiResult;
 * a call that never reached the server (network, a script error, no Apps Script at all) becomes one
 * too, so the views handle a single shape.
 */

import type { ApiResult, ServerApi, ServerRequest } from '../../src/shared/api';

/** The answer of a server function: the ApiResult it returns. */
export type ServerAnswer<K extends keyof ServerApi> = ReturnType<ServerApi[K]>;

/** The part of google.script.run the sidebar uses (the client has no @types for it). */
type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & Readonly<Record<keyof ServerApi, (request?: unknown) => void>>;

interface GoogleGlobal {
  readonly google?: { readonly script?: { readonly run?: ScriptRun } };
}

const UNREACHABLE = 'ติดต่อเซิร์ฟเวอร์ไม่ได้';

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'ไม่ทราบสาเหตุ (unknown reason)';
}

/** A transport failure as an answer, in Thai with an English gloss. */
export function unreachable(reason: string): ApiResult<never> {
  return { ok: false, error: `${UNREACHABLE}: ${reason} (could not reach the server; try again)` };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  return ok === true || (ok === false && typeof (value as { error?: unknown }).error === 'string');
}

/**
 * Calls a server function with its request (typed from the schema the server checks it with); resolves
 * with its ApiResult, never rejects.
 */
export function callServer<K extends keyof ServerApi>(
  name: K,
  request?: ServerRequest<K>,
): Promise<ServerAnswer<K>> {
  // Read at call time, not load time: a stand-in (the local preview, the browser tests) may be
  // installed after this module has run.
  const run = (globalThis as GoogleGlobal).google?.script?.run;
  return new Promise<ApiResult<unknown>>((resolve) => {
    if (!run) {
      resolve(unreachable('ไม่พบ google.script.run — เปิดแถบด้านข้างจากเมนูของ Google Sheets'));
      return;
    }
    const call = run
      .withSuccessHandler((value) =>
        resolve(isApiResult(value) ? value : unreachable('คำตอบของเซิร์ฟเวอร์ไม่ถูกแบบ (malformed answer)')),
      )
      .withFailureHandler((error) => resolve(unreachable(reasonOf(error))));
    try {
      if (request === undefined) call[name]();
      else call[name](request);
    } catch (error) {
      resolve(unreachable(reasonOf(error)));
    }
  }) as Promise<ServerAnswer<K>>;
}
