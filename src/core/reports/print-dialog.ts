/**
 * The print view as the dialog shows it (in Sheets a modal dialog of HtmlService, in the preview an
 * overlay): the view itself, with a bar of three ways to get the pages out above it. The bar is for the
 * screen only (`@media print` hides it), so what prints is the print view alone.
 *
 * Three ways, since a dialog is a sandboxed frame inside Sheets and browsers differ in what such a frame
 * may do: print from the dialog (the browser's print, where the officer picks a printer or Save as PDF);
 * open the view in a tab of its own and print there; or download it as an .html file and print that.
 */

import { escapeHtml } from '../html/escape-html';

/** The test ids and labels of the dialog's bar, read by the browser tests. */
export const PRINT_DIALOG = {
  print: 'print-dialog-print',
  openTab: 'print-dialog-open-tab',
  download: 'print-dialog-download',
  bar: 'print-dialog-bar',
} as const;

const BAR_STYLE = `
.ita-print-bar { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  padding: 8px 12px; background: #f8f9fa; border-bottom: 1px solid #dadce0; font: 14px Sarabun, Tahoma, sans-serif; }
.ita-print-bar button { font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid #dadce0; background: #fff; cursor: pointer; }
.ita-print-bar button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; font-weight: 600; }
.ita-print-bar .hint { color: #5f6368; font-size: 13px; }
@media print { .ita-print-bar { display: none !important; } }
`;

// Plain ES2017 for any browser the officer has: a string, so no bundler helper can leak into it. The
// page's own HTML (less this bar) is what opens in a new tab or downloads, so the three ways give the
// same pages.
const BAR_SCRIPT = `
(function () {
  'use strict';
  var bar = document.querySelector('.ita-print-bar');
  function viewHtml() {
    var copy = document.documentElement.cloneNode(true);
    var own = copy.querySelectorAll('.ita-print-bar, script[data-ita-print-bar]');
    for (var i = 0; i < own.length; i++) own[i].parentNode.removeChild(own[i]);
    return '<!doctype html>\\n' + copy.outerHTML;
  }
  function blobUrl() {
    var url = URL.createObjectURL(new Blob([viewHtml()], { type: 'text/html;charset=utf-8' }));
    // Long enough for the new tab or the download to read it.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    return url;
  }
  function say(text) { bar.querySelector('.hint').textContent = text; }
  document.getElementById('${PRINT_DIALOG.print}').addEventListener('click', function () {
    try { window.print(); } catch (e) { say('เบราว์เซอร์ไม่ยอมพิมพ์จากหน้าต่างนี้ โปรดใช้ "เปิดในแท็บใหม่" หรือ "ดาวน์โหลด" (printing is blocked here: open it in a new tab or download it)'); }
  });
  document.getElementById('${PRINT_DIALOG.openTab}').addEventListener('click', function () {
    // Not 'noopener': with it window.open answers null even when the tab opened. The opener is cut instead.
    var opened = window.open(blobUrl(), '_blank');
    if (opened) opened.opener = null;
    else say('เบราว์เซอร์กันหน้าต่างใหม่ไว้ โปรดอนุญาตป๊อปอัป หรือใช้ "ดาวน์โหลด" (the browser blocked the new tab: allow pop-ups or download it)');
  });
  document.getElementById('${PRINT_DIALOG.download}').addEventListener('click', function () {
    var link = document.createElement('a');
    link.href = blobUrl();
    link.download = bar.getAttribute('data-file-name') || 'report.html';
    document.body.appendChild(link);
    link.click();
    link.remove();
    say('ดาวน์โหลดแล้ว: เปิดไฟล์ในเบราว์เซอร์ แล้วสั่งพิมพ์ (Ctrl+P) (downloaded: open it in a browser and print)');
  });
})();
`;

/** A file name for the downloaded view: the report's title less what file systems refuse. */
export function printFileName(title: string): string {
  const cleaned = Array.from(title, (ch) => ((ch.codePointAt(0) ?? 0) < 0x20 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${cleaned === '' ? 'รายงาน' : cleaned}.html`;
}

/**
 * The dialog's page: the print view with the bar after its `<body>` and the bar's script before its
 * `</body>`. A view without both tags is a bug of the caller, not something to guess around.
 */
export function printDialogHtml(printView: string, title: string): string {
  const open = /<body\b[^>]*>/i.exec(printView);
  const close = printView.toLowerCase().lastIndexOf('</body>');
  const head = printView.toLowerCase().indexOf('</head>');
  if (!open || close < 0 || head < 0 || head > open.index) {
    throw new Error('printDialogHtml: bug: the print view is not a whole HTML document');
  }
  const bodyStart = open.index + open[0].length;
  const bar =
    `<div class="ita-print-bar" data-testid="${PRINT_DIALOG.bar}" data-file-name="${escapeHtml(printFileName(title))}" role="toolbar" aria-label="พิมพ์รายงาน">` +
    `<button type="button" class="primary" id="${PRINT_DIALOG.print}" data-testid="${PRINT_DIALOG.print}">พิมพ์ / บันทึกเป็น PDF</button>` +
    `<button type="button" id="${PRINT_DIALOG.openTab}" data-testid="${PRINT_DIALOG.openTab}">เปิดในแท็บใหม่</button>` +
    `<button type="button" id="${PRINT_DIALOG.download}" data-testid="${PRINT_DIALOG.download}">ดาวน์โหลด .html</button>` +
    `<span class="hint" role="status">เลือก "บันทึกเป็น PDF" ในหน้าพิมพ์ เพื่อได้ไฟล์ PDF ขนาด A4</span>` +
    `</div>`;
  return (
    `${printView.slice(0, head)}<style data-ita-print-bar>${BAR_STYLE}</style>${printView.slice(head, bodyStart)}` +
    `${bar}${printView.slice(bodyStart, close)}<script data-ita-print-bar>${BAR_SCRIPT}</script>${printView.slice(close)}`
  );
}
