/** A calendar day written the Thai way, in B.E.: `๒๒ พฤศจิกายน ๒๕๖๙`, `๒๒ พ.ย. ๖๙`. */

import { isBlank } from '../numbers/read-number';
import { fail, ok, type Result } from '../problems/problem';
import type { CalendarDate } from './calendar-date';
import { toThaiDigits } from './digits';
import { thaiMonthName } from './thai-months';
import { BANGKOK, calendarDateIn } from './time-zone';
import { trimCell } from './whitespace';

/** How THAI_DATE writes a day: full or short month, Thai or Arabic digits. */
export type ThaiDateStyle = 'long' | 'short' | 'long-arabic' | 'short-arabic';

/** The styles an officer may name, in the order a message lists them. */
export const THAI_DATE_STYLES: readonly ThaiDateStyle[] = ['long', 'short', 'long-arabic', 'short-arabic'];

const BUDDHIST_ERA_OFFSET = 543;

/**
 * Writes a day in B.E.: long `๒๒ พฤศจิกายน ๒๕๖๙`, short `๒๒ พ.ย. ๖๙` (the year's last two digits, as
 * official documents write it), and with `-arabic` the same in Arabic digits.
 */
export function formatThaiDate(date: CalendarDate, style: ThaiDateStyle): string {
  const buddhistYear = date.year + BUDDHIST_ERA_OFFSET;
  const short = style === 'short' || style === 'short-arabic';
  const month = thaiMonthName(date.month, short ? 'short' : 'full');
  const year = short ? String(buddhistYear % 100).padStart(2, '0') : String(buddhistYear);
  const text = `${date.day} ${month} ${year}`;
  return style.endsWith('-arabic') ? text : toThaiDigits(text);
}

// Keys with case, spaces, hyphens and underscores gone, so "Short-Arabic" and "short arabic" agree.
const STYLE_BY_KEY: ReadonlyMap<string, ThaiDateStyle> = new Map([
  ['long', 'long'],
  ['short', 'short'],
  ['longarabic', 'long-arabic'],
  ['shortarabic', 'short-arabic'],
  ['arabic', 'long-arabic'],
]);

function styleKey(text: string): string {
  return trimCell(text)
    .toLowerCase()
    .replace(/[\s_-]/g, '');
}

/** Reads THAI_DATE's style argument: blank is `long`; unknown words are `unknown-option` listing the styles. */
export function readDateStyle(value: unknown): Result<ThaiDateStyle> {
  if (isBlank(value)) return ok('long');
  const style = typeof value === 'string' ? STYLE_BY_KEY.get(styleKey(value)) : undefined;
  return style ? ok(style) : fail({ code: 'unknown-option', value, allowed: THAI_DATE_STYLES });
}

/**
 * An instant (ISO date-time) as a Thai officer writes it, in Bangkok time: `7 ธันวาคม 2569 เวลา 10.30 น.`;
 * undefined when the text is not a time.
 */
export function thaiDateTime(iso: string): string | undefined {
  const instant = new Date(iso);
  if (iso.trim() === '' || Number.isNaN(instant.getTime())) return undefined;
  const date = formatThaiDate(calendarDateIn(instant, BANGKOK), 'long-arabic');
  // Asia/Bangkok is UTC+7 all year (time-zone.ts).
  const minutes = (instant.getUTCHours() * 60 + instant.getUTCMinutes() + 7 * 60) % (24 * 60);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
  return `${date} เวลา ${time} น.`;
}
