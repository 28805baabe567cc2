/**
 * The local preview server (node:http, 127.0.0.1 only): the preview page, the sidebar with its
 * google.script.run stand-in, the sidebar's API over the in-memory workbook (the same createServerApi
 * that runs in Apps Script), the grid, and the workbook as .xlsx. Every call is saved to the workbook
 * file, so a restart loses nothing.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { memoryWorkbookToXlsx } from '../cli/xlsx-export';
import { checker, object } from '../core/problems/schema-check';
import { createServerApi, singleProcessLock } from '../server/api';
import type { ApiResult, ServerHandlers } from '../shared/api';
import { type CellJson, inspectSheet, memoryServices, type SheetJson } from '../sheets/memory';
import type { SheetsContext } from '../sheets/operations/context';
import { demoDocument } from './demo-workbook';
import { type DistFunctions, loadDistFunctions } from './formula/dist-functions';
import { evaluateFormulas } from './formula/evaluate-formula';
import { GridEdits, readEditRequest } from './grid-edits';
import { type GridView, gridHtml } from './grid-html';
import { checkCaller, HttpError, readJson, send, sendJson } from './http-io';
import { previewPageHtml } from './page-html';
import { addEmptyTab, pasteIntoTab, readPasteRequest } from './paste-into-tab';
import type { PreviewDialog } from './print-dialog-pane';
import { sidebarPage } from './sidebar-page';
import { type PreviewDocument, readPreviewFile, writePreviewFile } from './workbook-file';

/** Where the preview listens and what it works on. */
export interface PreviewOptions {
  /** 0 (the default) takes a free port. */
  readonly port?: number;
  /** The JSON file the workbook is loaded from and saved to; made from the demo when absent. */
  readonly workbookFile: string;
  /** The repository: the demo's fixtures and dist/sidebar.html are read under it (default: the working directory). */
  readonly root?: string;
  /** The built sidebar (default: dist/sidebar.html under root), read at every request so a rebuild shows at once. */
  readonly sidebarFile?: string;
  /** The print view's font (default: dist/print-font.html under root), as the build writes it for Apps Script. */
  readonly printFontFile?: string;
}

/** A running preview. */
export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  readonly workbookFile: string;
  /** True when the workbook was made from the demo rather than loaded. */
  readonly created: boolean;
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACTIVATE = 'ต้องระบุแท็บ (sheetId must be a whole number)';
const activateRequest = checker(object({ sheetId: z.int({ error: ACTIVATE }) }, ACTIVATE));

interface App {
  readonly document: PreviewDocument;
  readonly api: ServerHandlers;
  readonly workbookFile: string;
  readonly sidebarFile: string;
  /** The workbook's name, read once: toJSON() copies the whole workbook and the name never changes. */
  readonly title: string;
  /** The built project's custom functions, loaded at the first formula drawn. */
  readonly functions: () => DistFunctions;
  /** The grid's own edits, for Ctrl+Z. */
  readonly edits: GridEdits;
  port: number;
  /** The dialog a server call opened (the print view), shown over the grid until it is closed. */
  dialog?: PreviewDialog;
}

function gridView(app: App, sheetId?: number): GridView {
  const { workbook } = app.document;
  const sheets = workbook.getSheets();
  const sheet =
    sheetId === undefined ? workbook.getActiveSheet() : sheets.find((s) => s.getSheetId() === sheetId);
  if (!sheet) throw new HttpError(404, `ไม่พบแท็บ ${sheetId} (no such tab)`);
  const shown = inspectSheet(sheet);
  const hasFormula = shown.cells.some((c) => c.formula !== undefined);
  return {
    tabs: sheets
      .filter((s) => !s.isSheetHidden())
      .map((s) => ({ sheetId: s.getSheetId(), name: s.getName() })),
    sheet: shown,
    selected: sheet.getActiveRange().getA1Notation(),
    ...(hasFormula ? { computed: computeFormulas(app, shown) } : {}),
  };
}

/** The shown tab's formulas computed with the built custom functions (other tabs read when named). */
function computeFormulas(app: App, shown: SheetJson) {
  const tabs = new Map<string, ReadonlyMap<string, CellJson>>();
  return evaluateFormulas({
    cells(name) {
      if (name === undefined) return new Map(shown.cells.map((c) => [c.cell, c]));
      const known = tabs.get(name);
      if (known) return known;
      const sheet = app.document.workbook.getSheets().find((s) => s.getName() === name);
      if (!sheet) return undefined;
      const cells = new Map(inspectSheet(sheet).cells.map((c) => [c.cell, c]));
      tabs.set(name, cells);
      return cells;
    },
    functions: app.functions(),
  });
}

function save(app: App): void {
  writePreviewFile(app.workbookFile, app.document);
}

/** Calls a ServerHandlers function by name, as google.script.run does; only the API's own names are callable. */
async function callApi(app: App, name: string, request: IncomingMessage, response: ServerResponse) {
  if (!Object.keys(app.api).includes(name)) {
    throw new HttpError(404, `ไม่มีฟังก์ชัน ${name} ในเซิร์ฟเวอร์ (no server function ${name})`);
  }
  const body = await readJson(request);
  const argument = typeof body === 'object' && body !== null && 'request' in body ? body.request : undefined;
  const run: (request: unknown) => ApiResult<unknown> = app.api[name as keyof ServerHandlers];
  const result = run(argument);
  save(app);
  sendJson(response, 200, result);
}

async function routeGet(app: App, url: URL, response: ServerResponse): Promise<boolean> {
  switch (url.pathname) {
    case '/':
      send(
        response,
        200,
        HTML,
        previewPageHtml({
          title: app.title,
          gridFragment: gridHtml(gridView(app)),
        }),
      );
      return true;
    case '/sidebar':
      send(response, 200, HTML, sidebarPage(app.sidebarFile).html);
      return true;
    case '/preview/grid': {
      const id = url.searchParams.get('sheetId');
      const sheetId = id === null || id === '' ? undefined : Number(id);
      if (sheetId !== undefined && !Number.isInteger(sheetId))
        throw new HttpError(400, 'sheetId ต้องเป็นตัวเลข');
      send(response, 200, HTML, gridHtml(gridView(app, sheetId)));
      return true;
    }
    case '/workbook.xlsx': {
      // The reports alone, as they print; ?with-sources=1 adds every other tab.
      const withSources = url.searchParams.get('with-sources') === '1';
      send(
        response,
        200,
        XLSX,
        await memoryWorkbookToXlsx(app.document.workbook, { reportsAlone: !withSources }),
        {
          'content-disposition': `attachment; filename="workbook.xlsx"; filename*=UTF-8''${encodeURIComponent(app.title)}.xlsx`,
        },
      );
      return true;
    }
    case '/preview/dialog': {
      const { dialog } = app;
      sendJson(response, 200, dialog ? { open: true, id: dialog.id, title: dialog.title } : { open: false });
      return true;
    }
    case '/preview/dialog/page':
      if (!app.dialog) throw new HttpError(404, 'ไม่มีหน้าต่างที่เปิดอยู่ (no dialog is open)');
      send(response, 200, HTML, app.dialog.html);
      return true;
    case '/favicon.ico':
      response.writeHead(204).end();
      return true;
    default:
      return false;
  }
}

async function routePost(app: App, url: URL, request: IncomingMessage, response: ServerResponse) {
  if (url.pathname.startsWith('/api/')) {
    // The names are ASCII: a percent-escape is never one of them.
    await callApi(app, url.pathname.slice('/api/'.length), request, response);
    return true;
  }
  if (url.pathname === '/preview/activate') {
    const parsed = activateRequest.safeParse(await readJson(request));
    if (!parsed.success) throw new HttpError(400, ACTIVATE);
    const { workbook } = app.document;
    const sheet = workbook.getSheets().find((s) => s.getSheetId() === parsed.data.sheetId);
    if (!sheet) throw new HttpError(404, `ไม่พบแท็บ ${parsed.data.sheetId} (no such tab)`);
    workbook.setActiveSheet(sheet);
    save(app);
    sendJson(response, 200, { ok: true, value: { sheetId: parsed.data.sheetId } });
    return true;
  }
  if (url.pathname === '/preview/dialog/close') {
    delete app.dialog;
    sendJson(response, 200, { ok: true, value: null });
    return true;
  }
  if (url.pathname === '/preview/add-tab') {
    const sheet = addEmptyTab(app.document.workbook);
    save(app);
    sendJson(response, 200, { ok: true, value: { sheetId: sheet.getSheetId() } });
    return true;
  }
  if (url.pathname === '/preview/paste') {
    const parsed = readPasteRequest(await readJson(request));
    if (!parsed.ok) throw new HttpError(400, parsed.error);
    const sheet = app.document.workbook.getSheets().find((s) => s.getSheetId() === parsed.sheetId);
    if (!sheet) throw new HttpError(404, `ไม่พบแท็บ ${parsed.sheetId} (no such tab)`);
    const written = pasteIntoTab(sheet, parsed.a1, parsed.text);
    save(app);
    sendJson(response, 200, { ok: true, value: { range: written ?? null } });
    return true;
  }
  if (url.pathname === '/preview/edit') {
    // Typing in a cell of the grid, or Delete ('' clears it): through the workbook as Sheets takes typing.
    const parsed = readEditRequest(await readJson(request));
    if (!parsed.ok) throw new HttpError(400, parsed.error);
    if (!app.edits.edit(parsed.sheetId, parsed.a1, parsed.text))
      throw new HttpError(404, `ไม่พบแท็บ ${parsed.sheetId} (no such tab)`);
    save(app);
    sendJson(response, 200, { ok: true, value: { a1: parsed.a1 } });
    return true;
  }
  if (url.pathname === '/preview/undo') {
    const undone = app.edits.undo();
    if (undone) save(app);
    sendJson(response, 200, { ok: true, value: undone ?? null });
    return true;
  }
  if (url.pathname === '/preview/select') {
    // The same path as a click on a problem in the sidebar: the server API checks the request.
    const result = app.api.selectCell(await readJson(request));
    if (result.ok) save(app);
    sendJson(response, result.ok ? 200 : 400, result);
    return true;
  }
  return false;
}

async function handle(app: App, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    checkCaller(request, app.port);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const served =
      method === 'GET'
        ? await routeGet(app, url, response)
        : method === 'POST'
          ? await routePost(app, url, request, response)
          : false;
    if (served) return;
    const known = [
      '/',
      '/sidebar',
      '/preview/grid',
      '/workbook.xlsx',
      '/preview/activate',
      '/preview/select',
      '/preview/add-tab',
      '/preview/paste',
      '/preview/edit',
      '/preview/undo',
      '/preview/dialog',
      '/preview/dialog/page',
      '/preview/dialog/close',
    ];
    if (known.includes(url.pathname) || url.pathname.startsWith('/api/')) {
      throw new HttpError(405, `ใช้ ${method} กับ ${url.pathname} ไม่ได้ (method not allowed)`);
    }
    throw new HttpError(404, `ไม่พบ ${url.pathname} (not found)`);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof Error ? error.message : String(error);
    // An unexpected error is a bug worth its stack in the terminal; the browser gets the message.
    if (!(error instanceof HttpError)) console.error(error);
    if (response.headersSent) response.end();
    else sendJson(response, status, { ok: false, error: message });
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`พอร์ต ${port} ถูกใช้อยู่ ให้เลือกพอร์ตอื่นด้วย --port (port ${port} is in use)`)
          : error,
      );
    };
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

/** Loads (or makes from the demo and saves) the workbook, then listens on 127.0.0.1. */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const root = resolve(options.root ?? process.cwd());
  const workbookFile = resolve(options.workbookFile);
  const loaded = readPreviewFile(workbookFile);
  const document = loaded ?? demoDocument(root);
  const printFontFile = resolve(options.printFontFile ?? join(root, 'dist', 'print-font.html'));
  let dialogs = 0;
  const context: SheetsContext = {
    spreadsheet: document.workbook,
    services: memoryServices(document.workbook),
    properties: document.properties,
    printing: {
      // Read at each print, as the sidebar is, so a rebuild shows at once; without a build, the
      // browser's own fonts (the pages are then not those Sheets prints).
      fontCss: () => (existsSync(printFontFile) ? readFileSync(printFontFile, 'utf8') : ''),
      showDialog: (html, title) => {
        dialogs += 1;
        app.dialog = { id: dialogs, title, html };
      },
    },
  };
  let functions: DistFunctions | undefined;
  const app: App = {
    document,
    // node:http hands the API one request at a time, each run to its end synchronously.
    api: createServerApi(() => context, singleProcessLock),
    workbookFile,
    title: document.workbook.toJSON().name,
    sidebarFile: resolve(options.sidebarFile ?? join(root, 'dist', 'sidebar.html')),
    functions: () => {
      functions ??= loadDistFunctions(join(root, 'dist'), () => document.workbook.getSpreadsheetTimeZone());
      return functions;
    },
    edits: new GridEdits(document.workbook),
    port: 0,
  };
  if (!loaded) save(app);

  const server = createServer((request, response) => void handle(app, request, response));
  app.port = await listen(server, options.port ?? 0);
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${app.port}/`,
    port: app.port,
    workbookFile,
    created: loaded === null,
    // Once: a second close (a signal during a test's own cleanup) waits for the first.
    close: () => {
      closing ??= new Promise((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
