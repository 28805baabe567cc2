/**
 * The preview's stand-in for Sheets' modal dialog: where a server call asked for one (the print view),
 * the page shows it over the grid in a frame of its own, as Sheets shows an HtmlService dialog, until
 * the officer closes it. The dialog's page comes from the server (GET /preview/dialog/page); its title
 * is set as text, never parsed as HTML.
 */

import { CHANGED_MESSAGE } from './sidebar-page';

/** A dialog a server call opened: its page and title; `id` changes with every dialog. */
export interface PreviewDialog {
  readonly id: number;
  readonly title: string;
  readonly html: string;
}

export const DIALOG_STYLE = `
.dialog-backdrop { position: fixed; inset: 0; background: rgba(32, 33, 36, 0.6); display: flex; align-items: center; justify-content: center; z-index: 20; }
.dialog-backdrop[hidden] { display: none; }
.dialog-box { background: #fff; width: min(980px, 96vw); height: min(720px, 92vh); display: flex; flex-direction: column; border-radius: 8px; box-shadow: 0 4px 24px rgba(0,0,0,.3); }
.dialog-box header { display: flex; align-items: center; padding: 8px 12px; border-bottom: 1px solid #dadce0; }
.dialog-box h2 { font-size: 15px; margin: 0; flex: 1; font-weight: 600; }
.dialog-box header button { font: inherit; border: 0; background: none; font-size: 20px; cursor: pointer; line-height: 1; padding: 4px 8px; }
.dialog-box iframe { flex: 1; border: 0; width: 100%; }
`;

export const DIALOG_MARKUP = `<div class="dialog-backdrop" id="preview-dialog" data-testid="preview-dialog" hidden>
<div class="dialog-box" role="dialog" aria-modal="true" aria-labelledby="preview-dialog-title">
<header><h2 id="preview-dialog-title" data-testid="preview-dialog-title"></h2>
<button type="button" id="preview-dialog-close" data-testid="preview-dialog-close" aria-label="ปิด">×</button></header>
<iframe data-testid="preview-dialog-frame" title="หน้าต่าง ita-sheets"></iframe>
</div>
</div>`;

// Plain ES2017 for the browser, kept a string so no bundler helper can leak into it.
export const DIALOG_SCRIPT = `
(function () {
  'use strict';
  var backdrop = document.getElementById('preview-dialog');
  var title = document.getElementById('preview-dialog-title');
  var frame = backdrop.querySelector('iframe');
  var shown = 0;
  // The page's script names the workbook in every request (page-html.ts).
  var url = window.itaGrid.url;
  function check() {
    return fetch(url('/preview/dialog'), { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (dialog) {
        if (!dialog || !dialog.open || dialog.id === shown) return;
        shown = dialog.id;
        title.textContent = dialog.title;
        frame.src = url('/preview/dialog/page?id=' + encodeURIComponent(String(dialog.id)));
        backdrop.hidden = false;
      })
      .catch(function () { /* the grid's own status line reports a server that is gone */ });
  }
  document.getElementById('preview-dialog-close').addEventListener('click', function () {
    backdrop.hidden = true;
    frame.removeAttribute('src');
    fetch(url('/preview/dialog/close'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  });
  window.addEventListener('message', function (event) {
    if (event.origin === window.location.origin && event.data && event.data.type === '${CHANGED_MESSAGE}') check();
  });
  check();
})();
`;
