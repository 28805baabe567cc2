/**
 * Kept columns under hostile pastes: a header repeated on every row with a different unknown cell.
 * Each heading is looked up (a Map), never searched; past MAX_KEPT_COLUMNS distinct headings a new
 * one shares the kept column at its place, so records × kept columns stays within memory, and every
 * heading is still named in a warning and every value kept. Times are measured in `npm run bench`.
 */

import { structureDocument } from '../../../src/core/structure/structure';
import { MAX_KEPT_COLUMNS } from '../../../src/core/structure/table';

const HEADER = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม';

/** `count` sections: a header with an unknown heading of its own, then one record with a value under it. */
function paste(count: number): string {
  const lines = ['มาตรการส่งเสริมคุณธรรม ประจำปี พ.ศ.๒๕๖๘'];
  for (let i = 0; i < count; i++) {
    lines.push(`${HEADER}\tหมายเหตุ ${i}`, `มาตรการที่ ${i} เผยแพร่ข้อมูล\tจัดทำ\tสำนักปลัด\tรายงานผล\tค่า ${i}`);
  }
  return lines.join('\n');
}

function structured(count: number) {
  const result = structureDocument('measures', paste(count));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

describe('kept columns of a header repeated with a new unknown heading each time', () => {
  it('keeps each heading as its own column while they are few', () => {
    const doc = structured(3);

    expect(doc.keptColumns).toEqual([
      { heading: 'หมายเหตุ 0', values: ['ค่า 0', '', ''] },
      { heading: 'หมายเหตุ 1', values: ['', 'ค่า 1', ''] },
      { heading: 'หมายเหตุ 2', values: ['', '', 'ค่า 2'] },
    ]);
  });

  it('past the cap, shares the kept column at its place, each heading in a warning and each value kept', () => {
    const count = MAX_KEPT_COLUMNS + 50;
    const doc = structured(count);
    const kept = doc.keptColumns ?? [];
    const warned = doc.warnings.flatMap((w) => (w.problem.code === 'kept-column' ? [w.problem.heading] : []));

    expect(doc.records).toHaveLength(count);
    expect(kept).toHaveLength(MAX_KEPT_COLUMNS);
    expect(warned).toHaveLength(count);
    expect(warned[count - 1]).toBe(`หมายเหตุ ${count - 1}`);
    const values = kept.flatMap((k) => k.values.filter((v) => v !== ''));
    expect(values.sort()).toEqual(Array.from({ length: count }, (_, i) => `ค่า ${i}`).sort());
    expect(kept[MAX_KEPT_COLUMNS - 1]?.values[count - 1]).toBe(`ค่า ${count - 1}`);
  });
});

describe('a kept column longer than a cell holds', () => {
  it('is refused naming the record and the column, as a field would be, rather than fail on the write', () => {
    const big = 'ก'.repeat(50_000);
    const rows = [
      ['รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568'],
      ['ลำดับที่', 'มาตรการหรือกิจกรรมที่ดำเนินการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ข้อสังเกต', 'ผู้รับผิดชอบ', 'ผลการดำเนินการ'],
      ['1', 'ประเมินความพึงพอใจ', '1. แจกแบบประเมิน', 'ต.ค. 67', 'สำนักปลัด', 'ผู้ตอบ 250 คน'],
      ['', '', '2. สรุปผล', big, '', 'ร้อยละ 91.5'],
    ];

    const result = structureDocument('results', rows);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({
      code: 'longer-than-cell',
      where: { en: expect.stringContaining('1 · column "ข้อสังเกต"') },
      length: 50_008,
    });
  });
});
