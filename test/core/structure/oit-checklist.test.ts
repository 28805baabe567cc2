import { findingMessage } from '../../../src/core/validation/finding-message';
import { OIT_CHECKLIST } from '../../../src/core/documents/types';
import { describeProblem } from '../../../src/core/problems/messages';
import { structureDocument } from '../../../src/core/structure/structure';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

const structured = (input: string | unknown[][]) => {
  const result = structureDocument('oit-checklist', input);
  if (!result.ok) throw new Error(`not structured: ${JSON.stringify(result.problem)}`);
  return result.value;
};

const HEADINGS = OIT_CHECKLIST.fields.map((f) => f.th);

describe('structureDocument, given a pasted OIT checklist table', () => {
  const text = fixture('oit-checklist-fy2568.txt');

  it('reads one record an item, the header row repeated at the page break skipped', () => {
    const doc = structured(text);

    expect(doc.records.map((r) => r.code)).toEqual(['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o10', 'o11']);
    expect(doc.header).toMatchObject({ fiscalYear: 2568, organization: 'องค์การบริหารส่วนตำบลหนองบัวทอง' });
  });

  it('gives a sub-indicator merged over its items to each of them', () => {
    const doc = structured(text);

    expect(doc.records.map((r) => r.subIndicator)).toEqual([
      '9.1 ข้อมูลพื้นฐาน',
      '9.1 ข้อมูลพื้นฐาน',
      '9.1 ข้อมูลพื้นฐาน',
      '9.1 ข้อมูลพื้นฐาน',
      '9.3 การบริหารเงินงบประมาณ',
      '9.2 การบริหารงาน',
      '10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
      '10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
    ]);
  });

  it('joins a continuation row to its item, keeps the units a list, and sets a blank status to not started', () => {
    const [, , o3] = structured(text).records;
    const o11 = structured(text).records[7];

    expect(o3).toMatchObject({
      url: 'https://nongbuathong.go.th/authority',
      status: 'อยู่ระหว่างดำเนินการ',
      responsible: ['สำนักปลัด'],
      due: '๓๐ พ.ย. ๖๗',
      note: 'ปรับปรุงตาม\nพ.ร.บ. สภาตำบลฯ ฉบับล่าสุด',
    });
    expect(o11).toMatchObject({
      title: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส\nภายในหน่วยงาน',
      status: 'ยังไม่ดำเนินการ',
    });
  });

  it('loses no word of the paste but the repeated headings', () => {
    expect(lostWords(text, structured(text), HEADINGS)).toEqual([]);
  });
});

describe('structureDocument, given the NACC’s bare item list', () => {
  const text = fixture('oit-list-fy2567.txt');

  it('makes a record of each item, not started, with its sub-indicator and its name', () => {
    const doc = structured(text);

    expect(doc.records).toHaveLength(11);
    expect(doc.records[0]).toEqual({
      code: 'o1',
      title: 'โครงสร้าง',
      subIndicator: '9.1 ข้อมูลพื้นฐาน',
      url: '',
      status: 'ยังไม่ดำเนินการ',
      responsible: [],
      due: '',
      note: '',
    });
    expect(doc.records.every((r) => r.status === 'ยังไม่ดำเนินการ')).toBe(true);
    expect(doc.header.fiscalYear).toBe(2567);
  });

  it('loses no word but the indicator headings and the heading word ตัวชี้วัดย่อยที่; a code is kept as o3', () => {
    const labels = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', 'ตัวชี้วัดย่อยที่'];

    expect(lostWords(text, structured(text), labels)).toEqual(['O3']);
  });

  it('keeps an item before any heading, warning that it has no sub-indicator', () => {
    const result = structureDocument('oit-checklist', 'o1 โครงสร้าง\n9.1 ข้อมูลพื้นฐาน\no2 ข้อมูลผู้บริหาร');

    expect(result.ok && result.value.records.map((r) => r.subIndicator)).toEqual(['', '9.1 ข้อมูลพื้นฐาน']);
    expect(
      result.ok && result.value.warnings.map((w) => findingMessage(OIT_CHECKLIST, w)).join('\n'),
    ).toContain('ไม่พบตัวชี้วัดย่อยของข้อ o1');
  });

  it('refuses what is neither a checklist table nor an item list, saying what it looked for', () => {
    const result = structureDocument('oit-checklist', 'มาตรการที่ 1\tเผยแพร่ข้อมูล');

    expect(!result.ok && describeProblem(result.problem).th).toContain(
      'ไม่พบแถวหัวตารางของแบบตรวจ และไม่พบรายการข้อ OIT',
    );
  });
});
