import { CATALOG, type CustomFunctionDoc } from '../../../src/core/functions/catalog';
import { renderHelpPage } from '../../../src/core/help/help-page';

describe('renderHelpPage', () => {
  it('says in the year parameter of every year-taking function that 2569 and 2570 carry 2568, not verified', () => {
    const html = renderHelpPage(CATALOG);
    const years = CATALOG.flatMap((doc) => doc.params.filter((p) => p.name === 'year'));

    expect(years.map((p) => p.name)).toEqual(['year', 'year', 'year', 'year']);
    for (const param of years) {
      expect(param.th).toBe(
        'ปีงบประมาณ พ.ศ. เช่น 2562 หรือ "๒๕๖๒" (ไม่ใส่ = ปีงบประมาณปัจจุบัน) มีเกณฑ์ถึงปี 2570 เกณฑ์ปี 2569, 2570 ใช้เกณฑ์ปี 2568 ต่อ (ยังไม่ยืนยัน)',
      );
      expect(param.en).toContain("2569, 2570 carry 2568's rules (not verified)");
    }
    expect(html).toContain('เกณฑ์ปี 2569, 2570 ใช้เกณฑ์ปี 2568 ต่อ (ยังไม่ยืนยัน)');
  });

  it('lists every function with its signature and its Thai examples', () => {
    const html = renderHelpPage(CATALOG);

    expect(html).toContain('ITA_SCORE(scores, [year])');
    expect(html).toContain('ITA_GRADE(score, [year], [style])');
    expect(html).toContain('ITA_LEVEL(scores, [year])');
    expect(html).toContain('ITA_OIT(results, subIndicators, [part])');
    expect(html).toContain('ITA_NEEDED(scores, [target], [tool], [year])');
    for (const doc of CATALOG) for (const example of doc.examples) expect(html).toContain(example.result);
  });

  it('escapes the text it shows', () => {
    const doc: CustomFunctionDoc = {
      name: 'X',
      th: '<img src=x onerror=alert(1)>',
      en: 'a & b',
      params: [],
      returns: { type: 'string', th: '', en: '' },
      examples: [{ formula: '="<b>"', result: '<b>', th: '' }],
    };

    const html = renderHelpPage([doc]);

    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('a &amp; b');
  });
});
