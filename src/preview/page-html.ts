/**
 * The preview page: the grid of the workbook on the left, the sidebar in a 300 px frame on the right,
 * as Sheets lays them out. Its script re-draws the grid after every server call the sidebar makes and
 * after a click on a tab or a cell. Workbook text reaches the page only inside the grid fragment, which
 * the server escaped; the script parses that fragment in an inert document and never builds HTML itself.
 */

import { escapeHtml } from '../core/html/escape-html';
import { GRID_KEYS_SCRIPT } from './grid-keys-script';
import { DIALOG_MARKUP, DIALOG_SCRIPT, DIALOG_STYLE } from './print-dialog-pane';
import { CHANGED_MESSAGE, CLOSE_MESSAGE } from './sidebar-page';

/** A workbook of the switcher. */
export interface PageWorkbook {
  readonly id: string;
  readonly title: string;
}

/** What the page needs: the workbook shown (its name and id), the others to switch to, and the grid pane as first drawn. */
export interface PageParts {
  readonly title: string;
  readonly workbookId: string;
  readonly workbooks: readonly PageWorkbook[];
  readonly gridFragment: string;
}

const STYLE = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; font-family: Sarabun, Tahoma, 'Noto Sans Thai', sans-serif; font-size: 13px; color: #202124; }
.workbook { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.toolbar { display: flex; align-items: center; gap: 16px; padding: 6px 12px; border-bottom: 1px solid #dadce0; }
.toolbar h1 { font-size: 15px; margin: 0; font-weight: 600; }
.toolbar a { color: #1a73e8; }
.grid-status { color: #b3261e; }
.workbook-switch select { font: inherit; max-width: 320px; }
.import-card { position: absolute; top: 36px; right: 16px; z-index: 3; padding: 8px 12px; max-width: 420px; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 1px 3px rgba(60,64,67,.3); background: #fff; }
.import-card p { margin: 0 0 6px; }
.import-card button { font: inherit; color: #fff; background: #1a73e8; border: 0; border-radius: 4px; padding: 6px 12px; cursor: pointer; }
.import-card button:focus-visible { outline: 2px solid #174ea6; outline-offset: 2px; }
#grid-pane { flex: 1; min-height: 0; display: flex; flex-direction: column; position: relative; }
.cell-bar { display: flex; gap: 8px; padding: 4px 8px; border-bottom: 1px solid #dadce0; min-height: 28px; }
.cell-name { min-width: 56px; color: #5f6368; }
.cell-text { white-space: pre-wrap; max-height: 5.5em; overflow: auto; flex: 1; }
.grid-scroll { flex: 1; overflow: auto; }
table.grid { border-collapse: collapse; table-layout: fixed; }
table.grid th, table.grid td { border: 1px solid #e2e3e3; padding: 2px 4px; height: 21px; vertical-align: bottom; }
table.grid th, table.grid td.corner { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; }
table.grid thead { position: sticky; top: 0; z-index: 1; }
table.grid thead tr.frozen td { background-color: #fff; border-bottom-color: #bdc1c6; }
table.grid td { white-space: pre; overflow: hidden; position: relative; cursor: cell; }
table.grid td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
table.grid td.overflow { overflow: visible; }
table.grid td.bold { font-weight: bold; }
table.grid td.formula { font-style: italic; color: #5f6368; }
table.grid td.cell-error { color: #b3261e; }
table.grid td.spilled { color: #5f6368; }
.cell-editor { position: absolute; inset: 0; width: 100%; min-width: 120px; font: inherit; border: 2px solid #1a73e8; padding: 1px 3px; z-index: 2; }
table.grid td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
.note-mark { position: absolute; top: 0; right: 0; border-top: 6px solid #f29900; border-left: 6px solid transparent; }
.grid-more { caption-side: bottom; text-align: left; padding: 6px; color: #5f6368; }
.grid-tabs { display: flex; gap: 2px; padding: 4px 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
.grid-tabs button { border: 0; background: none; padding: 6px 12px; font: inherit; cursor: pointer; white-space: nowrap; border-radius: 4px 4px 0 0; }
.grid-tabs button.active { background: #e8f0fe; color: #1967d2; font-weight: 600; }
.sidebar { width: 300px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
.sidebar iframe { border: 0; width: 300px; flex: 1; }
.sidebar .reopen { margin: 12px; font: inherit; }
`;

// Plain ES2017 for the browser, kept a string so no bundler helper can leak into it.
const SCRIPT = `
(function () {
  'use strict';
  var pane = document.getElementById('grid-pane');
  var status = document.getElementById('grid-status');
  var drawn = 0;
  // The workbook shown: every request names it ('' the default), so the grid and the sidebar speak to the same one.
  var workbookId = document.body.getAttribute('data-workbook-id') || '';
  function url(path) {
    if (workbookId === '') return path;
    return path + (path.indexOf('?') < 0 ? '?' : '&') + 'wb=' + encodeURIComponent(workbookId);
  }
  function say(text) { status.textContent = text; }
  function post(path, body) {
    return fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) { if (!response.ok) throw new Error(path + ': ' + response.status); });
  }
  function refresh() {
    // A cell being typed into is not drawn over: the grid is drawn again once it is written.
    if (window.itaGrid && window.itaGrid.editing) return Promise.resolve();
    var ticket = ++drawn;
    var scroller = pane.querySelector('.grid-scroll');
    var table = pane.querySelector('[data-testid="grid-table"]');
    var before = { id: table && table.getAttribute('data-sheet-id'), top: scroller ? scroller.scrollTop : 0, left: scroller ? scroller.scrollLeft : 0 };
    return fetch(url('/preview/grid'), { cache: 'no-store' })
      .then(function (response) { if (!response.ok) throw new Error('grid: ' + response.status); return response.text(); })
      .then(function (html) {
        if (ticket !== drawn) return; // a later refresh is on its way
        if (window.itaGrid && window.itaGrid.editing) return; // typing began meanwhile: drawn after it
        // An inert document: nothing in it runs or loads; the server escaped every value anyway.
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        pane.replaceChildren.apply(pane, Array.prototype.slice.call(parsed.body.childNodes));
        var next = pane.querySelector('[data-testid="grid-table"]');
        var scrollerNow = pane.querySelector('.grid-scroll');
        if (next && scrollerNow && next.getAttribute('data-sheet-id') === before.id) {
          scrollerNow.scrollTop = before.top;
          scrollerNow.scrollLeft = before.left;
        }
        pane.setAttribute('data-drawn', String(ticket));
        say('');
      })
      .catch(function (error) { say('แสดงตารางไม่ได้: ' + error.message); });
  }
  window.itaGrid = { post: post, refresh: refresh, url: url, fail: function (e) { say(e.message); }, editing: false };
  var switcher = document.getElementById('workbook-switch');
  switcher.addEventListener('change', function () {
    // A page of its own for each workbook: the address keeps the choice across a reload.
    window.location.search = '?wb=' + encodeURIComponent(switcher.value);
  });
  pane.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var allow = target.closest('[data-testid="allow-access"]');
    var shown = pane.querySelector('[data-testid="grid-table"]');
    if (allow && shown) {
      post('/preview/allow-access', { sheetId: Number(shown.getAttribute('data-sheet-id')), a1: allow.getAttribute('data-a1') })
        .then(refresh, function (e) { say(e.message); });
      return;
    }
    var tab = target.closest('[data-testid="grid-tab"]');
    if (tab) {
      post('/preview/activate', { sheetId: Number(tab.getAttribute('data-sheet-id')) }).then(refresh, function (e) { say(e.message); });
      return;
    }
    var cell = target.closest('td[data-a1]');
    var table = target.closest('[data-testid="grid-table"]');
    if (cell && table) {
      post('/preview/select', { sheetId: Number(table.getAttribute('data-sheet-id')), a1: cell.getAttribute('data-a1') })
        .then(refresh, function (e) { say(e.message); });
    }
  });
  // Ctrl+V on the grid pastes from the selected cell (A1 when none), and + adds an empty tab, as in Sheets.
  document.addEventListener('paste', function (event) {
    var table = pane.querySelector('[data-testid="grid-table"]');
    var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (!table || !text) return;
    event.preventDefault();
    var selected = table.querySelector('td.selected[data-a1]');
    post('/preview/paste', { sheetId: Number(table.getAttribute('data-sheet-id')), a1: selected ? selected.getAttribute('data-a1') : 'A1', text: text })
      .then(refresh, function (e) { say(e.message); });
  });
  document.getElementById('add-tab').addEventListener('click', function () {
    post('/preview/add-tab', {}).then(refresh, function (e) { say(e.message); });
  });
  var frame = document.querySelector('[data-testid="sidebar-frame"]');
  var reopen = document.getElementById('sidebar-reopen');
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data) return;
    if (event.data.type === '${CHANGED_MESSAGE}') refresh();
    if (event.data.type === '${CLOSE_MESSAGE}') { frame.hidden = true; reopen.hidden = false; }
  });
  reopen.addEventListener('click', function () {
    frame.src = url('/sidebar');
    frame.hidden = false;
    reopen.hidden = true;
  });
})();
`;

/** The preview page's HTML. */
export function previewPageHtml(parts: PageParts): string {
  const title = escapeHtml(parts.title);
  // The default (first) workbook's addresses name none, as before there were several.
  const named = parts.workbookId !== parts.workbooks[0]?.id;
  const wb = (separator: string) => (named ? `${separator}wb=${encodeURIComponent(parts.workbookId)}` : '');
  const options = parts.workbooks.map(
    (w) =>
      `<option value="${escapeHtml(w.id)}"${w.id === parts.workbookId ? ' selected' : ''}>${escapeHtml(w.title)}</option>`,
  );
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ita-sheets preview</title>
<style>${STYLE}${DIALOG_STYLE}</style>
</head>
<body data-workbook-id="${named ? escapeHtml(parts.workbookId) : ''}">
<main class="workbook">
<header class="toolbar">
<h1>${title}</h1>
<label class="workbook-switch">สเปรดชีต: <select id="workbook-switch" data-testid="workbook-switch">${options.join('')}</select></label>
<a data-testid="download-xlsx" href="/workbook.xlsx${wb('?')}" download title="รายงานเท่านั้น ตามที่พิมพ์ (the reports alone)">ดาวน์โหลด .xlsx</a>
<a data-testid="download-xlsx-sources" href="/workbook.xlsx?with-sources=1${wb('&amp;')}" download>พร้อมข้อมูลต้นทาง</a>
<button type="button" id="add-tab" data-testid="add-tab" title="เพิ่มแท็บว่าง แล้ววางตารางด้วย Ctrl+V (add an empty tab, then paste with Ctrl+V)">+ แท็บใหม่</button>
<span id="grid-status" class="grid-status" role="status"></span>
</header>
<div id="grid-pane" data-drawn="0">${parts.gridFragment}</div>
</main>
<aside class="sidebar" aria-label="แถบข้าง ita-sheets">
<iframe data-testid="sidebar-frame" title="ita-sheets" src="/sidebar${wb('?')}"></iframe>
<button type="button" id="sidebar-reopen" class="reopen" hidden>เปิดแถบข้าง ita-sheets</button>
</aside>
${DIALOG_MARKUP}
<script>${SCRIPT}</script>
<script>${GRID_KEYS_SCRIPT}</script>
<script>${DIALOG_SCRIPT}</script>
</body>
</html>
`;
}
