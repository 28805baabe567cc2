import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { pastedColumns } from '../../../src/core/structure/column-guess';
import { structureDocument } from '../../../src/core/structure/structure';
import { fixture } from '../../support/fixtures';

const guesses = (type: 'measures' | 'results' | 'oit-checklist', text: string) =>
  pastedColumns(DOCUMENT_TYPES[type], text).columns.map((c) => c.guess);

describe('pastedColumns without a header row', () => {
  const measures = fixture('measures-no-header-fy2568.txt');

  it('guesses each measures column from its content, the notes kept aside', () => {
    expect(guesses('measures', measures)).toEqual([
      'no',
      'measure',
      'steps',
      'period',
      'responsible',
      'monitoring',
      '-',
    ]);
  });

  it('shows each column with its first three values, below the title rows', () => {
    const { headed, columns } = pastedColumns(DOCUMENT_TYPES.measures, measures);

    expect(headed).toBe(false);
    expect(columns[0]).toEqual({ column: 1, samples: ['๑', '๒', '๓'], guess: 'no' });
    expect(columns[6]?.samples).toEqual(['เริ่มดำเนินการตั้งแต่ปีที่แล้ว', 'เพิ่มตามข้อเสนอของประชาคม', 'ใช้วิทยากรภายใน']);
  });

  it('takes the text numbered ๑. ๒. ๓. down the rows for the measure, not for its steps', () => {
    const headerless = fixture('measures-fy2568.txt')
      .split('\n')
      .filter((line) => !/^มาตรการ(ส่งเสริมคุณธรรมและความโปร่งใส)?\t/.test(line))
      .join('\n');

    expect(guesses('measures', headerless)).toEqual([
      'measure',
      'steps',
      'period',
      'responsible',
      'monitoring',
    ]);
    expect(
      structureDocument('measures', headerless, { columns: guesses('measures', headerless) }),
    ).toMatchObject({
      ok: true,
      value: { records: expect.arrayContaining([expect.objectContaining({ no: '5' })]) },
    });
  });

  it('guesses a results report whose header rows were not copied', () => {
    const headerless = fixture('results-fy2568-6-months.txt')
      .split('\n')
      .filter((line) => !/^ลำดับ(ที่)?\t/.test(line))
      .join('\n');

    expect(guesses('results', headerless)).toEqual([
      'no',
      'measure',
      'steps',
      'period',
      'responsible',
      'output',
      'outcome',
    ]);
  });

  it('guesses an OIT list: codes, titles, sub-indicators, web addresses, notes', () => {
    expect(guesses('oit-checklist', fixture('oit-list-no-header-fy2568.txt'))).toEqual([
      'code',
      'title',
      'subIndicator',
      'url',
      'note',
    ]);
  });

  it('guesses a mapping the structurer accepts for both fixtures', () => {
    for (const [type, name] of [
      ['measures', 'measures-no-header-fy2568.txt'],
      ['oit-checklist', 'oit-list-no-header-fy2568.txt'],
    ] as const) {
      const text = fixture(name);
      expect(structureDocument(type, text, { columns: guesses(type, text) }).ok).toBe(true);
    }
  });

  it('cuts a long value short and keeps a column with no value at all aside', () => {
    const long = 'ก'.repeat(120);
    const { columns } = pastedColumns(DOCUMENT_TYPES.measures, `1\t${long}\t\tกองคลัง\n2\tสั้น\t\tกองช่าง`);

    expect(columns.map((c) => c.guess)).toEqual(['no', 'measure', '-', 'responsible']);
    expect(columns[1]?.samples[0]).toBe(`${'ก'.repeat(80)}…`);
  });
});

describe('pastedColumns with a header row', () => {
  it('takes each heading for its field', () => {
    const { headed, columns } = pastedColumns(DOCUMENT_TYPES.measures, fixture('measures-fy2568.txt'));

    expect(headed).toBe(true);
    expect(columns.map((c) => [c.heading, c.guess])).toEqual([
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'measure'],
      ['ขั้นตอนหรือวิธีการ', 'steps'],
      ['ช่วงระยะเวลาดำเนินการ', 'period'],
      ['ผู้รับผิดชอบ', 'responsible'],
      ['การกำกับติดตาม', 'monitoring'],
    ]);
    expect(columns[0]?.samples[0]).toBe('๑. เปิดเผยแผนการจัดซื้อจัดจ้างประจำปีให้ประชาชนตรวจสอบได้');
  });

  it('finds a header with a heading it does not know and keeps that column aside', () => {
    const text = 'ลำดับที่\tมาตรการ\tหมายเหตุ\tผลการดำเนินการ\tระยะเวลา\n1\tอบรม\tปีแรก\tอบรม 40 คน\tมี.ค. 68';

    expect(guesses('results', text)).toEqual(['no', 'measure', '-', 'output', 'period']);
  });
});
