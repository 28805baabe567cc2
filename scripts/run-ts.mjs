// Runs a TypeScript script of this project: esbuild bundles it for Node (dependencies left to
// node_modules) into node_modules/.cache, then Node runs it. No extra TypeScript runner is needed.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS…]');
  process.exit(2);
}
const cacheDir = resolve('node_modules/.cache/ita-sheets');
mkdirSync(cacheDir, { recursive: true });
const outfile = resolve(cacheDir, `${basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  outfile,
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
createRequire(import.meta.url)(outfile);
