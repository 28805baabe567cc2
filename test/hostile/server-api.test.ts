import { readWorkbookJson } from '../../src/preview/workbook-json';
/**
 * The sidebar's server API given hostile requests: wrong types, missing and extra fields, huge text,
 * negative, fractional and NaN sheet ids and rows. Every method answers with an ApiResult — never a
 * throw — whose error is Thai with an English gloss, and a refused call leaves every tab and the
 * profile as they were. A field longer than a cell holds is refused before anything is written.
 */

import fc from 'fast-check';
import type { DocumentRecord, DocumentTypeId } from '../../src/core/documents/document-type';
import { MAX_CELL_LENGTH } from '../../src/core/documents/record-schema';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES } from '../../src/core/documents/types';
import { CUT_MARK } from '../../src/core/layout/cell-limit';
import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { ApiResult, ServerHandlers } from '../../src/shared/api';
import { type MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { MemoryProperties } from '../../src/sheets/memory-properties';
import type { SheetsContext } from '../../src/sheets/operations/context';
import { storeProfile } from '../../src/sheets/operations/profile';
import { bodyOfPaste, documentXml } from '../support/docx-builder';
import { fixture } from '../support/fixtures';
import {
  assertProperty,
  CRASH_WORDS,
  HOSTILE_WORDS,
  hostileDate,
  hostileJson,
  hostileNumber,
  hostileObject,
  hostileRuns,
  hostileText,
  hostileTimeout,
  isThaiWithGloss,
} from '../support/hostile';
import { PROFILE, pasteTab, snapshot, testWorkbook } from '../support/workbook';

const RUNS = hostileRuns(60);
jest.setTimeout(hostileTimeout(RUNS));

const PASTES: Partial<Record<DocumentTypeId, string>> = {
  measures: fixture('measures-fy2568.txt'),
  results: fixture('results-fy2568-6-months.txt'),
  ethics: fixture('ethics-fy2568.txt'),
  'action-plan': fixture('action-plan-tambon-nong-phai-ngam.txt'),
  'ita-analysis': fixture('ita-analysis-tambon-fy2566.txt'),
};

/** A Word file's document part holding the measures fixture. */
const WORD_MEASURES = documentXml(bodyOfPaste(fixture('measures-fy2568.txt')));

const noLock = singleProcessLock;

interface Office {
  readonly workbook: MemoryWorkbook;
  readonly context: SheetsContext;
  readonly api: ServerHandlers;
}

/**
 * A spreadsheet with one document tab of every type (with records where a fixture has them), a report
 * and a pasted tab left active: what a hostile request can reach. Built once, copied for every run.
 */
function baseOffice(): MemoryWorkbook {
  const { workbook, context } = testWorkbook();
  const api = createServerApi(() => context, noLock);
  for (const type of DOCUMENT_TYPE_IDS) {
    const text = PASTES[type];
    if (text === undefined) {
      expect(api.createDocumentTab({ type, fiscalYear: 2568 }).ok).toBe(true);
      continue;
    }
    pasteTab(workbook, `วาง ${type}`, text);
    expect(api.structureActiveTab({ type })).toMatchObject({ ok: true });
  }
  const measures = api.listDocumentTabs();
  const source = measures.ok ? measures.value.find((t) => t.type === 'measures') : undefined;
  expect(api.makeReport({ kind: 'results', sheetId: source?.sheetId, round: 6 })).toMatchObject({ ok: true });
  pasteTab(workbook, 'วางข้อความ', PASTES.measures ?? '');
  return workbook;
}

let base: MemoryWorkbook;

function office(): Office {
  const workbook = readWorkbookJson(base.toJSON());
  const properties = new MemoryProperties();
  storeProfile(properties, PROFILE);
  const context: SheetsContext = {
    spreadsheet: workbook,
    services: memoryServices(workbook),
    properties,
    // The print view is shown, not written: a dialog changes nothing in the workbook.
    printing: { fontCss: () => '', showDialog: () => undefined },
  };
  return { workbook, context, api: createServerApi(() => context, noLock) };
}

// Copying the office takes longer than most calls: a copy serves run after run until a call changes it.
let pristine: { readonly o: Office; readonly before: unknown } | undefined;

function pristineOffice(): { readonly o: Office; readonly before: unknown } {
  if (!pristine) {
    const o = office();
    pristine = { o, before: state(o) };
  }
  return pristine;
}

function spoiled(): void {
  pristine = undefined;
}

/** Everything an officer could see changed: every tab's name, values, notes and fills, and the profile. */
function state(o: Office): unknown {
  return { tabs: o.workbook.getSheets().map(snapshot), profile: o.api.getProfile() };
}

/** A value google.script.run carries back whole: no Date, function, NaN or infinity inside. */
function crossesScriptRun(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(crossesScriptRun);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((v) => v === undefined || crossesScriptRun(v));
  }
  return false;
}

/** What is wrong with an answer, or '' when it is a proper ApiResult. */
function answerFault(result: ApiResult<unknown>): string {
  if (result === null || typeof result !== 'object') return `not a result: ${String(result)}`;
  if (!crossesScriptRun(result)) return 'does not cross google.script.run';
  if (result.ok) return 'value' in result ? '' : 'ok without a value';
  if (typeof result.error !== 'string' || result.error.trim() === '') return 'an empty error';
  if (!isThaiWithGloss(result.error)) return `not Thai with an English gloss: ${result.error.slice(0, 300)}`;
  // The catch-all of api.ts is for the service failing (a quota, a timeout), never for a bad request.
  if (CRASH_WORDS.test(result.error) || result.error.startsWith('ทำรายการไม่สำเร็จ'))
    return `a crash: ${result.error.slice(0, 300)}`;
  for (const p of result.problems ?? []) {
    if (typeof p.message !== 'string' || !isThaiWithGloss(p.message))
      return `a problem without words: ${p.message}`;
  }
  return '';
}

// Request parts: real ids and rows now and then, so that calls get past the first check.
// An even pick is a document tab, an odd one any tab (a report, a paste).
const idOf = (o: Office, pick: number) => {
  const tabs = o.api.listDocumentTabs();
  const documents = tabs.ok ? tabs.value.map((t) => t.sheetId) : [];
  const sheets = o.workbook.getSheets().map((s) => s.getSheetId());
  const from = pick % 2 === 0 && documents.length > 0 ? documents : sheets;
  return from[Math.floor(pick / 2) % from.length]!;
};
const hostileId = fc.oneof(
  fc.constantFrom<unknown>(
    -1,
    -0,
    0.5,
    Number.NaN,
    1e300,
    Number.MAX_SAFE_INTEGER + 2,
    '0',
    '1',
    null,
    undefined,
    [0],
    {},
  ),
  hostileNumber,
  hostileJson,
);
const hostileRow = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 2, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 1200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      0,
      1,
      1.5,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      1e9,
      '2',
      null,
      undefined,
    ),
  },
  { weight: 1, arbitrary: hostileJson },
);
const a1 = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'A1',
      'B3',
      'A0',
      'ZZZ9999999',
      'A1:B2',
      'a1',
      '$A$1',
      'A01',
      "'x'!A1",
      '',
      'AAAA1',
      'A1:',
    ),
  },
  { weight: 1, arbitrary: hostileText },
);
/** Mostly a right value, now and then anything. */
const mostly = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 6, arbitrary: right as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: hostileJson },
    // What JSON cannot carry, should a caller other than google.script.run send it.
    { weight: 1, arbitrary: fc.oneof(hostileDate, hostileObject, fc.constant(undefined)) },
  );

/** A field's value: text or a list as it should be, or anything at all. */
const fieldValue = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.array(hostileText, { maxLength: 4 }) },
  { weight: 1, arbitrary: hostileJson },
);

/** A record of a type with hostile values, fields missing or extra; or anything at all. */
function hostileRecord(type: DocumentTypeId): fc.Arbitrary<unknown> {
  const fields = DOCUMENT_TYPES[type].fields;
  // Right in shape (text or a list of text), hostile in content: these reach the checks and the write.
  const shaped = fc
    .tuple(
      ...fields.map((f) =>
        f.kind === 'list' || f.kind === 'units'
          ? fc.array(fc.oneof(hostileText, fc.constantFrom(...PROFILE.units)), { minLength: 1, maxLength: 4 })
          : fc.oneof(
              hostileText,
              fc.constantFrom('1', 'ปีงบประมาณ พ.ศ. 2568', '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', '99.65', 'o1'),
            ),
      ),
    )
    .map((values) => Object.fromEntries(fields.map((f, i) => [f.key, values[i]])));
  const record = fc
    .tuple(
      fc.array(fieldValue, { minLength: fields.length, maxLength: fields.length }),
      fc.array(fc.nat(fields.length), { maxLength: 2 }),
      fc.dictionary(fc.constantFrom(...HOSTILE_WORDS, 'extra', 'no'), hostileJson, { maxKeys: 2 }),
    )
    .map(([values, dropped, extra]) => {
      const r: Record<string, unknown> = { ...extra };
      fields.forEach((f, i) => {
        if (!dropped.includes(i)) r[f.key] = values[i];
      });
      return r;
    });
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 3, arbitrary: record },
    { weight: 1, arbitrary: hostileJson },
  );
}

/** A request built from parts, then maybe a key dropped, a key added or the whole replaced. */
function mutated(request: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: request },
    {
      weight: 2,
      arbitrary: fc.tuple(request, fc.constantFrom(...HOSTILE_WORDS), hostileJson).map(([r, k, v]) => {
        const keys = Object.keys(r);
        const copy = { ...r };
        if (keys.length > 0 && k.length % 2 === 0) delete copy[keys[k.length % keys.length]!];
        else
          Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
        return copy;
      }),
    },
    { weight: 1, arbitrary: hostileJson },
  );
}

/** Mostly a real tab (undefined: `pick` chooses one), now and then a hostile id. */
const someId = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: hostileId },
);

/** A hostile record of each type: the call sends the one of the tab it names. */
const recordOfEveryType = fc.record(
  Object.fromEntries(DOCUMENT_TYPE_IDS.map((t) => [t, hostileRecord(t)])) as Record<
    DocumentTypeId,
    fc.Arbitrary<unknown>
  >,
);

/** How a hostile sidebar calls one method: the requests it draws, and the call on an office. */
interface Caller {
  readonly requests: fc.Arbitrary<unknown>;
  readonly call: (o: Office, request: unknown) => ApiResult<unknown>;
}

const typeId = mostly(fc.constantFrom<unknown>(...DOCUMENT_TYPE_IDS));
// A method without a parameter, called with one anyway.
const noParameter = (method: (x?: unknown) => ApiResult<unknown>) =>
  method as (x: unknown) => ApiResult<unknown>;

/** For each method of ServerHandlers: the requests a hostile sidebar could send. */
const CALLERS: { readonly [M in keyof ServerHandlers]: Caller } = {
  getActiveContext: { requests: hostileJson, call: (o, r) => noParameter(o.api.getActiveContext)(r) },
  getProfile: { requests: hostileJson, call: (o, r) => noParameter(o.api.getProfile)(r) },
  getStartState: { requests: hostileJson, call: (o, r) => noParameter(o.api.getStartState)(r) },
  listDocumentTabs: { requests: hostileJson, call: (o, r) => noParameter(o.api.listDocumentTabs)(r) },
  updateSummary: { requests: hostileJson, call: (o, r) => noParameter(o.api.updateSummary)(r) },
  selectCell: {
    requests: fc
      .tuple(fc.nat(), someId, a1)
      .chain(([pick, id, cell]) => mutated(fc.constant({ pick, id, a1: cell }))),
    call: (o, r) => o.api.selectCell(withId(o, r)),
  },
  saveProfile: {
    requests: mutated(
      fc.record({
        organization: fc.oneof(fc.constant(PROFILE.organization), hostileText),
        district: fc.oneof(fc.constant(PROFILE.district), hostileText),
        province: fc.oneof(fc.constant(PROFILE.province), hostileText),
        website: mostly(
          fc.constantFrom('', PROFILE.website, 'javascript:alert(1)', 'https://', 'http://x y'),
        ),
        units: mostly(fc.oneof(fc.constant([...PROFILE.units]), fc.array(hostileText, { maxLength: 4 }))),
      }),
    ),
    call: (o, r) => o.api.saveProfile(r),
  },
  createDocumentTab: {
    requests: mutated(
      fc.record({
        type: typeId,
        fiscalYear: mostly(fc.constantFrom<unknown>(undefined, 2568, 2399, 2801, 2568.5)),
      }),
    ),
    call: (o, r) => o.api.createDocumentTab(r),
  },
  structureActiveTab: {
    requests: mutated(
      fc.record(
        {
          type: typeId,
          columns: mostly(
            fc.array(fc.oneof(fc.constantFrom('-', 'no', 'measure', 'code', 'title'), hostileText)),
          ),
        },
        { requiredKeys: ['type'] },
      ),
    ),
    call: (o, r) => o.api.structureActiveTab(r),
  },
  structureWordFile: {
    requests: mutated(
      fc.record(
        {
          type: typeId,
          fileName: mostly(fc.oneof(fc.constant('มาตรการ.docx'), hostileText)),
          documentXml: mostly(fc.oneof(fc.constant(WORD_MEASURES), hostileText)),
          numberingXml: mostly(fc.oneof(fc.constant('<w:numbering/>'), hostileText)),
        },
        { requiredKeys: ['type', 'fileName', 'documentXml'] },
      ),
    ),
    call: (o, r) => o.api.structureWordFile(r),
  },
  structurePastedText: {
    requests: mutated(
      fc.record(
        {
          type: typeId,
          text: mostly(
            fc.oneof(
              hostileText,
              fc.constantFrom('ข้อ\tข้อมูล\no1\tโครงสร้าง', 'ลำดับ,มาตรการ,ผู้รับผิดชอบ\n1,"ก, ข",=cmd'),
            ),
          ),
          fiscalYear: mostly(fc.constantFrom<unknown>(undefined, 2566, 2399, 2568.5)),
        },
        { requiredKeys: ['type', 'text'] },
      ),
    ),
    call: (o, r) => o.api.structurePastedText(r),
  },
  setTabHeader: {
    requests: fc
      .tuple(
        fc.nat(),
        someId,
        mostly(fc.constantFrom<unknown>(undefined, null, 2568, 2399, 2568.5)),
        mostly(fc.oneof(fc.constant<unknown>(null), hostileText)),
        mostly(fc.constantFrom<unknown>(undefined, null, 6, 12, 7)),
      )
      .chain(([pick, id, fiscalYear, organization, round]) =>
        mutated(fc.constant({ pick, id, fiscalYear, organization, round })),
      ),
    call: (o, r) => o.api.setTabHeader(withId(o, r)),
  },
  readPastedColumns: {
    requests: mutated(fc.record({ type: typeId })),
    call: (o, r) => o.api.readPastedColumns(r),
  },
  readRecords: {
    requests: fc.tuple(fc.nat(), someId).chain(([pick, id]) => mutated(fc.constant({ pick, id }))),
    call: (o, r) => o.api.readRecords(withId(o, r)),
  },
  rolloverTab: {
    requests: fc
      .tuple(
        fc.nat(),
        someId,
        mostly(fc.constantFrom<unknown>(undefined, 2569, 2570, 2567, 2399, 2569.5)),
        typeId,
      )
      .chain(([pick, id, fiscalYear, as]) => mutated(fc.constant({ pick, id, fiscalYear, as }))),
    call: (o, r) => o.api.rolloverTab(withId(o, r)),
  },
  appendRecord: {
    requests: fc
      .tuple(fc.nat(), someId, recordOfEveryType)
      .chain(([pick, id, records]) => mutated(fc.constant({ pick, id, records }))),
    call: (o, r) => o.api.appendRecord(withRecord(o, withId(o, r))),
  },
  updateRecord: {
    requests: fc
      .tuple(fc.nat(), someId, hostileRow, recordOfEveryType, fc.boolean())
      .chain(([pick, id, row, records, opened]) => mutated(fc.constant({ pick, id, row, records, opened }))),
    call: (o, r) => o.api.updateRecord(withOpened(o, withRecord(o, withId(o, r)))),
  },
  validateTab: {
    requests: fc
      .tuple(fc.nat(), someId, mostly(fc.boolean()))
      .chain(([pick, id, mark]) => mutated(fc.constant({ pick, id, mark }))),
    call: (o, r) => o.api.validateTab(withId(o, r)),
  },
  makeReport: {
    requests: fc
      .tuple(
        fc.nat(),
        someId,
        mostly(fc.constantFrom<unknown>('results', 'ita-analysis', 'action-plan', 'ethics', 'oit')),
        mostly(fc.constantFrom<unknown>(undefined, 6, 12, 7, '6', null)),
        mostly(fc.boolean()),
      )
      .chain(([pick, id, kind, round, thaiDigits]) =>
        mutated(fc.constant({ pick, id, kind, round, thaiDigits })),
      ),
    call: (o, r) => o.api.makeReport(withId(o, r)),
  },
  printReport: {
    requests: fc
      .tuple(
        fc.nat(),
        someId,
        mostly(fc.constantFrom<unknown>('results', 'measures', 'ita-analysis', 'ethics', 'oit')),
        mostly(fc.constantFrom<unknown>(undefined, 6, 12, 7)),
        mostly(fc.boolean()),
      )
      .chain(([pick, id, kind, round, thaiDigits]) =>
        mutated(fc.constant({ pick, id, kind, round, thaiDigits })),
      ),
    call: (o, r) => o.api.printReport(withId(o, r)),
  },
  printTab: {
    requests: fc.tuple(fc.nat(), someId).chain(([pick, id]) => mutated(fc.constant({ pick, id }))),
    call: (o, r) => o.api.printTab(withId(o, r)),
  },
  updateRollup: {
    requests: mutated(
      fc.record(
        { thaiDigits: fc.boolean(), signerName: fc.string(), signerPosition: fc.string() },
        { requiredKeys: [] },
      ),
    ),
    call: (o, r) => o.api.updateRollup(r),
  },
  printRollup: {
    requests: mutated(fc.record({ thaiDigits: fc.boolean(), signerName: fc.string() }, { requiredKeys: [] })),
    call: (o, r) => o.api.printRollup(r),
  },
};

/** The request with `sheetId`: a real tab's id picked by `pick`, unless a hostile `id` was drawn. */
function withId(o: Office, request: unknown): unknown {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) return request;
  const { pick, id, ...rest } = request as Record<string, unknown>;
  if (pick === undefined) return request;
  return { ...rest, sheetId: id === undefined ? idOf(o, Number(pick)) : id };
}

/** The request with `record`: of the type of the tab its `sheetId` names (measures for any other tab). */
function withRecord(o: Office, request: unknown): unknown {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) return request;
  const { records, ...rest } = request as Record<string, unknown>;
  if (records === undefined || records === null || typeof records !== 'object') return request;
  const tabs = o.api.listDocumentTabs();
  const type = (tabs.ok ? tabs.value.find((t) => t.sheetId === rest.sheetId)?.type : undefined) ?? 'measures';
  return { ...rest, record: (records as Record<string, unknown>)[type] };
}

/** An update request with `expected`: the record the row holds (as the sidebar sends it), or nothing. */
function withOpened(o: Office, request: unknown): unknown {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) return request;
  const { opened, ...rest } = request as Record<string, unknown>;
  if (!opened) return rest;
  const read = o.api.readRecords({ sheetId: rest.sheetId });
  const held = read.ok ? read.value.records.find((r) => r.row === rest.row)?.record : undefined;
  return { ...rest, expected: held ?? rest.record };
}

beforeAll(() => {
  base = baseOffice();
});

describe('createServerApi, given hostile requests', () => {
  it.each(Object.keys(CALLERS) as (keyof ServerHandlers)[])(
    '%s answers with a result, and a refusal changes nothing',
    (method) => {
      const { requests, call } = CALLERS[method];
      assertProperty(
        fc.property(requests, (request) => {
          const { o, before } = pristineOffice();
          const writesBefore = writes(o);

          let result: ApiResult<unknown> | undefined;
          let thrown: unknown;
          try {
            result = call(o, request);
          } catch (error) {
            thrown = error;
          }

          expect(thrown === undefined ? '' : `threw: ${String(thrown)}`).toBe('');
          expect(answerFault(result!)).toBe('');
          const after = state(o);
          if (!result!.ok) expect(after).toEqual(before);
          else if (method === 'appendRecord' || method === 'updateRecord')
            expect(readBack(o, request, result!)).toBe('');
          if (writes(o) !== writesBefore || JSON.stringify(after) !== JSON.stringify(before)) spoiled();
        }),
        RUNS,
      );
    },
  );
});

/** '' when the tab now holds, on the row a write answered with, the record it says it wrote. */
function readBack(o: Office, request: unknown, result: ApiResult<unknown>): string {
  if (!result.ok) return '';
  const saved = result.value as { row: number; record: DocumentRecord };
  const sheetId = (withId(o, request) as { sheetId: unknown }).sheetId;
  const read = o.api.readRecords({ sheetId });
  const held = read.ok ? read.value.records.find((r) => r.row === saved.row)?.record : undefined;
  return JSON.stringify(held) === JSON.stringify(saved.record)
    ? ''
    : `row ${saved.row} holds ${JSON.stringify(held)?.slice(0, 300)}, not ${JSON.stringify(saved.record).slice(0, 300)}`;
}

/** Calls that write, counted: any of these between two snapshots of the ledger is a write. */
function writes(o: Office): number {
  return Object.entries(o.workbook.calls)
    .filter(([name]) => /\.(set|insert|delete|add|merge|protect|clear|append|hide)/i.test(name))
    .reduce((n, [, count]) => n + count, 0);
}

/** A valid record of `type` with one field (a text field, or a list's only item) `length` long. */
function recordWithLong(type: DocumentTypeId, key: string, length: number): DocumentRecord {
  const record: Record<string, string | string[]> = {};
  for (const field of DOCUMENT_TYPES[type].fields) {
    const list = field.kind === 'list' || field.kind === 'units';
    const text =
      field.key === key ? 'ค'.repeat(length) : field.kind === 'units' ? PROFILE.units[0]! : 'ทดสอบ';
    record[field.key] = list ? [text] : text;
  }
  return record;
}

describe('createServerApi, on what the properties found', () => {
  it('refuses a request that is not an object in Thai, with the English of the check as the gloss', () => {
    const result = office().api.readRecords('0');

    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/ต้องเป็นชุดข้อมูล \(.*[a-z]/) });
  });

  it('refuses cell A0 as not a cell, before it reaches the tab', () => {
    const o = office();

    const result = o.api.selectCell({ sheetId: idOf(o, 0), a1: 'A0' });

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('a1 must be a cell') });
  });
});

describe('a field longer than a cell holds', () => {
  const measuresId = (o: Office) => {
    const tabs = o.api.listDocumentTabs();
    return tabs.ok ? tabs.value.find((t) => t.type === 'measures')!.sheetId : -1;
  };

  it.each(['measure', 'steps', 'monitoring'])(
    'is refused by appendRecord, naming the field %s, before anything is written',
    (key) => {
      const o = office();
      const sheetId = measuresId(o);
      const before = state(o);
      const writesBefore = writes(o);

      const result = o.api.appendRecord({
        sheetId,
        record: recordWithLong('measures', key, MAX_CELL_LENGTH + 1),
      });

      const label = DOCUMENT_TYPES.measures.fields.find((f) => f.key === key)!.th;
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining(label) });
      expect(!result.ok && result.error).toContain(String(MAX_CELL_LENGTH));
      expect(writes(o)).toBe(writesBefore);
      expect(state(o)).toEqual(before);
    },
  );

  it('is refused by updateRecord, naming the field, before anything is written', () => {
    const o = office();
    const sheetId = measuresId(o);
    const read = o.api.readRecords({ sheetId });
    const opened = read.ok ? read.value.records[0]! : undefined;
    const before = state(o);
    const writesBefore = writes(o);

    const result = o.api.updateRecord({
      sheetId,
      row: opened?.row,
      expected: opened?.record,
      record: recordWithLong('measures', 'monitoring', MAX_CELL_LENGTH + 1),
    });

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('การกำกับติดตาม') });
    expect(writes(o)).toBe(writesBefore);
    expect(state(o)).toEqual(before);
  });

  it('is kept whole at exactly 50,000 characters, even as text Sheets would read as a formula', () => {
    const o = office();
    const sheetId = measuresId(o);
    const record = {
      ...recordWithLong('measures', 'measure', MAX_CELL_LENGTH - 1),
      measure: `=${'ค'.repeat(MAX_CELL_LENGTH - 1)}`,
    };

    const result = o.api.appendRecord({ sheetId, record });

    expect(result).toMatchObject({ ok: true });
    const read = o.api.readRecords({ sheetId });
    const saved = read.ok
      ? read.value.records.find((r) => r.row === (result.ok ? result.value.row : -1))
      : undefined;
    expect(saved?.record.measure).toBe(record.measure);
  });

  it('makes a report whose numbered list outgrows a cell: shared among rows shown as one, nothing cut', () => {
    const o = office();
    const sheetId = measuresId(o);
    // 10,000 steps of 4 characters fit a cell one a line (49,999 characters); numbered "1. " … they do not.
    const steps = Array.from({ length: 10_000 }, () => 'ขขขข');
    const appended = o.api.appendRecord({
      sheetId,
      record: { ...recordWithLong('measures', 'measure', 10), steps },
    });
    expect(appended).toMatchObject({ ok: true });

    const report = o.api.makeReport({ kind: 'results', sheetId, round: 6 });

    expect(report).toMatchObject({ ok: true });
    const tab = o.workbook.getSheets().find((s) => report.ok && s.getSheetId() === report.value.sheetId)!;
    const cells = tab
      .getDataRange()
      .getValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(cells.filter((v) => v.endsWith(CUT_MARK))).toHaveLength(0);
    expect(cells.every((v) => v.length <= MAX_CELL_LENGTH)).toBe(true);
    const steps3 = cells
      .filter((v) => /^\d+\. ขขขข/.test(v))
      .join('\n')
      .split('\n');
    expect(steps3).toHaveLength(10_000);
    expect(steps3[9_999]).toBe('10000. ขขขข');
  });
});
