/**
 * `npm run bench`: speed and size figures of the add-in, printed as a table and written to
 * bench/results.json. Tests never assert a time; this is where the targets are watched.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { structureDocument } from '../src/core/structure/structure';
import { DIST, loadDist, scriptFiles } from './lib/apps-script-vm';
import { SIDEBAR_BUDGET_BYTES } from './lib/build-sidebar';
import { hostileFigures } from './lib/hostile-bench';
import { operationCalls } from './lib/operation-calls';
import { districtRollupCalls, provinceRollupCalls } from './lib/rollup-calls';
import { measurePreviewStartup } from './lib/preview-startup';
import { type ReportCalls, reportCalls } from './lib/report-calls';
import { measuresDocumentXml, readWordTable } from './lib/word-file-bench';

interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

/** A small deterministic generator, so every run scores the same rows. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function indicatorRows(count: number): number[][] {
  const random = seededRandom(2562);
  return Array.from({ length: count }, () =>
    Array.from({ length: 10 }, () => Math.round(random() * 10000) / 100),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeMs(run: () => void, repeat: number): number {
  run();
  return median(
    Array.from({ length: repeat }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );
}

/** The record counts every call figure is measured at. */
const SIZES = [10, 100, 1000, 5000] as const;

/**
 * The reports' calls by record count, for results.json: the most calls any report takes, and the
 * fewest the cell-by-cell baseline takes for any report, so their ratio is a floor for every report.
 */
function callsByCount(calls: readonly ReportCalls[]) {
  const at = (n: number) => calls.filter((c) => c.records === n);
  return {
    reportCalls: Object.fromEntries(SIZES.map((n) => [n, Math.max(...at(n).map((c) => c.calls))])) as Record<
      (typeof SIZES)[number],
      number
    >,
    baselineCalls: Object.fromEntries(
      SIZES.map((n) => [n, Math.min(...at(n).map((c) => c.naive))]),
    ) as Record<(typeof SIZES)[number], number>,
  };
}

function sizeKB(bytes: Buffer): { raw: number; gzip: number } {
  return { raw: bytes.length / 1024, gzip: gzipSync(bytes).length / 1024 };
}

/** A measures paste of `rows` rows as officers have them: headers repeated every 20 rows, <p> markup, continuations. */
function measuresPaste(rows: number): string {
  const header = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม';
  const lines = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ.๒๕๖๘', header];
  for (let i = 1; lines.length < rows; i++) {
    if (i % 20 === 0) lines.push('', header, '\t<p>๓. รายงานผลต่อผู้บริหาร</p>\t\t');
    lines.push(
      `<p>${i}. เผยแพร่ข้อมูลการใช้จ่ายงบประมาณให้บุคลากรทราบ ครั้งที่ ${i}</p>\t<p>๑.จัดทำมาตรการ ๒.เผยแพร่ข้อมูล&nbsp;ทางเว็บไซต์</p>\t<p>สำนักงาน ปลัดอบต.</p>\tรายงานความ ก้าวหน้าและ สรุปผล ณ สิ้น ปีงบประมาณ`,
    );
  }
  return lines.join('\n');
}

/** Child mode: structures a 5,000-row paste and prints the time and the process's peak memory. */
function structureChild(): void {
  const paste = measuresPaste(5000);
  const baselineMB = process.resourceUsage().maxRSS / 1024;
  const start = performance.now();
  const result = structureDocument('measures', paste);
  const ms = performance.now() - start;
  if (!result.ok)
    throw new Error(`bench: the 5,000-row paste did not structure: ${JSON.stringify(result.problem)}`);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ ms, peakMB, deltaMB: peakMB - baselineMB, records: result.value.records.length }),
  );
}

/**
 * Child mode: a custom-function execution as Apps Script runs one, in a process that has never seen the
 * bundle: evaluate dist/'s script in a fresh global scope (a vm context), then call one function.
 */
function coldChild(): void {
  const files = scriptFiles().map((name) => readFileSync(join(DIST, name), 'utf8'));
  const context = createContext({ console });
  const start = performance.now();
  for (const text of files) runInContext(text, context);
  const loaded = performance.now();
  runInContext(
    'ITA_SCORE([[99.65, 99.47, 98.41, 99.26, 98.81, 71.49, 73.86, 62.71, 83.34, 50]], 2562)',
    context,
  );
  const called = performance.now();
  console.log(JSON.stringify({ loadMs: loaded - start, callMs: called - loaded }));
}

/** The cold figures, each the median of fresh processes (the machine is shared: one run is noise). */
function coldExecution(runs: number): { loadMs: number; callMs: number } {
  const samples = Array.from(
    { length: runs },
    () =>
      JSON.parse(
        execFileSync(process.execPath, [process.argv[1]!, '--cold-child'], { encoding: 'utf8' }),
      ) as {
        loadMs: number;
        callMs: number;
      },
  );
  return { loadMs: median(samples.map((s) => s.loadMs)), callMs: median(samples.map((s) => s.callMs)) };
}

async function main(): Promise<void> {
  // The one script of dist/: Apps Script evaluates it on each execution, each custom-function call included.
  const server = sizeKB(Buffer.concat(scriptFiles().map((name) => readFileSync(join(DIST, name)))));
  const cold = coldExecution(9);
  // Evaluated again in the same process: V8 has compiled the source before, as it may have in Apps Script.
  const loadMs = timeMs(() => loadDist(), 20);
  const project = loadDist();
  const rows = indicatorRows(10_000);
  const itaScoreMs = timeMs(() => project.call('ITA_SCORE', rows, 2562), 5);
  const grades = rows.map((r) => [r[0]]);
  const itaGradeMs = timeMs(() => project.call('ITA_GRADE', grades, 2562), 5);
  const itaLevelMs = timeMs(() => project.call('ITA_LEVEL', rows, 2568), 5);
  // IIT and EIT of 85–100, so that no row is blocked from ผ่านดี by another tool (which is an error).
  const atLeast85 = (score: number) => Math.round(8500 + score * 15) / 100;
  const toolRows = rows.map((r) => [atLeast85(r[0]!), atLeast85(r[5]!), '']);
  const itaNeededLevelMs = timeMs(() => project.call('ITA_NEEDED', toolRows, 'ผ่านดี', 'OIT', 2568), 5);

  // In a fresh process, so that its peak memory is the structurer's and not the benchmark's.
  const child = JSON.parse(
    execFileSync(process.execPath, [process.argv[1]!, '--structure-child'], { encoding: 'utf8' }),
  ) as { ms: number; peakMB: number; deltaMB: number; records: number };

  const wordXml = measuresDocumentXml(2000);
  const readWordMs = timeMs(() => readWordTable(wordXml), 5);

  const calls = reportCalls(SIZES);
  const operations = SIZES.map(operationCalls);
  const rollups = [
    { what: 'district roll-up of 5', figures: districtRollupCalls(5) },
    { what: 'district roll-up of 20', figures: districtRollupCalls(20) },
    { what: 'province roll-up, 16 districts of 13', figures: provinceRollupCalls(16, 13) },
  ];
  const sidebar = sizeKB(readFileSync(join(DIST, 'sidebar.html')));
  const previewStartMs = await measurePreviewStartup();
  const hostile = hostileFigures();

  const figures: Figure[] = [
    {
      key: 'itaScore10kMs',
      label: 'ITA_SCORE, 10,000 rows × 10 indicators',
      value: itaScoreMs,
      unit: 'ms',
      target: '< 1,000',
    },
    {
      key: 'itaGrade10kMs',
      label: 'ITA_GRADE, 10,000 scores',
      value: itaGradeMs,
      unit: 'ms',
      target: '< 1,000',
    },
    {
      key: 'itaLevel10kMs',
      label: 'ITA_LEVEL, 10,000 rows × 10 indicators (FY 2568)',
      value: itaLevelMs,
      unit: 'ms',
      target: '< 1,000',
    },
    {
      key: 'itaNeededLevel10kMs',
      label: 'ITA_NEEDED to ผ่านดี, 10,000 rows',
      value: itaNeededLevelMs,
      unit: 'ms',
      target: '< 1,000',
    },
    {
      key: 'coldLoadMs',
      label: 'cold: evaluate dist/ita-sheets.js in a fresh process',
      value: cold.loadMs,
      unit: 'ms',
    },
    {
      key: 'coldCustomFunctionMs',
      label: 'cold: then the first ITA_SCORE call',
      value: cold.callMs,
      unit: 'ms',
    },
    { key: 'bundleLoadMs', label: 'warm: evaluate it again, same process', value: loadMs, unit: 'ms' },
    {
      key: 'structure5kMs',
      label: `structure a 5,000-row paste (${child.records} measures)`,
      value: child.ms,
      unit: 'ms',
    },
    {
      key: 'readWord2kMs',
      label: `read a Word table of 2,000 measures (${(wordXml.length / 1e6).toFixed(1)} M chars)`,
      value: readWordMs,
      unit: 'ms',
    },
    { key: 'structure5kPeakMB', label: 'its peak memory (process RSS)', value: child.peakMB, unit: 'MB' },
    {
      key: 'structure5kRowsAddedMB',
      label: 'its peak memory above the loaded process',
      value: child.deltaMB,
      unit: 'MB',
    },
    {
      key: 'serverBundleKB',
      label: 'the script (dist/*.js), raw',
      value: server.raw,
      unit: 'KB',
      target: '< 400',
    },
    { key: 'serverBundleGzipKB', label: 'the script (dist/*.js), gzip', value: server.gzip, unit: 'KB' },
    {
      key: 'sidebarKB',
      label: 'sidebar (dist/sidebar.html), raw',
      value: sidebar.raw,
      unit: 'KB',
      target: `< ${SIDEBAR_BUDGET_BYTES / 1024}`,
    },
    { key: 'sidebarGzipKB', label: 'sidebar (dist/sidebar.html), gzip', value: sidebar.gzip, unit: 'KB' },
    { key: 'previewStartMs', label: 'preview: start to the first page', value: previewStartMs, unit: 'ms' },
    ...operations.flatMap((o) =>
      (['append', 'update', 'read', 'validate', 'structure'] as const).map((op) => ({
        key: `${op}Calls${o.records}`,
        label: `${op}, tab of ${o.records} records: service calls`,
        value: o[op],
        unit: 'calls',
      })),
    ),
    ...rollups.flatMap(({ what, figures: r }, i) => [
      {
        key: `rollupFirstCalls${i}`,
        label: `${what}: update writing the imports`,
        value: r.firstCalls,
        unit: 'calls',
      },
      {
        key: `rollupCalls${i}`,
        label: `${what}: update again: service calls`,
        value: r.againCalls,
        unit: 'calls',
      },
      { key: `rollupMs${i}`, label: `${what}: update again (in Node)`, value: r.againMs, unit: 'ms' },
    ]),
    ...hostile,
    ...calls.flatMap((c) => [
      {
        key: `${c.key}Calls${c.records}`,
        label: `${c.kind} report, ${c.records} records: service calls`,
        value: c.calls,
        unit: 'calls',
      },
      {
        key: `${c.key}NaiveCalls${c.records}`,
        label: `  the same, cell by cell (baseline) · ratio ${Math.round(c.naive / c.calls)}×`,
        value: c.naive,
        unit: 'calls',
      },
    ]),
  ];

  console.log(`${'figure'.padEnd(50)} ${'value'.padStart(10)}  unit   target`);
  for (const f of figures) {
    console.log(
      `${f.label.padEnd(50)} ${f.value.toFixed(1).padStart(10)}  ${f.unit.padEnd(5)}  ${f.target ?? ''}`,
    );
  }
  mkdirSync('bench', { recursive: true });
  const results = Object.fromEntries(figures.map((f) => [f.key, Math.round(f.value * 100) / 100]));
  const byCount = callsByCount(calls);
  const ratio = byCount.baselineCalls[1000] / byCount.reportCalls[1000];
  console.log(
    `reports at 1,000 records: at most ${byCount.reportCalls[1000]} calls, baseline at least ${byCount.baselineCalls[1000]}: ${Math.round(ratio)}× fewer (target ≥ 100×)`,
  );
  writeFileSync(
    join('bench', 'results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...byCount, ...results }, null, 2)}\n`,
  );
  console.log('written: bench/results.json');
}

if (process.argv.includes('--structure-child')) structureChild();
else if (process.argv.includes('--cold-child')) coldChild();
else
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
