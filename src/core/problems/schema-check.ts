/**
 * The checks at the boundaries (requests, files, storage) are zod schemas (`zod/mini`, whose
 * functions tree-shake: every Apps Script execution, each custom-function call included, evaluates
 * the whole bundle). Callers meet them through `Checker`: `safeParse` answers the value or the
 * issues, each issue with its path as plain keys and a message an officer can read. The object
 * helpers keep what an officer reads as it was: a missing field says what its own check says of
 * nothing (or that it was not sent), an array is not an object, and a strict object lists every key
 * it does not know.
 */

import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

/** One failed check: where (the field's path) and what. */
export interface SchemaIssue {
  /** What was checked: the expected type of a wrong-type issue ('string', 'object' …), else zod's code. */
  readonly type: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A check's result: the value, or the issues (in `error`, where callers have always read them). */
export type Checked<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | {
      readonly success: false;
      readonly data?: undefined;
      readonly error: { readonly issues: readonly SchemaIssue[] };
    };

/** A schema and its one call. */
export interface Checker<T, S = z.ZodMiniType<T>> {
  /** The zod schema, to build a larger one from. */
  readonly schema: S;
  safeParse(input: unknown): Checked<T>;
}

/** The message zod/mini gives a check that was given none (it ships no locale). */
const GENERIC = 'Invalid input';

/** An English description of an issue that came without a message of its own. */
function english(issue: zc.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `too big: at most ${String(issue.maximum)}`;
    case 'too_small':
      return `too small: at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((x) => JSON.stringify(x)).join(', ')}`;
    case 'invalid_format':
      return `wrong format (${issue.format})`;
    case 'unrecognized_keys':
      return `unknown keys ${issue.keys.join(', ')}`;
    default:
      return 'invalid input';
  }
}

function toIssue(issue: zc.$ZodIssue): SchemaIssue {
  const path = issue.path.map((key) => (typeof key === 'object' ? String(key) : key));
  if (issue.code === 'invalid_type' && issue.expected === 'nonoptional') {
    // A field whose schema takes anything, left out: say which one.
    const key = String(path[path.length - 1]);
    return { type: 'missing', path, message: `ไม่ได้ส่ง ${key} มา (${key} is missing)` };
  }
  const type = issue.code === 'invalid_type' ? issue.expected : issue.code;
  return { type, path, message: issue.message === GENERIC ? english(issue) : issue.message };
}

/** The checker of a schema. */
export function checker<S extends z.ZodMiniType>(schema: S): Checker<z.output<S>, S> {
  return {
    schema,
    safeParse(input) {
      const result = z.safeParse(schema, input);
      return result.success
        ? { success: true, data: result.data }
        : { success: false, error: { issues: result.error.issues.map(toIssue) } };
    },
  };
}

/** The message of a schema's own wrong-type issue; every other issue keeps its own. */
const whenNot =
  (message: string) =>
  (issue: { readonly code?: string }): string | undefined =>
    issue.code === 'invalid_type' ? message : undefined;

/** An object that drops keys it does not know. */
export function object<const E extends zc.$ZodLooseShape>(entries: E, notObject: string) {
  return z.object(entries, { error: whenNot(notObject) });
}

/** An object that refuses keys it does not know, with the message of all of them. */
export function strictObject<const E extends zc.$ZodLooseShape>(
  entries: E,
  notObject: string,
  unknown: (keys: readonly string[]) => string,
) {
  return z.strictObject(entries, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknown(issue.keys) : whenNot(notObject)(issue)),
  });
}

/** An object of any keys, each value checked by one schema. */
export function record<S extends zc.SomeType>(value: S, notObject: string) {
  return z.record(z.string(), value, { error: whenNot(notObject) });
}

/**
 * A whole number from min to max, checked as the schemas always have: a number that is not finite says
 * `type`; a fraction says `whole` and nothing more; an integer past 2^53 says `whole` and is still
 * held to the range.
 */
export function wholeNumber(
  min: number,
  max: number,
  messages: { readonly type: string; readonly whole?: string; readonly range?: string },
) {
  const { type, whole = type, range = type } = messages;
  return z.number({ error: type }).check(
    z.refine((n) => Number.isSafeInteger(n), { error: whole }),
    z.refine((n) => !Number.isInteger(n) || (n >= min && n <= max), { error: range }),
  );
}
