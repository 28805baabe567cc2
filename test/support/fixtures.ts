/** The project's own fixtures (test/fixtures) and the real seeds of ../shared/seeds, read as text. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}

/** A seed document of ../shared/seeds (beside the repository, as CI has it). */
export function seed(name: string): string {
  return readFileSync(join(__dirname, '..', '..', '..', 'shared', 'seeds', name), 'utf8');
}
