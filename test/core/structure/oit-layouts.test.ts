/**
 * OIT item lists as organizations' websites give them (test/fixtures/paste/oit-*.txt): no 9.x heading
 * and no year, codes with their titles in one cell, bracketed codes, group labels over the items, a
 * heading above the header row, the NACC manual's columns, text in the link column. Each gives its
 * items with the right code, title and sub-indicator, loses no word and warns of what it guessed.
 */

import { OIT_CHECKLIST } from '../../../src/core/documents/types';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { findingMessage } from '../../../src/core/validation/finding-message';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

function structured(name: string, fiscalYear?: number): StructuredDocument {
  const result = structureDocument(
    'oit-checklist',
    fixture(`paste/${name}`),
    fiscalYear === undefined ? {} : { fiscalYear },
  );
  if (!result.ok) throw new Error(`not structured: ${JSON.stringify(result.problem)}`);
  return result.value;
}

const items = (doc: StructuredDocument) => doc.records.map((r) => [r.code, r.title, r.subIndicator]);
const messages = (doc: StructuredDocument) => doc.warnings.map((w) => findingMessage(OIT_CHECKLIST, w));
const HEADINGS = ['ข้อ', 'ข้อมูล', 'ลิงก์', 'URL', 'ตัวชี้วัดย่อย', 'ลำดับ', 'องค์ประกอบด้านข้อมูล'];

const O1 = ['o1', 'โครงสร้าง', '9.1 ข้อมูลพื้นฐาน'];
const O2 = ['o2', 'ข้อมูลผู้บริหาร', '9.1 ข้อมูลพื้นฐาน'];
const O11 = ['o11', 'แผนดำเนินงานและการใช้งบประมาณประจำปี', '9.2 การบริหารงาน'];

describe('an OIT list with no 9.x heading and no year', () => {
  it("takes the sub-indicators from the list of the year the officer gives (the sidebar's, --year)", () => {
    const doc = structured('oit-no-year-no-heading.txt', 2566);

    expect(items(doc)).toEqual([O1, O2, O11]);
    expect(doc.header.fiscalYear).toBe(2566);
    expect(doc.warnings).toEqual([]);
  });

  it('without a year keeps every item, with an empty sub-indicator and a warning naming them', () => {
    const doc = structured('oit-no-year-no-heading.txt');

    expect(items(doc)).toEqual([
      ['o1', 'โครงสร้าง', ''],
      ['o2', 'ข้อมูลผู้บริหาร', ''],
      ['o11', 'แผนดำเนินงานและการใช้งบประมาณประจำปี', ''],
    ]);
    expect(messages(doc)).toEqual([expect.stringContaining('ไม่พบตัวชี้วัดย่อยของข้อ o1, o2, o11')]);
  });

  it("prefers the document's own year to the one given", () => {
    const doc = structured('oit-parenthesized-codes.txt', 2564);

    expect(doc.header.fiscalYear).toBe(2566);
  });
});

describe('OIT list layouts', () => {
  it.each([
    ['oit-code-with-title.txt', [O1, O2, O11], ['O11']],
    ['oit-group-labels.txt', [O1, O2, O11], ['1', '2', '11']],
    ['oit-bare-list-group-labels.txt', [O1, O2, O11], []],
    ['oit-group-labels-no-year.txt', [O1, ['o11', 'แผนดำเนินงาน', '9.2 การบริหารงาน']], []],
    [
      'oit-parenthesized-codes.txt',
      [O1, O2, ['o5', 'ข้อมูลการติดต่อ', '9.1 ข้อมูลพื้นฐาน']],
      ['(O1)', '(O2)', '(O5)'],
    ],
  ])('reads %s: codes, titles and sub-indicators, no word lost', (name, expected, codes) => {
    const doc = structured(name);

    expect(items(doc)).toEqual(expected);
    expect(lostWords(fixture(`paste/${name}`), doc, [...HEADINGS, ...codes])).toEqual([]);
  });

  it('applies a sub-indicator heading written above the header row', () => {
    const doc = structured('oit-heading-above-header.txt');

    expect(doc.records.map((r) => r.subIndicator)).toEqual([
      'ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน',
      'ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน',
    ]);
  });

  it('reads the manual’s columns ลำดับ · ข้อมูล · องค์ประกอบด้านข้อมูล without gluing descriptions to titles', () => {
    const doc = structured('oit-manual-columns.txt', 2566);

    expect(doc.records.map((r) => [r.code, r.title, r.note])).toEqual([
      ['o1', 'โครงสร้าง', 'แสดงแผนผังโครงสร้างการแบ่งส่วนราชการ'],
      ['o2', 'ข้อมูลผู้บริหาร', 'แสดงข้อมูลของผู้บริหารสูงสุดและผู้ดำรงตำแหน่งทางการบริหาร'],
    ]);
    expect(lostWords(fixture('paste/oit-manual-columns.txt'), doc, [...HEADINGS, 'O1', 'O2'])).toEqual([]);
  });

  it('keeps text in the link column that is not a web address in the note, not in url', () => {
    const doc = structured('oit-link-text.txt', 2566);

    expect(doc.records.map((r) => [r.code, r.url, r.note])).toEqual([
      ['o1', 'https://www.nongbuathong.go.th/structure', ''],
      ['o2', '', 'อยู่ระหว่างจัดทำ'],
      ['o3', '', 'ดูที่หน้าแรก www.nongbuathong.go.th'],
    ]);
    expect(messages(doc)).toEqual([
      expect.stringContaining('ช่องลิงก์ของข้อ o2 ไม่ใช่ที่อยู่เว็บ'),
      expect.stringContaining('ช่องลิงก์ของข้อ o3 ไม่ใช่ที่อยู่เว็บ'),
    ]);
  });

  it('never takes a row with a number or a code in the key column for a group label', () => {
    const doc = structureDocument('oit-checklist', 'ข้อ\tข้อมูล\n9.1 ข้อมูลพื้นฐาน\t\no1\tโครงสร้าง\no2\t');

    expect(doc.ok && doc.value.records.map((r) => r.code)).toEqual(['o1', 'o2']);
  });
});
