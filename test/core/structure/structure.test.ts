import { DOCUMENT_TYPE_IDS } from '../../../src/core/documents/types';
import { parsePastedText } from '../../../src/core/structure/paste';
import { structureDocument } from '../../../src/core/structure/structure';
import { fixture, seed } from '../../support/fixtures';

const DOCUMENTS = [
  ['measures', seed('measures-fy2563.txt')],
  ['results', fixture('results-fy2568-6-months.txt')],
  ['ethics', fixture('ethics-fy2568.txt')],
  ['action-plan', seed('action-plan-fy2562-2564.txt')],
  ['ita-analysis', seed('ita-analysis-fy2562.txt')],
  ['oit-checklist', fixture('oit-checklist-fy2568.txt')],
  ['oit-checklist', fixture('oit-list-fy2567.txt')],
] as const;

describe('structureDocument', () => {
  it.each(DOCUMENTS)('reads a %s document as its own type only', (type, text) => {
    const results = Object.fromEntries(DOCUMENT_TYPE_IDS.map((t) => [t, structureDocument(t, text).ok]));

    expect(results).toEqual(Object.fromEntries(DOCUMENT_TYPE_IDS.map((t) => [t, t === type])));
  });

  it("gives the seeds' counts: 19 measures, 17 projects, 10 indicators", () => {
    const count = (type: (typeof DOCUMENTS)[number][0], text: string) => {
      const result = structureDocument(type, text);
      return result.ok ? result.value.records.length : -1;
    };

    expect(count('measures', seed('measures-fy2563.txt'))).toBe(19);
    expect(count('action-plan', seed('action-plan-fy2562-2564.txt'))).toBe(17);
    expect(count('ita-analysis', seed('ita-analysis-fy2562.txt'))).toBe(10);
  });

  it("reads a sheet's values (a 2D array, numbers and all) as it reads pasted text", () => {
    const text = fixture('results-fy2568-6-months.txt');
    const rows = parsePastedText(text).map((row) =>
      row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)),
    );

    const fromText = structureDocument('results', text);
    const fromRows = structureDocument('results', rows);

    expect(fromRows.ok && fromRows.value.records).toEqual(fromText.ok && fromText.value.records);
  });
});
