/** Thai digits ๐–๙ and their Arabic counterparts, both ways. */

const THAI_ZERO = 0x0e50;
const THAI_DIGIT = /[\u0e50-\u0e59]/g;
const ARABIC_DIGIT = /[0-9]/g;

/** Writes every Arabic digit of `text` as a Thai digit; everything else is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(ARABIC_DIGIT, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}

/** Writes every Thai digit of `text` as an Arabic digit; everything else is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(THAI_DIGIT, (d) => String.fromCharCode(48 + d.charCodeAt(0) - THAI_ZERO));
}

/**
 * A web address in running text: with its scheme, from www., or a host followed by a path
 * (docs.google.com/spreadsheets/d/…). Its digits are part of the address, not numbers to write in Thai.
 */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/gi;

/**
 * What keeps its Arabic digits in running text: a web address, and an OIT item's code (o1, O12), whose
 * Latin o before Thai digits reads as a Thai zero (o๓ looks like ๐๓).
 */
const KEPT_AS_WRITTEN = new RegExp(`${WEB_ADDRESS.source}|\\b[oO]\\d{1,3}\\b`, 'gi');

/**
 * Writes the Arabic digits of running text as Thai digits, keeping those of web addresses (a link
 * printed with Thai digits no longer leads anywhere: `docs.google.com/spreadsheets/d/1Ab…` stays) and
 * of OIT codes (o12 stays).
 */
export function toThaiDigitsInText(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(KEPT_AS_WRITTEN)) {
    const at = match.index ?? 0;
    out += toThaiDigits(text.slice(from, at)) + match[0];
    from = at + match[0].length;
  }
  return out + toThaiDigits(text.slice(from));
}
