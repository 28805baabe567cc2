/**
 * The per-folder tsconfig projects (`npm run typecheck` is `tsc -b`) keep each part to what it runs on:
 * a tiny fixture using the DOM, an Apps Script service or Node is compiled under each project's own
 * options, and the compiler, not a text search, refuses what the part must not touch.
 */

import { dirname, join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const FIXTURES = join(__dirname, 'fixtures', 'tsconfig');

/** The errors of compiling one fixture under the options of the project in `folder`. */
function errors(folder: string, fixture: string): string[] {
  const configPath = join(ROOT, folder, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    composite: false,
    noEmit: true,
    emitDeclarationOnly: false,
    declaration: false,
    rootDir: ROOT,
  };
  const program = ts.createProgram([join(FIXTURES, fixture)], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${line}: TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

const PROJECTS = {
  'src/core': { dom: false, appsScript: false, node: false },
  'src/shared': { dom: false, appsScript: false, node: false },
  'src/sheets': { dom: false, appsScript: true, node: false },
  'src/sheets/memory': { dom: false, appsScript: true, node: true },
  'src/server': { dom: false, appsScript: true, node: false },
  sidebar: { dom: true, appsScript: false, node: false },
  'src/cli': { dom: false, appsScript: false, node: true },
  'src/preview': { dom: false, appsScript: false, node: true },
} as const;

describe.each(Object.entries(PROJECTS))('the %s project', (folder, allowed) => {
  it('compiles plain ES2020', () => {
    expect(errors(folder, 'pure.ts')).toEqual([]);
  });

  it.each([
    ['the DOM', 'uses-dom.ts', allowed.dom, 'document'],
    ['an Apps Script service', 'uses-apps-script.ts', allowed.appsScript, 'SpreadsheetApp'],
    ['Node', 'uses-node.ts', allowed.node, 'process'],
  ])('%s: allowed only where the part runs on it', (_, fixture, isAllowed, name) => {
    const found = errors(folder, fixture);

    if (isAllowed) expect(found).toEqual([]);
    else expect(found).toEqual([expect.stringMatching(new RegExp(`Cannot find name '${name}'`))]);
  });
});

describe('the sidebar project, on the requests it sends', () => {
  it('refuses a request its schema would refuse by its shape, and a function the server lacks', () => {
    const found = errors('sidebar', 'sidebar-requests.ts');

    expect(found.map((e) => e.split(':')[0])).toEqual(['5', '6', '7']);
    expect(found[0]).toMatch(/'"minutes"' is not assignable/);
    expect(found[1]).toMatch(/sheetId/);
    expect(found[2]).toMatch(/deleteEverything/);
  });
});
