import {
  clearDraft,
  type Draft,
  type DraftStorage,
  draftKey,
  loadDraft,
  parseDraft,
  saveDraft,
  serializeDraft,
} from '../../sidebar/src/drafts';
import { emptyValues } from '../../sidebar/src/form-values';
import { ETHICS, MEASURES } from '../../src/core/documents/types';

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const throwing: DraftStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const draft: Draft = {
  type: 'measures',
  row: 3,
  expected: { measure: 'เดิม', steps: ['ก'] },
  values: { ...emptyValues(MEASURES), measure: '<img src=x onerror=alert(1)>', responsible: ['กองคลัง'] },
};

/** A tab of one spreadsheet. */
const at = (sheetId: number) => ({ spreadsheetId: 'ss', sheetId });

describe('drafts', () => {
  it('keys a draft by the spreadsheet and the tab', () => {
    expect(draftKey({ spreadsheetId: '1AbC', sheetId: 123 })).toBe('ita-sheets.draft.1AbC.123');
  });

  it('keeps the drafts of the first tab (sheetId 0) of two spreadsheets apart', () => {
    const storage = new MemoryStorage();
    const first = { spreadsheetId: 'spreadsheet-of-tambon-a', sheetId: 0 };
    const second = { spreadsheetId: 'spreadsheet-of-tambon-b', sheetId: 0 };

    saveDraft(storage, first, draft);

    expect(loadDraft(storage, first, MEASURES)).toEqual(draft);
    expect(loadDraft(storage, second, MEASURES)).toBeUndefined();
  });

  it('moves a draft an earlier version kept under the tab alone to the first spreadsheet that opens it', () => {
    const storage = new MemoryStorage();
    storage.setItem('ita-sheets.draft.0', serializeDraft(draft));

    const first = loadDraft(storage, { spreadsheetId: 'a', sheetId: 0 }, MEASURES);
    const other = loadDraft(storage, { spreadsheetId: 'b', sheetId: 0 }, MEASURES);

    expect([first, other]).toEqual([draft, undefined]);
    expect(storage.getItem('ita-sheets.draft.0')).toBeNull();
    expect(loadDraft(storage, { spreadsheetId: 'a', sheetId: 0 }, MEASURES)).toEqual(draft);
  });

  it('round-trips through its text', () => {
    expect(parseDraft(serializeDraft(draft), MEASURES)).toEqual(draft);
  });

  it('reads nothing from another type, bad JSON or a bad shape', () => {
    expect(parseDraft(serializeDraft(draft), ETHICS)).toBeUndefined();
    expect(parseDraft('{', MEASURES)).toBeUndefined();
    expect(parseDraft('null', MEASURES)).toBeUndefined();
    expect(
      parseDraft(JSON.stringify({ version: 1, type: 'measures', row: 1, values: {} }), MEASURES),
    ).toBeUndefined();
    expect(
      parseDraft(JSON.stringify({ version: 2, type: 'measures', row: null, values: {} }), MEASURES),
    ).toBeUndefined();
    expect(parseDraft(null, MEASURES)).toBeUndefined();
  });

  it('fills the form shape from what was kept, dropping fields the type no longer has', () => {
    const text = JSON.stringify({
      version: 1,
      type: 'measures',
      row: null,
      values: { measure: 'ม', old: 'x' },
    });
    expect(parseDraft(text, MEASURES)?.values).toEqual({ ...emptyValues(MEASURES), measure: 'ม' });
  });

  it('saves, loads and clears per tab', () => {
    const storage = new MemoryStorage();
    expect(saveDraft(storage, at(7), draft)).toBe(true);
    expect(loadDraft(storage, at(7), MEASURES)).toEqual(draft);
    expect(loadDraft(storage, at(8), MEASURES)).toBeUndefined();
    clearDraft(storage, at(7));
    expect(loadDraft(storage, at(7), MEASURES)).toBeUndefined();
  });

  it('never throws when storage is refused or missing', () => {
    expect(saveDraft(throwing, at(7), draft)).toBe(false);
    expect(loadDraft(throwing, at(7), MEASURES)).toBeUndefined();
    expect(() => clearDraft(throwing, at(7))).not.toThrow();
    expect(saveDraft(undefined, at(7), draft)).toBe(false);
    expect(loadDraft(undefined, at(7), MEASURES)).toBeUndefined();
  });
});
