/**
 * What the district's roll-up costs in service calls: a district of n organizations updated once the
 * imports are written (the officer's usual update), and a province over districts' roll-ups. Shared by
 * the benchmark; the test of the calls being constant is test/server/rollup-api.test.ts.
 */

import { performance } from 'node:perf_hooks';
import type { Profile } from '../../src/core/documents/header';
import { createServerApi, singleProcessLock } from '../../src/server/api';
import type { ApiResult, ServerHandlers } from '../../src/shared/api';
import { MemoryWorkbook, memoryServices, WorkbookRegistry } from '../../src/sheets/memory';
import { MemoryProperties } from '../../src/sheets/memory-properties';
import { storeProfile } from '../../src/sheets/operations/profile';
import { LINKS_TAB_NAME } from '../../src/sheets/operations/rollup-tabs';
import { writeSummary } from '../../src/sheets/operations/summary-tab';

export interface RollupFigures {
  readonly organizations: number;
  /** The update that writes the imports (the list changed). */
  readonly firstCalls: number;
  /** An update with the same list: the officer's usual one. */
  readonly againCalls: number;
  /** That update in Node, over the in-memory workbooks. */
  readonly againMs: number;
}

const NOW = new Date('2026-12-07T03:00:00Z');

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`rollup-calls: ${result.error}`);
  return result.value;
}

const idOf = (name: string): string => `1${name.padEnd(43, '_')}`;

function spreadsheet(registry: WorkbookRegistry, name: string, profile: Profile) {
  const workbook = registry.add(new MemoryWorkbook({ id: idOf(name), name }));
  const properties = new MemoryProperties();
  storeProfile(properties, profile);
  const context = { spreadsheet: workbook, services: memoryServices(workbook), properties };
  const api: ServerHandlers = createServerApi(
    () => context,
    singleProcessLock,
    () => NOW,
  );
  return { workbook, context, api, id: idOf(name) };
}

const profile = (organization: string, district: string): Profile => ({
  organization,
  district,
  province: 'นครราชสีมา',
  website: '',
  units: [],
});

/** A district office whose links tab lists `sources`, each shared with it and allowed. */
function rollupOf(registry: WorkbookRegistry, name: string, office: Profile, sources: readonly string[]) {
  const district = spreadsheet(registry, name, office);
  unwrap(district.api.updateRollup({}));
  for (const source of sources) {
    registry.share(source, district.id);
    registry.allowAccess(district.id, source);
  }
  district.workbook
    .getSheetByName(LINKS_TAB_NAME)
    ?.getRange(2, 2, sources.length, 1)
    .setValues(sources.map((id) => [`https://docs.google.com/spreadsheets/d/${id}/edit`]));
  return district;
}

function organizations(registry: WorkbookRegistry, prefix: string, n: number, district: string): string[] {
  return Array.from({ length: n }, (_, i) => {
    const org = spreadsheet(registry, `${prefix}org${i}`, profile(`องค์การบริหารส่วนตำบลที่${i + 1}`, district));
    writeSummary(org.context, NOW);
    return org.id;
  });
}

function measured(
  workbook: MemoryWorkbook,
  api: ServerHandlers,
): { first: number; again: number; ms: number } {
  workbook.resetCalls();
  unwrap(api.updateRollup({}));
  const first = workbook.totalCalls();
  workbook.resetCalls();
  const start = performance.now();
  unwrap(api.updateRollup({}));
  const ms = performance.now() - start;
  return { first, again: workbook.totalCalls(), ms };
}

/** A district of `n` organizations. */
export function districtRollupCalls(n: number): RollupFigures {
  const registry = new WorkbookRegistry();
  const sources = organizations(registry, 'd', n, 'โนนสูง');
  const district = rollupOf(registry, 'district', profile('ที่ทำการท้องถิ่นอำเภอโนนสูง', 'โนนสูง'), sources);
  const { first, again, ms } = measured(district.workbook, district.api);
  return { organizations: n, firstCalls: first, againCalls: again, againMs: ms };
}

/** A province over `districts` districts' roll-ups of `each` organizations. */
export function provinceRollupCalls(districts: number, each: number): RollupFigures {
  const registry = new WorkbookRegistry();
  const rollups = Array.from({ length: districts }, (_, d) => {
    const sources = organizations(registry, `p${d}`, each, `อำเภอที่${d + 1}`);
    const district = rollupOf(
      registry,
      `district${d}`,
      profile(`ท้องถิ่นอำเภอที่${d + 1}`, `อำเภอที่${d + 1}`),
      sources,
    );
    unwrap(district.api.updateRollup({}));
    return district.id;
  });
  const province = rollupOf(registry, 'province', profile('ท้องถิ่นจังหวัดนครราชสีมา', ''), rollups);
  const { first, again, ms } = measured(province.workbook, province.api);
  return { organizations: districts * each, firstCalls: first, againCalls: again, againMs: ms };
}
