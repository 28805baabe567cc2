/**
 * Property: every fixture, copied out of a PDF — sara am as nikhahit + sara aa, tone marks and
 * upper vowels as the private-use glyphs of Thai PDF fonts, a tone mark before its vowel, stray
 * spaces and zero-width spaces before marks, at random places — structures to the records of the
 * clean fixture, loses no more words than the clean one, and says how many places it repaired.
 */

import fc from 'fast-check';
import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

const FIXTURES: readonly [DocumentTypeId, string][] = [
  ['measures', 'measures-fy2568.txt'],
  ['results', 'results-fy2568-6-months.txt'],
  ['ethics', 'ethics-fy2568.txt'],
  ['oit-checklist', 'oit-checklist-fy2568.txt'],
  ['oit-checklist', 'oit-list-fy2567.txt'],
  ['action-plan', 'action-plan-tambon-nong-phai-ngam.txt'],
  ['action-plan', 'action-plan-thesaban-khok-klang.txt'],
  ['ita-analysis', 'ita-analysis-tambon-fy2566.txt'],
  ['ita-analysis', 'ita-analysis-thesaban-fy2567.txt'],
];

function structured(type: DocumentTypeId, text: string): StructuredDocument {
  const result = structureDocument(type, text);
  if (!result.ok) throw new Error(`not structured: ${JSON.stringify(result.problem)}`);
  return result.value;
}

const TONES = '\u0e48\u0e49\u0e4a\u0e4b\u0e4c';
const UPPER = '\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47';
const TALL = 'ปฝฟฬ';
// The positioned glyphs a Thai PDF font draws: upper vowels beside a tall consonant, tone marks lowered or moved left.
const UPPER_LEFT: Readonly<Record<string, string>> = {
  '\u0e34': '\uf701',
  '\u0e35': '\uf702',
  '\u0e36': '\uf703',
  '\u0e37': '\uf704',
  '\u0e31': '\uf710',
  '\u0e47': '\uf712',
};

type Slip = 'am' | 'glyph' | 'order' | 'space' | 'zero-width';

/** The text as a PDF copy may give it: at the places `slips` picks, one of the slips of PDF text. */
function copiedFromPdf(text: string, slips: readonly (Slip | undefined)[]): string {
  let out = '';
  const chars = [...text];
  chars.forEach((c, i) => {
    const slip = slips[i % slips.length];
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if (slip === 'am' && c === '\u0e33') out += '\u0e4d\u0e32';
    else if (slip === 'glyph' && TONES.includes(c) && !UPPER.includes(prev)) {
      out += String.fromCharCode((TALL.includes(prev) ? 0xf713 : 0xf70a) + TONES.indexOf(c));
    } else if (slip === 'glyph' && UPPER_LEFT[c] && TALL.includes(prev)) out += UPPER_LEFT[c];
    else if (slip === 'order' && UPPER.includes(c) && TONES.includes(next)) {
      out += `${next}${c}`;
      chars[i + 1] = '';
    } else if (
      slip === 'space' &&
      /[\u0e34-\u0e39\u0e32\u0e48-\u0e4b]/.test(c) &&
      /[\u0e01-\u0e2e]/.test(prev)
    )
      out += ` ${c}`;
    else if (slip === 'zero-width' && /[\u0e48-\u0e4b]/.test(c)) out += `\u200b${c}`;
    else out += c;
  });
  return out;
}

const slips = fc.array(
  fc.constantFrom<Slip | undefined>('am', 'glyph', 'order', 'space', 'zero-width', undefined),
  {
    minLength: 1,
    maxLength: 13,
  },
);

describe.each(FIXTURES)('%s %s copied out of a PDF', (type, name) => {
  const clean = fixture(name);
  const doc = structured(type, clean);
  const cleanLost = lostWords(clean, doc);

  it('gives the records and header of the clean document, the repairs counted, no more words lost', () => {
    fc.assert(
      fc.property(slips, (picked) => {
        const copied = copiedFromPdf(clean, picked);
        fc.pre(copied !== clean);

        const fromPdf = structured(type, copied);

        expect(fromPdf.records).toEqual(doc.records);
        expect(fromPdf.header).toEqual(doc.header);
        expect(fromPdf.warnings[0]?.problem.code).toBe('pdf-text-repaired');
        expect(fromPdf.warnings.slice(1)).toEqual(doc.warnings);
        expect(lostWords(copied, fromPdf)).toEqual(cleanLost);
      }),
      { numRuns: 15 },
    );
  });
});
