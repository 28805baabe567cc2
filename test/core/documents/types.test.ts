import { documentHeaderSchema, profileSchema } from '../../../src/core/documents/header';
import { recordSchema } from '../../../src/core/documents/record-schema';
import { DOCUMENT_TYPES, isDocumentTypeId, MEASURES, OIT_CHECKLIST } from '../../../src/core/documents/types';

describe('DOCUMENT_TYPES', () => {
  it.each([
    ['measures', 'no measure steps period responsible monitoring'],
    ['results', 'no measure steps period responsible output outcome'],
    ['ethics', 'behavior standard meaning practices indicators'],
    [
      'action-plan',
      'section name rationale objectives targets area methods period budget responsible indicators',
    ],
    ['ita-analysis', 'no indicator score weaknesses'],
    ['oit-checklist', 'code title subIndicator url status responsible due note'],
  ] as const)('gives %s the field keys of DESIGN §3, in column order', (type, keys) => {
    expect(DOCUMENT_TYPES[type].fields.map((f) => f.key).join(' ')).toBe(keys);
  });

  it('keeps steps, responsible units and lists as lists', () => {
    expect(MEASURES.fields.filter((f) => f.kind === 'list' || f.kind === 'units').map((f) => f.key)).toEqual([
      'steps',
      'responsible',
    ]);
  });

  it('gives the OIT checklist its kinds: a code, a sub-indicator, a URL, a status, units and a date', () => {
    expect(OIT_CHECKLIST.fields.map((f) => `${f.key}:${f.kind}${f.required ? '' : '?'}`)).toEqual([
      'code:code',
      'title:text',
      'subIndicator:sub-indicator',
      'url:url?',
      'status:status',
      'responsible:units?',
      'due:date?',
      'note:text?',
    ]);
  });

  it('knows its type names and no other', () => {
    expect([isDocumentTypeId('ethics'), isDocumentTypeId('toString'), isDocumentTypeId('minutes')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('recordSchema', () => {
  const good = { no: '1', measure: 'ก', steps: ['ข'], period: '', responsible: ['กองคลัง'], monitoring: 'ค' };

  it('accepts a record of the type', () => {
    expect(recordSchema(MEASURES).safeParse(good).success).toBe(true);
  });

  it.each([
    [{ ...good, steps: 'ข' }, 'ขั้นตอนหรือวิธีการ ต้องเป็นรายการ (steps must be a list)'],
    [{ ...good, measure: 5 }, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ต้องเป็นข้อความ (measure must be text)'],
    [
      { ...good, monitoring: 'ก'.repeat(50_001) },
      'การกำกับติดตาม ยาวเกิน 50000 ตัวอักษร (monitoring is longer than a cell holds)',
    ],
    [{ ...good, extra: 'x' }, 'ไม่มีช่อง extra ในเอกสารนี้ (unknown fields)'],
  ])('refuses %#, in Thai with an English gloss', (record, message) => {
    const result = recordSchema(MEASURES).safeParse(record);

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('documentHeaderSchema and profileSchema', () => {
  it('refuses a fiscal year A.D. and a round of 3 months', () => {
    const result = documentHeaderSchema.safeParse({ fiscalYear: 2025, round: 3 });

    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'ปีงบประมาณต้องเป็นปี พ.ศ. (fiscal year must be B.E.)',
      'รอบต้องเป็น ๖ หรือ ๑๒ เดือน (round must be 6 or 12)',
    ]);
  });

  it("needs the organization's name and an http(s) website", () => {
    const result = profileSchema.safeParse({
      organization: '',
      district: '',
      province: '',
      website: 'javascript:alert(1)',
      units: [],
    });

    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'ต้องกรอกชื่อหน่วยงาน (organization name is required)',
      'เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// (website must be an http(s) address)',
    ]);
  });
});
