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
