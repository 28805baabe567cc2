/** The `ita-sheets` executable: wires the command line to Node's files and streams. */

import { writeFileSync } from 'node:fs';
import { readFileCapped, readStreamCapped } from './capped-read';
import { runCli } from './main';

// `ita-sheets structure … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  readFile: (path, maxBytes) => readFileCapped(path, maxBytes),
  writeFile: (path, bytes) => writeFileSync(path, bytes),
  readStdin: (maxBytes) => readStreamCapped(process.stdin, maxBytes),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a bad input (those return a code): a bug, said as one.
    process.stderr.write(
      `ita-sheets: bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
