import fc from 'fast-check';
import { DOCUMENT_TYPE_IDS } from '../../../src/core/catalog';
import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { computeRollup } from '../../../src/core/rollup/rollup';
import {
  BAND_WIDTH,
  existingBands,
  bandColumn,
  importsGrid,
  type ListedLink,
  planImports,
  readSources,
} from '../../../src/core/rollup/rollup-sources';
import { ROLLUP_MARK, readRollupBlock, rollupBlock } from '../../../src/core/rollup/rollup-shape';
import {
  type DocumentSummary,
  type SummaryFacts,
  summaryBlock,
} from '../../../src/core/summary/summary-shape';

const id = (n: number): string => `1${String(n).padStart(3, '0')}OrgSpreadsheetIdForTests_abcdefghijklmnop`;
const SELF = '1DistrictRollupSpreadsheetIdForTests_abcdefgh';
const AS_OF = '2026-12-07T03:00:00.000Z';
const CONTEXT = { office: 'ที่ทำการท้องถิ่นอำเภอโนนสูง', district: 'โนนสูง', province: 'นครราชสีมา', asOf: AS_OF };

const NONE: DocumentSummary = { tab: '', records: undefined, errors: undefined, lastChange: undefined };

interface Org {
  readonly name: string;
  readonly ready?: readonly DocumentTypeId[];
  readonly oit?: { published: number; required: number; score?: number; missing: string[] };
  readonly ita?: { iit: number; eit: number; oit: number; total: number; level: string };
}

/** The block an organization's spreadsheet keeps under ITA_SUMMARY. */
function summaryOf(org: Org): (string | number)[][] {
  const facts: SummaryFacts = {
    organization: org.name,
    district: 'โนนสูง',
    province: 'นครราชสีมา',
    fiscalYear: 2569,
    documents: Object.fromEntries(
      DOCUMENT_TYPE_IDS.map((t) => [
        t,
        org.ready?.includes(t) ? { tab: `${t} 2569`, records: 5, errors: 0, lastChange: AS_OF } : NONE,
      ]),
    ) as Record<DocumentTypeId, DocumentSummary>,
    oit: org.oit && {
      published: org.oit.published,
      required: org.oit.required,
      score: org.oit.score,
      missingCodes: org.oit.missing,
    },
    ita: org.ita && { ...org.ita, nextLevel: '', blockers: [] },
    updatedAt: AS_OF,
  };
  return summaryBlock(facts);
}

/** The imports tab's values from row 2: each band's block at its column, as Sheets spills it. */
function importedValues(blocks: readonly (readonly (readonly unknown[])[] | string)[]): unknown[][] {
  const width = blocks.length * BAND_WIDTH;
  const height = Math.max(1, ...blocks.map((b) => (typeof b === 'string' ? 1 : b.length)));
  const grid = Array.from({ length: height }, () => Array<unknown>(width).fill(''));
  blocks.forEach((block, band) => {
    const cells = typeof block === 'string' ? [[block]] : block;
    cells.forEach((row, r) => {
      row.forEach((value, c) => {
        grid[r]![bandColumn(band) - 1 + c] = value;
      });
    });
  });
  return grid;
}

const listed = (links: readonly string[]): ListedLink[] =>
  links.map((link, i) => ({ row: i + 2, label: '', link }));

const COMPLETE: Org = {
  name: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
  ready: DOCUMENT_TYPE_IDS,
  oit: { published: 33, required: 33, score: 100, missing: [] },
  ita: { iit: 90, eit: 88, oit: 92, total: 90.2, level: 'ผ่านดี' },
};
const MISSING: Org = {
  name: 'องค์การบริหารส่วนตำบลดอนหวาย',
  ready: ['measures', 'oit-checklist'],
  oit: { published: 10, required: 33, score: 30.3, missing: ['o5', 'o12', 'o33'] },
  ita: { iit: 86, eit: 84, oit: 70, total: 78.0, level: 'ต้องปรับปรุง' },
};
const NOT_STARTED: Org = {
  name: 'เทศบาลตำบลโตนด',
  oit: { published: 0, required: 33, score: 0, missing: ['o1', 'o5', 'o12'] },
};

describe('the imports a roll-up writes', () => {
  it('imports each Sheets link once, never its own spreadsheet, and says why a row has none', () => {
    const plan = planImports(
      listed([
        `https://docs.google.com/spreadsheets/d/${id(1)}/edit`,
        'not a link',
        id(1),
        `https://docs.google.com/spreadsheets/d/${SELF}/edit`,
        id(2),
      ]),
      SELF,
    );

    expect(plan.bands.map((b) => b?.id)).toEqual([id(1), id(2)]);
    expect(plan.links.map((l) => l.refused?.status ?? l.band)).toEqual([
      0,
      'invalid-link',
      'duplicate',
      'self',
      1,
    ]);
    expect(plan.links[2]?.refused?.message).toContain('ซ้ำกับแถว 2');

    const [labels, formulas] = importsGrid(plan, 2 * BAND_WIDTH);
    expect(formulas?.[0]).toBe(
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id(1)}", "ITA_SUMMARY")`,
    );
    expect(formulas?.[BAND_WIDTH]).toBe(
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id(2)}", "ITA_SUMMARY")`,
    );
    expect(formulas?.filter((f) => f !== '')).toHaveLength(2);
    expect(labels?.[BAND_WIDTH]).toBe('แถว 6');
  });
});

describe('the roll-up of three organizations and a row not allowed yet', () => {
  const plan = planImports(listed([id(1), id(2), id(3), id(4), 'https://example.com/x']), SELF);
  const sources = readSources(
    plan,
    importedValues([summaryOf(MISSING), summaryOf(COMPLETE), '#REF!', summaryOf(NOT_STARTED)]),
  );
  const rollup = computeRollup(sources, CONTEXT);

  it('says of each row whether it was read, and what to do when not', () => {
    expect(sources.map((s) => s.status)).toEqual(['ok', 'ok', 'not-connected', 'ok', 'invalid-link']);
    expect(sources[2]?.message).toContain('Allow access');
    // The third band starts at column 1 + 2 × 16 = 33, AG.
    expect(sources[2]?.importCell).toBe('AG2');
    expect(sources[4]?.message).toContain('แถว 6');
  });

  it('ranks by the level if assessed today, then today’s OIT, then documents', () => {
    expect(rollup.scope).toBe('district');
    expect(rollup.name).toBe('โนนสูง');
    expect(rollup.fiscalYear).toBe(2569);
    expect(rollup.ranked.map((o) => [o.rank, o.organization, o.projectedLevel])).toEqual([
      [1, COMPLETE.name, 'ผ่านดี'],
      [2, MISSING.name, 'ต้องปรับปรุงโดยด่วน'],
      [3, NOT_STARTED.name, ''],
    ]);
    // 0.3 × 86 + 0.3 × 84 + 0.4 × 30.3 = 63.12: the OIT today, not the one assessed, decides.
    expect(rollup.ranked[1]?.projectedTotal).toBe(63.12);
    expect(rollup.ranked.map((o) => o.sourceRow)).toEqual([3, 2, 5]);
  });

  it('counts the organizations at each level and names who is at risk and who has not started', () => {
    expect(rollup.levelCounts).toEqual([
      { level: 'ผ่านดีเยี่ยม', count: 0 },
      { level: 'ผ่านดี', count: 1 },
      { level: 'ผ่าน', count: 0 },
      { level: 'ต้องปรับปรุง', count: 0 },
      { level: 'ต้องปรับปรุงโดยด่วน', count: 1 },
      { level: '', count: 1 },
    ]);
    expect(rollup.ranked.map((o) => [o.atRisk, o.notStarted])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });

  it('lists the OIT items most organizations lack', () => {
    expect(rollup.commonMissing).toEqual([
      { code: 'o5', count: 2 },
      { code: 'o12', count: 2 },
      { code: 'o1', count: 1 },
      { code: 'o33', count: 1 },
    ]);
  });
});

describe('ties, loading imports and other blocks', () => {
  it('gives organizations equal on every key the same rank, listed by name', () => {
    const a = { ...MISSING, name: 'อบต.ข' };
    const b = { ...MISSING, name: 'อบต.ก' };
    const plan = planImports(listed([id(1), id(2), id(3)]), SELF);
    const rollup = computeRollup(
      readSources(plan, importedValues([summaryOf(a), summaryOf(COMPLETE), summaryOf(b)])),
      CONTEXT,
    );

    expect(rollup.ranked.map((o) => [o.rank, o.organization])).toEqual([
      [1, COMPLETE.name],
      [2, 'อบต.ก'],
      [2, 'อบต.ข'],
    ]);
  });

  it('tells a loading import, a block not made by ita-sheets and a newer version apart', () => {
    const newer = summaryOf(COMPLETE).map((row) => (row[0] === 'version' ? ['version', 2, row[2]] : row));
    const plan = planImports(listed([id(1), id(2), id(3)]), SELF);
    const sources = readSources(plan, importedValues(['Loading...', [['ชื่อ', 'คะแนน']], newer]));

    expect(sources.map((s) => s.status)).toEqual(['loading', 'no-summary', 'no-summary']);
    expect(sources[2]?.message).toContain('รุ่น 2');
    expect(computeRollup(sources, CONTEXT).ranked).toEqual([]);
  });
});

describe('the province: a roll-up of district roll-ups', () => {
  it('reads each district’s block, ranks every organization of the province, and keeps its counts', () => {
    const districtPlan = planImports(listed([id(1), id(2), id(3)]), SELF);
    const district = computeRollup(
      readSources(
        districtPlan,
        importedValues([summaryOf(MISSING), summaryOf(COMPLETE), summaryOf(NOT_STARTED)]),
      ),
      CONTEXT,
    );
    const other = { ...COMPLETE, name: 'เทศบาลเมืองปากช่อง', oit: { ...COMPLETE.oit!, score: 95 } };
    const otherDistrict = computeRollup(
      readSources(planImports(listed([id(5)]), SELF), importedValues([summaryOf(other)])),
      { ...CONTEXT, district: 'ปากช่อง' },
    );
    const block = rollupBlock(district);

    expect(block[0]?.slice(0, 4)).toEqual([ROLLUP_MARK, 1, 'district', 'โนนสูง']);
    expect(readRollupBlock(block)?.organizations.map((o) => o.organization)).toEqual(
      district.ranked.map((o) => o.organization),
    );

    const province = computeRollup(
      readSources(
        planImports(listed([id(7), id(8)]), SELF),
        importedValues([block, rollupBlock(otherDistrict)]),
      ),
      CONTEXT,
    );
    expect(province.scope).toBe('province');
    expect(province.name).toBe('นครราชสีมา');
    expect(province.sources.map((s) => [s.kind, s.organizations.length])).toEqual([
      ['rollup', 3],
      ['rollup', 1],
    ]);
    expect(province.ranked.map((o) => [o.rank, o.organization])).toEqual([
      [1, COMPLETE.name],
      [2, 'เทศบาลเมืองปากช่อง'],
      [3, MISSING.name],
      [4, NOT_STARTED.name],
    ]);
    // What the province reads equals what the district computed, figure for figure.
    const read = province.ranked.find((o) => o.organization === MISSING.name);
    const computed = district.ranked.find((o) => o.organization === MISSING.name);
    expect(read && { ...read, rank: 0, sourceRow: 0 }).toEqual(
      computed && { ...computed, rank: 0, sourceRow: 0 },
    );
  });
});

describe('an organization that never saved its profile', () => {
  it('is named by the officer’s own name for its row', () => {
    const plan = planImports([{ row: 2, label: 'อบต.ไม่มีชื่อ', link: id(1) }], SELF);
    const [source] = readSources(plan, importedValues([summaryOf({ ...COMPLETE, name: '' })]));

    expect(source?.organizations[0]?.organization).toBe('อบต.ไม่มีชื่อ');
  });
});

describe('the ranking, whatever the organizations', () => {
  const org = fc.record({
    name: fc.constantFrom('อบต.ก', 'อบต.ข', 'ทต.ค', 'อบต.ง', ''),
    ready: fc.subarray([...DOCUMENT_TYPE_IDS]),
    oit: fc.option(
      fc.record({
        published: fc.nat({ max: 43 }),
        required: fc.constant(43),
        score: fc.option(
          fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
          { nil: undefined },
        ),
        missing: fc.subarray(['o1', 'o5', 'o12', 'o33']),
      }),
      { nil: undefined },
    ),
    ita: fc.option(
      fc.record({
        iit: fc.integer({ min: 5000, max: 10000 }).map((n) => n / 100),
        eit: fc.integer({ min: 5000, max: 10000 }).map((n) => n / 100),
        oit: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
        total: fc.constant(80),
        level: fc.constant('ต้องปรับปรุง'),
      }),
      { nil: undefined },
    ),
  });

  it('ranks every organization read once, 1 first, equal ones sharing a rank, counted once per level', () => {
    fc.assert(
      fc.property(fc.array(org, { maxLength: 12 }), (orgs) => {
        const plan = planImports(listed(orgs.map((_, i) => id(i))), SELF);
        const rollup = computeRollup(readSources(plan, importedValues(orgs.map(summaryOf))), CONTEXT);
        const ranks = rollup.ranked.map((o) => o.rank);

        expect(rollup.ranked).toHaveLength(orgs.length);
        expect(new Set(rollup.ranked.map((o) => o.sourceRow)).size).toBe(orgs.length);
        ranks.forEach((rank, i) => {
          expect(rank === i + 1 || rank === ranks[i - 1]).toBe(true);
        });
        expect(rollup.levelCounts.reduce((n, c) => n + c.count, 0)).toBe(orgs.length);
        // A projected organization never ranks below one that cannot be projected.
        const firstUnprojected = rollup.ranked.findIndex((o) => o.projectedLevel === '');
        if (firstUnprojected >= 0) {
          expect(rollup.ranked.slice(firstUnprojected).every((o) => o.projectedLevel === '')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the bands of the imports, kept where they are', () => {
  it('keeps each listed spreadsheet in its band whatever the order, and gives a new one the first free band', () => {
    const plan = planImports(listed([id(3), id(1), id(4)]), SELF, [id(1), id(2), id(3)]);

    expect(plan.bands.map((b) => b?.id)).toEqual([id(1), id(4), id(3)]);
    expect(plan.links.map((l) => l.band)).toEqual([2, 0, 1]);
  });

  it('drops free bands at the end, so their columns are blanked', () => {
    expect(planImports(listed([id(1)]), SELF, [id(1), id(2), undefined]).bands.map((b) => b?.id)).toEqual([
      id(1),
    ]);
    expect(planImports([], SELF, [id(1)]).bands).toEqual([]);
  });

  it('reads which spreadsheet each band imports from the formulas the add-in wrote, and nothing else', () => {
    const plan = planImports(listed([id(1), id(2)]), SELF);
    const [, formulas = []] = importsGrid(plan, 3 * BAND_WIDTH);
    const typed = [...formulas.map(String)];
    typed[2 * BAND_WIDTH] = `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id(3)}", "Sheet1!A1")`;

    expect(existingBands(typed)).toEqual([id(1), id(2), undefined]);
  });
});
