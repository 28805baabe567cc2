/**
 * `npm run bench`: speed and size figures of the add-in, printed as a table and written to
 * bench/results.json. Tests never assert a time; this is where the targets are watched.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DIST, loadDist } from './lib/apps-script-vm';

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

function sizeKB(bytes: Buffer): { raw: number; gzip: number } {
  return { raw: bytes.length / 1024, gzip: gzipSync(bytes).length / 1024 };
}

function main(): void {
  const bundle = readFileSync(join(DIST, 'ita-sheets.js'));
  const declarations = readFileSync(join(DIST, 'globals.js'));
  const server = sizeKB(Buffer.concat([bundle, declarations]));
  // Apps Script evaluates every file of the project on each execution, each custom-function call included.
  const loadMs = timeMs(() => loadDist(), 20);
  const project = loadDist();
  const rows = indicatorRows(10_000);
  const itaScoreMs = timeMs(() => project.call('ITA_SCORE', rows, 2562), 5);
  const grades = rows.map((r) => [r[0]]);
  const itaGradeMs = timeMs(() => project.call('ITA_GRADE', grades, 2562), 5);

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
    { key: 'bundleLoadMs', label: 'evaluate dist/ (every Apps Script call)', value: loadMs, unit: 'ms' },
    {
      key: 'serverBundleKB',
      label: 'server bundle (dist/*.js), raw',
      value: server.raw,
      unit: 'KB',
      target: '< 150',
    },
    { key: 'serverBundleGzipKB', label: 'server bundle (dist/*.js), gzip', value: server.gzip, unit: 'KB' },
  ];

  console.log(`${'figure'.padEnd(44)} ${'value'.padStart(10)}  unit  target`);
  for (const f of figures) {
    console.log(
      `${f.label.padEnd(44)} ${f.value.toFixed(1).padStart(10)}  ${f.unit.padEnd(4)}  ${f.target ?? ''}`,
    );
  }
  mkdirSync('bench', { recursive: true });
  const results = Object.fromEntries(figures.map((f) => [f.key, Math.round(f.value * 100) / 100]));
  writeFileSync(
    join('bench', 'results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`,
  );
  console.log('written: bench/results.json');
}

main();
