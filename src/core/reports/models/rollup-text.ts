/** The words of the district report (rollup-model.ts): place names, the time of the data, scores, codes, links. */

import type { RollupSource } from '../../rollup/rollup-types';
import { SOURCE_STATUS_TH } from '../../rollup/source-status';
import { thaiDateTime } from '../../thai/thai-date';
import { thaiPart } from '../record-text';
import { hundredthsText } from '../report-model';

/** A link printed in a cell: no scheme, and cut short when long (the officer has it whole on the tab). */
const LINK_CHARS = 48;

/** `ข้อมูล ณ วันที่ 7 ธันวาคม 2569 เวลา 10.30 น.` in Bangkok time; none when asOf is not a time. */
export function asOfLine(asOf: string): string | undefined {
  const when = thaiDateTime(asOf);
  return when === undefined ? undefined : `ข้อมูล ณ วันที่ ${when}`;
}

/** A score to 2 decimals, `-` when unknown. */
export function score(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value)
    ? '-'
    : hundredthsText(BigInt(Math.round(value * 100)));
}

/** Counts written one after another on a line: `ผ่านดีเยี่ยม 1 แห่ง ผ่านดี 2 แห่ง`. */
export function counts(parts: readonly (readonly [string, number])[], unit: string): string {
  return parts.map(([label, count]) => `${label} ${count} ${unit}`).join(' ');
}

/** OIT codes in the summary's order, a run of consecutive numbers as one: o1, o2, o3, o7 → o1–o3, o7. */
export function codeRuns(codes: readonly string[]): string {
  const parts: string[] = [];
  let run: { first: string; last: string; prefix: string; number: number } | undefined;
  const flush = () => {
    if (run) parts.push(run.first === run.last ? run.first : `${run.first}–${run.last}`);
    run = undefined;
  };
  for (const code of codes) {
    const match = /^([a-z]+)(\d+)$/i.exec(code);
    const prefix = match?.[1] ?? '';
    const number = Number(match?.[2]);
    if (match && run && run.prefix === prefix && run.number + 1 === number) {
      run = { ...run, last: code, number };
      continue;
    }
    flush();
    if (match) run = { first: code, last: code, prefix, number };
    else parts.push(code);
  }
  flush();
  return parts.join(', ');
}

export function shortLink(link: string): string {
  const plain = link.trim().replace(/^https?:\/\//i, '');
  return plain.length <= LINK_CHARS ? plain : `${plain.slice(0, LINK_CHARS - 1)}…`;
}

/**
 * What a row not read needs, as the printed report says it: the state for a link waiting on a click or
 * a fetch (the sidebar's "click this cell" means nothing on paper), the reason for the others.
 */
export function sourceMessage(source: RollupSource): string {
  if (source.status === 'not-connected' || source.status === 'loading')
    return SOURCE_STATUS_TH[source.status];
  return thaiPart(source.message) || SOURCE_STATUS_TH[source.status];
}
