/**
 * Every report kind's print view printed by Chromium, from the project's fixtures and the real seed
 * documents, and read back page by page as a district officer reads the pages: A4 in the report's
 * orientation, the page number "- ๒ -" from page 2 and none on page 1, a table's header on every page
 * it continues and on no other table's, the first record on page 1, no page of headings or a
 * signature alone, every character of the view on the pages, the document's digits and numbering.
 */

import type { DocumentTypeId } from '../../src/core/documents/document-type';
import { printViewHtml } from '../../src/core/reports/print-view';
import { reportModel } from '../../src/core/reports/report-models';
import type { ReportKindId } from '../../src/core/reports/report-options';
import { toThaiDigitsInText } from '../../src/core/thai/digits';
import { structured } from '../core/reports/layout-helpers';
import { fixture, seed } from '../support/fixtures';
import {
  comparable,
  digitsOf,
  headerText,
  missingCharacters,
  pageNumber,
  tables,
  usePrintedViews,
} from './print-view-pdf';

interface Case {
  readonly name: string;
  readonly kind: ReportKindId;
  readonly type: DocumentTypeId;
  readonly text: string;
  readonly thaiDigits: boolean;
}

const CASES: readonly Case[] = [
  {
    name: 'results (fixture)',
    kind: 'results',
    type: 'results',
    text: fixture('results-fy2568-6-months.txt'),
    thaiDigits: true,
  },
  {
    name: 'results (seed measures)',
    kind: 'results',
    type: 'measures',
    text: seed('measures-fy2563.txt'),
    thaiDigits: false,
  },
  {
    name: 'measures (seed)',
    kind: 'measures',
    type: 'measures',
    text: seed('measures-fy2563.txt'),
    thaiDigits: true,
  },
  {
    name: 'measures (fixture)',
    kind: 'measures',
    type: 'measures',
    text: fixture('measures-fy2568.txt'),
    thaiDigits: false,
  },
  {
    name: 'ita-analysis (seed)',
    kind: 'ita-analysis',
    type: 'ita-analysis',
    text: seed('ita-analysis-fy2562.txt'),
    thaiDigits: true,
  },
  {
    name: 'ita-analysis (fixture)',
    kind: 'ita-analysis',
    type: 'ita-analysis',
    text: fixture('ita-analysis-thesaban-fy2567.txt'),
    thaiDigits: false,
  },
  {
    name: 'action-plan (seed)',
    kind: 'action-plan',
    type: 'action-plan',
    text: seed('action-plan-fy2562-2564.txt'),
    thaiDigits: true,
  },
  {
    name: 'action-plan (fixture)',
    kind: 'action-plan',
    type: 'action-plan',
    text: fixture('action-plan-tambon-nong-phai-ngam.txt'),
    thaiDigits: false,
  },
  {
    name: 'ethics (fixture)',
    kind: 'ethics',
    type: 'ethics',
    text: fixture('ethics-fy2568.txt'),
    thaiDigits: true,
  },
  {
    name: 'ethics (lead line)',
    kind: 'ethics',
    type: 'ethics',
    text: fixture('ethics-lead-line-fy2569.txt'),
    thaiDigits: false,
  },
  {
    name: 'ethics (lead line, Thai digits)',
    kind: 'ethics',
    type: 'ethics',
    text: fixture('ethics-lead-line-fy2569.txt'),
    thaiDigits: true,
  },
  {
    name: 'oit-readiness (fixture)',
    kind: 'oit-readiness',
    type: 'oit-checklist',
    text: fixture('oit-checklist-fy2568.txt'),
    thaiDigits: true,
  },
];

const get = usePrintedViews(CASES, (c, font) => {
  const source = structured(c.type, c.text);
  const options = { thaiDigits: c.thaiDigits };
  return { model: reportModel(c.kind, source, options), html: printViewHtml(c.kind, source, options, font) };
});

describe.each(CASES.map((c) => [c.name, c] as const))(
  'the print view of %s, printed by Chromium',
  (name, c) => {
    it('is A4 in the report’s orientation on every page', () => {
      const { model, view } = get(name);
      const [w, h] = model.landscape ? [841.92, 594.96] : [594.96, 841.92];

      expect(view.sizes.length).toBe(view.pages.length);
      for (const [width, height] of view.sizes) {
        expect(width).toBeCloseTo(w, 0);
        expect(height).toBeCloseTo(h, 0);
      }
    });

    it('numbers its pages "- ๒ -" at the top from page 2, and not page 1', () => {
      const { model, view } = get(name);

      expect(comparable(view.pages[0] ?? '')).not.toContain(pageNumber(model, 1));
      view.pages.slice(1).forEach((page, i) => {
        // The number is drawn first, at the top of the page.
        expect(comparable(page).startsWith(pageNumber(model, i + 2))).toBe(true);
      });
    });

    it('shows every character of the view on its pages', () => {
      const { html, view } = get(name);

      expect(html).toContain('<!DOCTYPE html>');
      expect(missingCharacters(view.text, view.pages)).toBe('');
    });

    it('holds its title and its first record on page 1', () => {
      const { model, view } = get(name);
      const first = comparable(view.pages[0] ?? '');
      const table = tables(model)[0];
      const firstRow =
        table?.rows[0]?.cells.map((cell) => (typeof cell === 'string' ? cell : cell.text)) ?? [];
      // The first record's opening words (its first non-blank cell after the number).
      const opening = comparable(digitsOf(model)(firstRow.slice(1).find((t) => t.trim() !== '') ?? '')).slice(
        0,
        12,
      );

      expect(first).toContain(comparable(digitsOf(model)(model.titles[0] ?? '')));
      expect(first).toContain(opening);
    });

    it('has no page of headings alone or of the signature alone', () => {
      const { model, view } = get(name);
      const digits = digitsOf(model);
      const furniture = [
        ...model.titles,
        model.organization,
        ...(model.signature ?? []),
        ...model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
        ...tables(model).flatMap((t) => t.columns.map((col) => col.label)),
      ].map((t) => comparable(digits(t)));
      view.pages.forEach((page, i) => {
        let rest = comparable(page).replace(pageNumber(model, i + 1), '');
        for (const line of furniture.sort((a, b) => b.length - a.length)) rest = rest.split(line).join('');

        expect({ page: i + 1, rest: rest.length >= 10 }).toEqual({ page: i + 1, rest: true });
      });
    });

    it('writes every digit the Thai way when asked, and otherwise keeps the digits as written', () => {
      const { model, view } = get(name);
      const text = view.pages.join('');

      // Every digit but those written as they are (a web address, an OIT code: toThaiDigitsInText).
      if (c.thaiDigits) expect(toThaiDigitsInText(text)).toBe(text);
      else expect(text).toMatch(/[0-9]/);
      expect(model.thaiDigits).toBe(c.thaiDigits);
    });

    it('repeats a one-table report’s header on every page the table continues, and a table’s header only over it', () => {
      const { model, view } = get(name);
      const [table, ...otherTables] = tables(model);
      if (!table) return;
      // A form is a table of its own too (its head repeated on the pages it continues on).
      const others = [...otherTables, ...model.blocks.filter((b) => b.kind === 'form')];
      const header = headerText(table);
      const onPage = view.pages.map((page) => comparable(page).includes(header));

      if (others.length === 0) {
        // The table runs from page 1 to the signature's page: its header on each.
        expect(onPage.every(Boolean)).toBe(true);
      } else {
        // The first table's header on its pages only: once it stops, it never comes back.
        const last = onPage.lastIndexOf(true);
        expect(onPage.slice(0, last + 1).every(Boolean)).toBe(true);
      }
    });
  },
);

describe('what the print view keeps of each document', () => {
  it('prints the ethics plan’s own lead line and numbers ๑–๕, never renumbered, in either digits', () => {
    for (const name of ['ethics (lead line)', 'ethics (lead line, Thai digits)']) {
      const text = comparable(get(name).view.pages.join(''));

      expect(text).toContain(comparable('- เฝ้าระวังป้องกันการทุจริตในหน่วยงาน'));
      expect(text).toContain(comparable('๑. ไม่รับสินบนหรือผลประโยชน์ใด ๆ'));
      expect(text).toContain(comparable('๕. ปฏิบัติตามประมวลจริยธรรม'));
      expect(text).not.toContain(comparable('๖. ปฏิบัติตามประมวลจริยธรรม'));
      expect(text).not.toContain(comparable('6. ปฏิบัติตามประมวลจริยธรรม'));
      expect(text).not.toMatch(/[1๑]\.-?เฝ้าระวัง/);
    }
  });

  it('draws the ITA analysis’ chart: an inline SVG, its bars labelled in the document’s digits, the pass mark 85', () => {
    const { html, view } = get('ita-analysis (seed)');
    const text = comparable(view.pages.join(''));

    expect(html).toMatch(/<svg [^>]*viewBox/);
    expect((html.match(/<rect /g) ?? []).length).toBeGreaterThanOrEqual(9);
    expect(text).toContain(comparable('เกณฑ์ผ่าน ๘๕'));
    expect(html).not.toMatch(/<svg[\s\S]*[0-9]+\.[0-9]{2}<\/text>/);
    const arabic = get('ita-analysis (fixture)');
    expect(comparable(arabic.view.pages.join(''))).toContain(comparable('เกณฑ์ผ่าน 85'));
  });

  it('keeps the action plan’s summary header off the pages of the project forms', () => {
    const { model, view } = get('action-plan (seed)');
    const summary = tables(model)[0];
    if (!summary) throw new Error('no summary table');
    const header = headerText(summary);
    const formsFrom = view.pages.findIndex((page) =>
      comparable(page).includes(comparable('รายละเอียดโครงการ/กิจกรรม/มาตรการ')),
    );

    expect(formsFrom).toBeGreaterThan(0);
    expect(view.pages.slice(formsFrom + 1).some((page) => comparable(page).includes(header))).toBe(false);
  });

  it('prints the seeds’ table reports at 900 characters a page or more', () => {
    for (const name of ['measures (seed)', 'action-plan (seed)']) {
      const { view } = get(name);
      // Characters printed (Thai marks included), without spaces.
      const chars = view.pages.join('').replace(/\s+/g, '').length / view.pages.length;

      expect({ name, dense: chars >= 900 }).toEqual({ name, dense: true });
    }
  });
});
