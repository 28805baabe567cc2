import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { describeProblem } from '../../../src/core/problems/messages';
import { rollover } from '../../../src/core/rollover/rollover';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { validateDocument } from '../../../src/core/validation/validate';
import { fixture, seed } from '../../support/fixtures';

function structured(type: DocumentTypeId, text: string): StructuredDocument {
  const doc = structureDocument(type, text);
  if (!doc.ok) throw new Error(`the fixture is not a ${type}: ${describeProblem(doc.problem).en}`);
  return doc.value;
}

function rolled(source: StructuredDocument, to: number, as?: DocumentTypeId): StructuredDocument {
  const result = rollover(source, to, as);
  if (!result.ok) throw new Error(describeProblem(result.problem).en);
  return result.value;
}

describe('rollover', () => {
  it('rolls the FY 2568 measures into 2569: the year, the title and every period moved, as written', () => {
    const source = structured('measures', fixture('measures-fy2568.txt'));

    const next = rolled(source, 2569);

    expect(next.type).toBe('measures');
    expect(next.header.fiscalYear).toBe(2569);
    expect(next.header.title).toBe(source.header.title?.replace('๒๕๖๘', '๒๕๖๙'));
    expect(next.header.organization).toBe(source.header.organization);
    expect(next.records).toHaveLength(source.records.length);
    expect(source.records[0]?.period).toBe('๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘');
    expect(next.records[0]?.period).toBe('๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙');
    expect(next.records.map((r) => [r.measure, r.steps, r.responsible])).toEqual(
      source.records.map((r) => [r.measure, r.steps, r.responsible]),
    );
  });

  it('leaves the new measures with no period outside FY 2569 unless the old one was outside 2568', () => {
    const source = structured('measures', fixture('measures-fy2568.txt'));
    const outside = (doc: StructuredDocument) =>
      validateDocument(DOCUMENT_TYPES.measures, doc.header, doc.records)
        .filter((f) => f.problem.code === 'period-outside-year')
        .map((f) => f.record);

    expect(outside(rolled(source, 2569))).toEqual(outside(source));
  });

  it("rolls the 6-month results into next year's: periods moved, outputs and outcomes emptied, round kept", () => {
    const source = structured('results', fixture('results-fy2568-6-months.txt'));

    const next = rolled(source, 2569);

    expect(next.header).toMatchObject({ fiscalYear: 2569, round: 6 });
    expect(source.records[0]?.period).toBe('1 ต.ค. 67 - 31 มี.ค. 68');
    expect(next.records[0]?.period).toBe('1 ต.ค. 68 - 31 มี.ค. 69');
    expect(next.records.every((r) => r.output === '' && r.outcome === '')).toBe(true);
    expect(next.records.map((r) => r.measure)).toEqual(source.records.map((r) => r.measure));
  });

  it('makes the results report of a measures tab, its measures already in, for the same or a later year', () => {
    const source = structured('measures', fixture('measures-fy2568.txt'));

    const thisYear = rolled(source, 2568, 'results');
    const next = rolled(source, 2569, 'results');

    expect(thisYear.type).toBe('results');
    expect(thisYear.header.title).toBe(
      'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
    );
    expect(thisYear.records.map((r) => [r.no, r.measure, r.steps, r.period, r.responsible])).toEqual(
      source.records.map((r) => [r.no, r.measure, r.steps, r.period, r.responsible]),
    );
    expect(thisYear.records.every((r) => r.output === '' && r.outcome === '')).toBe(true);
    expect(next.records[0]?.period).toBe('๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙');
  });

  it('rolls the OIT checklist: statuses back to ยังไม่ดำเนินการ, due dates moved, links kept and marked to check', () => {
    const source = structured('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    const linked = source.records.filter((r) => r.url !== '').length;

    const next = rolled(source, 2569);

    expect(next.records.every((r) => r.status === 'ยังไม่ดำเนินการ')).toBe(true);
    expect(next.records.map((r) => [r.code, r.title, r.url])).toEqual(
      source.records.map((r) => [r.code, r.title, r.url]),
    );
    expect(source.records[0]?.due).toBe('๓๑ ต.ค. ๖๗');
    expect(next.records[0]?.due).toBe('๓๑ ต.ค. ๖๘');
    expect(next.records[0]?.note).toBe('ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ 2568');
    expect(next.warnings.filter((w) => w.problem.code === 'recheck-url')).toHaveLength(linked);
    expect(next.warnings[0]?.problem).toEqual({ code: 'check-item-list', fiscalYear: 2569, from: 2568 });
  });

  it("keeps the officer's own note after the mark to check the link", () => {
    const source = structured('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    const withNote = source.records.findIndex((r) => r.url !== '' && r.note !== '');

    const note = rolled(source, 2569).records[withNote]?.note;

    expect(note).toBe(`ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ 2568 · ${source.records[withNote]?.note}`);
  });

  it("rolls the seed action plan 2562–2564 into 2565–2567, each project's period with it", () => {
    const source = structured('action-plan', seed('action-plan-fy2562-2564.txt'));

    const next = rolled(source, 2565);

    expect(next.header).toMatchObject({ fiscalYear: 2565, fiscalYearEnd: 2567 });
    expect(next.records).toHaveLength(17);
    expect(next.records.map((r) => r.period)).toEqual(
      source.records.map((r) => (r.period as string).replace('2562', '2565').replace('2564', '2567')),
    );
    expect(next.records.map((r) => r.budget)).toEqual(source.records.map((r) => r.budget));
  });

  it('rolls the seed measures of FY 2563 into 2564, the Thai-digit year of its title too', () => {
    const source = structured('measures', seed('measures-fy2563.txt'));

    const next = rolled(source, 2564);

    expect(source.header.title).toContain('พ.ศ.๒๕๖๓');
    expect(next.header.title).toContain('พ.ศ.๒๕๖๔');
    expect(next.records).toHaveLength(19);
  });

  it('rolls the ethics plan with its title', () => {
    const source = structured('ethics', fixture('ethics-fy2568.txt'));

    const next = rolled(source, 2570);

    expect(next.header.title).toContain('พ.ศ. ๒๕๗๐');
    expect(next.records).toEqual(source.records);
  });

  it("takes a document that names no year as last year's, and says so", () => {
    const next = rolled({ type: 'ethics', header: {}, records: [], warnings: [] }, 2570);

    expect(next.header.fiscalYear).toBe(2570);
    expect(next.warnings).toEqual([
      { severity: 'warning', problem: { code: 'year-assumed', fiscalYear: 2569 } },
    ]);
  });

  it('reads the year from the periods when the header names none', () => {
    const source = structured('measures', fixture('measures-fy2568.txt'));
    const { fiscalYear: _, ...header } = source.header;

    const next = rolled({ ...source, header }, 2569);

    expect(next.warnings).toEqual([]);
    expect(next.records[0]?.period).toBe('๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙');
  });

  it.each<[string, number, DocumentTypeId | undefined, string]>([
    ['the same year', 2568, undefined, 'rollover-not-later'],
    ['an earlier year', 2567, 'results', 'rollover-not-later'],
    ['measures into an ethics plan', 2569, 'ethics', 'rollover-type'],
  ])('refuses %s', (_, to, as, code) => {
    const source = structured('measures', fixture('measures-fy2568.txt'));

    expect(rollover(source, to, as)).toEqual({ ok: false, problem: expect.objectContaining({ code }) });
  });

  it("refuses the ITA analysis, which is made from the year's own scores", () => {
    const result = rollover({ type: 'ita-analysis', header: { fiscalYear: 2566 }, records: [] }, 2567);

    expect(!result.ok && describeProblem(result.problem).th).toBe(
      'เอกสาร ita-analysis ยกไปเป็น ita-analysis ไม่ได้ (ได้เป็น ไม่มี)',
    );
  });
});

describe('rollover, twice', () => {
  it.each<[DocumentTypeId, () => string, number]>([
    ['measures', () => fixture('measures-fy2568.txt'), 2568],
    ['results', () => fixture('results-fy2568-6-months.txt'), 2568],
    ['oit-checklist', () => fixture('oit-checklist-fy2568.txt'), 2568],
    ['ethics', () => fixture('ethics-fy2568.txt'), 2568],
    ['measures', () => seed('measures-fy2563.txt'), 2563],
  ])(
    'rolls a %s document year by year as it rolls it two years at once, marking a link once',
    (type, text, year) => {
      const source = structured(type, text());

      const twice = rolled(rolled(source, year + 1), year + 2);
      const once = rolled(source, year + 2);

      // The link's mark names the year it was last carried from: 2569 rolled twice, 2568 at once.
      const unmarked = (doc: StructuredDocument) =>
        doc.records.map((r) => ({
          ...r,
          ...(r.note === undefined ? {} : { note: String(r.note).replace(/ปีงบประมาณ \d{4}/, '') }),
        }));

      expect(twice.header).toEqual(once.header);
      expect(unmarked(twice)).toEqual(unmarked(once));
      expect(
        twice.records.filter((r) => String(r.note ?? '').includes('ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ 2568')),
      ).toEqual([]);
      expect(
        twice.records.every((r) => (String(r.note ?? '').match(/ต้องตรวจสอบอีกครั้ง/g) ?? []).length <= 1),
      ).toBe(true);
    },
  );
});
