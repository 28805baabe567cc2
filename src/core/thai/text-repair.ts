/**
 * Repairs Thai text copied out of a PDF: the marks Thai PDF fonts draw with private-use glyphs
 * (U+F700–U+F71A: tone marks shifted down or left, ฐ and ญ without their tails …) mapped back to
 * the standard characters, sara am written as nikhahit + sara aa (ํา) joined into ำ, a tone mark
 * written before the vowel it sits on put after it, spaces and zero-width characters before a
 * combining mark removed, and the whole in NFC. Each repair is counted, for the officer to see.
 */

// The private-use glyphs of Thai PDF fonts (the Microsoft/Apple Thai font layout that HarfBuzz's
// Thai PUA fallback also uses), each a positioned variant of one standard character, U+F700 … U+F71A in order: ฐ without its tail; sara i, ii, ue, uee shifted left; mai ek, tho, tri,
// chattawa, thanthakhat shifted down-left, then shifted down; ญ without its tail; mai han-akat,
// nikhahit, maitaikhu shifted left; the five tone marks shifted left; sara u, uu, phinthu shifted down.
const PUA =
  'ฐ\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4cญ\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a';

const PUA_GLYPH = /[\uf700-\uf71a]/g;
// A combining mark (above or below vowels, tone marks, thanthakhat …) or a following vowel that
// never starts a word (ะ า ำ): a space or a zero-width character before one is a PDF's slip.
const GAP_BEFORE_MARK = /[ \u00a0\u200b-\u200d\u2060\ufeff]+(?=[\u0e30-\u0e3a\u0e47-\u0e4e])/g;
// A zero-width character anywhere else in Thai text: invisible, and it splits words in searches.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Nikhahit + sara aa, maybe with a tone mark between them: the decomposed sara am.
const DECOMPOSED_AM = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
// A tone mark before the above or below vowel of its syllable: Thai writes the vowel first.
const TONE_BEFORE_VOWEL = /([\u0e48-\u0e4c]+)([\u0e31\u0e34-\u0e3a\u0e47])/g;

/** Repaired text and how many places were repaired. */
export interface RepairedText {
  readonly text: string;
  readonly repairs: number;
}

function replaceCounted(text: string, pattern: RegExp, by: (match: string, ...groups: string[]) => string) {
  let count = 0;
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    count += 1;
    return by(match, ...rest.filter((r): r is string => typeof r === 'string'));
  });
  return { out, count };
}

/** Thai text as the officer typed it in the original, from text a PDF gave; the count of repairs. */
export function repairThaiText(text: string): RepairedText {
  // Most cells need nothing: a cheap test keeps a big paste fast.
  if (!/[\uf700-\uf71a\u0e4d\u0e30-\u0e3a\u0e47-\u0e4c\u200b-\u200d\u2060\ufeff]/.test(text)) {
    return { text, repairs: 0 };
  }
  let repairs = 0;
  const steps: [RegExp, (match: string, ...groups: string[]) => string][] = [
    [PUA_GLYPH, (glyph) => PUA[glyph.charCodeAt(0) - 0xf700] ?? glyph],
    [GAP_BEFORE_MARK, () => ''],
    [ZERO_WIDTH, () => ''],
    [DECOMPOSED_AM, (_, tone = '') => `${tone}\u0e33`],
    [TONE_BEFORE_VOWEL, (_, tone = '', vowel = '') => `${vowel}${tone}`],
  ];
  let out = text;
  for (const [pattern, by] of steps) {
    // Until nothing changes: marks moved past one vowel may meet another ("่ิิ").
    for (
      let step = replaceCounted(out, pattern, by);
      step.count > 0;
      step = replaceCounted(out, pattern, by)
    ) {
      out = step.out;
      repairs += step.count;
    }
  }
  const normal = out.normalize('NFC');
  if (normal !== out) repairs += 1;
  return { text: normal, repairs };
}

/** The repaired text alone, for a cell read back from a tab. */
export function repairThai(text: string): string {
  return repairThaiText(text).text;
}
