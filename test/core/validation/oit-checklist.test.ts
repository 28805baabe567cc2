import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { OIT_CHECKLIST } from '../../../src/core/documents/types';
import { findingMessage } from '../../../src/core/validation/finding-message';
import { answeredButUnpublished } from '../../../src/core/validation/oit-checklist';
import { type DocumentTabRef, validateDocument, validateRecord } from '../../../src/core/validation/validate';

const PROFILE = { units: ['สำนักปลัด', 'กองคลัง'], website: 'https://www.nongbuathong.go.th' };

const item = (fields: Partial<Record<string, string | string[]>>): DocumentRecord => ({
  code: 'o1',
  title: 'โครงสร้าง',
  subIndicator: '9.1 ข้อมูลพื้นฐาน',
  url: 'https://www.nongbuathong.go.th/structure',
  status: 'เผยแพร่แล้ว',
  responsible: ['สำนักปลัด'],
  due: '๓๐ เม.ย. ๖๘',
  note: '',
  ...fields,
});

// null: a document without a year.
const codes = (record: DocumentRecord, fiscalYear: number | null = 2564) =>
  validateRecord(OIT_CHECKLIST, record, fiscalYear === null ? {} : { fiscalYear }, { profile: PROFILE }).map(
    (f) => `${f.severity} ${f.field} ${f.problem.code}`,
  );

const message = (record: DocumentRecord, fiscalYear = 2564) =>
  validateRecord(OIT_CHECKLIST, record, { fiscalYear }, { profile: PROFILE }, 3).map((f) =>
    findingMessage(OIT_CHECKLIST, f),
  );

describe('validateRecord of an OIT checklist', () => {
  it('finds nothing wrong with a published item on the website, and with an item not started', () => {
    expect(codes(item({}))).toEqual([]);
    expect(codes(item({ status: 'ยังไม่ดำเนินการ', url: '', due: '' }))).toEqual([]);
  });

  it('reports a code that is not o1 … and one not in the year’s built-in list, naming it', () => {
    expect(codes(item({ code: 'ข้อ 1' }))).toEqual(['error code not-an-oit-code']);
    expect(message(item({ code: 'o44' }))).toEqual([
      'ข้อผิดพลาด: รายการที่ 3 · ข้อ ไม่มีข้อนี้ในรายการข้อ OIT ปี 2564 (o1–o43): "o44" (error: item 3 · item is not an item of the FY 2564 OIT list (o1–o43): "o44")',
    ]);
  });

  it('takes any code in a year without a built-in list, and in a document without a year', () => {
    expect(codes(item({ code: 'o44', subIndicator: '9.2' }), 2568)).toEqual([]);
    expect(codes(item({ code: 'o99' }), null)).toEqual([]);
  });

  it('reports a sub-indicator that is not 9.n or 10.n, and one the built-in list gives otherwise', () => {
    expect(codes(item({ subIndicator: '8.1' }))).toEqual(['error subIndicator not-a-sub-indicator']);
    expect(codes(item({ subIndicator: '9.2 การบริหารงาน' }))).toEqual([
      'error subIndicator sub-indicator-differs',
    ]);
    expect(message(item({ subIndicator: '9.2' }))[0]).toContain('ของข้อ o1 ในรายการปี 2564 คือ 9.1: "9.2"');
  });

  it('only warns of a sub-indicator that differs from an unverified list (FY 2566)', () => {
    expect(codes(item({ code: 'o10', title: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', subIndicator: '9.2' }), 2566)).toEqual(
      ['warning subIndicator sub-indicator-differs'],
    );
  });

  it('needs the evidence link of a published item', () => {
    expect(message(item({ url: '' }))).toEqual([
      'ข้อผิดพลาด: รายการที่ 3 · URL / ลิงก์หลักฐาน ข้อ o1 เผยแพร่แล้ว ต้องมีลิงก์หลักฐาน http(s) (error: item 3 · evidence URL o1 is published, so it needs its evidence link)',
    ]);
  });

  it('reports a link that is not http(s), naming it, whatever the status', () => {
    expect(codes(item({ url: 'www.nongbuathong.go.th/structure' }))).toEqual(['error url not-a-url']);
    expect(codes(item({ url: 'javascript:alert(1)', status: 'อยู่ระหว่างดำเนินการ' }))).toEqual([
      'error url not-a-url',
    ]);
  });

  it("warns of a link off the organization's website, subdomains and several links one a line aside", () => {
    expect(codes(item({ url: 'https://drive.google.com/file/d/1' }))).toEqual([
      'warning url url-off-website',
    ]);
    expect(codes(item({ url: 'https://eservice.nongbuathong.go.th/\nhttp://nongbuathong.go.th/a' }))).toEqual(
      [],
    );
    expect(message(item({ url: 'https://facebook.com/nbt' }))[0]).toContain(
      'ไม่อยู่บนเว็บไซต์ของหน่วยงาน (www.nongbuathong.go.th): "https://facebook.com/nbt"',
    );
  });

  it('needs the reason of an item not required, in the note or after the status word', () => {
    expect(codes(item({ status: 'ไม่ต้องเผยแพร่', url: '' }))).toEqual(['error note exempt-without-reason']);
    expect(codes(item({ status: 'ไม่ต้องเผยแพร่', url: '', note: 'ไม่มีภารกิจด้านนี้' }))).toEqual([]);
    expect(codes(item({ status: 'ไม่ต้องเผยแพร่: ไม่มีภารกิจด้านนี้', url: '' }))).toEqual([]);
    expect(codes(item({ status: 'ไม่ต้องเผยแพร่ :', url: '' }))).toEqual(['error note exempt-without-reason']);
  });

  it('reports a status that is none of the four words, naming it and the four', () => {
    expect(message(item({ status: 'เผยแพร่แล้วบางส่วน' }))).toEqual([
      'ข้อผิดพลาด: รายการที่ 3 · สถานะ ไม่รู้จักค่า "เผยแพร่แล้วบางส่วน" (ใช้ได้: เผยแพร่แล้ว, อยู่ระหว่างดำเนินการ, ยังไม่ดำเนินการ, ไม่ต้องเผยแพร่) (error: item 3 · status is not a known option: "เผยแพร่แล้วบางส่วน" (use: เผยแพร่แล้ว, อยู่ระหว่างดำเนินการ, ยังไม่ดำเนินการ, ไม่ต้องเผยแพร่))',
    ]);
    expect(codes(item({ status: '' }))).toEqual(['error status required']);
  });

  it('reads a due date written the Thai way or as a Sheets date reads, and reports one it cannot', () => {
    expect(codes(item({ due: '30 เมษายน 2568' }))).toEqual([]);
    expect(codes(item({ due: '2025-04-30' }))).toEqual([]);
    expect(codes(item({ due: 'ภายในเดือนเมษายน' }))).toEqual(['error due not-a-date']);
    expect(codes(item({ due: '๓๑ ก.พ. ๖๘' }))).toEqual(['error due no-such-date']);
  });

  it("checks the responsible units against the profile's", () => {
    expect(codes(item({ responsible: ['กองสาธารณสุข'] }))).toEqual(['error responsible unknown-unit']);
  });
});

describe('validateDocument of an OIT checklist', () => {
  it('reports a code given twice as an error on the later item, however it is written', () => {
    const findings = validateDocument(OIT_CHECKLIST, { fiscalYear: 2564 }, [item({}), item({ code: 'O๑' })], {
      profile: PROFILE,
    });

    expect(findings.map((f) => `${f.severity} ${f.record} ${f.field} ${f.problem.code}`)).toEqual([
      'error 2 code duplicate',
    ]);
    expect(findingMessage(OIT_CHECKLIST, findings[0]!)).toContain('ซ้ำ: "O๑"');
  });

  it('flags an item whose document is in the file but not published, when given the tabs', () => {
    const records = [
      item({
        code: 'o42',
        title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        subIndicator: '10.2',
        status: 'ยังไม่ดำเนินการ',
        url: '',
      }),
    ];
    const tabs: DocumentTabRef[] = [{ type: 'measures', name: 'มาตรการ 2564', fiscalYear: 2564 }];

    const findings = validateDocument(OIT_CHECKLIST, { fiscalYear: 2564 }, records, {
      profile: PROFILE,
      documentTabs: tabs,
    });

    expect(findings.map((f) => findingMessage(OIT_CHECKLIST, f))).toEqual([
      'คำเตือน: รายการที่ 1 · สถานะ ข้อ o42 (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน): มีเอกสารนี้ในไฟล์แล้ว (แท็บ "มาตรการ 2564") แต่ยังไม่ได้เผยแพร่ (warning: item 1 · status o42 (measures to promote integrity and transparency): this document is in the file (tab "มาตรการ 2564") but not yet published)',
    ]);
  });
});

describe('answeredButUnpublished', () => {
  const plan = item({
    code: 'o39',
    title: 'แผนปฏิบัติการป้องกันการทุจริต',
    subIndicator: '10.1',
    status: 'อยู่ระหว่างดำเนินการ',
  });
  const report = item({
    code: 'o40',
    title: 'รายงานการกำกับติดตาม…',
    subIndicator: '10.1',
    status: 'ยังไม่ดำเนินการ',
  });
  const planTab: DocumentTabRef = { type: 'action-plan', name: 'แผนป้องกันทุจริต 2564', fiscalYear: 2564 };

  it('flags the plan, not its progress report, which having the plan says nothing of', () => {
    const findings = answeredButUnpublished({ fiscalYear: 2564 }, [plan, report], [planTab]);

    expect(findings.map((f) => `${f.record} ${f.problem.code}`)).toEqual(['1 answered-but-unpublished']);
  });

  it('flags nothing once the item is published, or when the tab is of another year', () => {
    expect(
      answeredButUnpublished({ fiscalYear: 2564 }, [item({ ...plan, status: 'เผยแพร่แล้ว' })], [planTab]),
    ).toEqual([]);
    expect(answeredButUnpublished({ fiscalYear: 2564 }, [plan], [{ ...planTab, fiscalYear: 2563 }])).toEqual(
      [],
    );
    expect(answeredButUnpublished({ fiscalYear: 2564 }, [plan], [])).toEqual([]);
  });

  it('finds the answered items of a pasted list by their titles', () => {
    const pasted = { ...plan, code: 'o30', title: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๘' };

    const findings = answeredButUnpublished(
      { fiscalYear: 2568 },
      [pasted],
      [{ ...planTab, fiscalYear: 2568 }],
    );

    expect(findings.map((f) => f.problem)).toEqual([
      {
        code: 'answered-but-unpublished',
        item: 'o30',
        documentName: { th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'anti-corruption action plan' },
        tabs: ['แผนป้องกันทุจริต 2564'],
      },
    ]);
  });
});
