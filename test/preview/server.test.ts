import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PROFILE, demoDocument } from '../../src/preview/demo-workbook';
import { DEMO_IDS, DISTRICT_PROFILE } from '../../src/preview/district-demo';
import { type PreviewServer, startPreview } from '../../src/preview/server';

const ROOT = join(__dirname, '..', '..');

let dir: string;
let file: string;
const running: PreviewServer[] = [];

async function start(): Promise<PreviewServer> {
  const server = await startPreview({ port: 0, workbookFile: file, root: ROOT });
  running.push(server);
  return server;
}

async function api(server: PreviewServer, name: string, request?: unknown): Promise<Response> {
  return fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ request }),
  });
}

function post(server: PreviewServer, path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A request with a Host header of our choosing, which fetch does not let a caller set. */
function statusWithHost(server: PreviewServer, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path: '/', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-sheets-preview-test-'));
  file = join(dir, 'workbook.json');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('answers POST /api/listDocumentTabs with the demo workbook’s document tabs', async () => {
    const server = await start();

    const response = await api(server, 'listDocumentTabs');

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      value: [{ type: 'measures' }, { type: 'results' }, { type: 'ita-analysis' }, { type: 'oit-checklist' }],
    });
  });

  it('answers 404 for a name that is not a ServerApi function, inherited names included', async () => {
    const server = await start();

    const statuses = await Promise.all(
      ['deleteEverything', 'constructor', 'toString', '__proto__'].map(
        async (n) => (await api(server, n)).status,
      ),
    );

    expect(statuses).toEqual([404, 404, 404, 404]);
  });

  it('saves every write to the workbook file, and a restart reads it back', async () => {
    const first = await start();
    const created = await (
      await api(first, 'createDocumentTab', { type: 'ethics', fiscalYear: 2569 })
    ).json();
    await (await api(first, 'saveProfile', { ...DEMO_PROFILE, units: ['กองคลัง'] })).json();
    await first.close();

    const second = await start();
    const tabs = await (await api(second, 'listDocumentTabs')).json();
    const profile = await (await api(second, 'getProfile')).json();

    expect(created).toMatchObject({ ok: true, value: { type: 'ethics' } });
    expect(second.created).toBe(false);
    expect(tabs.value.map((t: { type: string }) => t.type)).toEqual([
      'measures',
      'results',
      'ita-analysis',
      'oit-checklist',
      'ethics',
    ]);
    expect(profile).toEqual({ ok: true, value: { ...DEMO_PROFILE, units: ['กองคลัง'] } });
    expect(JSON.parse(readFileSync(file, 'utf8')).workbooks[0]).toHaveProperty('properties');
  });

  it('answers a refused request with the API’s Thai message and changes nothing', async () => {
    const server = await start();
    const before = readFileSync(file, 'utf8');

    const result = await (await api(server, 'createDocumentTab', { type: 'minutes' })).json();

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('ประเภทเอกสารต้องเป็น') });
    expect(JSON.parse(readFileSync(file, 'utf8')).workbooks).toEqual(JSON.parse(before).workbooks);
  });

  it('serves the page with the grid, the sidebar frame and the download link', async () => {
    const server = await start();

    const page = await (await fetch(server.url)).text();

    expect(page).toContain('data-testid="grid-table"');
    expect(page).toContain('data-testid="sidebar-frame"');
    expect(page).toContain('href="/workbook.xlsx"');
    expect(page).toContain('aria-selected="true" class="active">วางข้อความ</button>');
  });

  it('activates a tab and selects a cell, which the sidebar then reads as the active context', async () => {
    const server = await start();
    const [measures] = (await (await api(server, 'listDocumentTabs')).json()).value;

    const activated = await post(server, 'preview/activate', { sheetId: measures.sheetId });
    const selected = await post(server, 'preview/select', { sheetId: measures.sheetId, a1: 'B3' });
    const context = await (await api(server, 'getActiveContext')).json();
    const grid = await (await fetch(`${server.url}preview/grid`)).text();

    expect([activated.status, selected.status]).toEqual([200, 200]);
    expect(context).toMatchObject({ ok: true, value: { sheetId: measures.sheetId, row: 3 } });
    expect(grid).toMatch(/<td data-a1="B3" class="[^"]*selected/);
    expect(grid).toContain(`aria-selected="true" class="active">${measures.name}</button>`);
  });

  it('refuses a bad selection and an unknown tab', async () => {
    const server = await start();

    const statuses = [
      (await post(server, 'preview/select', { sheetId: 0, a1: 'not a cell' })).status,
      (await post(server, 'preview/activate', { sheetId: 99 })).status,
      (await fetch(`${server.url}preview/grid?sheetId=99`)).status,
    ];

    expect(statuses).toEqual([400, 404, 404]);
  });

  it('downloads the workbook as .xlsx', async () => {
    const server = await start();

    const response = await fetch(`${server.url}workbook.xlsx`);
    const bytes = Buffer.from(await response.arrayBuffer());

    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses what another site could send: a body that is not JSON, and a foreign Host', async () => {
    const server = await start();

    const plain = await fetch(`${server.url}api/saveProfile`, { method: 'POST', body: '{"request":{}}' });
    const foreignHost = await statusWithHost(server, `evil.example:${server.port}`);
    const ownHost = await statusWithHost(server, `localhost:${server.port}`);

    expect([plain.status, foreignHost, ownHost]).toEqual([415, 403, 200]);
  });

  it('refuses to start on a damaged workbook file and leaves the file as it was', async () => {
    writeFileSync(file, '{"workbook": {"sheets": []}}');

    await expect(start()).rejects.toThrow(/ไฟล์สมุดงาน .* เสียหาย/);
    expect(readFileSync(file, 'utf8')).toBe('{"workbook": {"sheets": []}}');
  });

  it('loads an older file of one workbook as the default, adds the district demo and saves both', async () => {
    const { workbook, properties } = demoDocument(ROOT);
    writeFileSync(file, JSON.stringify({ workbook: workbook.toJSON(), properties }));

    const server = await start();
    const page = await (await fetch(server.url)).text();
    const saved = JSON.parse(readFileSync(file, 'utf8'));

    expect(server.created).toBe(false);
    expect(page).toContain(`<option value="${DEMO_IDS.district}">ท้องถิ่นอำเภอโนนสูง</option>`);
    expect(saved.workbooks.map((w: { workbook: { id: string } }) => w.workbook.id)).toEqual([
      workbook.toJSON().id,
      DEMO_IDS.district,
      DEMO_IDS.orgB,
      DEMO_IDS.orgC,
      DEMO_IDS.orgD,
    ]);
    expect(saved.allowed).toContainEqual({ importer: DEMO_IDS.district, source: workbook.toJSON().id });
  });

  it('sends the API and the grid of ?wb=ID to that workbook, and 404 for an unknown one', async () => {
    const server = await start();

    const profile = await (await api(server, `getProfile?wb=${DEMO_IDS.district}`)).json();
    const unknown = await fetch(`${server.url}preview/grid?wb=nope`);

    expect(profile).toEqual({ ok: true, value: DISTRICT_PROFILE });
    expect(unknown.status).toBe(404);
  });

  it('allows access for an import waiting to connect, and refuses a cell with no such import', async () => {
    const server = await start();
    const wb = `?wb=${DEMO_IDS.district}`;
    // The district's first tab, Sheet1 (id 0): its links tab is the active one.
    const sheetId = 0;
    await post(server, `preview/activate${wb}`, { sheetId });
    const link = (id: string) =>
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id}", "ITA_SUMMARY")`;
    await post(server, `preview/edit${wb}`, { sheetId, a1: 'A1', text: link(DEMO_IDS.orgC) });
    await post(server, `preview/edit${wb}`, { sheetId, a1: 'E1', text: link(DEMO_IDS.orgD) });
    await post(server, `preview/select${wb}`, { sheetId, a1: 'A1' });
    const before = await (await fetch(`${server.url}preview/grid${wb}`)).text();

    const refused = await post(server, `preview/allow-access${wb}`, { sheetId, a1: 'E1' });
    const allowed = await post(server, `preview/allow-access${wb}`, { sheetId, a1: 'A1' });
    const after = await (await fetch(`${server.url}preview/grid${wb}`)).text();

    expect(before).toContain('data-testid="allow-access" data-a1="A1"');
    expect(refused.status).toBe(409);
    expect(allowed.status).toBe(200);
    expect(after).not.toContain('data-testid="import-card"');
    expect(after).toContain('เทศบาลตำบลดอนชมพู');
    expect(JSON.parse(readFileSync(file, 'utf8')).allowed).toContainEqual({
      importer: DEMO_IDS.district,
      source: DEMO_IDS.orgC,
    });
  });
});
