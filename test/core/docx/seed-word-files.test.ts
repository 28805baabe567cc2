/**
 * A Word file of each seed document (../shared/seeds), made from the seed's text as the document
 * would hold it — its tables as Word tables, a cell's lines as its paragraphs, other lines as
 * paragraphs — gives the records the seed's text paste gives. So do the project's own fixtures.
 */

import { inflateRawSync } from 'node:zlib';
import { structureWordFile } from '../../../src/core/docx/structure-word-file';
import { readWordParts } from '../../../src/core/docx/zip-entries';
import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { STRUCTURE_RULES } from '../../../src/core/structure/rules';
import { structureDocument } from '../../../src/core/structure/structure';
import { bodyOfPaste, buildDocx } from '../../support/docx-builder';
import { fixture, seed } from '../../support/fixtures';

const TOOLS = {
  inflateRaw: async (data: Uint8Array) => inflateRawSync(data),
  decodeUtf8: (data: Uint8Array) => new TextDecoder().decode(data),
};

async function fromWord(type: DocumentTypeId, text: string) {
  const tables = STRUCTURE_RULES[type].kind !== 'forms';
  const read = await readWordParts(await buildDocx(bodyOfPaste(text, tables)), TOOLS);
  if (!read.ok) throw new Error(read.en);
  return structureWordFile(type, read.parts);
}

function fromPaste(type: DocumentTypeId, text: string) {
  const result = structureDocument(type, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

describe('a Word file of a seed document gives the records of its text paste', () => {
  it.each([
    ['measures', 'measures-fy2563.txt', 19],
    ['action-plan', 'action-plan-fy2562-2564.txt', 17],
    ['ita-analysis', 'ita-analysis-fy2562.txt', 10],
  ] as const)('%s (%s): %i records', async (type, name, count) => {
    const paste = fromPaste(type, seed(name));
    const word = await fromWord(type, seed(name));
    if (!word.ok) throw new Error(JSON.stringify(word.problem));

    expect(word.value.records).toHaveLength(count);
    expect(word.value.records).toEqual(paste.records);
    expect(word.value.header).toEqual(paste.header);
  });
});

describe("a Word file of each of the project's fixtures gives the fixture's records", () => {
  it.each([
    ['measures', 'measures-fy2568.txt'],
    ['results', 'results-fy2568-6-months.txt'],
    ['ethics', 'ethics-fy2568.txt'],
    ['action-plan', 'action-plan-thesaban-khok-klang.txt'],
    ['ita-analysis', 'ita-analysis-thesaban-fy2567.txt'],
    ['oit-checklist', 'oit-checklist-fy2568.txt'],
    ['oit-checklist', 'oit-list-fy2567.txt'],
  ] as const)('%s (%s)', async (type, name) => {
    const paste = fromPaste(type, fixture(name));
    const word = await fromWord(type, fixture(name));
    if (!word.ok) throw new Error(JSON.stringify(word.problem));

    expect(word.value.records.length).toBeGreaterThan(0);
    expect(word.value.records).toEqual(paste.records);
  });

  it('is refused as another type, as the paste is', async () => {
    const word = await fromWord('ethics', fixture('measures-fy2568.txt'));

    expect(word.ok).toBe(false);
    expect(word.ok ? '' : word.problem.code).toBe('not-this-document');
  });
});
