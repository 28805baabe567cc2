import { PRINT_DIALOG, printDialogHtml, printFileName } from '../../../src/core/reports/print-dialog';

const VIEW =
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><style>@page { size: A4; }</style></head>' +
  '<body class="portrait"><h1>มาตรการส่งเสริมคุณธรรม</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></body></html>';

describe('printDialogHtml', () => {
  it('puts the print bar first in the body and keeps the view whole after it', () => {
    const page = printDialogHtml(VIEW, 'รายงานผล: มาตรการ 2568');

    const body = page.slice(page.indexOf('<body class="portrait">'));
    expect(body.indexOf(`data-testid="${PRINT_DIALOG.bar}"`)).toBeLessThan(body.indexOf('<h1>'));
    expect(page).toContain('<h1>มาตรการส่งเสริมคุณธรรม</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(page).toContain('พิมพ์ / บันทึกเป็น PDF');
    expect(page).toContain('เปิดในแท็บใหม่');
    expect(page).toContain('ดาวน์โหลด .html');
  });

  it('hides the bar on the printed page', () => {
    const page = printDialogHtml(VIEW, 'x');

    expect(page).toMatch(/@media print \{ \.ita-print-bar \{ display: none !important; \} \}/);
    expect(page.indexOf('ita-print-bar {')).toBeLessThan(page.indexOf('</head>'));
  });

  it('runs no script but its own bar', () => {
    const page = printDialogHtml(VIEW, 'x');

    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('<script data-ita-print-bar>');
  });

  it('writes a hostile title into the file name as text', () => {
    const page = printDialogHtml(VIEW, '"><img src=x onerror=alert(1)>');

    expect(page).not.toContain('<img src=x');
    expect(page).toContain('data-file-name="img src=x onerror=alert(1).html"');
    expect(printDialogHtml(VIEW, 'ก & ข')).toContain('data-file-name="ก &amp; ข.html"');
  });

  it('refuses a view that is not a whole HTML document, as a bug', () => {
    expect(() => printDialogHtml('<p>no body</p>', 'x')).toThrow(/bug/);
  });
});

describe('printFileName', () => {
  it('keeps Thai and drops what file systems refuse', () => {
    expect(printFileName('รายงานผล: มาตรการ 2568/2569')).toBe('รายงานผล มาตรการ 2568 2569.html');
  });

  it('names an empty title รายงาน', () => {
    expect(printFileName(' ?* ')).toBe('รายงาน.html');
  });
});
