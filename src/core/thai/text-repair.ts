/**
 * Repairs Thai text copied out of a PDF: the marks Thai PDF fonts draw with private-use glyphs
 * (U+F700–U+F71A: tone marks shifted down or left, ฐ and ญ without their tails …) mapped back to
 * the standard characters, sara am written as nikhahit + sara aa (ํา) joined into ำ, a tone mark
 * written before the vowel it sits on put after it, spaces and zero-width characters before a
 * combining mark removed, and the whole in NFC. Each repair is counted, for the officer to see.
 */

/**
 * The private-use glyphs of Thai PDF fonts (the Microsoft/Apple Thai font layout that HarfBuzz's
 * Thai PUA fallback also uses): each is a positioned variant of one standard character.
 */
const PUA: Readonly<Record<number, string>> = {
  63232: '\u0e10', // ฐ without its lower tail
  63233: '\u0e34', // sara i, shifted left
  63234: '\u0e35', // sara ii, shifted left
  63235: '\u0e36', // sara ue, shifted left
  63236: '\u0e37', // sara uee, shifted left
  63237: '\u0e48', // mai ek, shifted down-left
  63238: '\u0e49', // mai tho, shifted down-left
  63239: '\u0e4a', // mai tri, shifted down-left
  63240: '\u0e4b', // mai chattawa, shifted down-left
  63241: '\u0e4c', // thanthakhat, shifted down-left
  63242: '\u0e48', // mai ek, shifted down
  63243: '\u0e49', // mai tho, shifted down
  63244: '\u0e4a', // mai tri, shifted down
  63245: '\u0e4b', // mai chattawa, shifted down
  63246: '\u0e4c', // thanthakhat, shifted down
  63247: '\u0e0d', // ญ without its lower tail
  63248: '\u0e31', // mai han-akat, shifted left
  63249: '\u0e4d', // nikhahit, shifted left
  63250: '\u0e47', // maitaikhu, shifted left
  63251: '\u0e48', // mai ek, shifted left
  63252: '\u0e49', // mai tho, shifted left
  63253: '\u0e4a', // mai tri, shifted left
  63254: '\u0e4b', // mai chattawa, shifted left
  63255: '\u0e4c', // thanthakhat, shifted left
  63256: '\u0e38', // sara u, shifted down
  63257: '\u0e39', // sara uu, shifted down
  63258: '\u0e3a', // phinthu, shifted down
};

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
    [PUA_GLYPH, (glyph) => PUA[glyph.charCodeAt(0)] ?? glyph],
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
