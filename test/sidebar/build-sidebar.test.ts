import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildSidebar,
  escapeScript,
  inlineSidebar,
  SIDEBAR_BUDGET_BYTES,
} from '../../scripts/lib/build-sidebar';

const SHELL =
  '<html><head><link rel="stylesheet" href="style.css" /></head><body><script src="main.js"></script></body></html>';

describe('escapeScript', () => {
  it('keeps the HTML parser inside the script', () => {
    expect(escapeScript('a="</script>";b="</SCRIPT>";c="<!--"')).toBe(
      'a="<\\/script>";b="<\\/SCRIPT>";c="<\\!--"',
    );
  });
});

describe('inlineSidebar', () => {
  it('inlines the style and the script, taking `$` in the bundle literally', () => {
    const html = inlineSidebar(SHELL, 'body{}', "x.replace(/a/,'$&$1')");
    expect(html).toContain('<style>\nbody{}\n</style>');
    expect(html).toContain("<script>\nx.replace(/a/,'$&$1')\n</script>");
    expect(html).not.toContain('src="main.js"');
  });

  it('refuses a shell without the placeholders', () => {
    expect(() => inlineSidebar('<html></html>', '', '')).toThrow('index.html');
  });
});

describe('buildSidebar', () => {
  it('writes one HTML file in Thai, inside the budget, that loads nothing of its own', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sidebar-')), 'sidebar.html');
    const { bytes, gzipBytes } = await buildSidebar(out);
    const html = readFileSync(out, 'utf8');
    expect(bytes).toBe(Buffer.byteLength(html));
    expect(bytes).toBeLessThan(SIDEBAR_BUDGET_BYTES);
    expect(gzipBytes).toBeLessThan(bytes);
    expect(html).toMatch(/^<!doctype html>\n<html lang="th">/);
    expect(html).toContain('family=Sarabun');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toContain('href="style.css"');
    expect(html).not.toContain('innerHTML');
  }, 30_000);
});
