/** The benchmark's preview figure: how long the preview takes from start to answering its first page. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPreview } from '../../src/preview/server';

/** Milliseconds from starting the preview (in-process, a fresh temporary workbook) to `/` answering 200. */
export async function measurePreviewStartup(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'ita-sheets-preview-'));
  try {
    const start = performance.now();
    const server = await startPreview({ port: 0, workbookFile: join(dir, 'workbook.json') });
    try {
      const response = await fetch(server.url);
      await response.text();
      if (response.status !== 200) throw new Error(`measurePreviewStartup: / answered ${response.status}`);
      return performance.now() - start;
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
