import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { ACTION_PLAN, ITA_ANALYSIS, MEASURES, RESULTS } from '../../../src/core/documents/types';
import { findingMessage } from '../../../src/core/validation/finding-message';
import { hasErrors, validateDocument, validateRecord } from '../../../src/core/validation/validate';

const PROFILE = { units: ['สำนักปลัด', 'กองคลัง', 'กองช่าง'] };

const measure = (fields: Partial<Record<string, string | string[]>>): DocumentRecord => ({
  no: '1',
  measure: 'เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ',
  steps: ['จัดทำรายงาน'],
  period: 'ปีงบประมาณ พ.ศ. 2568',
  responsible: ['กองคลัง'],
  monitoring: 'รายงานผู้บริหารรอบ 6 เดือน',
  ...fields,
});

const codes = (record: DocumentRecord, header = { fiscalYear: 2568 }) =>
  validateRecord(MEASURES, record, header, { profile: PROFILE }).map(
    (f) => `${f.severity} ${f.field} ${f.problem.code}`,
  );

describe('validateRecord', () => {
  it('finds nothing wrong with a complete measure', () => {
    expect(codes(measure({}))).toEqual([]);
  });

  it('reports an empty required field and an empty required list as errors', () => {
    expect(codes(measure({ measure: '  ', steps: [] }))).toEqual([
      'error measure required',
      'error steps empty-list',
    ]);
  });

  it("reports a unit that is not among the profile's units, and accepts spacing variants and ทุกส่วนราชการ", () => {
    expect(codes(measure({ responsible: ['กองการศึกษา', 'สำนักงาน ปลัด', 'ทุกส่วนราชการ'] }))).toEqual([
      'error responsible unknown-unit',
    ]);
  });

  it('warns of an optional period it cannot read, and of one outside the fiscal year', () => {
    expect(codes(measure({ period: 'ปีละ 2 ครั้ง' }))).toEqual(['warning period not-a-period']);
    expect(codes(measure({ period: '1 ต.ค. 68 - 30 ก.ย. 69' }))).toEqual([
      'warning period period-outside-year',
    ]);
  });

  it('blocks ไตรมาส ๕ even in an optional period: once, as an error (a year has quarters ๑–๔)', () => {
    expect(codes(measure({ period: 'ไตรมาส ๕' }))).toEqual(['error period no-such-quarter']);
    expect(codes(measure({ period: 'ไตรมาสที่ ๒' }))).toEqual([]);
  });

  it("reads ตลอดปีงบประมาณ and ไตรมาส ๒ in the document's year, and says a document without one needs it", () => {
    expect(codes(measure({ period: 'ตลอดปีงบประมาณ' }))).toEqual([]);
    expect(codes(measure({ period: 'ไตรมาส ๒' }))).toEqual([]);
    expect(codes(measure({ period: 'ภายในเดือนมีนาคม' }))).toEqual([]);
    expect(codes(measure({ period: 'ตลอดปีงบประมาณ' }), {} as { fiscalYear: number })).toEqual([
      'warning period period-needs-year',
    ]);
  });

  it('accepts a period inside the span of a plan over several years', () => {
    const project = Object.fromEntries(
      ACTION_PLAN.fields.map((f) => [f.key, f.kind === 'list' ? ['ก'] : 'ก']),
    );
    const findings = validateRecord(
      ACTION_PLAN,
      { ...project, period: 'ปีงบประมาณ 2563', budget: '50,000 บาท' },
      {
        fiscalYear: 2562,
        fiscalYearEnd: 2564,
      },
    );

    expect(findings).toEqual([]);
  });

  it('reports a required period it cannot read as an error in a results report', () => {
    const record = {
      no: '1',
      measure: 'ก',
      steps: [],
      period: 'เร็ว ๆ นี้',
      responsible: ['กองคลัง'],
      output: 'ข',
      outcome: '',
    };

    expect(validateRecord(RESULTS, record, {}).map((f) => `${f.severity} ${f.problem.code}`)).toEqual([
      'error not-a-period',
    ]);
  });

  it('reports a budget that is not an amount', () => {
    const project = Object.fromEntries(
      ACTION_PLAN.fields.map((f) => [f.key, f.kind === 'list' ? ['ก'] : 'ปีงบประมาณ 2562']),
    );

    const findings = validateRecord(ACTION_PLAN, { ...project, budget: 'ตามความเหมาะสม' }, {});

    expect(findings.map((f) => `${f.field} ${f.problem.code}`)).toEqual(['budget not-a-budget']);
  });

  it('reports a score outside 0–100', () => {
    const findings = validateRecord(
      ITA_ANALYSIS,
      { no: '1', indicator: 'ก', score: '101', weaknesses: [] },
      {},
    );

    expect(findings.map((f) => f.problem.code)).toEqual(['out-of-range']);
  });

  it('reports a field longer than a Sheets cell holds', () => {
    expect(codes(measure({ monitoring: 'ก'.repeat(50_001) }))).toEqual(['error monitoring too-long']);
  });
});

describe('validateDocument', () => {
  it('numbers the records and warns of a repeated number', () => {
    const findings = validateDocument(MEASURES, { fiscalYear: 2568 }, [measure({}), measure({})], {
      profile: PROFILE,
    });

    expect(findings).toEqual([
      { severity: 'warning', problem: { code: 'duplicate', value: '1' }, record: 2, field: 'no' },
    ]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('needs the ten indicators of the year in an ITA analysis', () => {
    const record = { no: '1', indicator: 'การปฏิบัติหน้าที่', score: '99', weaknesses: [] };

    const findings = validateDocument(ITA_ANALYSIS, { fiscalYear: 2562 }, [record]);

    expect(findings.map((f) => f.problem.code)).toEqual(['wrong-count']);
    expect(hasErrors(findings)).toBe(true);
  });
});

describe('findingMessage', () => {
  it('names the record, the field and the value, in Thai with an English gloss', () => {
    const [finding] = validateRecord(
      MEASURES,
      measure({ responsible: ['กองการศึกษา'] }),
      {},
      { profile: PROFILE },
      3,
    );

    expect(findingMessage(MEASURES, finding!)).toBe(
      'ข้อผิดพลาด: มาตรการที่ 3 · ผู้รับผิดชอบ ไม่มีหน่วยงานนี้ในข้อมูลหน่วยงาน (สำนักปลัด, กองคลัง, กองช่าง): "กองการศึกษา"' +
        ' (error: measure 3 · responsible is not one of the organization\'s units: "กองการศึกษา")',
    );
  });
});
