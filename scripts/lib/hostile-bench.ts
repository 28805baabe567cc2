/**
 * The hostile inputs of issue 22, timed at 1×, 10× and 100× their size: the Thai repair on cells of
 * alternating marks, gaps before marks, tone-mark runs and tags (up to the 50,000 characters a cell
 * holds), and the structurer on header-like rows (a header repeated with an unknown cell) beside as
 * many ordinary rows. Linear code takes about 10× the time for 10× the size.
 */

import { performance } from 'node:perf_hooks';
import { structureDocument } from '../../src/core/structure/structure';
import { cleanText } from '../../src/core/thai/markup';
import { repairThai } from '../../src/core/thai/text-repair';

/** One figure of the bench's table. */
export interface HostileFigure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const SCALES = [1, 10, 100] as const;

/** A text of `length` characters repeating `unit`. */
function filled(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Cells of 500 characters at 1× (50,000 at 100×, a cell's limit). */
const CELLS: readonly { key: string; label: string; cell: (length: number) => string }[] = [
  { key: 'Alternating', label: 'alternating ่ิ', cell: (n) => `ก${filled('\u0e48\u0e34', n - 1)}` },
  {
    key: 'GapBeforeMark',
    label: 'spaces+ZWSP, then a mark',
    cell: (n) => `ที${filled(' \u200b', n - 2)}\u0e48`,
  },
  { key: 'Gaps', label: 'spaces+ZWSP, no mark', cell: (n) => `ที${filled(' \u200b', n - 2)}ก` },
  { key: 'ToneRun', label: 'a run of tone marks', cell: (n) => `ก${filled('\u0e48\u0e49\u0e4a', n - 1)}` },
  { key: 'Tags', label: 'tags and entities', cell: (n) => filled('<p a="ก่ิ"><b>ที\uf70a&nbsp;</b><br/>', n) },
];

function timeMs(run: () => void, repeat: number): number {
  const times = Array.from({ length: repeat }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(repeat / 2)] ?? 0;
}

const HEADER = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม';

/** `rows` rows of a measures paste: header-like (the header with an unknown cell of its own) or ordinary. */
function tableRows(rows: number, headerLike: boolean): string {
  const lines = ['มาตรการส่งเสริมคุณธรรม ประจำปี พ.ศ.๒๕๖๘', HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(
      headerLike ? `${HEADER}\tหมายเหตุ ${i}` : `มาตรการที่ ${i} เผยแพร่ข้อมูล\tจัดทำมาตรการ\tสำนักปลัด\tรายงานผล`,
    );
  }
  lines.push('มาตรการสุดท้าย\tจัดทำ\tสำนักปลัด\tรายงานผล');
  return lines.join('\n');
}

/** The repair's and the structurer's times on the hostile inputs, each at 1×, 10× and 100×. */
export function hostileFigures(): HostileFigure[] {
  const figures: HostileFigure[] = [];
  for (const { key, label, cell } of CELLS) {
    for (const scale of SCALES) {
      const text = cell(500 * scale);
      figures.push({
        key: `repair${key}${scale}x`,
        label: `repair, ${label}, ${(500 * scale).toLocaleString('en')} chars`,
        value: timeMs(() => repairThai(key === 'Tags' ? cleanText(text) : text), 5),
        unit: 'ms',
        ...(scale === 100 ? { target: '< 100' } : {}),
      });
    }
  }
  for (const headerLike of [true, false]) {
    for (const scale of SCALES) {
      const rows = 1000 * scale;
      const paste = tableRows(rows, headerLike);
      figures.push({
        key: `structure${headerLike ? 'HeaderLike' : 'Ordinary'}${rows}`,
        label: `structure ${rows.toLocaleString('en')} ${headerLike ? 'header-like' : 'ordinary'} rows`,
        value: timeMs(() => structureDocument('measures', paste), 1),
        unit: 'ms',
      });
    }
  }
  return figures;
}
