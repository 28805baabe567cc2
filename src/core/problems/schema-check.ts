/**
 * The checks at the boundaries (requests, files, storage) are valibot schemas — modular, so the
 * server bundle carries only the checks it uses, and every Apps Script execution (each
 * custom-function call included) evaluates the whole bundle. Callers meet them through `Checker`:
 * `safeParse` answers the value or the issues, each issue with its path as plain keys. The object
 * helpers keep what an officer reads as it was: a missing field says what its own check says of
 * nothing, an array is not an object, and a strict object lists every key it does not know.
 */

import * as v from 'valibot';

/** One failed check: where (the field's path) and what. */
export interface SchemaIssue {
  /** valibot's name of the check ('string', 'max_length', 'strict_object', …). */
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
export interface Checker<T> {
  /** The valibot schema, to build a larger one from. */
  readonly schema: v.GenericSchema<unknown, T>;
  safeParse(input: unknown): Checked<T>;
}

function pathKey(key: unknown): PropertyKey {
  return typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol' ? key : String(key);
}

function toIssue(issue: v.BaseIssue<unknown>): SchemaIssue {
  const items = issue.path ?? [];
  const last = items[items.length - 1];
  // An unknown key is a fault of the object that has it, as the strict object's message says.
  const keys = last?.origin === 'key' && issue.expected === 'never' ? items.slice(0, -1) : items;
  return { type: issue.type, path: keys.map((item) => pathKey(item.key)), message: issue.message };
}

/** The checker of a schema. */
export function checker<S extends v.GenericSchema>(schema: S): Checker<v.InferOutput<S>> {
  return {
    schema,
    safeParse(input) {
      const result = v.safeParse(schema, input);
      return result.success
        ? { success: true, data: result.output }
        : { success: false, error: { issues: result.issues.map(toIssue) } };
    },
  };
}

function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** The keys of the object an issue is about that the entries do not name. */
function unknownKeys(issue: v.BaseIssue<unknown>, entries: v.ObjectEntries): string[] {
  const input = issue.path?.[0]?.input;
  const known = new Set(Object.keys(entries));
  const keys: string[] = [];
  if (isObject(input)) for (const key in input) if (!known.has(key)) keys.push(key);
  return keys;
}

/** What a missing field's own schema says of nothing, or that it was not sent. */
function missingField(issue: v.BaseIssue<unknown>, entries: v.ObjectEntries): string {
  // valibot reports a missing key only for a key of the entries.
  const key = String(issue.path?.[0]?.key);
  const entry = entries[key];
  const said = entry ? v.safeParse(entry, undefined).issues?.[0].message : undefined;
  return said ?? `ไม่ได้ส่ง ${key} มา (${key} is missing)`;
}

// valibot's object takes an array; a custom schema ahead of it refuses one, as zod's object did.
function plain<S extends v.GenericSchema>(notObject: string, schema: S) {
  return v.pipe(v.custom<v.InferInput<S>>(isObject, notObject), schema);
}

/** An object that drops keys it does not know. */
export function object<const E extends v.ObjectEntries>(entries: E, notObject: string) {
  return plain(
    notObject,
    v.object(entries, (issue) => missingField(issue, entries)),
  );
}

/** An object that refuses keys it does not know, with the message of all of them. */
export function strictObject<const E extends v.ObjectEntries>(
  entries: E,
  notObject: string,
  unknown: (keys: readonly string[]) => string,
) {
  return plain(
    notObject,
    v.strictObject(entries, (issue) =>
      issue.expected === 'never' ? unknown(unknownKeys(issue, entries)) : missingField(issue, entries),
    ),
  );
}

/** An object of any keys, each value checked by one schema. */
export function record<S extends v.GenericSchema>(value: S, notObject: string) {
  return plain(notObject, v.record(v.string(), value, notObject));
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
  return v.pipe(
    v.number(type),
    v.finite(type),
    v.check((n) => !Number.isFinite(n) || Number.isSafeInteger(n), whole),
    v.check((n) => !Number.isInteger(n) || (n >= min && n <= max), range),
  );
}
