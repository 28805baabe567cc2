/** Spaces that arrive in cells from Word, PDF and the web, which `String.prototype.trim` misses in part. */

// U+200B–U+200D and U+2060 are zero-width (often pasted from PDFs); U+FEFF is a byte-order mark.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Removes zero-width characters and trims every kind of space, no-break spaces included. */
export function trimCell(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}
