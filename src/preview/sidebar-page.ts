/**
 * The sidebar as the preview serves it: dist/sidebar.html with a stand-in for google.script.run put
 * before the sidebar's own script. Each call becomes `POST /api/NAME {request}`; the answer goes to the
 * success handler, a network or server error to the failure handler, as Apps Script would do; and the
 * parent page is told, so its grid shows what the call changed.
 */

import { READ_ONLY_CALLS } from '../shared/api';
import { existsSync, readFileSync } from 'node:fs';

/** The message the sidebar's frame posts to the preview page after every server call. */
export const CHANGED_MESSAGE = 'ita-sheets:changed';
/** The message google.script.host.close() posts: the page hides the sidebar. */
export const CLOSE_MESSAGE = 'ita-sheets:close';

// Plain ES2017 for the browser; a string, not compiled code, so no bundler helper can leak into it.
// "then" is not a server function: answering it would make the runner look like a promise.
const SCRIPT_RUN_STAND_IN = `
(function () {
  'use strict';
  function notify(type) {
    if (window.parent !== window) window.parent.postMessage({ type: type }, window.location.origin);
  }
  // Calls that only read: the grid has nothing new to show after them (the form reads the active cell every few seconds).
  var READS = ${JSON.stringify(READ_ONLY_CALLS)};
  function changed(name) {
    if (READS.indexOf(name) < 0) notify('${CHANGED_MESSAGE}');
  }
  function call(name, args, handlers) {
    var body = JSON.stringify({ request: args[0] === undefined ? null : args[0] });
    // The page's query names the workbook (?wb=ID): the call goes to the one the grid shows.
    fetch('/api/' + encodeURIComponent(name) + window.location.search, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body,
    })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (text) {
            throw new Error(name + ': ' + response.status + ' ' + (text || response.statusText));
          });
        }
        return response.json();
      })
      .then(
        function (value) {
          try {
            if (handlers.success) handlers.success(value, handlers.userObject);
          } finally {
            changed(name);
          }
        },
        function (error) {
          try {
            var failure = error instanceof Error ? error : new Error(String(error));
            if (handlers.failure) handlers.failure(failure, handlers.userObject);
          } finally {
            changed(name);
          }
        },
      );
  }
  function runner(handlers) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (name === 'withSuccessHandler')
          return function (fn) { return runner(Object.assign({}, handlers, { success: fn })); };
        if (name === 'withFailureHandler')
          return function (fn) { return runner(Object.assign({}, handlers, { failure: fn })); };
        if (name === 'withUserObject')
          return function (object) { return runner(Object.assign({}, handlers, { userObject: object })); };
        return function () { call(name, arguments, handlers); };
      },
    });
  }
  window.google = {
    script: {
      run: runner({}),
      host: {
        close: function () { notify('${CLOSE_MESSAGE}'); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} },
      },
    },
  };
})();
`;

/** The sidebar's HTML with the stand-in inserted before its first script (or at the end of its head). */
export function withScriptRunStandIn(html: string): string {
  const tag = `<script>${SCRIPT_RUN_STAND_IN}</script>`;
  const script = html.search(/<script\b/i);
  if (script >= 0) return html.slice(0, script) + tag + html.slice(script);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + tag + html.slice(head) : tag + html;
}

/** The page shown in the sidebar's place when dist/sidebar.html has not been built. */
export const SIDEBAR_MISSING_HTML = `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>ยังไม่มีแถบข้าง</title>
<style>body{font-family:Sarabun,Tahoma,sans-serif;font-size:14px;padding:12px;line-height:1.5}code{background:#f1f3f4;padding:1px 4px}</style>
</head><body><main>
<h1 style="font-size:16px">ยังไม่มีแถบข้าง (dist/sidebar.html)</h1>
<p>สร้างแถบข้างด้วยคำสั่ง <code>npm run build</code> ในโฟลเดอร์ของโครงการ แล้วโหลดหน้านี้ใหม่
(หรือใช้ <code>npm start</code> ซึ่งสร้างให้ก่อนเปิดตัวอย่าง)</p>
<p lang="en">The sidebar has not been built: run <code>npm run build</code>, then reload.</p>
</main></body></html>
`;

/** The sidebar page to serve: the built sidebar with the stand-in, or the Thai note saying how to build it. */
export function sidebarPage(file: string): { readonly found: boolean; readonly html: string } {
  if (!existsSync(file)) return { found: false, html: SIDEBAR_MISSING_HTML };
  return { found: true, html: withScriptRunStandIn(readFileSync(file, 'utf8')) };
}
