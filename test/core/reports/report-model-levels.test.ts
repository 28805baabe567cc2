import { printViewHtml } from '../../../src/core/reports/print-view';
import { reportModel } from '../../../src/core/reports/report-models';
import type { ModelTable } from '../../../src/core/reports/report-model';
import { fixture } from '../../support/fixtures';
import { structured } from './layout-helpers';

/** The text of the tool table's row labelled `label`, in the column of results. */
function toolTableValue(table: ModelTable, label: string): string | undefined {
  const row = table.rows.find((r) => r.cells.some((c) => (typeof c === 'string' ? c : c.text) === label));
  const cell = row?.cells[4];
  return typeof cell === 'string' ? cell : cell?.text;
}

describe('the printed ITA analysis and OIT readiness, from FY 2567', () => {
  it("prints the analysis' level as the Rating Score names it, never a grade of the old bands", () => {
    const doc = structured('ita-analysis', fixture('ita-analysis-thesaban-fy2567.txt'));

    const model = reportModel('ita-analysis', doc, { thaiDigits: false });
    const tables = model.blocks.filter((b): b is ModelTable => b.kind === 'table');
    const levels = tables.map((t) => toolTableValue(t, 'ระดับผลการประเมิน')).filter((v) => v !== undefined);

    // FY 2567, total 89.41 and every tool at 85 or more: ผ่านดี (the memo itself still writes the old A).
    expect(levels).toEqual(['ผ่านดี']);
    expect(printViewHtml('ita-analysis', doc, { thaiDigits: false }, '')).toContain('ผ่านดี');
  });
});
