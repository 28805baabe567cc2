/** JSON values, for chart options that must survive a save. */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON copy of the value; throws when JSON cannot hold it (undefined, a function, a cycle, a bigint). */
export function toJsonValue(value: unknown, what: string): JsonValue {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new Error(
      `${what}: the value cannot be saved as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (text === undefined) throw new Error(`${what}: ${typeof value} cannot be saved as JSON`);
  return JSON.parse(text) as JsonValue;
}
