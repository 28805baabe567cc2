import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { projectionOutlook } from '../../../src/core/ita/level-outlook';
import { fractionToHundredths } from '../../../src/core/numbers/fraction';
import { checklistRecords } from '../../../src/core/oit/oit-checklist-records';
import { oitItemList } from '../../../src/core/oit/oit-item-lists';
import { oitItemResult, oitReadiness, type WorkbookFacts } from '../../../src/core/oit/oit-readiness';

const LIST_2564 = oitItemList(2564);
if (!LIST_2564) throw new Error('the FY 2564 list is built in');

/** The FY 2564 checklist with every item published, then `change` applied to items by code. */
function checklist2564(
  change: Record<string, Partial<Record<string, string | string[]>>> = {},
): DocumentRecord[] {
  return checklistRecords(LIST_2564 ?? { subIndicators: [], items: [] }).map((record) => ({
    ...record,
    status: 'เผยแพร่แล้ว',
    url: `https://www.nongbuathong.go.th/${String(record.code)}`,
    ...change[String(record.code)],
  }));
}

const hundredths = (readiness: ReturnType<typeof oitReadiness>) => {
  if (!readiness.score.ok) throw new Error(JSON.stringify(readiness.score.problem));
  const { indicators, oit } = readiness.score.value;
  return {
    9: fractionToHundredths(indicators[9]),
    10: fractionToHundredths(indicators[10]),
    oit: fractionToHundredths(oit),
  };
};

/** An analysis whose five IIT indicators score `iit` and three EIT indicators `eit`. */
function analysis(iit: string, eit: string): WorkbookFacts['analysis'] {
  return {
    name: 'วิเคราะห์ ITA 2567',
    fiscalYear: 2567,
    records: Array.from({ length: 10 }, (_, i) => ({
      no: String(i + 1),
      indicator: `ตัวชี้วัดที่ ${i + 1}`,
      score: i < 5 ? iit : i < 8 ? eit : '50',
      weaknesses: [],
    })),
  };
}

describe('oitReadiness over the FY 2564 list', () => {
  it('scores 100 everywhere when all 43 items are published, with nothing missing', () => {
    const readiness = oitReadiness(2564, checklist2564());

    expect(hundredths(readiness)).toEqual({ 9: 10000n, 10: 10000n, oit: 10000n });
    expect(readiness.missing).toEqual([]);
  });

  it('with o43 missing: 10.2 is 50, indicator 10 is 75 (mean of 100 and 50), OIT 87.50', () => {
    const readiness = oitReadiness(2564, checklist2564({ o43: { status: 'อยู่ระหว่างดำเนินการ', url: '' } }));

    expect(hundredths(readiness)).toEqual({ 9: 10000n, 10: 7500n, oit: 8750n });
    expect(readiness.missing.map((i) => i.code)).toEqual(['o43']);
  });

  it('leaves an exempt item out of its sub-indicator', () => {
    // 9.2 has 8 items: one exempt, one missing → 6 of 7 → 85.714…; indicator 9 = (400 + 85.714…) / 5.
    const readiness = oitReadiness(
      2564,
      checklist2564({ o15: { status: 'ไม่ต้องเผยแพร่', note: 'ไม่มีบริการ' }, o16: { status: 'ยังไม่ดำเนินการ' } }),
    );

    expect(
      readiness.score.ok && readiness.score.value.subIndicators.find((s) => s.code === '9.2'),
    ).toMatchObject({
      published: 6,
      total: 7,
      exempt: 1,
    });
    expect(hundredths(readiness)[9]).toBe(9714n);
  });

  it('lists the missing items soonest due first, those without a due day last, then by code', () => {
    const readiness = oitReadiness(
      2564,
      checklist2564({
        o20: { status: 'ยังไม่ดำเนินการ', due: '' },
        o7: { status: 'ยังไม่ดำเนินการ', due: '31 มี.ค. 2568' },
        o3: { status: 'อยู่ระหว่างดำเนินการ', due: '๓๐ พ.ย. ๖๗' },
        o12: { status: 'ยังไม่ดำเนินการ', due: '' },
      }),
    );

    expect(readiness.missing.map((i) => [i.code, i.dueText])).toEqual([
      ['o3', '๓๐ พ.ย. ๖๗'],
      ['o7', '31 มี.ค. 2568'],
      ['o12', ''],
      ['o20', ''],
    ]);
  });

  it('names the tabs of the year that answer an item, and whether the item is published', () => {
    const readiness = oitReadiness(2564, checklist2564({ o42: { status: 'ยังไม่ดำเนินการ' } }), {
      documentTabs: [
        { type: 'measures', name: 'มาตรการ 2564', fiscalYear: 2564 },
        // Another year's measures answer another year's o42, as validation counts them.
        { type: 'measures', name: 'มาตรการ 2563', fiscalYear: 2563 },
        { type: 'action-plan', name: 'แผนปฏิบัติการ 2564' },
      ],
    });

    expect(readiness.answered.map((a) => [a.code, a.tabs, a.published])).toEqual([
      ['o39', ['แผนปฏิบัติการ 2564'], true],
      ['o40', ['แผนปฏิบัติการ 2564'], true],
      ['o41', ['แผนปฏิบัติการ 2564'], true],
      ['o42', ['มาตรการ 2564'], false],
      ['o43', [], true],
    ]);
  });
});

describe('the projection from the latest ITA analysis', () => {
  it('with IIT 99.12 and EIT 69.35, needs an OIT of 86.14 for 85, and totals today’s OIT', () => {
    const readiness = oitReadiness(2564, checklist2564({ o43: { status: 'ยังไม่ดำเนินการ' } }), {
      documentTabs: [],
      analysis: analysis('99.12', '69.35'),
    });

    // 0.3 × 99.12 + 0.3 × 69.35 + 0.4 × 86.14 = 29.736 + 20.805 + 34.456 = 84.997 → 85.00;
    // with 86.13: 84.993 → 84.99. Today: 0.4 × 87.5 = 35 → 85.541 → 85.54, grade A.
    expect(readiness.projection).toMatchObject({
      analysisTab: 'วิเคราะห์ ITA 2567',
      needed: { kind: 'needed', hundredths: 8614n },
      total: 8554n,
      grade: 'A',
      passes: true,
    });
  });

  it('needs less with a stronger IIT and EIT, and says when even 100 cannot reach the pass mark', () => {
    const high = oitReadiness(2564, checklist2564(), { documentTabs: [], analysis: analysis('100', '100') });
    const low = oitReadiness(2564, checklist2564(), { documentTabs: [], analysis: analysis('60', '60') });

    // 30 + 30 + 0.4 × 62.49 = 84.996 → 85.00; 62.48 gives 84.992 → 84.99. 36 + 40 = 76 at most.
    expect(high.projection?.needed).toEqual({ kind: 'needed', hundredths: 6249n });
    expect(low.projection?.needed).toEqual({ kind: 'unreachable' });
  });

  it('from 2567 projects the level and the OIT needed for ผ่านดี, or names the tool that blocks it', () => {
    const good = oitReadiness(2568, checklist2564({ o43: { status: 'ยังไม่ดำเนินการ' } }), {
      documentTabs: [],
      analysis: analysis('99.12', '88'),
    });
    const blocked = oitReadiness(2568, checklist2564(), {
      documentTabs: [],
      analysis: analysis('99.12', '69.35'),
    });

    const outlookOf = (readiness: ReturnType<typeof oitReadiness>) => {
      const p = readiness.projection!;
      return projectionOutlook(
        p.framework,
        p.iit,
        p.eit,
        readiness.score.ok ? readiness.score.value.oit : undefined,
      );
    };

    // 29.736 + 26.4 + 0.4 × 87.5 = 91.136 → 91.14, every tool ≥ 85: ผ่านดี; the OIT floor 85 is the need.
    expect(outlookOf(good).outlook?.result).toBe('ผ่านดี');
    expect(outlookOf(good).good?.need).toEqual({ kind: 'needed', hundredths: 8500n });
    expect(outlookOf(blocked).outlook?.result).toBe('ผ่าน');
    expect(outlookOf(blocked).good?.need).toMatchObject({ kind: 'blocked', blockers: [{ tool: 'EIT' }] });
  });

  it('has no projection, and says why, without an analysis or with its EIT missing', () => {
    const none = oitReadiness(2564, checklist2564());
    const partial = oitReadiness(2564, checklist2564(), { documentTabs: [], analysis: analysis('90', '') });

    expect(none.projection).toBeUndefined();
    expect(none.noProjection).toMatch(/ยังไม่มีแท็บวิเคราะห์ผล ITA.*no ITA analysis tab/);
    expect(partial.projection).toBeUndefined();
    expect(partial.noProjection).toMatch(/วิเคราะห์ ITA 2567.*lacks IIT or EIT/);
  });
});

describe('oitItemResult', () => {
  it('scores a published item, leaves a not-required one out, and counts every other status missing', () => {
    expect(oitItemResult('published')).toBe('published');
    expect(oitItemResult('exempt')).toBe('exempt');
    expect(oitItemResult('in-progress')).toBe('missing');
    expect(oitItemResult('not-started')).toBe('missing');
    expect(oitItemResult(undefined)).toBe('missing');
  });
});
