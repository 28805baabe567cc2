/**
 * The Thai repair on hostile Thai: runs of tone marks and vowels, spaces and zero-width characters
 * before marks, private-use glyphs, tags. Its result is what the earlier "repeat each step until
 * nothing changes" definition gave (kept here, on short texts, as the reference), a second repair
 * changes nothing, no Thai letter is lost and the output is NFC. Its speed on 50,000-character
 * cells is measured in `npm run bench` (scripts/lib/hostile-bench.ts), never asserted here.
 */

import fc from 'fast-check';
import { repairThai, repairThaiText } from '../../../src/core/thai/text-repair';

const PUA =
  'ฐ\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4cญ\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a';

/** The repair as first written: each pattern applied until nothing changes (cubic, short texts only). */
function referenceRepair(text: string): string {
  const steps: [RegExp, (match: string, a?: string, b?: string) => string][] = [
    [/[\uf700-\uf71a]/g, (glyph) => PUA[glyph.charCodeAt(0) - 0xf700] ?? glyph],
    [/[ \u00a0\u200b-\u200d\u2060\ufeff]+(?=[\u0e30-\u0e3a\u0e47-\u0e4e])/g, () => ''],
    [/[\u200b-\u200d\u2060\ufeff]/g, () => ''],
    [/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, (_, tone = '') => `${tone}\u0e33`],
    [/([\u0e48-\u0e4c]+)([\u0e31\u0e34-\u0e3a\u0e47])/g, (_, tone = '', vowel = '') => `${vowel}${tone}`],
  ];
  let out = text;
  for (const [pattern, by] of steps) {
    for (let next = out.replace(pattern, by); next !== out; next = out.replace(pattern, by)) out = next;
  }
  return out.normalize('NFC');
}

/** Pieces of hostile Thai: marks of every kind, gaps, PUA glyphs, letters, tags and entities. */
const PIECES = [
  'ก',
  'ป',
  'ฐ',
  'ญ',
  'เ',
  'ไ',
  'า',
  'ะ',
  'ำ',
  '\u0e4d',
  '\u0e31',
  '\u0e34',
  '\u0e35',
  '\u0e36',
  '\u0e37',
  '\u0e38',
  '\u0e39',
  '\u0e3a',
  '\u0e47',
  '\u0e48',
  '\u0e49',
  '\u0e4a',
  '\u0e4b',
  '\u0e4c',
  '\u0e4e',
  ' ',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\uf700',
  '\uf701',
  '\uf70a',
  '\uf70f',
  '\uf713',
  '\uf718',
  '\uf71a',
  '<b>',
  '</p>',
  '&nbsp;',
  'a',
  '๑',
  '\n',
];

const hostileThai = (maxLength: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((pieces) => pieces.join(''));

/** The letters of a text that a repair must keep, in order (PUA ฐ and ญ read as the letters). */
function letters(text: string): string {
  return text
    .replace(/\uf700/g, 'ฐ')
    .replace(/\uf70f/g, 'ญ')
    .replace(/[^\u0e01-\u0e2e\u0e40-\u0e46\u0e50-\u0e59a-z<>&;/]/g, '');
}

describe('repairThaiText on hostile Thai', () => {
  it('gives what repeating each step until nothing changes gave', () => {
    fc.assert(
      fc.property(hostileThai(40), (text) => {
        expect(repairThai(text)).toBe(referenceRepair(text));
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing the second time', () => {
    fc.assert(
      fc.property(hostileThai(80), (text) => {
        const once = repairThaiText(text);

        expect(repairThaiText(once.text)).toEqual({ text: once.text, repairs: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('loses no Thai letter, digit or other word character, and answers NFC', () => {
    fc.assert(
      fc.property(hostileThai(80), (text) => {
        const out = repairThai(text);

        expect(letters(out)).toBe(letters(text));
        expect(out).toBe(out.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });

  it('counts a repair wherever the text changed, and none where it did not', () => {
    fc.assert(
      fc.property(hostileThai(40), (text) => {
        const { text: out, repairs } = repairThaiText(text);

        expect(repairs > 0).toBe(out !== text);
      }),
      { numRuns: 500 },
    );
  });

  it('puts the vowels of a long run of marks first and its tone marks after, in their order', () => {
    const run = '\u0e48\u0e34'.repeat(6_000);

    expect(repairThai(`ก${run}`)).toBe(`ก${'\u0e34'.repeat(6_000)}${'\u0e48'.repeat(6_000)}`);
  });

  it('drops a long run of spaces and zero-width characters before a mark, and keeps one before a letter', () => {
    const gap = ' \u200b'.repeat(25_000);

    expect(repairThai(`ที${gap}\u0e48`)).toBe('ที่');
    expect(repairThai(`ที${gap}ก\u0e48`)).toBe(`ที${' '.repeat(25_000)}ก\u0e48`);
  });

  it('leaves a long run of tone marks without a vowel as it is', () => {
    const tones = '\u0e48\u0e49'.repeat(25_000);

    expect(repairThai(`ก${tones}`)).toBe(`ก${tones}`);
  });
});
