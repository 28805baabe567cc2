/**
 * A checker made on its first use. Apps Script evaluates the whole bundle on every execution, each
 * custom-function call included, so a schema a custom function never uses is not built at load:
 * `lazyChecker(() => checker(…))` at a module's top level costs one closure until it checks something.
 */

import type { Checker } from './schema-check';

export function lazyChecker<T>(make: () => Checker<T>): Checker<T> {
  let made: Checker<T> | undefined;
  const get = (): Checker<T> => {
    made ??= make();
    return made;
  };
  return {
    get schema() {
      return get().schema;
    },
    safeParse: (input) => get().safeParse(input),
  };
}
