import { DOCUMENT_TYPE_IDS } from '../../../src/core/catalog';
import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import {
  MAX_MISSING_TEXT,
  missingText,
  SUMMARY_ROW_COUNT,
  SUMMARY_ROWS,
  SUMMARY_VERSION,
  type SummaryFacts,
  summaryBlock,
  summaryByKey,
} from '../../../src/core/summary/summary-shape';

const EMPTY_DOC = { tab: '', records: undefined, errors: undefined, lastChange: undefined };

function facts(overrides: Partial<SummaryFacts> = {}): SummaryFacts {
  return {
    organization: 'อบต.ทดสอบ',
    district: 'เมือง',
    province: 'น่าน',
    fiscalYear: 2568,
    documents: Object.fromEntries(DOCUMENT_TYPE_IDS.map((t) => [t, EMPTY_DOC])) as Record<
      DocumentTypeId,
      typeof EMPTY_DOC
    >,
    oit: undefined,
    ita: undefined,
    updatedAt: '2026-12-07T03:00:00.000Z',
    ...overrides,
  };
}

describe('the summary shape, version 1', () => {
  it('has unique keys, the version first and the time last, and as many rows whatever it states', () => {
    const keys = SUMMARY_ROWS.map((r) => r.key);

    expect(new Set(keys).size).toBe(keys.length);
    expect([keys[0], keys[keys.length - 1]]).toEqual(['version', 'updatedAt']);
    expect(SUMMARY_VERSION).toBe(1);
    // 5 of the organization, 4 for each document type, 4 of the OIT, 7 of the ITA, the time.
    expect(SUMMARY_ROW_COUNT).toBe(5 + 4 * DOCUMENT_TYPE_IDS.length + 4 + 7 + 1);
    const full = facts({
      oit: { published: 3, required: 6, score: 50, missingCodes: ['o3', 'o5'] },
      ita: {
        iit: 90,
        eit: 86,
        oit: 91,
        total: 89,
        level: 'ผ่านดี',
        nextLevel: 'ผ่านดีเยี่ยม',
        blockers: ['a', 'b'],
      },
    });
    expect(summaryBlock(full)).toHaveLength(SUMMARY_ROW_COUNT);
    expect(summaryBlock(facts())).toHaveLength(SUMMARY_ROW_COUNT);
    expect(summaryByKey(summaryBlock(full)).get('ita.blockers')).toBe('a; b');
  });

  it('writes unknown figures as blanks, never as 0', () => {
    const values = summaryByKey(summaryBlock(facts({ fiscalYear: undefined })));

    expect(
      ['fiscalYear', 'doc.measures.records', 'oit.scoreToday', 'ita.total'].map((k) => values.get(k)),
    ).toEqual(['', '', '', '']);
    expect(values.get('version')).toBe(1);
  });

  it('caps the missing codes to fit a cell, at a whole code, saying how many more', () => {
    const codes = Array.from({ length: 400 }, (_, i) => `o${i + 1}`);
    const text = missingText(codes);

    expect(text.length).toBeLessThanOrEqual(MAX_MISSING_TEXT);
    expect(text).toMatch(/^o1, o2, .* … \(\+\d+\)$/);
    const shown = text.split(' … ')[0]!.split(', ');
    expect(shown.length + Number(/\(\+(\d+)\)/.exec(text)![1])).toBe(400);
    expect(missingText(['o1', 'o2'])).toBe('o1, o2');
    expect(missingText([])).toBe('');
  });
});
