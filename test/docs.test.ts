/**
 * The README and docs/ as a new user reads them: every link and picture is there, every `npm run`
 * named is a script of package.json, every file of the project named in a command exists, and CI runs
 * the test command the README gives.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const PAGES = [
  'README.md',
  'sidebar/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const text = (page: string) => readFileSync(join(ROOT, page), 'utf8');

/** The relative targets of a page's Markdown links and pictures, without their #fragment. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => target.split('#')[0]!);
}

describe('relativeLinks', () => {
  it('finds links and pictures, leaving web addresses and fragments out', () => {
    expect(relativeLinks('[a](docs/a.md#x) ![](print/p.png) [w](https://x.org) [f](#top)')).toEqual([
      'docs/a.md',
      'print/p.png',
    ]);
  });
});

describe.each(PAGES)('%s', (page) => {
  it('links only to files that exist', () => {
    const missing = relativeLinks(text(page)).filter(
      (target) => !existsSync(join(ROOT, dirname(page), target)),
    );

    expect(missing).toEqual([]);
  });

  it('names only npm scripts package.json has', () => {
    const scripts = Object.keys(JSON.parse(text('package.json')).scripts as Record<string, string>);
    const named = [...text(page).matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]!);

    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it("names only the project's own files that exist (test/fixtures, scripts, src)", () => {
    const paths = [
      ...text(page).matchAll(/(?<![\w/.-])((?:test\/fixtures|scripts|src)\/[\w./-]+\.(?:txt|ts|sh))\b/g),
    ].map((m) => m[1]!);

    // A page names a path from the repository's root, or from its own folder (sidebar/src/…).
    const found = (path: string) =>
      existsSync(join(ROOT, path)) || existsSync(join(ROOT, dirname(page), path));

    expect(paths.filter((path) => !found(path))).toEqual([]);
  });
});

describe("the README's two commands", () => {
  it('are given as a new user types them', () => {
    expect(text('README.md')).toContain('npm ci && npm start');
    expect(text('README.md')).toContain('npm ci && npm test');
  });

  it('are what CI runs: .ci/run installs with npm ci and ends with npm test', () => {
    const lines = text('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));

    expect(lines).toContainEqual(expect.stringMatching(/^npm ci\b/));
    expect(lines[lines.length - 1]).toBe('npm test');
  });

  it('say that npm start prints the address and opens no browser, as the preview does', () => {
    const main = readFileSync(join(ROOT, 'src/preview/main.ts'), 'utf8');

    expect(text('README.md')).toContain('prints its URL (it opens no browser)');
    expect(main).toMatch(/console\.log\(`ita-sheets preview: \$\{server\.url\}`\)/);
    expect(main).not.toMatch(/xdg-open|child_process|\bopen\(/);
  });
});
