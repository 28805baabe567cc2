/**
 * The district report (รายงานภาพรวมอำเภอ) printed by Chromium and read back page by page, as
 * print-view.test.ts reads the document reports: A4 landscape, "- ๒ -" from page 2, the ranking's
 * header on every page it continues, no page of headings or the signature alone, every organization on
 * the pages. A district of 12 links and a province of 211 organizations, the long one.
 */

import { rollupModel } from '../../src/core/reports/models/rollup-model';
import { shortLink } from '../../src/core/reports/models/rollup-text';
import { rollupPrintHtml } from '../../src/core/reports/print-view';
import type { Rollup } from '../../src/core/rollup/rollup-types';
import { toThaiDigitsInText } from '../../src/core/thai/digits';
import { shortOrganizationName } from '../../src/core/thai/place-names';
import { demoDistrictRollup } from '../support/demo-district';
import { districtRollup, provinceRollup, unreadRollup } from '../support/rollups';
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
  readonly rollup: Rollup;
  readonly thaiDigits: boolean;
}

const CASES: readonly Case[] = [
  { name: 'district', rollup: districtRollup(), thaiDigits: true },
  { name: 'district (Arabic digits)', rollup: districtRollup(), thaiDigits: false },
  { name: 'province of 211', rollup: provinceRollup(), thaiDigits: true },
  { name: 'nothing read', rollup: unreadRollup(), thaiDigits: true },
  // Computed by the add-in from the preview's organizations, imported as Sheets would.
  { name: 'the preview’s district, computed', rollup: demoDistrictRollup(), thaiDigits: true },
];

const get = usePrintedViews(CASES, (c, font) => {
  const options = { thaiDigits: c.thaiDigits };
  return { model: rollupModel(c.rollup, options), html: rollupPrintHtml(c.rollup, options, font) };
});

describe.each(CASES.map((c) => [c.name, c] as const))(
  'the district report of %s, printed by Chromium',
  (name, c) => {
    it('is A4 landscape on every page', () => {
      const { view } = get(name);

      expect(view.pages.length).toBeGreaterThan(0);
      expect(view.sizes.length).toBe(view.pages.length);
      for (const [width, height] of view.sizes) {
        expect(width).toBeCloseTo(841.92, 0);
        expect(height).toBeCloseTo(594.96, 0);
      }
    });

    it('numbers its pages "- ๒ -" at the top from page 2, and not page 1', () => {
      const { model, view } = get(name);

      expect(comparable(view.pages[0] ?? '')).not.toContain(pageNumber(model, 1));
      view.pages.slice(1).forEach((page, i) => {
        expect(comparable(page).startsWith(pageNumber(model, i + 2))).toBe(true);
      });
    });

    it('shows every character of the view on its pages, and its title on page 1', () => {
      const { model, html, view } = get(name);

      expect(html).toContain('<!DOCTYPE html>');
      expect(missingCharacters(view.text, view.pages)).toBe('');
      expect(comparable(view.pages[0] ?? '')).toContain(comparable(digitsOf(model)(model.titles[0] ?? '')));
    });

    it('has no page of headings alone or of the signature alone', () => {
      const { model, view } = get(name);
      const digits = digitsOf(model);
      const furniture = [
        ...model.titles,
        model.organization,
        ...(model.subtitles ?? []),
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

    it('signs on the last page, with the position of the district’s (or province’s) officer', () => {
      const { model, view } = get(name);
      const last = comparable(view.pages[view.pages.length - 1] ?? '');

      expect(last).toContain(comparable(digitsOf(model)(model.signature?.[2] ?? 'none')));
    });

    it('writes every digit the Thai way when asked, but a link’s, and otherwise keeps Arabic digits', () => {
      const text = get(name).view.pages.join('\n');
      // A link printed in Thai digits would lead nowhere: its own digits stay, wherever a line breaks it.
      const links = c.rollup.sources
        .filter((s) => s.status !== 'ok' && /docs\.google\.com/.test(s.link))
        .map(
          (s) =>
            new RegExp(
              [...shortLink(s.link)].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'),
              'g',
            ),
        );
      const prose = links.reduce((rest, link) => rest.replace(link, ' '), text);

      if (c.thaiDigits) expect(toThaiDigitsInText(prose)).toBe(prose);
      else expect(text).toMatch(/[0-9]/);
    });
  },
);

describe.each(CASES.filter((c) => c.rollup.ranked.length > 0).map((c) => [c.name, c] as const))(
  'the ranking of %s, printed',
  (name, c) => {
    it('repeats its header on every page it continues, from its first row to its last', () => {
      const { model, view } = get(name);
      const ranking = tables(model)[0];
      if (!ranking) throw new Error('no ranking table');
      const header = headerText(ranking);
      const digits = digitsOf(model);
      const lastRow = ranking.rows[ranking.rows.length - 1]?.cells.map((cell) =>
        typeof cell === 'string' ? cell : cell.text,
      );
      const first = view.pages.findIndex((page) => comparable(page).includes(header));
      // The page of the last ranked organization: its rank and name, in the order the row prints them.
      const last = view.pages.findIndex((page) =>
        comparable(page).includes(comparable(digits(`${lastRow?.[0] ?? ''}${lastRow?.[1] ?? ''}`))),
      );

      expect(first).toBeGreaterThanOrEqual(0);
      expect(last).toBeGreaterThanOrEqual(first);
      for (let p = first; p <= last; p++) {
        expect({ page: p + 1, header: comparable(view.pages[p] ?? '').includes(header) }).toEqual({
          page: p + 1,
          header: true,
        });
      }
    });

    it('prints every organization read, by the name the ranking gives it', () => {
      const { model, view } = get(name);
      const text = comparable(view.pages.join(''));
      const digits = digitsOf(model);
      const missing = c.rollup.ranked
        .map((o) => comparable(digits(shortOrganizationName(o.organization))))
        .filter((n) => !text.includes(n));
      // Names repeat across a province's districts: each is printed at least as often as it is ranked.
      const counts = new Map<string, number>();
      for (const o of c.rollup.ranked) {
        const n = comparable(digits(shortOrganizationName(o.organization)));
        counts.set(n, (counts.get(n) ?? 0) + 1);
      }
      const short = [...counts].filter(([n, count]) => text.split(n).length - 1 < count);

      expect(missing).toEqual([]);
      expect(short).toEqual([]);
    });
  },
);

describe('the district report on paper', () => {
  it('holds the ranking’s first organization on page 1 of the district’s report', () => {
    const { view } = get('district');

    expect(comparable(view.pages[0] ?? '')).toContain(comparable('๑ทต.โนนสูง'));
  });

  it('prints the province of 211 as a long ranking on rows of one line, in under 30 pages', () => {
    const { view } = get('province of 211');
    const rankingPages = view.pages.filter((page) =>
      comparable(page).includes(comparable('ลำดับหน่วยงานอำเภอ')),
    );

    // 211 rows over the pages that hold them: about 20 a page when each row is one line.
    expect(211 / rankingPages.length).toBeGreaterThanOrEqual(16);
    expect(view.pages.length).toBeLessThan(30);
  });

  it('prints a hostile name as the text it is', () => {
    const { view } = get('district (Arabic digits)');

    expect(comparable(view.pages.join(''))).toContain(comparable('=IMPORTRANGE("x","y")'));
    expect(comparable(view.pages.join(''))).toContain(comparable('<script>alert(1)</script>'));
  });
});
