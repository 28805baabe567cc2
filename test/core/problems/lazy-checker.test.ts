import { documentHeaderSchema } from '../../../src/core/documents/header';
import { lazyChecker } from '../../../src/core/problems/lazy-checker';
import type * as schemaCheck from '../../../src/core/problems/schema-check';

describe('lazyChecker', () => {
  it('makes its schema on the first check, once, and checks as the schema does', () => {
    let made = 0;
    const header = lazyChecker(() => {
      made += 1;
      return documentHeaderSchema;
    });

    expect(made).toBe(0);
    expect(header.safeParse({ fiscalYear: 2568 })).toEqual({ success: true, data: { fiscalYear: 2568 } });
    expect(header.safeParse({ fiscalYear: 'x' })).toMatchObject({
      success: false,
      error: { issues: [{ path: ['fiscalYear'], message: expect.stringContaining('fiscal year') }] },
    });
    expect(header.schema).toBeDefined();
    expect(made).toBe(1);
  });
});

describe('the schemas at a module top level', () => {
  // Apps Script evaluates the whole bundle on every custom-function call: loading must build no schema.
  it.each([
    ['the sidebar requests', '../../../src/shared/requests', 'reportRequest'],
    ['the document header and profile', '../../../src/core/documents/header', 'profileSchema'],
  ])('of %s are built when first used, not when loaded', (_, path, name) => {
    jest.isolateModules(() => {
      const check = require('../../../src/core/problems/schema-check') as typeof schemaCheck;
      const built = jest.spyOn(check, 'checker');
      const module = require(path) as Record<string, schemaCheck.Checker<unknown>>;

      expect(built).not.toHaveBeenCalled();
      module[name]!.safeParse({});
      module[name]!.safeParse({});
      expect(built).toHaveBeenCalledTimes(1);
    });
  });
});
