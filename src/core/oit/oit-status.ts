/**
 * The four statuses of an OIT item as officers write them in a checklist. `published` is the only one
 * that scores: the NACC gives an item 100 when it is published completely, otherwise 0.
 */

import { trimCell } from '../thai/whitespace';

export type OitStatusId = 'published' | 'in-progress' | 'not-started' | 'exempt';

export interface OitStatus {
  readonly id: OitStatusId;
  readonly th: string;
  readonly en: string;
}

export const OIT_STATUSES: readonly OitStatus[] = [
  { id: 'published', th: 'เผยแพร่แล้ว', en: 'published' },
  { id: 'in-progress', th: 'อยู่ระหว่างดำเนินการ', en: 'in progress' },
  { id: 'not-started', th: 'ยังไม่ดำเนินการ', en: 'not started' },
  { id: 'exempt', th: 'ไม่ต้องเผยแพร่', en: 'not required' },
];

/**
 * The status a cell's text names: its Thai label, its id or its English words, case and spaces aside.
 * Only ไม่ต้องเผยแพร่ may carry a reason after it ("ไม่ต้องเผยแพร่ เพราะ…"): any other label followed by
 * more text ("เผยแพร่แล้วบางส่วน") is undefined, since a part-published item scores 0.
 */
export function readOitStatus(text: string): OitStatusId | undefined {
  const words = trimCell(text).replace(/\s+/g, ' ').toLowerCase();
  if (words.startsWith(oitStatusLabel('exempt'))) return 'exempt';
  return OIT_STATUSES.find((s) => words === s.th || words === s.id || words === s.en)?.id;
}

/** The Thai word of a status, as the checklist's status column holds it. */
export function oitStatusLabel(id: OitStatusId): string {
  const status = OIT_STATUSES.find((s) => s.id === id);
  if (!status) throw new Error(`oitStatusLabel: bug: no status ${id}`);
  return status.th;
}
