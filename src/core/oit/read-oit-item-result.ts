/** Reads one OIT item's result from a cell: a score, a tick or a cross, TRUE/FALSE, or a status word. */

import { decimalAsShown, decimalToInteger } from '../numbers/decimal';
import { isBlank, parseNumberText } from '../numbers/read-number';
import { fail, ok, type Result } from '../problems/problem';
import { trimCell } from '../thai/whitespace';
import type { OitItemResult } from './oit-score';
import { readOitStatus } from './oit-status';

// U+FE0F asks for the emoji form of ☑ or ✔; it changes nothing of the mark.
const EMOJI_FORM = /\ufe0f/g;
const TICKS = new Set(['✓', '✔', '☑', '✅', 'TRUE']);
const CROSSES = new Set(['✗', '✘', '☒', '❌', '×', 'X', 'FALSE']);
const BY_STATUS = {
  published: 'published',
  'in-progress': 'missing',
  'not-started': 'missing',
  exempt: 'exempt',
} as const;

/** 100 is published and 0 is missing; any other score is no result (an item scores all or nothing). */
function resultOfScore(score: bigint | undefined): OitItemResult | undefined {
  return score === 100n ? 'published' : score === 0n ? 'missing' : undefined;
}

function resultOfText(text: string): OitItemResult | undefined {
  const number = parseNumberText(text);
  if (number) return resultOfScore(decimalToInteger(number));
  const mark = trimCell(text).replace(EMOJI_FORM, '').toUpperCase();
  if (TICKS.has(mark)) return 'published';
  if (CROSSES.has(mark)) return 'missing';
  const status = readOitStatus(text);
  return status && BY_STATUS[status];
}

/**
 * An item's result: 100 / 0, TRUE / FALSE, ✓ ✔ / ✗ ✘ x, เผยแพร่แล้ว (published), อยู่ระหว่างดำเนินการ
 * or ยังไม่ดำเนินการ (missing), ไม่ต้องเผยแพร่ with or without a reason (exempt); Thai digits and spaces
 * are read. A blank cell is the `blank` problem, so the caller decides what blank means.
 */
export function readOitItemResult(value: unknown): Result<OitItemResult> {
  if (isBlank(value)) return fail({ code: 'blank' });
  let result: OitItemResult | undefined;
  if (typeof value === 'boolean') result = value ? 'published' : 'missing';
  else if (typeof value === 'number' && Number.isFinite(value))
    result = resultOfScore(decimalToInteger(decimalAsShown(value)));
  else if (typeof value === 'string') result = resultOfText(value);
  return result ? ok(result) : fail({ code: 'not-an-oit-result', value });
}
