import { MEASURES, RESULTS } from '../../../src/core/documents/types';
import { matchHeading, readHeader, readHeaderRow } from '../../../src/core/structure/header-match';

describe('matchHeading', () => {
  it.each([
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'measure'],
    ['มาตรการส่งเสริมคุณธรรม และความโปร่งใส', 'measure'],
    ['ขั้นตอน/วิธีการ', 'steps'],
    ['ผู้รับผิด ชอบ', 'responsible'],
    ['การกำกับ ติดตาม', 'monitoring'],
    ['ช่วงระยะเวลา ดำเนินการ', 'period'],
  ])('reads the measures heading %p as %s', (cell, key) => {
    expect(matchHeading(cell, MEASURES.fields)?.key).toBe(key);
  });

  it.each(['ติดตามผลปีละ ๒ ครั้ง', 'กองคลัง', 'รายงานความก้าวหน้าและสรุปผลให้ผู้บริหารทราบรอบ ๖ เดือนและประจำปีงบประมาณ'])(
    'reads the content cell %p as no heading',
    (cell) => {
      expect(matchHeading(cell, MEASURES.fields)).toBeUndefined();
    },
  );
});

describe('readHeaderRow', () => {
  it('maps a results header to its fields, whatever its wording', () => {
    expect(
      readHeaderRow(
        ['ลำดับ', 'มาตรการ/กิจกรรม', 'ขั้นตอน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ผลสัมฤทธิ์'],
        RESULTS.fields,
      ),
    ).toEqual(['no', 'measure', 'steps', 'period', 'responsible', 'output', 'outcome']);
  });

  it('keeps an empty heading cell as an unnamed column', () => {
    expect(readHeaderRow(['มาตรการ', '', 'ผู้รับผิดชอบ'], MEASURES.fields)).toEqual([
      'measure',
      undefined,
      'responsible',
    ]);
  });

  it('refuses a row with one heading, or with more unknown cells than headings', () => {
    expect(readHeaderRow(['มาตรการ', '', ''], MEASURES.fields)).toBeUndefined();
    expect(readHeaderRow(['มาตรการ', 'กองคลัง', 'ปีละ ๒ ครั้ง', 'เผยแพร่แล้ว'], MEASURES.fields)).toBeUndefined();
  });

  it('keeps a cell that names no field as an unknown column, not a reason to refuse the row', () => {
    expect(readHeader(['มาตรการ', 'ผู้รับผิดชอบ', 'หมายเหตุ'], MEASURES.fields, ['measure'])).toEqual({
      columns: ['measure', 'responsible', undefined],
      unknown: [{ column: 2, heading: 'หมายเหตุ' }],
    });
  });

  it('refuses a row without the key column the caller asks for', () => {
    expect(readHeader(['ขั้นตอน', 'ผู้รับผิดชอบ'], MEASURES.fields, ['no', 'measure'])).toBeUndefined();
  });
});
