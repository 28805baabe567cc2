/**
 * Later pages of a table as Word and PDF copies give them: the header reworded with ฯ abbreviations,
 * the title repeated (shortened, marked `(ต่อ)`) inside the table, a bare `(ต่อ)` row, a page number.
 * None is a record, each is listed in a warning, and the rows after them still continue the record
 * above the page break.
 */

import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { matchHeading } from '../../../src/core/structure/header-match';
import { isRunningTitle } from '../../../src/core/structure/running-title';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

function structured(name: string): StructuredDocument {
  const result = structureDocument('measures', fixture(`paste/${name}`));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

const HEADINGS = [
  'ลำดับ',
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  'ขั้นตอนหรือวิธีการ',
  'ช่วงระยะเวลาดำเนินการ',
  'ผู้รับผิดชอบ',
  'การกำกับติดตาม',
  'ที่',
  'มาตรการส่งเสริมคุณธรรมฯ',
  'ขั้นตอน/วิธีการ',
  'ระยะเวลา',
  'การกำกับฯ',
];

describe('matchHeading, headings shortened with ฯ', () => {
  const fields = DOCUMENT_TYPES.measures.fields;

  it.each([
    ['มาตรการส่งเสริมคุณธรรมฯ', 'measure'],
    ['การกำกับฯ', 'monitoring'],
    ['มาตรการส่งเสริมฯ ความโปร่งใส', 'measure'],
  ])('reads %j as the field %s', (heading, key) => {
    expect(matchHeading(heading, fields)?.key).toBe(key);
  });

  it.each(['ฯลฯ', 'กองฯ', 'สำนักงานฯ'])('reads %j as no field', (heading) => {
    expect(matchHeading(heading, fields)).toBeUndefined();
  });
});

describe('isRunningTitle', () => {
  const titles = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๘'];

  it.each([
    '(ต่อ)',
    '( ต่อ )',
    'มาตรการส่งเสริมคุณธรรมฯ ภายในหน่วยงาน (ต่อ)',
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568',
    'มาตรการส่งเสริมคุณธรรมฯ',
  ])('takes %j for a running title', (line) => {
    expect(isRunningTitle(line, titles)).toBe(true);
  });

  it.each(['เปิดเผยข้อมูลต่อสาธารณะ', 'มาตรการ', 'จัดอบรม (ต่อเนื่อง)', 'ต่อยอดโครงการ'])(
    'takes %j for text, not a title',
    (line) => {
      expect(isRunningTitle(line, titles)).toBe(false);
    },
  );
});

describe('structureDocument across page breaks', () => {
  it('reads a header reworded with ฯ on a later page, sets the running title aside, and joins the next page’s row to its record', () => {
    const doc = structured('measures-reworded-pages.txt');

    expect(doc.records.map((r) => [r.no, r.measure, r.steps, r.monitoring])).toEqual([
      ['๑', 'เปิดเผยแผนการจัดซื้อจัดจ้าง', ['จัดทำแผน'], 'รายงานผลประจำปี'],
      ['๒', 'จัดช่องทางร้องเรียน', ['ติดตั้งกล่องรับเรื่อง', 'สรุปเรื่องร้องเรียนรายเดือน'], 'รายงานผู้บริหาร'],
      ['๓', 'ประเมินความพึงพอใจ', ['แบบประเมินออนไลน์'], 'รายงานผลให้ผู้บริหาร'],
    ]);
    expect(doc.keptColumns).toBeUndefined();
    expect(doc.warnings.map((w) => [w.row, w.problem.code])).toEqual([
      [6, 'after-table'],
      [7, 'repeated-title'],
    ]);
    expect(lostWords(fixture('paste/measures-reworded-pages.txt'), doc, HEADINGS)).toEqual([]);
  });

  it('never makes a record of a (ต่อ) row or of the title inside a table, nor glues it to a measure', () => {
    const doc = structured('measures-running-titles.txt');

    expect(doc.records.map((r) => [r.no, r.measure, r.steps])).toEqual([
      ['๑', 'เปิดเผยแผนการจัดซื้อจัดจ้าง', ['จัดทำแผน', 'ประกาศแผนบนเว็บไซต์']],
      ['๒', 'จัดช่องทางร้องเรียน', ['ติดตั้งกล่องรับเรื่อง', 'สรุปเรื่องร้องเรียนรายเดือน']],
    ]);
    expect(doc.warnings.map((w) => w.problem)).toEqual([
      { code: 'repeated-title', line: '(ต่อ)' },
      {
        code: 'repeated-title',
        line: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๘ (ต่อ)',
      },
    ]);
    expect(lostWords(fixture('paste/measures-running-titles.txt'), doc, HEADINGS)).toEqual([]);
  });
});

describe('a (ต่อ) in the key column beside the rest of a record', () => {
  it('continues the record above, the mark listed in a warning', () => {
    const text = [
      'ลำดับ\tมาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ',
      '๑\tเปิดเผยข้อมูล\t๑. จัดทำแผน\tกองคลัง',
      '(ต่อ)\t\t๒. ประกาศแผน\t',
      '๒\tรับเรื่องร้องเรียน\t๑. ติดตั้งกล่อง\tสำนักปลัด',
    ].join('\n');

    const result = structureDocument('measures', text);

    expect(result.ok && result.value.records.map((r) => [r.no, r.steps])).toEqual([
      ['๑', ['จัดทำแผน', 'ประกาศแผน']],
      ['๒', ['ติดตั้งกล่อง']],
    ]);
    expect(result.ok && result.value.warnings.map((w) => w.problem)).toEqual([
      { code: 'repeated-title', line: '(ต่อ)' },
    ]);
  });
});
