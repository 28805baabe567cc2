import { CATALOG, type CustomFunctionDoc } from '../../../src/core/functions/catalog';
import { renderHelpPage } from '../../../src/core/help/help-page';

describe('renderHelpPage', () => {
  it('lists every function with its signature and its Thai examples', () => {
    const html = renderHelpPage(CATALOG);

    expect(html).toContain('ITA_SCORE(scores, [year])');
    expect(html).toContain('ITA_GRADE(score, [year], [style])');
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
