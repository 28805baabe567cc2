import { createServerApi, type DocumentLock, singleProcessLock } from '../../src/server/api';
import { PROFILE, testWorkbook } from '../support/workbook';

function recordingLock(fail = false): DocumentLock & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    waitLock: (ms) => {
      log.push(`wait ${ms}`);
      if (fail) throw new Error('Lock timeout');
    },
    releaseLock: () => log.push('release'),
  };
}

describe('createServerApi', () => {
  it('writes under the document lock and releases it, even when the write is refused', () => {
    const { context } = testWorkbook();
    const lock = recordingLock();
    const api = createServerApi(
      () => context,
      () => lock,
    );

    api.createDocumentTab({ type: 'measures' });
    api.createDocumentTab({ type: 'minutes' });

    expect(lock.log).toEqual(['wait 20000', 'release', 'wait 20000', 'release']);
  });

  it('applies the pending writes with SpreadsheetApp.flush() before it releases the lock, even after a refusal', () => {
    const { workbook, context } = testWorkbook();
    const log: string[] = [];
    const flushes = () => workbook.calls['SpreadsheetApp.flush'] ?? 0;
    const api = createServerApi(
      () => context,
      () => ({
        waitLock: () => log.push(`wait, ${flushes()} flushed`),
        releaseLock: () => log.push(`release, ${flushes()} flushed`),
      }),
    );

    api.createDocumentTab({ type: 'measures' });
    api.appendRecord({ sheetId: 12345, record: {} });

    expect(log).toEqual(['wait, 0 flushed', 'release, 1 flushed', 'wait, 1 flushed', 'release, 2 flushed']);
  });

  it('releases the lock when the spreadsheet itself cannot be opened', () => {
    const lock = recordingLock();
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = createServerApi(
      () => {
        throw new Error('Service Spreadsheets failed while accessing document');
      },
      () => lock,
    );

    const result = api.createDocumentTab({ type: 'measures' });
    log.mockRestore();

    expect(result.ok).toBe(false);
    expect(lock.log).toEqual(['wait 20000', 'release']);
  });

  it('writes nothing without a document lock (getDocumentLock() gave null), and says so in Thai', () => {
    const { workbook, context } = testWorkbook(null);
    const api = createServerApi(
      () => context,
      () => null,
    );

    const created = api.createDocumentTab({ type: 'measures' });
    const saved = api.saveProfile(PROFILE);

    expect(created).toEqual({
      ok: false,
      error: expect.stringContaining('ไม่สามารถล็อกเอกสารเพื่อบันทึกได้ จึงยังไม่ได้บันทึกสิ่งใด'),
      problems: [],
    });
    expect(saved.ok).toBe(false);
    expect(workbook.getSheets()).toHaveLength(1);
    expect(api.getProfile()).toEqual({ ok: true, value: null });
  });

  it('logs an unexpected error with console.error and tells the officer, in Thai, that it may be a bug', () => {
    const { workbook, context } = testWorkbook();
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = createServerApi(() => context, singleProcessLock);
    workbook.failAtCall(1, 'Service Spreadsheets timed out');

    const result = api.listDocumentTabs();
    const logged = [...log.mock.calls];
    log.mockRestore();

    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/Service Spreadsheets timed out.*นี่เป็นข้อบกพร่องของ ita-sheets.*it is a bug/),
    });
    expect(logged).toEqual([
      [
        'ita-sheets: listDocumentTabs failed unexpectedly',
        expect.stringContaining('Service Spreadsheets timed out'),
      ],
    ]);
  });

  it('tells the officer to try again when another user holds the lock, and writes nothing', () => {
    const { workbook, context } = testWorkbook();
    const api = createServerApi(
      () => context,
      () => recordingLock(true),
    );

    const result = api.createDocumentTab({ type: 'measures' });

    expect(result).toEqual({
      ok: false,
      error: 'มีผู้ใช้อื่นกำลังบันทึกอยู่ โปรดลองอีกครั้ง (another user is writing; try again)',
      problems: [],
    });
    expect(workbook.getSheets()).toHaveLength(1);
  });

  it('saves a checked profile and refuses a bad one with its Thai messages', () => {
    const { context } = testWorkbook(null);
    const api = createServerApi(() => context, singleProcessLock);

    const bad = api.saveProfile({ ...PROFILE, website: 'ftp://x' });
    const good = api.saveProfile(PROFILE);

    expect(bad).toMatchObject({
      ok: false,
      error: expect.stringContaining('เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://'),
    });
    expect(good).toEqual({ ok: true, value: PROFILE });
    expect(api.getProfile()).toEqual({ ok: true, value: PROFILE });
  });

  it('refuses a request of the wrong shape before touching the spreadsheet', () => {
    const { context } = testWorkbook();
    const api = createServerApi(() => context, singleProcessLock);

    expect(api.makeReport({ kind: 'minutes', sheetId: 'x' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('ชนิดรายงานต้องเป็น'),
    });
  });

  it('names the open spreadsheet in the active context, so the sidebar keeps drafts per spreadsheet', () => {
    const { workbook, context } = testWorkbook();
    const api = createServerApi(() => context, singleProcessLock);

    expect(api.getActiveContext()).toMatchObject({
      ok: true,
      value: { spreadsheetId: workbook.getId(), sheetId: 0 },
    });
  });

  it('lists the document tabs with their type and header', () => {
    const { context } = testWorkbook();
    const api = createServerApi(() => context, singleProcessLock);
    api.createDocumentTab({ type: 'ethics', fiscalYear: 2568 });

    const tabs = api.listDocumentTabs();

    expect(tabs.ok && tabs.value.map((t) => [t.name, t.type, t.header.fiscalYear])).toEqual([
      ['แผนคุณธรรม 2568', 'ethics', 2568],
    ]);
  });
});
