import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sidebarPage, withScriptRunStandIn } from '../../src/preview/sidebar-page';

describe('withScriptRunStandIn', () => {
  it('puts the google.script.run stand-in before the sidebar’s own script', () => {
    const html = withScriptRunStandIn(
      '<html><head><style>b{}</style></head><body><script>app()</script></body></html>',
    );

    const standIn = html.indexOf('window.google');

    expect(standIn).toBeGreaterThan(0);
    expect(standIn).toBeLessThan(html.indexOf('app()'));
    expect(html).toContain("fetch('/api/' + encodeURIComponent(name)");
  });

  it('puts it at the end of the head when the page has no script', () => {
    const html = withScriptRunStandIn('<html><head><title>x</title></head><body></body></html>');

    expect(html.indexOf('window.google')).toBeLessThan(html.indexOf('</head>'));
  });
});

describe('sidebarPage', () => {
  it('says in Thai how to build the sidebar when dist/sidebar.html is missing', () => {
    const page = sidebarPage(join(tmpdir(), 'no-such-dir', 'sidebar.html'));

    expect(page.found).toBe(false);
    expect(page.html).toContain('npm run build');
    expect(page.html).toContain('ยังไม่มีแถบข้าง');
  });

  it('serves the built sidebar with the stand-in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-sidebar-'));
    const file = join(dir, 'sidebar.html');
    writeFileSync(file, '<!doctype html><html><head></head><body><script>start()</script></body></html>');

    const page = sidebarPage(file);
    rmSync(dir, { recursive: true, force: true });

    expect(page.found).toBe(true);
    expect(page.html).toMatch(/window\.google[\s\S]*start\(\)/);
  });
});
