import { REPORT_CHOICES } from '../../sidebar/src/report-sources';
import { USAGE } from '../../src/cli/main';
import {
  DOCUMENT_CATALOG,
  DOCUMENT_TYPE_IDS,
  REPORT_CATALOG,
  REPORT_KIND_IDS,
  type ReportKindId,
  reportEntry,
} from '../../src/core/catalog';
import { DOCUMENT_TYPES } from '../../src/core/documents/types';
import { documentTabName } from '../../src/core/layout/document-tab-layout';
import { REPORT_KINDS, type ReportSource } from '../../src/core/reports/report-kinds';
import { CREATE_ITEMS, MENU_ITEMS, REPORT_ITEMS, STRUCTURE_ITEMS } from '../../src/server/menu-actions';
import { createTabRequest, reportRequest } from '../../src/shared/requests';
import { fixture } from '../support/fixtures';
import { structured } from './reports/layout-helpers';

describe('the catalog of document types', () => {
  it('names each type once, in Thai, with a short tab name and a menu caption', () => {
    for (const id of DOCUMENT_TYPE_IDS) {
      const entry = DOCUMENT_CATALOG[id];
      expect([id, /[ก-๙]/.test(entry.th), /[ก-๙]/.test(entry.caption), entry.tab.length <= 20]).toEqual([
        id,
        true,
        true,
        true,
      ]);
    }
  });

  it('is what the core, the menu and the requests read', () => {
    expect(Object.keys(DOCUMENT_TYPES)).toEqual(DOCUMENT_TYPE_IDS);
    for (const id of DOCUMENT_TYPE_IDS) expect(DOCUMENT_TYPES[id].th).toBe(DOCUMENT_CATALOG[id].th);
    expect(documentTabName(DOCUMENT_TYPES.ethics, { fiscalYear: 2568 })).toBe('แผนคุณธรรม 2568');
    expect(CREATE_ITEMS.map((i) => i.caption)).toEqual(
      DOCUMENT_TYPE_IDS.map((id) => DOCUMENT_CATALOG[id].caption),
    );
    expect(STRUCTURE_ITEMS.map((i) => i.global)).toContain('menuStructureOitChecklist');
    for (const type of DOCUMENT_TYPE_IDS) expect(createTabRequest.safeParse({ type }).success).toBe(true);
    expect(createTabRequest.safeParse({ type: 'minutes' }).success).toBe(false);
  });
});

describe('the catalog of reports', () => {
  it('is made from document types of the catalog', () => {
    for (const report of REPORT_CATALOG) {
      for (const type of report.from) expect(DOCUMENT_TYPE_IDS).toContain(type);
    }
  });

  it('is what the core, the sidebar, the menu, the command line and the requests offer, in one order', () => {
    expect(REPORT_KINDS.map((k) => [k.id, k.th, k.from])).toEqual(
      REPORT_CATALOG.map((r) => [r.id, r.th, r.from]),
    );
    expect(REPORT_CHOICES.map((c) => c.id)).toEqual(REPORT_KIND_IDS);
    expect([...new Set(REPORT_ITEMS.map((i) => i.action.kind === 'report' && i.action.report))]).toEqual(
      REPORT_KIND_IDS,
    );
    expect(USAGE).toContain(`KIND: ${REPORT_KIND_IDS.join(' | ')}`);
    for (const kind of REPORT_KIND_IDS) {
      expect(reportRequest.safeParse({ kind, sheetId: 1 }).success).toBe(true);
    }
    expect(reportRequest.safeParse({ kind: 'minutes', sheetId: 1 })).toMatchObject({
      success: false,
      error: { issues: [{ message: expect.stringContaining(REPORT_KIND_IDS.join(', ')) }] },
    });
  });

  it.each<[ReportKindId, ReportSource]>([
    ['results', structured('results', fixture('results-fy2568-6-months.txt'))],
    ['ita-analysis', structured('ita-analysis', fixture('ita-analysis-thesaban-fy2567.txt'))],
    ['action-plan', structured('action-plan', fixture('action-plan-thesaban-khok-klang.txt'))],
    ['ethics', structured('ethics', fixture('ethics-fy2568.txt'))],
    ['oit-readiness', structured('oit-checklist', fixture('oit-checklist-fy2568.txt'))],
  ])('names the %s report tab', (kind, source) => {
    const layout = REPORT_KINDS.find((k) => k.id === kind)!.make(source, { thaiDigits: false });

    expect(layout.name.startsWith(reportEntry(kind).tab)).toBe(true);
  });

  it('gives every menu item its own global', () => {
    const globals = MENU_ITEMS.map((i) => i.global);

    expect(new Set(globals).size).toBe(globals.length);
  });
});
