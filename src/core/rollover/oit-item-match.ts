/**
 * Carries an OIT checklist into a year whose item list differs (renumbered, items added or dropped):
 * items are matched by their titles, not their codes — the same title once spaces, digits and marks
 * are set aside, else the most alike title above a threshold — and each matched item keeps its evidence
 * URL, status, units, due day and note under its new code. Lists the items new, gone and renumbered.
 */

import type { DocumentRecord } from '../documents/document-type';
import { checklistRecords } from '../oit/oit-checklist-records';
import type { OitItemList } from '../oit/oit-item-lists';
import { toArabicDigits } from '../thai/digits';

/** Two titles at least this alike (Dice coefficient of their character pairs) are the same item. */
export const TITLE_LIKENESS = 0.8;

/** The fields an item carries into its new code; code, title and sub-indicator come from the new list. */
const CARRIED = ['url', 'status', 'responsible', 'due', 'note'] as const;

export interface ItemRef {
  readonly code: string;
  readonly title: string;
}

export interface OitItemMatch {
  /** The new year's items, in its list's order, each with what its matched old item carried. */
  readonly records: readonly DocumentRecord[];
  /** Items of the new list with no old item. */
  readonly added: readonly ItemRef[];
  /** Old items with no item in the new list. */
  readonly gone: readonly ItemRef[];
  /** Matched items whose code changed. */
  readonly renumbered: readonly { readonly from: string; readonly to: string; readonly title: string }[];
}

/**
 * A title as compared: Thai digits as Arabic, lower case, without spaces, zero-width characters,
 * punctuation, "ฯ" and the repetition mark, so that "Q&A" is "qa" and "ประกาศต่าง ๆ" is "ประกาศต่าง".
 */
export function titleKey(title: string): string {
  return toArabicDigits(title)
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/[()[\]{}.,;:!?'"“”‘’/\\&+\-–—_ๆฯ]/g, '');
}

function pairs(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...key];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** How alike two title keys are, 0–1: the Dice coefficient of their character pairs. */
export function titleLikeness(a: string, b: string): number {
  if (a === b) return 1;
  const pa = pairs(a);
  const pb = pairs(b);
  const size = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const total = size(pa) + size(pb);
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of pa) shared += Math.min(n, pb.get(pair) ?? 0);
  return (2 * shared) / total;
}

const text = (record: DocumentRecord, key: string): string => {
  const value = record[key];
  return typeof value === 'string' ? value : '';
};

/** The old item (index into `old`) of each new item (index into `list.items`), or -1. */
function matchIndexes(old: readonly DocumentRecord[], list: OitItemList): number[] {
  const oldKeys = old.map((r) => titleKey(text(r, 'title')));
  const newKeys = list.items.map((item) => titleKey(item.title));
  const match = newKeys.map(() => -1);
  const taken = new Set<number>();
  // The same title first, in order; then the most alike pairs above the threshold, best first.
  newKeys.forEach((key, n) => {
    const o = oldKeys.findIndex((k, i) => k === key && k !== '' && !taken.has(i));
    if (o >= 0) {
      match[n] = o;
      taken.add(o);
    }
  });
  const candidates: { n: number; o: number; likeness: number }[] = [];
  newKeys.forEach((key, n) => {
    if (match[n]! >= 0) return;
    oldKeys.forEach((k, o) => {
      if (taken.has(o)) return;
      const likeness = titleLikeness(key, k);
      if (likeness >= TITLE_LIKENESS) candidates.push({ n, o, likeness });
    });
  });
  candidates.sort((a, b) => b.likeness - a.likeness || a.n - b.n || a.o - b.o);
  for (const { n, o } of candidates) {
    if (match[n]! >= 0 || taken.has(o)) continue;
    match[n] = o;
    taken.add(o);
  }
  return match;
}

/** The checklist of the new list, each item carrying its old item's evidence, and what changed. */
export function matchOitItems(old: readonly DocumentRecord[], list: OitItemList): OitItemMatch {
  const items = old.filter((r) => text(r, 'code') !== '' || text(r, 'title') !== '');
  const match = matchIndexes(items, list);
  const fresh = checklistRecords(list);
  const records = fresh.map((record, n) => {
    const from = items[match[n]!];
    if (!from) return record;
    const carried: Record<string, DocumentRecord[string]> = {};
    for (const key of CARRIED) if (from[key] !== undefined) carried[key] = from[key];
    return { ...record, ...carried };
  });
  const matched = new Set(match.filter((o) => o >= 0));
  const ref = (r: DocumentRecord): ItemRef => ({ code: text(r, 'code'), title: text(r, 'title') });
  return {
    records,
    added: list.items.filter((_, n) => match[n]! < 0).map((i) => ({ code: i.code, title: i.title })),
    gone: items.filter((_, o) => !matched.has(o)).map(ref),
    renumbered: list.items.flatMap((item, n) => {
      const from = items[match[n]!];
      return from && text(from, 'code') !== item.code
        ? [{ from: text(from, 'code'), to: item.code, title: item.title }]
        : [];
    }),
  };
}
