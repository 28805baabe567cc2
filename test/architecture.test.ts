import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// DESIGN §7: least privilege. A scope beyond these needs an entry here with its reason.
const ALLOWED_SCOPES: Record<string, string> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': 'read and write the open spreadsheet only',
  'https://www.googleapis.com/auth/script.container.ui': 'menus, dialogs and the sidebar inside Sheets',
};

// The functional core touches no Apps Script service, no DOM and no Node, and imports nothing outside the
// core: the compiler checks it (src/core/tsconfig.json, proven by test/tsconfig-projects.test.ts).

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));

  it('asks for no scope beyond the documented allow-list', () => {
    // Without the list Apps Script would infer scopes from the code, wider than these.
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
    const extra = (manifest.oauthScopes as string[]).filter((s) => !(s in ALLOWED_SCOPES));

    expect(extra).toEqual([]);
  });

  it('is the manifest the build pushes', () => {
    const pushed = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));

    expect(pushed.oauthScopes).toEqual(manifest.oauthScopes);
  });

  it('runs on V8 in Asia/Bangkok, so dates reach custom functions in Thai time', () => {
    expect([manifest.runtimeVersion, manifest.timeZone]).toEqual(['V8', 'Asia/Bangkok']);
  });
});

describe('the sidebar', () => {
  it.each(sourceFiles(join(ROOT, 'sidebar', 'src')).map((f) => [relative(ROOT, f), f]))(
    '%s builds its page with DOM nodes and text, never markup from a string',
    (_, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

      expect(code).not.toMatch(
        /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc)\b|\beval\(|new Function\(/,
      );
    },
  );
});

describe('code evaluated from text', () => {
  it('is none: no source file builds a function from a string or evaluates one', () => {
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'sidebar', 'src'))];
    const evaluating = files.filter((file) => /\bnew Function\(|\beval\(/.test(code(file)));
    // A file's content read as text: only the print view's font, a style the print dialog includes
    // (test/dist/sidebar-api.test.ts checks the built file holds a <style> and nothing else).
    const reading = files.filter((file) => /\.getContent\(\)/.test(code(file)));

    expect(evaluating.map((file) => relative(ROOT, file))).toEqual([]);
    expect(reading.map((file) => relative(ROOT, file))).toEqual(['src/server/apps-script-context.ts']);
    expect(code(join(ROOT, 'src', 'server', 'apps-script-context.ts'))).toMatch(
      /createHtmlOutputFromFile\(PRINT_FONT_FILE\)\.getContent\(\)/,
    );
  });
});
