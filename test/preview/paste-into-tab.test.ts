import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryWorkbook } from '../../src/sheets/memory';
import { addEmptyTab, pasteIntoTab, readPasteRequest } from '../../src/preview/paste-into-tab';
import { startPreview } from '../../src/preview/server';

describe('pasteIntoTab', () => {
  it('writes tab-separated rows from the cell, ragged rows padded, with one setValues', () => {
    const workbook = new MemoryWorkbook({ name: 'ทดสอบ' });
    const sheet = addEmptyTab(workbook);
    const before = workbook.calls['Range.setValues'] ?? 0;

    const range = pasteIntoTab(sheet, 'B2', 'ก\tข\tค\n"สอง\nบรรทัด"\n\tง\n');

    expect(range).toBe('B2:D4');
    expect(sheet.getRange('B2:D4').getValues()).toEqual([
      ['ก', 'ข', 'ค'],
      ['สอง\nบรรทัด', '', ''],
      ['', 'ง', ''],
    ]);
    expect((workbook.calls['Range.setValues'] ?? 0) - before).toBe(1);
  });

  it('grows the tab for a paste wider and longer than it is', () => {
    const sheet = addEmptyTab(new MemoryWorkbook({ name: 'ทดสอบ' }));
    const row = Array.from({ length: 30 }, (_, i) => `c${i + 1}`).join('\t');

    expect(pasteIntoTab(sheet, 'A999', `${row}\n${row}`)).toBe('A999:AD1000');
    expect(sheet.getRange('AD1000').getValues()).toEqual([['c30']]);
  });

  it('adds "แผ่นงาน N" tabs, never a name taken, each made the active tab', () => {
    const workbook = new MemoryWorkbook({ name: 'ทดสอบ' });
    workbook.insertSheet('แผ่นงาน2', 1);

    const sheet = addEmptyTab(workbook);

    expect(sheet.getName()).toBe('แผ่นงาน3');
    expect(workbook.getActiveSheet().getSheetId()).toBe(sheet.getSheetId());
  });

  it('checks a paste request: a tab id, an A1 cell and text', () => {
    expect(readPasteRequest({ sheetId: 3, a1: 'C7', text: 'x' })).toEqual({
      ok: true,
      sheetId: 3,
      a1: 'C7',
      text: 'x',
    });
    expect(readPasteRequest({ sheetId: '3', a1: 'C7', text: 'x' })).toMatchObject({ ok: false });
    expect(readPasteRequest({ sheetId: 3, a1: 'C0', text: 'x' })).toMatchObject({ ok: false });
    expect(readPasteRequest({ sheetId: 3, a1: 'A1', text: 5 })).toMatchObject({ ok: false });
    expect(readPasteRequest(null)).toMatchObject({ ok: false });
  });
});

describe('the preview server’s paste and new tab', () => {
  it('adds a tab, pastes into it, and the sidebar API reads the paste', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-paste-test-'));
    const server = await startPreview({
      port: 0,
      workbookFile: join(dir, 'workbook.json'),
      root: join(__dirname, '..', '..'),
    });
    const post = async (path: string, body: unknown) =>
      (
        await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    try {
      const added = await post('preview/add-tab', {});
      const pasted = await post('preview/paste', {
        sheetId: added.value.sheetId,
        a1: 'A1',
        text: '1\tอบรม\tกองคลัง',
      });
      const columns = await post('api/readPastedColumns', { request: { type: 'measures' } });
      const refused = await post('preview/paste', { sheetId: added.value.sheetId, a1: 'A1' });

      expect(pasted).toEqual({ ok: true, value: { range: 'A1:C1' } });
      expect(columns.value.columns.map((c: { samples: string[] }) => c.samples)).toEqual([
        ['1'],
        ['อบรม'],
        ['กองคลัง'],
      ]);
      expect(refused).toEqual({ ok: false, error: 'ต้องส่งข้อความที่วาง (text must be text)' });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
