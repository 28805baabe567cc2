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
// A run of spaces and zero-width characters, whole (greedy, so never retried from inside: linear);
// a gap is dropped when the next character is a combining mark (above or below vowels, tone marks,
// thanthakhat …) or a following vowel that never starts a word (ะ า ำ): a PDF's slip.
const GAP = /[ \u00a0\u200b-\u200d\u2060\ufeff]+/g;
const MARK_AFTER_GAP = /[\u0e30-\u0e3a\u0e47-\u0e4e]/;
// A zero-width character anywhere else in Thai text: invisible, and it splits words in searches.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Nikhahit + sara aa, maybe with a tone mark between them: the decomposed sara am.
const DECOMPOSED_AM = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
// A run of marks over or under one letter (above/below vowels, maitaikhu, tone marks, thanthakhat):
// Thai writes the vowel first, so within a run the vowels come first and the tone marks after, each
// kept in its order (what moving each tone mark past the next vowel until nothing changes gives,
// done in one pass over the run).
const MARK_RUN = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4c]{2,}/g;
const TONE = /[\u0e48-\u0e4c]/;

/** Repaired text and how many places were repaired. */
export interface RepairedText {
  readonly text: string;
  readonly repairs: number;
}

function replaceCounted(text: string, pattern: RegExp, by: (match: string, ...groups: string[]) => string) {
  let count = 0;
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const replaced = by(match, ...rest.filter((r): r is string => typeof r === 'string'));
    if (replaced !== match) count += 1;
    return replaced;
  });
  return { out, count };
}

/** Each run of spaces and zero-width characters that a mark follows, dropped; the count of them. */
function dropGapBeforeMark(text: string): { out: string; count: number } {
  let count = 0;
  const out = text.replace(GAP, (gap: string, offset: number) => {
    if (!MARK_AFTER_GAP.test(text.charAt(offset + gap.length))) return gap;
    count += 1;
    return '';
  });
  return { out, count };
}

/** The vowels of a run of marks first, then its tone marks, each in its order. */
function vowelsBeforeTones(run: string): string {
  let vowels = '';
  let tones = '';
  for (const mark of run) {
    if (TONE.test(mark)) tones += mark;
    else vowels += mark;
  }
  return vowels + tones;
}

/**
 * Thai text as the officer typed it in the original, from text a PDF gave; the count of repairs.
 * Each step is one pass of a pattern that never backtracks over a run, so the repair is linear in
 * the text's length whatever it holds (runs of marks, spaces or zero-width characters).
 */
export function repairThaiText(text: string): RepairedText {
  // Most cells need nothing: a cheap test keeps a big paste fast. It names every character a step
  // below acts on (yamakkan U+0E4E too: a gap before it is dropped).
  if (!/[\uf700-\uf71a\u0e30-\u0e3a\u0e47-\u0e4e\u200b-\u200d\u2060\ufeff]/.test(text)) {
    return { text, repairs: 0 };
  }
  const steps: { out: string; count: number }[] = [];
  let out = text;
  const run = (step: (text: string) => { out: string; count: number }) => {
    const done = step(out);
    out = done.out;
    steps.push(done);
  };
  run((t) => replaceCounted(t, PUA_GLYPH, (glyph) => PUA[glyph.charCodeAt(0) - 0xf700] ?? glyph));
  run(dropGapBeforeMark);
  run((t) => replaceCounted(t, ZERO_WIDTH, () => ''));
  run((t) => replaceCounted(t, DECOMPOSED_AM, (_, tone = '') => `${tone}\u0e33`));
  run((t) => replaceCounted(t, MARK_RUN, vowelsBeforeTones));
  let repairs = steps.reduce((sum, step) => sum + step.count, 0);
  const normal = out.normalize('NFC');
  if (normal !== out) repairs += 1;
  return { text: normal, repairs };
}

/** The repaired text alone, for a cell read back from a tab. */
export function repairThai(text: string): string {
  return repairThaiText(text).text;
}
