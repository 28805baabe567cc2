/**
 * An amount of money in Thai words, as Excel's BAHTTEXT writes it: `121.50` → หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์.
 *
 * Which "one" is เอ็ด, from what the sources show (Microsoft documents only BAHTTEXT(1234)):
 * - Excel writes a final one as เอ็ด whenever a higher digit is non-zero, not only after a ten:
 *   101 → หนึ่งร้อยเอ็ด, 201 → สองร้อยเอ็ด, 2001 → สองพันเอ็ด, 5,001,000,000 → ห้าพันเอ็ดล้าน
 *   (greatfriends/ThaiBahtText issue #14, checked against Excel 2013; Numbertext/libnumbertext PR #54:
 *   Excel writes 1101 as หนึ่งพันหนึ่งร้อยเอ็ด). Google Sheets and LibreOffice differ: they use เอ็ด
 *   only after a ten (201 → สองร้อยหนึ่ง), which is why this add-in writes the words itself.
 * - Across the millions the same rule holds: 10,000,001 → สิบล้านเอ็ด, 200,000,001 → สองร้อยล้านเอ็ด
 *   (AnuchitO/bahttext, an Excel-compatible port), so 1,000,001 → หนึ่งล้านเอ็ด. The Royal Institute's
 *   answer quoted in greatfriends/ThaiBahtText issue #22 is the same: เอ็ด for the units and the units
 *   of the millions in every case.
 * - Satang are their own number of 0–99: 0.01 → หนึ่งสตางค์, 1.01 → หนึ่งบาทหนึ่งสตางค์,
 *   0.21 → ยี่สิบเอ็ดสตางค์ (เอ็ด only after a ten).
 * Amounts are rounded to satang first, halves away from zero, so 0.995 → หนึ่งบาทถ้วน.
 */

import { type Decimal, roundDecimal } from '../numbers/decimal';

const DIGIT_WORDS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'] as const;
// Index = the power of ten inside a group of six digits; ล้าน joins the groups.
const PLACE_WORDS = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'] as const;
const MILLION = 1_000_000n;

function digitWord(digit: number): string {
  const word = DIGIT_WORDS[digit];
  if (word === undefined) throw new Error(`bahtText: bug: ${digit} is not a digit`);
  return word;
}

/** Words for 1–999,999; `afterHigher` says a non-zero digit stands before this group. */
function groupWords(value: number, afterHigher: boolean): string {
  let words = '';
  for (let place = 5; place >= 0; place -= 1) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) continue;
    if (place === 1) {
      // สิบ, never หนึ่งสิบ; ยี่สิบ, never สองสิบ.
      words += digit === 1 ? 'สิบ' : digit === 2 ? 'ยี่สิบ' : `${digitWord(digit)}สิบ`;
    } else if (place === 0) {
      words += digit === 1 && (afterHigher || value >= 10) ? 'เอ็ด' : digitWord(digit);
    } else {
      words += `${digitWord(digit)}${PLACE_WORDS[place]}`;
    }
  }
  return words;
}

/** Words for a whole number ≥ 1; ล้าน repeats for every six digits (10^12 → หนึ่งล้านล้าน). */
function wholeNumberWords(n: bigint): string {
  if (n < MILLION) return groupWords(Number(n), false);
  const low = Number(n % MILLION);
  return `${wholeNumberWords(n / MILLION)}ล้าน${low > 0 ? groupWords(low, true) : ''}`;
}

/** The amount in Thai words exactly as Excel's BAHTTEXT writes it, e.g. 50000 → ห้าหมื่นบาทถ้วน. */
export function bahtText(amount: Decimal): string {
  const satangTotal = roundDecimal(amount, 2).units;
  // Checked after rounding, so -0.001 is ศูนย์บาทถ้วน and not ลบศูนย์บาทถ้วน.
  const negative = satangTotal < 0n;
  const magnitude = negative ? -satangTotal : satangTotal;
  const baht = magnitude / 100n;
  const satang = Number(magnitude % 100n);

  let words = '';
  if (baht > 0n) words = `${wholeNumberWords(baht)}บาท`;
  else if (satang === 0) words = 'ศูนย์บาท';
  words += satang === 0 ? 'ถ้วน' : `${groupWords(satang, false)}สตางค์`;
  return negative ? `ลบ${words}` : words;
}
