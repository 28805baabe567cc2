/**
 * Node's reads for the command line, each stopping one byte past a cap: `/dev/zero`, an endless
 * pipe or a huge file never fills the memory. The caller refuses what came back longer than the cap.
 */

import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 16;

/** At most `maxBytes` bytes from the start of a file (a device or a pipe too). */
export function readFileCapped(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes, CHUNK));
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < maxBytes) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, maxBytes - total), null);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      total += read;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** At most `maxBytes` bytes of a stream; it stops being read once past them. */
export async function readStreamCapped(
  stream: AsyncIterable<unknown>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    const kept = bytes.subarray(0, maxBytes - total);
    chunks.push(kept);
    total += kept.length;
    if (total >= maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}
