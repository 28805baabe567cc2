import {
  answeringDocuments,
  answeringDocumentsByTitle,
  answeringDocumentsFor,
} from '../../../src/core/oit/answering-documents';
import { oitItemList } from '../../../src/core/oit/oit-item-lists';

const pairs = (answers: readonly { code: string; document: string; kind: string }[]) =>
  answers.map((a) => `${a.code} ${a.document} ${a.kind}`);

describe('answeringDocuments', () => {
  it('gives FY 2564: the plan o39, its reports o40 o41, the measures o42, the results o43', () => {
    expect(pairs(answeringDocuments(2564))).toEqual([
      'o39 action-plan document',
      'o40 action-plan progress-report',
      'o41 action-plan progress-report',
      'o42 measures document',
      'o43 results document',
    ]);
    expect(answeringDocuments(2564)[0]).toMatchObject({ th: 'แผนปฏิบัติการป้องกันการทุจริต' });
  });

  it('gives FY 2566: the plan o36, its reports o37 o38, the measures o42, the results o43', () => {
    expect(pairs(answeringDocuments(2566)).map((p) => p.split(' ')[0])).toEqual([
      'o36',
      'o37',
      'o38',
      'o42',
      'o43',
    ]);
  });

  it('gives nothing for a year without a built-in list', () => {
    expect(answeringDocuments(2568)).toEqual([]);
  });
});

describe('answeringDocumentsByTitle', () => {
  it.each([2564, 2565, 2566])('finds in the FY %s list by title what the table gives', (year) => {
    expect(answeringDocumentsByTitle(oitItemList(year)?.items ?? [])).toEqual(answeringDocuments(year));
  });

  it('reads a pasted title with Thai digits, other spacing and a year after it', () => {
    const items = [
      { code: 'o30', title: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๘' },
      { code: 'o31', title: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน' },
      { code: 'o32', title: 'แผนดำเนินงานประจำปี' },
    ];

    expect(pairs(answeringDocumentsByTitle(items))).toEqual([
      'o30 action-plan document',
      'o31 action-plan progress-report',
    ]);
  });
});

describe('answeringDocumentsFor', () => {
  it("takes a built-in year's table, and the items' titles for any other year", () => {
    const pasted = [{ code: 'o9', title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน' }];

    expect(pairs(answeringDocumentsFor(2564, pasted))).toHaveLength(5);
    expect(pairs(answeringDocumentsFor(2568, pasted))).toEqual(['o9 measures document']);
    expect(pairs(answeringDocumentsFor(undefined, pasted))).toEqual(['o9 measures document']);
  });
});
